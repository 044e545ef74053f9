// Who is acting, and what they may see. Every tenant read goes through visibleSubjectIds (written once, here):
//   company   → subjects its organisation owns
//   evaluator → subjects granted to its organisation (grant not revoked)
//   regulator → subjects with a filing submitted to its province (not drafts)
// Objects hanging off a subject (evidence, assessments, inspections, rectifications, artifacts) are visible when
// their subject is; regulators see only evidence attached to a filing they can see.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from './db/open.js';
import type { Database, OrgKind, Role, Row } from './db/schema.js';
import { ForbiddenError, NotFoundError } from './errors.js';

export interface Actor {
  userId: string;
  orgId: string;
  orgKind: OrgKind;
  role: Role;
  /** The organisation's province (regulators see filings to it). */
  province: string | null;
}

/** The actor for a user acting for one organisation, from the database (never from the request). Undefined
 *  when the user is not a member of it or is disabled. */
export async function actorFor(db: Db, userId: string, orgId: string): Promise<Actor | undefined> {
  const r = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.org_id', 'm.role', 'o.kind', 'o.province'])
    .where('m.user_id', '=', userId)
    .where('m.org_id', '=', orgId)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  return r && { userId: r.user_id, orgId: r.org_id, orgKind: r.kind, role: r.role, province: r.province };
}

type IdQuery = SelectQueryBuilder<Database, any, { id: string }>;

/** Subquery of the subject ids the actor may read. Use it in every tenant query: `.where('subject_id', 'in', …)`. */
export function visibleSubjectIds(db: Db, actor: Actor): IdQuery {
  switch (actor.orgKind) {
    case 'company':
      return db.selectFrom('subjects').select('subjects.id as id').where('subjects.org_id', '=', actor.orgId);
    case 'evaluator':
      return db
        .selectFrom('grants')
        .select('grants.subject_id as id')
        .where('grants.evaluator_org_id', '=', actor.orgId)
        .where('grants.revoked_at', 'is', null);
    case 'regulator':
      return db
        .selectFrom('filings')
        .select('filings.subject_id as id')
        .where('filings.status', '!=', 'draft')
        .where(actor.province ? sql<boolean>`filings.province = ${actor.province}` : sql<boolean>`1 = 0`);
  }
}

/** The subjects table narrowed to what the actor may read. */
export function scopedSubjects(db: Db, actor: Actor) {
  return db.selectFrom('subjects').where('subjects.id', 'in', visibleSubjectIds(db, actor));
}

/** Live (not deleted) evidence rows the actor may read. */
export function scopedEvidence(db: Db, actor: Actor) {
  const q = db.selectFrom('evidence_files').where('evidence_files.deleted_at', 'is', null);
  if (actor.orgKind !== 'regulator') return q.where('evidence_files.subject_id', 'in', visibleSubjectIds(db, actor));
  return q.where('evidence_files.id', 'in', (eb) =>
    eb
      .selectFrom('filing_attachments as fa')
      .innerJoin('filings as f', 'f.id', 'fa.filing_id')
      .select('fa.evidence_id')
      .where('f.status', '!=', 'draft')
      .where(actor.province ? sql<boolean>`f.province = ${actor.province}` : sql<boolean>`1 = 0`),
  );
}

/** Filings the actor may read: its own organisation's, its granted subjects', or those submitted to its province. */
export function scopedFilings(db: Db, actor: Actor) {
  const q = db.selectFrom('filings');
  if (actor.orgKind === 'regulator') {
    return q.where('filings.status', '!=', 'draft').where(actor.province ? sql<boolean>`filings.province = ${actor.province}` : sql<boolean>`1 = 0`);
  }
  return q.where('filings.subject_id', 'in', visibleSubjectIds(db, actor));
}

/**
 * What the actor wants to do with a subject:
 *   read    — anyone who can see it
 *   write   — the owning company's admins and members (subject data, evidence, rectifications, filings)
 *   manage  — the owning company's admins (grants)
 *   inspect — a granted evaluator (inspections, sign-off, 留存证据 uploads)
 *   review  — a regulator of the province a filing for it went to
 */
export type SubjectAccess = 'read' | 'write' | 'manage' | 'inspect' | 'review';

export function allows(actor: Actor, subject: Pick<Row<'subjects'>, 'org_id'>, access: SubjectAccess): boolean {
  const owner = actor.orgKind === 'company' && subject.org_id === actor.orgId;
  switch (access) {
    case 'read':
      return true; // visibility was checked by the query
    case 'write':
      return owner && (actor.role === 'admin' || actor.role === 'member');
    case 'manage':
      return owner && actor.role === 'admin';
    case 'inspect':
      return actor.orgKind === 'evaluator' && (actor.role === 'evaluator' || actor.role === 'admin');
    case 'review':
      return actor.orgKind === 'regulator' && (actor.role === 'regulator' || actor.role === 'admin');
  }
}

/** The subject row when the actor may do `access` to it. NotFoundError when it is not visible (or does not exist),
 *  ForbiddenError when visible but the role may not. */
export async function requireSubject(db: Db, actor: Actor, subjectId: string, access: SubjectAccess): Promise<Row<'subjects'>> {
  const row = await scopedSubjects(db, actor).selectAll('subjects').where('subjects.id', '=', subjectId).executeTakeFirst();
  if (!row) throw new NotFoundError('subject');
  if (!allows(actor, row, access)) throw new ForbiddenError(`your role (${actor.orgKind} ${actor.role}) may not ${access} this subject`);
  return row;
}

/** Audit actor fields from an Actor. */
export const auditActor = (actor: Actor) => ({ userId: actor.userId, orgId: actor.orgId });
