// Browser sessions: the cookie holds 32 random bytes; the table holds their sha256, the user, the organisation
// acted for, a CSRF secret and the expiry. The server sets the cookie Secure, HttpOnly, SameSite=Lax.
import { randomBytes } from 'node:crypto';
import { actorFor, type Actor } from '../access.js';
import { audit } from '../audit.js';
import { randomToken, safeEqual, sha256Hex } from '../crypto/secrets.js';
import type { Db } from '../db/open.js';
import { inTx, nowIso } from '../db/util.js';
import { ForbiddenError } from '../errors.js';

export const SESSION_PREFIX = 'fa_ses_';
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60_000;

export interface NewSession {
  /** Cookie value; shown once. */
  token: string;
  /** Send with every state-changing request (header x-csrf-token); checked by checkCsrf. */
  csrfToken: string;
  expiresAt: string;
}

export interface Session {
  actor: Actor;
  csrfToken: string;
  expiresAt: string;
}

/** Starts a session for a user acting for one of their organisations (ForbiddenError when not a member). */
export async function createSession(db: Db, userId: string, orgId: string, ttlMs = DEFAULT_SESSION_TTL_MS): Promise<NewSession> {
  const actor = await actorFor(db, userId, orgId);
  if (!actor) throw new ForbiddenError('the user is not a member of that organisation');
  const token = randomToken(SESSION_PREFIX);
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlMs).toISOString();
  await inTx(db, async (trx) => {
    await trx.insertInto('sessions').values({ id_hash: sha256Hex(token), user_id: userId, org_id: orgId, csrf_secret: csrfToken, created_at: nowIso(), expires_at: expiresAt }).execute();
    await audit(trx, { action: 'session.create', objectType: 'user', objectId: userId, actor: { userId, orgId }, orgId });
  });
  return { token, csrfToken, expiresAt };
}

/** The session for a cookie value, or undefined when unknown or expired (expired ones are deleted). The actor
 *  is re-read from the memberships each time, so a removed member loses access at once. */
export async function getSession(db: Db, token: string): Promise<Session | undefined> {
  if (!token.startsWith(SESSION_PREFIX)) return undefined;
  const idHash = sha256Hex(token);
  const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!r) return undefined;
  if (r.expires_at <= nowIso()) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  const actor = await actorFor(db, r.user_id, r.org_id);
  return actor && { actor, csrfToken: r.csrf_secret, expiresAt: r.expires_at };
}

/** Constant-time CSRF check (synchronizer token). */
export function checkCsrf(session: Session, presented: string | undefined): boolean {
  return typeof presented === 'string' && safeEqual(session.csrfToken, presented);
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256Hex(token)).execute();
}

/** Removes expired sessions; returns how many. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).executeTakeFirst();
  return Number(r.numDeletedRows);
}
