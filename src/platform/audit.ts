// The audit log: append-only and hash-chained. Each entry's hash = sha256(previous hash ‖ canonical JSON of the
// entry), so changing, removing or reordering any entry breaks every hash after it; audit_head holds the last
// seq and hash so cutting the tail shows too. The database triggers refuse UPDATE/DELETE on audit_log; the
// chain catches what someone with the power to drop them does anyway.
import { createHash } from 'node:crypto';
import type { Db } from './db/open.js';
import type { Row } from './db/schema.js';
import { inTx, nowIso } from './db/util.js';
import { ForbiddenError } from './errors.js';

export const GENESIS_HASH = '0'.repeat(64);

/** What happened, to what, by whom. Actions are '<object>.<verb>', e.g. evidence.download, subject.update. */
export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  /** Who did it (user and the organisation they acted for); null for the system (e.g. a sweep). */
  actor?: { userId: string | null; orgId: string | null } | null;
  /** Whose data it is (tenant). */
  orgId?: string | null;
  subjectId?: string | null;
  /** Small JSON details: file name, changed fields, reason. Never secrets or file contents. */
  detail?: Record<string, unknown>;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorOrgId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  orgId: string | null;
  subjectId: string | null;
  detail: Record<string, unknown>;
  hash: string;
}

/** JSON with object keys sorted at every level: one text per value, whatever the key order it was built in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

type Hashed = Omit<Row<'audit_log'>, 'prev_hash' | 'hash'>;

function entryHash(prev: string, row: Hashed): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorOrgId: row.actor_org_id,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    orgId: row.org_id,
    subjectId: row.subject_id,
    detail: JSON.parse(row.detail) as unknown,
  });
  return createHash('sha256').update(prev).update(body).digest('hex');
}

/**
 * Appends one entry. Runs inside the caller's transaction when given one, so the entry commits with the change
 * it records (or not at all). Appends are serialised by the audit_head row lock.
 */
export async function audit(db: Db, entry: AuditEntry): Promise<{ seq: number; hash: string }> {
  if (!/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(entry.action)) throw new Error(`audit action must look like object.verb: ${entry.action}`);
  return inTx(db, async (trx) => {
    const head = await trx
      .updateTable('audit_head')
      .set((eb) => ({ seq: eb('seq', '+', 1) }))
      .where('id', '=', 1)
      .returning(['seq', 'hash'])
      .executeTakeFirstOrThrow();
    const row: Hashed = {
      seq: head.seq,
      at: nowIso(),
      actor_user_id: entry.actor?.userId ?? null,
      actor_org_id: entry.actor?.orgId ?? null,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId ?? null,
      org_id: entry.orgId ?? null,
      subject_id: entry.subjectId ?? null,
      detail: canonicalJson(entry.detail ?? {}),
    };
    const hash = entryHash(head.hash, row);
    await trx.insertInto('audit_log').values({ ...row, prev_hash: head.hash, hash }).execute();
    await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
    return { seq: row.seq, hash };
  });
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked (all of them when ok). */
  entries: number;
  /** First entry that is missing, changed or out of place. */
  firstBadSeq?: number;
  reason?: string;
  /** Hash of the last entry: write it down elsewhere to anchor the chain. */
  headHash: string;
}

/** Walks the whole chain in seq order (in pages; constant memory) and checks every link. */
export async function verifyAuditLog(db: Db, pageSize = 1000): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let expected = 1;
  let entries = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expected).orderBy('seq').limit(pageSize).execute();
    for (const r of rows) {
      const bad = (reason: string): AuditVerification => ({ ok: false, entries, firstBadSeq: expected, reason, headHash: prev });
      if (r.seq !== expected) return bad(`entry ${expected} is missing (next entry is ${r.seq})`);
      if (r.prev_hash !== prev) return bad(`entry ${r.seq} does not link to the entry before it`);
      let hash: string;
      try {
        hash = entryHash(prev, r);
      } catch {
        return bad(`entry ${r.seq} has unreadable detail`);
      }
      if (hash !== r.hash) return bad(`entry ${r.seq} was changed after it was written (hash mismatch)`);
      prev = r.hash;
      expected++;
      entries++;
    }
    if (rows.length < pageSize) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (!head) return { ok: false, entries, firstBadSeq: expected, reason: 'the chain head row is missing', headHash: prev };
  if (head.seq !== entries || head.hash !== prev) {
    return { ok: false, entries, firstBadSeq: expected, reason: `the log ends at entry ${entries} but ${head.seq} were written (entries removed from the end)`, headHash: prev };
  }
  return { ok: true, entries, headHash: prev };
}

/** Entries about the actor's organisation's data, newest first (its admins' audit view). */
export async function listAudit(db: Db, actor: { orgId: string; role: string }, opts: { limit?: number; beforeSeq?: number } = {}): Promise<AuditRecord[]> {
  if (actor.role !== 'admin') throw new ForbiddenError('only an admin may read the audit log');
  let q = db.selectFrom('audit_log').selectAll().where('org_id', '=', actor.orgId);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  const rows = await q.orderBy('seq', 'desc').limit(Math.min(opts.limit ?? 100, 1000)).execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorOrgId: r.actor_org_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    orgId: r.org_id,
    subjectId: r.subject_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    hash: r.hash,
  }));
}
