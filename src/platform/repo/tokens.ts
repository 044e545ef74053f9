// API tokens for CI use: 32 random bytes shown once; only their sha256 is stored. A token acts as the user who
// made it, for the organisation it was made in, limited to its scopes.
import { actorFor, auditActor, type Actor } from '../access.js';
import { audit } from '../audit.js';
import { randomToken, sha256Hex } from '../crypto/secrets.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { InvalidInputError, NotFoundError } from '../errors.js';

export const TOKEN_PREFIX = 'fa_tok_';

export interface ApiTokenInfo {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const toInfo = (r: Row<'api_tokens'>): ApiTokenInfo => ({
  id: r.id,
  name: r.name,
  scopes: JSON.parse(r.scopes) as string[],
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** Makes a token for the actor. The returned `token` is the only time it is seen in clear. */
export async function createApiToken(db: Db, actor: Actor, input: { name: string; scopes: string[]; expiresAt?: string }): Promise<{ token: string; info: ApiTokenInfo }> {
  if (!input.name.trim()) throw new InvalidInputError('a token needs a name');
  if (!input.scopes.every((s) => /^[a-z][a-z:-]*$/.test(s))) throw new InvalidInputError('scopes are words like assess or evidence:write');
  const token = randomToken(TOKEN_PREFIX);
  const row: Row<'api_tokens'> = {
    id: newId(),
    user_id: actor.userId,
    org_id: actor.orgId,
    name: input.name.trim(),
    token_hash: sha256Hex(token),
    scopes: JSON.stringify([...new Set(input.scopes)].sort()),
    created_at: nowIso(),
    expires_at: input.expiresAt ?? null,
    last_used_at: null,
    revoked_at: null,
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('api_tokens').values(row).execute();
    await audit(trx, { action: 'token.create', objectType: 'api-token', objectId: row.id, actor: auditActor(actor), orgId: actor.orgId, detail: { name: row.name, scopes: row.scopes } });
  });
  return { token, info: toInfo(row) };
}

/** The actor and scopes for a presented token, or undefined (unknown, revoked, expired, or membership gone).
 *  Records the time of use. */
export async function authenticateApiToken(db: Db, token: string): Promise<{ actor: Actor; scopes: string[]; tokenId: string } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst();
  const now = nowIso();
  if (!r || r.revoked_at || (r.expires_at && r.expires_at <= now)) return undefined;
  const actor = await actorFor(db, r.user_id, r.org_id);
  if (!actor) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', r.id).execute();
  return { actor, scopes: JSON.parse(r.scopes) as string[], tokenId: r.id };
}

/** The actor's own tokens in this organisation (never the secret). */
export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenInfo[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', actor.userId).where('org_id', '=', actor.orgId).orderBy('created_at').execute();
  return rows.map(toInfo);
}

/** Revokes one of the actor's tokens (an admin may revoke any token of the organisation). */
export async function revokeApiToken(db: Db, actor: Actor, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    let q = trx.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('id', '=', id).where('org_id', '=', actor.orgId).where('revoked_at', 'is', null);
    if (actor.role !== 'admin') q = q.where('user_id', '=', actor.userId);
    const r = await q.executeTakeFirst();
    if (!r.numUpdatedRows) throw new NotFoundError('API token');
    await audit(trx, { action: 'token.revoke', objectType: 'api-token', objectId: id, actor: auditActor(actor), orgId: actor.orgId });
  });
}
