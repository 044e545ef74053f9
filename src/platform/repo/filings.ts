// Filings (人脸识别技术应用备案 and its change, deregistration; PI protection officer reports): the form data,
// the attachments (evidence files in the FIL-01…08 slots) and the review states:
//   draft → submitted → filed            (regulator issues the 备案编号)
//                     → returned → submitted …   (regulator gives reasons; the company fixes and resubmits)
// The company edits only drafts and returned filings; the regulator acts only on filings submitted to its province.
import { allows, auditActor, requireSubject, scopedFilings, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { FilingStatus, FilingType, Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { FILING_MAX_BYTES, FILING_SLOTS, isFilingKind, slotFormats, type FilKind } from '../evidence-formats.js';

export const FILING_TYPES: readonly FilingType[] = ['initial', 'change', 'deregistration', 'officer-report'];
/** Types whose dossier needs every FIL-01…08 slot filled before submission. */
const NEEDS_DOSSIER = new Set<FilingType>(['initial', 'change']);

export interface FilingAttachment {
  attachment: FilKind;
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
  form: Record<string, unknown>;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  returnedAt: string | null;
  filedAt: string | null;
  reviewedBy: string | null;
  attachments: FilingAttachment[];
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
    form: JSON.parse(r.form) as Record<string, unknown>,
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
      .map((a) => ({ attachment: a.attachment as FilKind, slot: a.slot as FilingAttachment['slot'], evidenceId: a.evidence_id, attachedAt: a.attached_at }))
      .sort((a, b) => `${a.attachment}.${a.slot}`.localeCompare(`${b.attachment}.${b.slot}`)),
  };
}

function checkForm(form: unknown): Record<string, unknown> {
  if (form === null || typeof form !== 'object' || Array.isArray(form)) throw new InvalidInputError('the filing form must be a JSON object');
  return form as Record<string, unknown>;
}

/** Slots still empty, as "FIL-07.spreadsheet"; [] when the dossier is complete or the type needs none. */
export function missingSlots(f: Pick<Filing, 'type' | 'attachments'>): string[] {
  if (!NEEDS_DOSSIER.has(f.type)) return [];
  const have = new Set(f.attachments.map((a) => `${a.attachment}.${a.slot}`));
  return Object.entries(FILING_SLOTS).flatMap(([k, slots]) => slots.map((s) => `${k}.${s.id}`).filter((id) => !have.has(id)));
}

export async function createFiling(db: Db, actor: Actor, input: { subjectId: string; type: FilingType; province?: string; form?: unknown }): Promise<Filing> {
  const subject = await requireSubject(db, actor, input.subjectId, 'write');
  if (!FILING_TYPES.includes(input.type)) throw new InvalidInputError(`unknown filing type: ${input.type}`);
  const org = await db.selectFrom('organizations').select('province').where('id', '=', subject.org_id).executeTakeFirstOrThrow();
  const province = input.province?.trim() || org.province;
  if (!province) throw new InvalidInputError('a filing goes to a province: give one (the organisation has none)');
  const now = nowIso();
  const row: Row<'filings'> = {
    id: newId(),
    org_id: subject.org_id,
    subject_id: subject.id,
    type: input.type,
    status: 'draft',
    province,
    number: null,
    return_reason: null,
    form: JSON.stringify(checkForm(input.form ?? {})),
    version: 1,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    submitted_at: null,
    returned_at: null,
    filed_at: null,
    reviewed_by: null,
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('filings').values(row).execute();
    await audit(trx, { action: 'filing.create', objectType: 'filing', objectId: row.id, actor: auditActor(actor), orgId: row.org_id, subjectId: row.subject_id, detail: { type: row.type, province } });
  });
  return toFiling(row, []);
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

/** The filing when the company may edit it now (draft or returned). */
async function editable(db: Db, actor: Actor, id: string): Promise<Filing> {
  const f = await getFiling(db, actor, id);
  const subject = await requireSubject(db, actor, f.subjectId, 'read');
  if (!allows(actor, subject, 'write')) throw new ForbiddenError('only the company may edit its filing');
  if (f.status !== 'draft' && f.status !== 'returned') throw new ConflictError(`the filing is ${f.status}; only drafts and returned filings can be changed`);
  return f;
}

/** Saves the form (暂存). */
export async function updateFilingForm(db: Db, actor: Actor, id: string, input: { form: unknown; expectedVersion: number }): Promise<Filing> {
  const f = await editable(db, actor, id);
  const form = JSON.stringify(checkForm(input.form));
  await inTx(db, async (trx) => {
    const r = await trx.updateTable('filings').set({ form, version: input.expectedVersion + 1, updated_at: nowIso() }).where('id', '=', id).where('version', '=', input.expectedVersion).executeTakeFirst();
    if (!r.numUpdatedRows) throw new ConflictError('the filing was changed by someone else; reload it');
    await audit(trx, { action: 'filing.update', objectType: 'filing', objectId: id, actor: auditActor(actor), orgId: f.orgId, subjectId: f.subjectId });
  });
  return getFiling(db, actor, id);
}

/** Puts an evidence file of the same subject into a slot (replacing what was there). Checks the stored format
 *  against the slot's formats and the 50 MB limit. */
export async function attachToFiling(db: Db, actor: Actor, id: string, input: { attachment: string; slot: 'scan' | 'spreadsheet'; evidenceId: string }): Promise<Filing> {
  const f = await editable(db, actor, id);
  if (!isFilingKind(input.attachment)) throw new InvalidInputError(`not a filing attachment: ${input.attachment}`);
  const formats = slotFormats(input.attachment, input.slot);
  if (!formats) throw new InvalidInputError(`${input.attachment} has no ${input.slot} slot`);
  const ev = await db.selectFrom('evidence_files').selectAll().where('id', '=', input.evidenceId).where('subject_id', '=', f.subjectId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!ev) throw new NotFoundError('evidence file');
  if (!(formats as readonly string[]).includes(ev.format)) throw new InvalidInputError(`${input.attachment} ${input.slot} takes ${formats.join(', ')}; the file's content is ${ev.format}`, 415);
  if (ev.size > FILING_MAX_BYTES) throw new InvalidInputError('filing attachments may be at most 50 MB', 413);
  await inTx(db, async (trx) => {
    await trx.deleteFrom('filing_attachments').where('filing_id', '=', id).where('attachment', '=', input.attachment).where('slot', '=', input.slot).execute();
    await trx.insertInto('filing_attachments').values({ filing_id: id, attachment: input.attachment, slot: input.slot, evidence_id: ev.id, attached_at: nowIso() }).execute();
    await trx.updateTable('filings').set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() })).where('id', '=', id).execute();
    await audit(trx, { action: 'filing.attach', objectType: 'filing', objectId: id, actor: auditActor(actor), orgId: f.orgId, subjectId: f.subjectId, detail: { attachment: input.attachment, slot: input.slot, evidenceId: ev.id } });
  });
  return getFiling(db, actor, id);
}

