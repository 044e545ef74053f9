// Subjects: the Subject JSON (src/subject/schema.ts) a company keeps for its deployments, validated on every
// write, with a version for optimistic locking (a stale save gets ConflictError instead of overwriting).
import { z } from 'zod';
import { SubjectSchema, type Subject } from '../../subject/schema.js';
import { auditActor, requireSubject, scopedSubjects, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, InvalidInputError } from '../errors.js';

export interface SubjectSummary {
  id: string;
  orgId: string;
  name: string;
  version: number;
  updatedAt: string;
}

export interface SubjectRecord extends SubjectSummary {
  subject: Subject;
  createdAt: string;
  updatedBy: string | null;
}

function toRecord(r: Row<'subjects'>): SubjectRecord {
  return {
    id: r.id,
    orgId: r.org_id,
    name: r.name,
    version: r.version,
    updatedAt: r.updated_at,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    subject: SubjectSchema.parse(JSON.parse(r.data)),
  };
}

/** Validates subject data; InvalidInputError lists each problem with its path. */
export function parseSubject(data: unknown): Subject {
  const r = SubjectSchema.safeParse(data);
  if (r.success) return r.data;
  throw new InvalidInputError(`the subject has problems:\n${z.prettifyError(r.error)}`, 422);
}

/** Creates a subject for the actor's company (admin or member). */
export async function createSubject(db: Db, actor: Actor, input: { data: unknown; name?: string }): Promise<SubjectRecord> {
  if (actor.orgKind !== 'company' || (actor.role !== 'admin' && actor.role !== 'member')) throw new ForbiddenError('only a company admin or member may create subjects');
  const subject = parseSubject(input.data);
  const now = nowIso();
  const row: Row<'subjects'> = {
    id: newId(),
    org_id: actor.orgId,
    name: input.name?.trim() || subject.processor.name,
    data: JSON.stringify(subject),
    version: 1,
    created_at: now,
    updated_at: now,
    updated_by: actor.userId,
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('subjects').values(row).execute();
    await audit(trx, { action: 'subject.create', objectType: 'subject', objectId: row.id, actor: auditActor(actor), orgId: actor.orgId, subjectId: row.id, detail: { name: row.name } });
  });
  return toRecord(row);
}

/** A subject the actor may read. The server audits the view (it holds the officer's name and contact). */
export async function getSubject(db: Db, actor: Actor, id: string): Promise<SubjectRecord> {
  return toRecord(await requireSubject(db, actor, id, 'read'));
}

/** The subjects the actor may read, by name. */
export async function listSubjects(db: Db, actor: Actor): Promise<SubjectSummary[]> {
  const rows = await scopedSubjects(db, actor).select(['subjects.id', 'subjects.org_id', 'subjects.name', 'subjects.version', 'subjects.updated_at']).orderBy('subjects.name').execute();
  return rows.map((r) => ({ id: r.id, orgId: r.org_id, name: r.name, version: r.version, updatedAt: r.updated_at }));
}

/**
 * Replaces the subject data when `expectedVersion` is still current (ConflictError otherwise: someone saved in
 * between; reload and merge). Returns the new record with version + 1.
 */
export async function updateSubject(db: Db, actor: Actor, id: string, input: { data: unknown; name?: string; expectedVersion: number }): Promise<SubjectRecord> {
  const current = await requireSubject(db, actor, id, 'write');
  const subject = parseSubject(input.data);
  return inTx(db, async (trx) => {
    const r = await trx
      .updateTable('subjects')
      .set({ data: JSON.stringify(subject), name: input.name?.trim() || current.name, version: input.expectedVersion + 1, updated_at: nowIso(), updated_by: actor.userId })
      .where('id', '=', id)
      .where('version', '=', input.expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!r) throw new ConflictError(`the subject was changed by someone else (you edited version ${input.expectedVersion}); reload it`);
    await audit(trx, { action: 'subject.update', objectType: 'subject', objectId: id, actor: auditActor(actor), orgId: current.org_id, subjectId: id, detail: { version: r.version } });
    return toRecord(r);
  });
}
