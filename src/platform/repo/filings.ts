// Filings (人脸识别技术应用备案 and its change, deregistration; PI protection officer reports): persistence only.
// The dossier and its workflow (states, completeness, forms) belong to src/filing; the server runs those pure
// functions and stores the resulting Dossier here. This module keeps what access control needs in columns
// (status, province, number) and mirrors the attached evidence into filing_attachments (regulators see the
// evidence of filings submitted to them), checks who may write, optimistic versions, and audits every change.
// The `form` column holds the whole Dossier JSON.
import { parseDossier, createDossier, lastReturn, type Dossier } from '../../filing/index.js';
import { allows, auditActor, requireSubject, scopedFilings, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { FilingStatus, FilingType, Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { SubjectSchema } from '../../subject/schema.js';

export const FILING_TYPES: readonly FilingType[] = ['initial', 'change', 'deregistration', 'officer-report'];

export interface FilingAttachment {
  attachment: string;
  slot: 'scan' | 'spreadsheet';
  evidenceId: string;
  attachedAt: string;
}

export interface Filing {
  id: string;
  orgId: string;
  subjectId: string;
  type: FilingType;
  status: FilingStatus;
  province: string;
  number: string | null;
  returnReason: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  returnedAt: string | null;
  filedAt: string | null;
  reviewedBy: string | null;
  attachments: FilingAttachment[];
  /** The dossier as src/filing works with it. */
  dossier: Dossier;
}

function toFiling(r: Row<'filings'>, atts: Row<'filing_attachments'>[]): Filing {
  return {
    id: r.id,
    orgId: r.org_id,
    subjectId: r.subject_id,
    type: r.type,
    status: r.status,
    province: r.province,
    number: r.number,
    returnReason: r.return_reason,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    returnedAt: r.returned_at,
    filedAt: r.filed_at,
    reviewedBy: r.reviewed_by,
    attachments: atts
      .filter((a) => a.filing_id === r.id)
      .map((a) => ({ attachment: a.attachment, slot: a.slot as FilingAttachment['slot'], evidenceId: a.evidence_id, attachedAt: a.attached_at }))
      .sort((a, b) => `${a.attachment}.${a.slot}`.localeCompare(`${b.attachment}.${b.slot}`)),
    dossier: parseDossier(JSON.parse(r.form)),
  };
}

/** The files of a dossier, one per upload field (the table holds one; the newest wins). */
function attachmentRows(d: Dossier): { attachment: string; slot: 'scan' | 'spreadsheet'; evidenceId: string; at: string }[] {
  const out: { attachment: string; slot: 'scan' | 'spreadsheet'; evidenceId: string; at: string }[] = [];
  for (const [attachment, state] of Object.entries(d.slots)) {
    for (const slot of ['scan', 'spreadsheet'] as const) {
      const last = state?.[slot].at(-1);
      if (last) out.push({ attachment, slot, evidenceId: last.evidenceId, at: last.addedAt ?? d.updatedAt });
    }
  }
  return out;
}

async function mirrorAttachments(trx: Db, filingId: string, subjectId: string, d: Dossier): Promise<void> {
  await trx.deleteFrom('filing_attachments').where('filing_id', '=', filingId).execute();
  for (const a of attachmentRows(d)) {
    const ev = await trx.selectFrom('evidence_files').select('id').where('id', '=', a.evidenceId).where('subject_id', '=', subjectId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!ev) throw new NotFoundError(`evidence file ${a.evidenceId}`);
    await trx.insertInto('filing_attachments').values({ filing_id: filingId, attachment: a.attachment, slot: a.slot, evidence_id: a.evidenceId, attached_at: a.at }).execute();
  }
}

/**
 * Stores a new dossier for a subject (company admin or member). Without `dossier`, a new draft of `type` (initial
 * or officer-report) is made with src/filing's createDossier. The province is the organisation's registered one,
 * else the dossier's (from the subject).
 */
export async function createFiling(db: Db, actor: Actor, input: { subjectId: string; type?: 'initial' | 'officer-report'; dossier?: Dossier }): Promise<Filing> {
  const subject = await requireSubject(db, actor, input.subjectId, 'write');
  const org = await db.selectFrom('organizations').select('province').where('id', '=', subject.org_id).executeTakeFirstOrThrow();
  const id = input.dossier?.id ?? newId();
  const made = input.dossier ?? createDossier({ id, type: input.type ?? 'initial', actor: { role: 'company', id: actor.userId }, subject: SubjectSchema.parse(JSON.parse(subject.data)) });
  const dossier = parseDossier(made);
  if (dossier.status !== 'draft') throw new InvalidInputError('a new filing starts as a draft');
  // The organisation's registered province decides where it files (subject data is editable by members).
  const province = org.province ?? dossier.province;
  if (!province) throw new InvalidInputError('a filing goes to a province: the subject and the organisation name none');
  const stored: Dossier = { ...dossier, province };
  const row: Row<'filings'> = {
    id,
    org_id: subject.org_id,
    subject_id: subject.id,
    type: stored.type,
    status: 'draft',
    province,
    number: stored.number ?? null,
    return_reason: null,
    form: JSON.stringify(stored),
    version: stored.version,
    created_by: actor.userId,
    created_at: stored.createdAt,
    updated_at: stored.updatedAt,
    submitted_at: null,
    returned_at: null,
    filed_at: null,
    reviewed_by: null,
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('filings').values(row).execute();
    await mirrorAttachments(trx, id, subject.id, stored);
    await audit(trx, { action: 'filing.create', objectType: 'filing', objectId: id, actor: auditActor(actor), orgId: row.org_id, subjectId: row.subject_id, detail: { type: row.type, province, basedOn: stored.basedOn?.dossierId ?? null } });
  });
  return getFiling(db, actor, id);
}

export async function getFiling(db: Db, actor: Actor, id: string): Promise<Filing> {
  const r = await scopedFilings(db, actor).selectAll('filings').where('filings.id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('filing');
  const atts = await db.selectFrom('filing_attachments').selectAll().where('filing_id', '=', id).execute();
  return toFiling(r, atts);
}

/** Filings the actor may see (a regulator: those submitted to its province), newest first. */
export async function listFilings(db: Db, actor: Actor, filter: { subjectId?: string; status?: FilingStatus } = {}): Promise<Filing[]> {
  let q = scopedFilings(db, actor).selectAll('filings');
  if (filter.subjectId) q = q.where('filings.subject_id', '=', filter.subjectId);
  if (filter.status) q = q.where('filings.status', '=', filter.status);
  const rows = await q.orderBy('filings.updated_at', 'desc').orderBy('filings.id').execute();
  const atts = rows.length ? await db.selectFrom('filing_attachments').selectAll().where('filing_id', 'in', rows.map((r) => r.id)).execute() : [];
  return rows.map((r) => toFiling(r, atts));
}

/** Status changes each side may store (who may write what; the workflow itself is src/filing's). */
const MAY_STORE: Record<'company' | 'regulator', readonly string[]> = {
  company: ['draft>draft', 'draft>submitted', 'returned>returned', 'returned>submitted', 'filed>filed'],
  regulator: ['submitted>returned', 'submitted>filed', 'filed>filed'],
};

/**
 * Stores a dossier the workflow returned. The company (admin, member) stores its own; a regulator only dossiers
 * submitted to its province; each only the status changes its side may make. `expectedVersion` is the version
 * that was read (ConflictError when someone saved first). `action` names the audit entry (filing.update,
 * filing.attach, filing.submit, filing.return, filing.approve, …).
 */
export async function saveFiling(db: Db, actor: Actor, id: string, input: { dossier: Dossier; expectedVersion: number; action: string; detail?: Record<string, unknown> }): Promise<Filing> {
  const f = await getFiling(db, actor, id);
  const d = parseDossier(input.dossier);
  if (d.id !== f.id || d.type !== f.type) throw new InvalidInputError('the dossier does not belong to this filing');
  if (d.province !== f.province) throw new InvalidInputError('a filing cannot move to another province');
  const subject = await requireSubject(db, actor, f.subjectId, 'read');
  const side = allows(actor, subject, 'write') ? 'company' : allows(actor, subject, 'review') ? 'regulator' : undefined;
  if (!side) throw new ForbiddenError(`your role (${actor.orgKind} ${actor.role}) may not change this filing`);
  if (!MAY_STORE[side].includes(`${f.status}>${d.status}`)) throw new ConflictError(`the filing is ${f.status}; ${side === 'company' ? 'the company' : 'a regulator'} cannot make it ${d.status}`);
  if (d.version <= input.expectedVersion) throw new InvalidInputError('the dossier version must grow with every change');
  const now = nowIso();
  const changed = d.status !== f.status;
  const set: Partial<Row<'filings'>> = {
    status: d.status,
    number: d.number ?? null,
    return_reason: d.status === 'returned' ? (lastReturn(d)?.reason ?? null) : null,
    form: JSON.stringify(d),
    version: d.version,
    updated_at: now,
    ...(changed && d.status === 'submitted' ? { submitted_at: now } : {}),
    ...(changed && d.status === 'returned' ? { returned_at: now, reviewed_by: actor.userId } : {}),
    ...(changed && d.status === 'filed' ? { filed_at: now, reviewed_by: actor.userId } : {}),
  };
  await inTx(db, async (trx) => {
    const r = await trx.updateTable('filings').set(set).where('id', '=', id).where('version', '=', input.expectedVersion).where('status', '=', f.status).executeTakeFirst();
    if (!r.numUpdatedRows) throw new ConflictError('the filing was changed by someone else; reload it');
    await mirrorAttachments(trx, id, f.subjectId, d);
    await audit(trx, { action: input.action, objectType: 'filing', objectId: id, actor: auditActor(actor), orgId: f.orgId, subjectId: f.subjectId, detail: { from: f.status, to: d.status, ...(input.detail ?? {}) } });
  });
  return getFiling(db, actor, id);
}
