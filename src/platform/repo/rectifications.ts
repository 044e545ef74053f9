// Rectification items (整改): one failed rule or check turned into work with an owner, a due date and a status.
// A re-check runs the rule again (the server does that) and its verdict is recorded here; an item can only be
// marked verified after a re-check passed.
import type { Verdict } from '../../core/types.js';
import { allows, auditActor, requireSubject, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { RectificationStatus, Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';

export const RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['open', 'in-progress', 'done', 'verified'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Rectification {
  id: string;
  subjectId: string;
  assessmentId: string | null;
  ruleId: string;
  checkId: string;
  scenarioId: string | null;
  owner: string | null;
  dueOn: string | null;
  status: RectificationStatus;
  notes: string | null;
  lastCheckVerdict: Verdict | null;
  lastCheckAt: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const toItem = (r: Row<'rectifications'>): Rectification => ({
  id: r.id,
  subjectId: r.subject_id,
  assessmentId: r.assessment_id,
  ruleId: r.rule_id,
  checkId: r.check_id,
  scenarioId: r.scenario_id,
  owner: r.owner,
  dueOn: r.due_on,
  status: r.status,
  notes: r.notes,
  lastCheckVerdict: r.last_check_verdict as Verdict | null,
  lastCheckAt: r.last_check_at,
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface NewRectification {
  subjectId: string;
  assessmentId?: string;
  ruleId: string;
  checkId?: string;
  scenarioId?: string;
  owner?: string;
  dueOn?: string;
  notes?: string;
}

export async function createRectification(db: Db, actor: Actor, input: NewRectification): Promise<Rectification> {
  const subject = await requireSubject(db, actor, input.subjectId, 'write');
  if (!/^[A-Z][A-Z0-9]*-[0-9A-Za-z.-]+$/.test(input.ruleId)) throw new InvalidInputError(`not a rule ID: ${input.ruleId}`);
  if (input.dueOn !== undefined && !DATE.test(input.dueOn)) throw new InvalidInputError('dueOn is a date YYYY-MM-DD');
  if (input.assessmentId) {
    const a = await db.selectFrom('assessments').select('id').where('id', '=', input.assessmentId).where('subject_id', '=', subject.id).executeTakeFirst();
    if (!a) throw new NotFoundError('assessment');
  }
  const now = nowIso();
  const row: Row<'rectifications'> = {
    id: newId(),
    subject_id: subject.id,
    assessment_id: input.assessmentId ?? null,
    rule_id: input.ruleId,
    check_id: input.checkId ?? input.ruleId,
    scenario_id: input.scenarioId ?? null,
    owner: input.owner ?? null,
    due_on: input.dueOn ?? null,
    status: 'open',
    notes: input.notes ?? null,
    last_check_verdict: null,
    last_check_at: null,
    version: 1,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('rectifications').values(row).execute();
    await audit(trx, { action: 'rectification.create', objectType: 'rectification', objectId: row.id, actor: auditActor(actor), orgId: subject.org_id, subjectId: subject.id, detail: { checkId: row.check_id } });
  });
  return toItem(row);
}

async function load(db: Db, actor: Actor, id: string) {
  const r = await db.selectFrom('rectifications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('rectification item');
  const subject = await requireSubject(db, actor, r.subject_id, 'read').catch(() => {
    throw new NotFoundError('rectification item');
  });
  return { row: r, subject };
}

export async function listRectifications(db: Db, actor: Actor, subjectId: string, status?: RectificationStatus): Promise<Rectification[]> {
  await requireSubject(db, actor, subjectId, 'read');
  let q = db.selectFrom('rectifications').selectAll().where('subject_id', '=', subjectId);
  if (status) q = q.where('status', '=', status);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(toItem);
}

export interface RectificationPatch {
  expectedVersion: number;
  owner?: string | null;
  dueOn?: string | null;
  status?: RectificationStatus;
  notes?: string | null;
}

/** Changes owner, due date, notes or status (the company). `verified` needs a passing re-check first. */
export async function updateRectification(db: Db, actor: Actor, id: string, patch: RectificationPatch): Promise<Rectification> {
  const { row, subject } = await load(db, actor, id);
  if (!allows(actor, subject, 'write')) throw new ForbiddenError('only the company may change its rectification items');
  if (patch.status !== undefined && !RECTIFICATION_STATUSES.includes(patch.status)) throw new InvalidInputError(`unknown status: ${patch.status}`);
  if (patch.dueOn && !DATE.test(patch.dueOn)) throw new InvalidInputError('dueOn is a date YYYY-MM-DD');
  if (patch.status === 'verified' && row.last_check_verdict !== 'pass') {
    throw new ConflictError('an item can be marked verified only after a re-check passed');
  }
  const set = {
    ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
    ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    version: patch.expectedVersion + 1,
    updated_at: nowIso(),
  };
  return inTx(db, async (trx) => {
    const r = await trx.updateTable('rectifications').set(set).where('id', '=', id).where('version', '=', patch.expectedVersion).returningAll().executeTakeFirst();
    if (!r) throw new ConflictError('the item was changed by someone else; reload it');
    const { version: _v, updated_at: _u, ...changed } = set;
    await audit(trx, { action: 'rectification.update', objectType: 'rectification', objectId: id, actor: auditActor(actor), orgId: subject.org_id, subjectId: subject.id, detail: changed });
    return toItem(r);
  });
}

/** Records the verdict of re-running the item's rule (by the company or a granted evaluator). */
export async function recordRecheck(db: Db, actor: Actor, id: string, verdict: Verdict): Promise<Rectification> {
  const { subject } = await load(db, actor, id);
  if (!allows(actor, subject, 'write') && !allows(actor, subject, 'inspect')) throw new ForbiddenError('your role may not re-check this item');
  return inTx(db, async (trx) => {
    const r = await trx
      .updateTable('rectifications')
      .set((eb) => ({ last_check_verdict: verdict, last_check_at: nowIso(), updated_at: nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, { action: 'rectification.recheck', objectType: 'rectification', objectId: id, actor: auditActor(actor), orgId: subject.org_id, subjectId: subject.id, detail: { verdict } });
    return toItem(r);
  });
}
