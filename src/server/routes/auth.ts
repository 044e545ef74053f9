// Login, logout, who am I, API tokens.
import type { FastifyInstance } from 'fastify';
import { authenticatePassword, createApiToken, createSession, deleteSession, getOrganization, listApiTokens, listMemberships, revokeApiToken } from '../../platform/index.js';
import { SESSION_COOKIE } from '../config.js';
import { actorOf, type Deps } from '../context.js';
import { HttpError } from '../errors.js';
import { idParams, route } from '../schemas.js';

export async function authRoutes(app: FastifyInstance, { platform, config }: Deps): Promise<void> {
  const { db } = platform;
  const cookieOpts = { path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'strict' as const };

  app.post(
    '/api/login',
    {
      config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.timeWindowMs } },
      schema: {
        ...route('auth', 'Log in: sets the session cookie and returns the CSRF token'),
        security: [],
        body: {
          type: 'object',
          required: ['email', 'password'],
          properties: { email: { type: 'string', minLength: 3, maxLength: 320 }, password: { type: 'string', minLength: 1, maxLength: 1024 }, orgId: { type: 'string', maxLength: 64 } },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const { email, password, orgId } = req.body as { email: string; password: string; orgId?: string };
      const user = await authenticatePassword(db, email, password);
      if (!user) throw new HttpError(401, 'bad-login', 'wrong email or password');
      const memberships = await listMemberships(db, user.id);
      const m = orgId ? memberships.find((x) => x.orgId === orgId) : memberships[0];
      if (!m) throw new HttpError(403, 'no-membership', 'you are not a member of that organisation');
      const s = await createSession(db, user.id, m.orgId, config.sessionTtlMs);
      reply.setCookie(SESSION_COOKIE, s.token, { ...cookieOpts, expires: new Date(s.expiresAt) });
      return { csrfToken: s.csrfToken, expiresAt: s.expiresAt, user: { id: user.id, name: user.name, email: user.email, locale: user.locale }, org: m, memberships };
    },
  );

  app.post('/api/logout', { schema: route('auth', 'Log out (ends the session)') }, async (req, reply) => {
    actorOf(req);
    if (req.auth?.sessionToken) await deleteSession(db, req.auth.sessionToken);
    reply.clearCookie(SESSION_COOKIE, cookieOpts);
    return { ok: true };
  });

  app.get('/api/me', { schema: route('auth', 'The current user, organisation, role, and the CSRF token of the session') }, async (req) => {
    const actor = actorOf(req);
    const org = await getOrganization(db, actor.orgId);
    return { actor, org, csrfToken: req.auth?.csrfToken ?? null, memberships: await listMemberships(db, actor.userId) };
  });

  app.get('/api/tokens', { schema: route('auth', 'Your API tokens') }, async (req) => ({ tokens: await listApiTokens(db, actorOf(req)) }));

  app.post(
    '/api/tokens',
    {
      schema: route('auth', 'Create an API token (shown once). Scopes: read (GET only), write', {
        body: {
          type: 'object',
          required: ['name', 'scopes'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, scopes: { type: 'array', minItems: 1, items: { type: 'string', enum: ['read', 'write'] } }, expiresAt: { type: 'string', format: 'date-time' } },
          additionalProperties: false,
        },
        status: 201,
      }),
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (req.auth?.via === 'token') throw new HttpError(403, 'token-from-token', 'API tokens are created from a logged-in session');
      const body = req.body as { name: string; scopes: string[]; expiresAt?: string };
      const r = await createApiToken(db, actor, body);
      return reply.status(201).send(r);
    },
  );

  app.delete('/api/tokens/:id', { schema: route('auth', 'Revoke an API token', { params: idParams }) }, async (req) => {
    await revokeApiToken(db, actorOf(req), (req.params as { id: string }).id);
    return { ok: true };
  });
}
