// Assessments: the engine's Assessment JSON for a subject at a version, and an evaluator's sign-off.
import type { Assessment, VerdictCounts } from '../../engine/assessment.js';
import { allows, auditActor, requireSubject, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';

export interface AssessmentSummary {
  id: string;
  subjectId: string;
  subjectVersion: number;
  asOf: string;
  createdBy: string;
  createdAt: string;
  signedOffBy: string | null;
  signedOffAt: string | null;
  counts: VerdictCounts;
}
export interface AssessmentRecord extends AssessmentSummary {
  assessment: Assessment;
}

function toRecord(r: Row<'assessments'>): AssessmentRecord {
  const assessment = JSON.parse(r.data) as Assessment;
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectVersion: r.subject_version,
    asOf: r.as_of,
    createdBy: r.created_by,
    createdAt: r.created_at,
    signedOffBy: r.signed_off_by,
    signedOffAt: r.signed_off_at,
    counts: assessment.counts.total,
    assessment,
  };
}
const summary = ({ assessment: _omit, ...s }: AssessmentRecord): AssessmentSummary => s;

/** Stores an assessment run by the company or a granted evaluator. */
export async function saveAssessment(db: Db, actor: Actor, subjectId: string, assessment: Assessment, subjectVersion: number): Promise<AssessmentRecord> {
  const subject = await requireSubject(db, actor, subjectId, 'read');
  if (!allows(actor, subject, 'write') && !allows(actor, subject, 'inspect')) throw new ForbiddenError('your role may not run assessments of this subject');
  const row: Row<'assessments'> = {
    id: newId(),
    subject_id: subjectId,
    subject_version: subjectVersion,
    as_of: assessment.asOf,
    data: JSON.stringify(assessment),
    created_by: actor.userId,
    created_at: nowIso(),
    signed_off_by: null,
    signed_off_at: null,
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('assessments').values(row).execute();
    await audit(trx, { action: 'assessment.create', objectType: 'assessment', objectId: row.id, actor: auditActor(actor), orgId: subject.org_id, subjectId, detail: { asOf: row.as_of, subjectVersion } });
  });
  return toRecord(row);
}

export async function listAssessments(db: Db, actor: Actor, subjectId: string): Promise<AssessmentSummary[]> {
  await requireSubject(db, actor, subjectId, 'read');
  const rows = await db.selectFrom('assessments').selectAll().where('subject_id', '=', subjectId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => summary(toRecord(r)));
}

export async function getAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentRecord> {
  const r = await db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('assessment');
  await requireSubject(db, actor, r.subject_id, 'read').catch(() => {
    throw new NotFoundError('assessment');
  });
  return toRecord(r);
}

/** A granted evaluator signs the assessment off (once). */
export async function signOffAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentRecord> {
  const current = await getAssessment(db, actor, id);
  const subject = await requireSubject(db, actor, current.subjectId, 'inspect');
  return inTx(db, async (trx) => {
    const r = await trx.updateTable('assessments').set({ signed_off_by: actor.userId, signed_off_at: nowIso() }).where('id', '=', id).where('signed_off_at', 'is', null).returningAll().executeTakeFirst();
    if (!r) throw new ConflictError('the assessment is already signed off');
    await audit(trx, { action: 'assessment.sign-off', objectType: 'assessment', objectId: id, actor: auditActor(actor), orgId: subject.org_id, subjectId: subject.id });
    return toRecord(r);
  });
}
