// buildServer: the Fastify app of the platform (API + web UI), without listening. Tests use app.inject;
// `faceaudit serve` calls listen.
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Platform } from '../platform/index.js';
import { VERSION } from '../version.js';
import { registerAuthHook } from './auth.js';
import { DEFAULT_CONFIG, type ServerConfig } from './config.js';
import type { Deps } from './context.js';
import { errorHandler, HttpError } from './errors.js';
import { assessmentRoutes } from './routes/assessments.js';
import { authRoutes } from './routes/auth.js';
import { evidenceRoutes } from './routes/evidence.js';
import { filingRoutes } from './routes/filings.js';
import { inspectionRoutes } from './routes/inspections.js';
import { orgRoutes } from './routes/orgs.js';
import { rectificationRoutes } from './routes/rectifications.js';
import { regulatorRoutes } from './routes/regulator.js';
import { subjectRoutes } from './routes/subjects.js';
import { registerWeb } from '../web/index.js';

export interface BuildOptions {
  platform: Platform;
  config?: Partial<ServerConfig>;
}

export async function buildServer(opts: BuildOptions): Promise<FastifyInstance> {
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...opts.config };
  const app = Fastify({
    logger: config.logger === false ? false : { level: typeof config.logger === 'object' ? config.logger.level : 'info', redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false, allowUnionTypes: true } },
  });
  const deps: Deps = { platform: opts.platform, config };
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => errorHandler(new HttpError(404, 'not-found', `no route ${req.method} ${req.url.split('?')[0]}`), req, reply));
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-frame-options', 'DENY').header('referrer-policy', 'same-origin').header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'");
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'FaceAudit platform API', version: VERSION, description: 'Self-inspection, inspection, rectification, filing (备案) and regulator review. Errors are application/problem+json.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fa_session', description: 'Session cookie from POST /api/login; state-changing requests also need the X-CSRF-Token header' },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token from POST /api/tokens (scopes read, write)' },
        },
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10, fieldSize: 4096, parts: 12 }, throwFileSizeLimit: true });

  registerAuthHook(app, deps);
  await authRoutes(app, deps);
  await orgRoutes(app, deps);
  await subjectRoutes(app, deps);
  await evidenceRoutes(app, deps);
  await assessmentRoutes(app, deps);
  await rectificationRoutes(app, deps);
  await inspectionRoutes(app, deps);
  await filingRoutes(app, deps);
  await regulatorRoutes(app, deps);
  await registerWeb(app, deps);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.ready();
  return app;
}
