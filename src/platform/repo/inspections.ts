// Inspection results an evaluator records for manual rules (查验方法 followed, 留存证据 attached). They are kept
// apart from the subject JSON (the company edits that) and merged in for assessment.
import { InspectionSchema, type Inspection, type Subject } from '../../subject/schema.js';
import { auditActor, requireSubject, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { InvalidInputError } from '../errors.js';

export interface InspectionRecord extends Inspection {
  id: string;
  subjectId: string;
  createdBy: string;
  createdAt: string;
}

const toRecord = (r: Row<'inspections'>): InspectionRecord => {
  const evidence = JSON.parse(r.evidence_ids) as string[];
  return {
    id: r.id,
    subjectId: r.subject_id,
    check: r.check_id,
    ...(r.scenario_id ? { scenario: r.scenario_id } : {}),
    verdict: r.verdict,
    note: r.note,
    ...(r.inspector ? { inspector: r.inspector } : {}),
    date: r.inspected_on,
    ...(evidence.length ? { evidence } : {}),
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
};

/** Records an inspection by a granted evaluator. Evidence ids must be live evidence of the same subject. */
export async function recordInspection(db: Db, actor: Actor, subjectId: string, input: unknown): Promise<InspectionRecord> {
  const subject = await requireSubject(db, actor, subjectId, 'inspect');
  const parsed = InspectionSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(`the inspection has problems: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 422);
  const i = parsed.data;
  const evidence = [...new Set(i.evidence ?? [])];
  if (evidence.length) {
    const found = await db.selectFrom('evidence_files').select('id').where('subject_id', '=', subjectId).where('deleted_at', 'is', null).where('id', 'in', evidence).execute();
    const missing = evidence.filter((e) => !found.some((f) => f.id === e));
    if (missing.length) throw new InvalidInputError(`evidence not found for this subject: ${missing.join(', ')}`);
  }
  const row: Row<'inspections'> = {
    id: newId(),
    subject_id: subjectId,
    check_id: i.check,
    scenario_id: i.scenario ?? null,
    verdict: i.verdict,
    note: i.note,
    inspector: i.inspector ?? null,
    inspected_on: i.date,
    evidence_ids: JSON.stringify(evidence),
    created_by: actor.userId,
    created_at: nowIso(),
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('inspections').values(row).execute();
    await audit(trx, { action: 'inspection.create', objectType: 'inspection', objectId: row.id, actor: auditActor(actor), orgId: subject.org_id, subjectId, detail: { check: i.check, verdict: i.verdict } });
  });
  return toRecord(row);
}

export async function listInspections(db: Db, actor: Actor, subjectId: string): Promise<InspectionRecord[]> {
  await requireSubject(db, actor, subjectId, 'read');
  return (await db.selectFrom('inspections').selectAll().where('subject_id', '=', subjectId).orderBy('created_at').orderBy('id').execute()).map(toRecord);
}

/** The subject with recorded inspections added to its own (for assess()). */
export function withRecordedInspections(subject: Subject, records: InspectionRecord[]): Subject {
  const recorded: Inspection[] = records.map(({ id: _i, subjectId: _s, createdBy: _b, createdAt: _a, ...i }) => i);
  return { ...subject, inspections: [...subject.inspections, ...recorded] };
}