/** 全部完成: submits a draft or returned filing when its dossier is complete (ConflictError naming the empty slots). */
export async function submitFiling(db: Db, actor: Actor, id: string, expectedVersion: number): Promise<Filing> {
  const f = await editable(db, actor, id);
  const missing = missingSlots(f);
  if (missing.length) throw new ConflictError(`the dossier is incomplete: ${missing.join(', ')}`);
  await inTx(db, async (trx) => {
    const r = await trx
      .updateTable('filings')
      .set({ status: 'submitted', submitted_at: nowIso(), updated_at: nowIso(), version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (!r.numUpdatedRows) throw new ConflictError('the filing was changed by someone else; reload it');
    await audit(trx, { action: 'filing.submit', objectType: 'filing', objectId: id, actor: auditActor(actor), orgId: f.orgId, subjectId: f.subjectId, detail: { type: f.type, province: f.province } });
  });
  return getFiling(db, actor, id);
}

/** The regulator's decision on a submitted filing: return it with reasons, or file it with a number. */
async function review(db: Db, actor: Actor, id: string, set: Partial<Row<'filings'>>, action: string, detail: Record<string, unknown>): Promise<Filing> {
  if (actor.orgKind !== 'regulator' || (actor.role !== 'regulator' && actor.role !== 'admin')) throw new ForbiddenError('only a regulator reviews filings');
  const f = await getFiling(db, actor, id);
  if (f.status !== 'submitted') throw new ConflictError(`the filing is ${f.status}, not submitted`);
  await inTx(db, async (trx) => {
    const r = await trx
      .updateTable('filings')
      .set((eb) => ({ ...set, reviewed_by: actor.userId, updated_at: nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (!r.numUpdatedRows) throw new ConflictError('the filing was reviewed by someone else meanwhile');
    await audit(trx, { action, objectType: 'filing', objectId: id, actor: auditActor(actor), orgId: f.orgId, subjectId: f.subjectId, detail });
  });
  return getFiling(db, actor, id);
}

export async function returnFiling(db: Db, actor: Actor, id: string, reason: string): Promise<Filing> {
  if (!reason.trim()) throw new InvalidInputError('say why the filing is returned');
  return review(db, actor, id, { status: 'returned', return_reason: reason.trim(), returned_at: nowIso() }, 'filing.return', { reason: reason.trim() });
}

export async function approveFiling(db: Db, actor: Actor, id: string, number: string): Promise<Filing> {
  if (!number.trim()) throw new InvalidInputError('a filed application needs its filing number (备案编号)');
  return review(db, actor, id, { status: 'filed', number: number.trim(), filed_at: nowIso(), return_reason: null }, 'filing.approve', { number: number.trim() });
}
