// Authentication: a session cookie (browser) or a Bearer API token (CI). Cookie requests that change state
// must carry the session's CSRF token in the X-CSRF-Token header (SameSite=Strict is the second line).
// Tokens carry scopes: `read` allows GET, `write` allows everything the user's role allows.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiToken, checkCsrf, getSession } from '../platform/index.js';
import { CSRF_HEADER, SESSION_COOKIE } from './config.js';
import type { Deps } from './context.js';
import { HttpError } from './errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthHook(app: FastifyInstance, { platform }: Deps): void {
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const t = m?.[1] ? await authenticateApiToken(platform.db, m[1]) : undefined;
      if (!t) throw new HttpError(401, 'bad-token', 'the API token is unknown, revoked or expired');
      const need = SAFE.has(req.method) ? ['read', 'write'] : ['write'];
      if (!t.scopes.some((s) => need.includes(s))) throw new HttpError(403, 'scope', `the token lacks the scope: ${need.join(' or ')}`);
      req.auth = { actor: t.actor, via: 'token', scopes: t.scopes };
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const s = await getSession(platform.db, cookie);
    if (!s) return; // expired or logged out: anonymous
    if (!SAFE.has(req.method) && !checkCsrf(s, req.headers[CSRF_HEADER] as string | undefined)) {
      throw new HttpError(403, 'csrf', `missing or wrong ${CSRF_HEADER} header`);
    }
    req.auth = { actor: s.actor, via: 'session', sessionToken: cookie, csrfToken: s.csrfToken };
  });
}
