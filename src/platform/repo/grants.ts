// Grants: a company admin lets one evaluator organisation see one subject (and record inspections on it).
import { auditActor, requireSubject, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export interface Grant {
  id: string;
  subjectId: string;
  evaluatorOrgId: string;
  grantedBy: string;
  grantedAt: string;
  revokedAt: string | null;
}

const toGrant = (r: Row<'grants'>): Grant => ({
  id: r.id,
  subjectId: r.subject_id,
  evaluatorOrgId: r.evaluator_org_id,
  grantedBy: r.granted_by,
  grantedAt: r.granted_at,
  revokedAt: r.revoked_at,
});

export async function grantSubject(db: Db, actor: Actor, subjectId: string, evaluatorOrgId: string): Promise<Grant> {
  const subject = await requireSubject(db, actor, subjectId, 'manage');
  const org = await db.selectFrom('organizations').select('kind').where('id', '=', evaluatorOrgId).executeTakeFirst();
  if (!org) throw new NotFoundError('evaluator organisation');
  if (org.kind !== 'evaluator') throw new InvalidInputError('access can be granted to evaluator organisations only');
  const row: Row<'grants'> = { id: newId(), subject_id: subjectId, evaluator_org_id: evaluatorOrgId, granted_by: actor.userId, granted_at: nowIso(), revoked_at: null, revoked_by: null };
  return inTx(db, async (trx) => {
    const live = await trx.selectFrom('grants').select('id').where('subject_id', '=', subjectId).where('evaluator_org_id', '=', evaluatorOrgId).where('revoked_at', 'is', null).executeTakeFirst();
    if (live) throw new ConflictError('that evaluator already has access to this subject');
    await trx.insertInto('grants').values(row).execute();
    await audit(trx, { action: 'grant.create', objectType: 'grant', objectId: row.id, actor: auditActor(actor), orgId: subject.org_id, subjectId, detail: { evaluatorOrgId } });
    return toGrant(row);
  });
}

export async function revokeGrant(db: Db, actor: Actor, grantId: string): Promise<void> {
  const g = await db.selectFrom('grants').selectAll().where('id', '=', grantId).executeTakeFirst();
  if (!g) throw new NotFoundError('grant');
  const subject = await requireSubject(db, actor, g.subject_id, 'manage');
  await inTx(db, async (trx) => {
    const r = await trx.updateTable('grants').set({ revoked_at: nowIso(), revoked_by: actor.userId }).where('id', '=', grantId).where('revoked_at', 'is', null).executeTakeFirst();
    if (!r.numUpdatedRows) throw new ConflictError('the grant is already revoked');
    await audit(trx, { action: 'grant.revoke', objectType: 'grant', objectId: grantId, actor: auditActor(actor), orgId: subject.org_id, subjectId: g.subject_id, detail: { evaluatorOrgId: g.evaluator_org_id } });
  });
}

/** Grants of a subject, live and revoked (for its owner; evaluators see the subject through them). */
export async function listGrants(db: Db, actor: Actor, subjectId: string): Promise<Grant[]> {
  await requireSubject(db, actor, subjectId, 'manage');
  return (await db.selectFrom('grants').selectAll().where('subject_id', '=', subjectId).orderBy('granted_at').execute()).map(toGrant);
}
