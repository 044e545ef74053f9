// The dossier workflow as pure functions: each takes a dossier and returns a new one (the input is never
// changed), or throws a FilingError. The server stores the result and does the HTTP and role plumbing.
//
//   (new) ──create──▶ draft ──submit (全部完成)──▶ submitted ──approve(number)──▶ filed
//                     ▲  │ saveDraft/attach/detach    │                           │ requestRectification
//                     │  └──────────┘                 │ returnFiling(reason)      │ respond/closeRectification
//                     │                               ▼                           │ startChange / startDeregistration
//                     └──── (edit, submit again) ── returned                      ▼ (a new dossier, same path)
import type { Text } from '../core/types.js';
import { DateSchema, type Subject } from '../subject/schema.js';
import { checkCompleteness } from './completeness.js';
import { FilingError, IncompleteDossierError } from './errors.js';
import { FormInputError, parseFormInput, type FormInput } from './form-input.js';
import {
  ActorSchema,
  AttachmentRefSchema,
  DOSSIER_SCHEMA_VERSION,
  FIL_KINDS,
  REQUIRED_SLOTS,
  SLOT_PARTS,
  STATUS_LABELS,
  TYPE_LABELS,
  type Actor,
  type AttachmentRef,
  type Dossier,
  type DossierEvent,
  type DossierStatus,
  type DossierType,
  type PartId,
  type Rectification,
  type Role,
} from './types.js';
import type { FilKind } from '../rules/fil/dossier.js';

const t = (zh: string, en: string): Text => ({ zh, en });

export interface At {
  /** When the action happens (ISO 8601 with offset); defaults to now. */
  at?: string;
}

interface Step {
  label: Text;
  from: readonly DossierStatus[];
  role: Role;
  /** Dossier types the step applies to; absent = all. */
  types?: readonly DossierType[];
}

const EDITABLE = ['draft', 'returned'] as const;

/** What each action needs. The state diagram above, as data. */
export const STEPS = {
  saveDraft: { label: t('暂存', 'save a draft'), from: EDITABLE, role: 'company' },
  attach: { label: t('上传附件', 'attach a file'), from: EDITABLE, role: 'company' },
  detach: { label: t('删除附件', 'remove a file'), from: EDITABLE, role: 'company' },
  submit: { label: t('全部完成（提交）', 'submit (全部完成)'), from: EDITABLE, role: 'company' },
  returnFiling: { label: t('退回', 'return the filing'), from: ['submitted'], role: 'regulator' },
  approve: { label: t('审核通过', 'approve'), from: ['submitted'], role: 'regulator' },
  requestRectification: {
    label: t('督促整改', 'request rectification'),
    from: ['filed'],
    role: 'regulator',
    types: ['initial', 'change', 'officer-report'],
  },
  respondRectification: { label: t('回复整改要求', 'answer a rectification request'), from: ['filed'], role: 'company' },
  closeRectification: { label: t('关闭整改要求', 'close a rectification request'), from: ['filed'], role: 'regulator' },
  startChange: { label: t('办理变更', 'start a change'), from: ['filed'], role: 'company', types: ['initial', 'change', 'officer-report'] },
  startDeregistration: { label: t('办理注销', 'start a deregistration'), from: ['filed'], role: 'company', types: ['initial', 'change'] },
} as const satisfies Record<string, Step>;
export type StepName = keyof typeof STEPS;

const ROLE_LABELS: Record<Role, Text> = { company: t('个人信息处理者', 'the processor'), regulator: t('网信部门', 'the regulator') };

function stamp(at: string | undefined): string {
  const s = at ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(s)) || !/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    throw new FilingError('invalid-input', t(`时间格式无效：${s}`, `not an ISO 8601 timestamp: ${s}`));
  }
  return s;
}

function checkActor(actor: unknown): Actor {
  const r = ActorSchema.safeParse(actor);
  if (!r.success) throw new FilingError('invalid-input', t('操作人信息无效', `invalid actor: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`));
  return r.data;
}

/** Throws unless `actor` may take `step` on `d` now. */
export function guard(name: StepName, d: Dossier, actorIn: Actor): Actor {
  const step: Step = STEPS[name];
  const actor = checkActor(actorIn);
  if (actor.role !== step.role) {
    throw new FilingError(
      'forbidden',
      t(`“${step.label.zh}”只能由${ROLE_LABELS[step.role].zh}操作。`, `Only ${ROLE_LABELS[step.role].en} may ${step.label.en}.`),
      name,
      d.status,
    );
  }
  if (actor.role === 'regulator' && actor.province && d.province && actor.province !== d.province) {
    throw new FilingError('forbidden', t(`该备案属于${d.province}，不在${actor.province}的审核范围内。`, `The dossier belongs to ${d.province}, not to ${actor.province}.`), name, d.status);
  }
  if (step.types && !step.types.includes(d.type)) {
    throw new FilingError(
      'illegal-transition',
      t(`${TYPE_LABELS[d.type].zh}不能“${step.label.zh}”。`, `A ${TYPE_LABELS[d.type].en} dossier cannot ${step.label.en}.`),
      name,
      d.status,
    );
  }
  if (!step.from.includes(d.status)) {
    const allowed = step.from.map((s) => STATUS_LABELS[s]);
    throw new FilingError(
      'illegal-transition',
      t(
        `状态为“${STATUS_LABELS[d.status].zh}”的备案不能“${step.label.zh}”：该操作只适用于${allowed.map((s) => `“${s.zh}”`).join('、')}状态。`,
        `Cannot ${step.label.en} a dossier that is ${STATUS_LABELS[d.status].en}: only when ${allowed.map((s) => s.en).join(' or ')}.`,
      ),
      name,
      d.status,
    );
  }
  return actor;
}

/** Every action the role may take on the dossier now (for the UI's buttons). */
export function allowedActions(d: Dossier, role: Role): StepName[] {
  return (Object.keys(STEPS) as StepName[]).filter((n) => {
    const s: Step = STEPS[n];
    return s.role === role && s.from.includes(d.status) && (!s.types || s.types.includes(d.type));
  });
}

function next(d: Dossier, at: string, patch: Partial<Dossier>, event?: Omit<DossierEvent, 'at' | 'from' | 'to'> & { to?: DossierStatus }): Dossier {
  const to = event?.to ?? patch.status ?? d.status;
  return {
    ...d,
    ...patch,
    version: d.version + 1,
    updatedAt: at,
    history: event ? [...d.history, { ...event, at, from: d.status, to }] : d.history,
  };
}

function text(value: unknown, what: Text, max = 2000): string {
  const s = typeof value === 'string' ? value.trim() : '';
  if (!s) throw new FilingError('invalid-input', t(`必须填写${what.zh}。`, `A ${what.en} is required.`));
  if (s.length > max) throw new FilingError('invalid-input', t(`${what.zh}过长（最多 ${max} 字）。`, `The ${what.en} is too long (at most ${max} characters).`));
  return s;
}

function isoDate(value: string | undefined, what: Text): string | undefined {
  if (value === undefined) return undefined;
  if (!DateSchema.safeParse(value).success) throw new FilingError('invalid-input', t(`${what.zh}应为 YYYY-MM-DD 格式的日期：${value}`, `The ${what.en} must be a date as YYYY-MM-DD: ${value}`));
  return value;
}

function parseForm(form: unknown): FormInput {
  try {
    return parseFormInput(form);
  } catch (e) {
    if (e instanceof FormInputError) throw new FilingError('invalid-input', t(`表单内容有误：${e.message}`, e.message));
    throw e;
  }
}

// ---- Creating -------------------------------------------------------------------------------------------

export interface CreateOptions extends At {
  id: string;
  type: 'initial' | 'officer-report';
  actor: Actor;
  /** The province and city it is filed in come from the subject's processor. */
  subject?: Subject;
  form?: FormInput;
}

/** A new draft: a first face recognition filing, or a first officer report. Changes start from a filed dossier. */
export function createDossier(o: CreateOptions): Dossier {
  const at = stamp(o.at);
  const actor = checkActor(o.actor);
  if (actor.role !== 'company') throw new FilingError('forbidden', t('备案只能由个人信息处理者创建。', 'Only the processor may create a dossier.'), 'create');
  if ((o.type as string) !== 'initial' && (o.type as string) !== 'officer-report') {
    throw new FilingError(
      'invalid-input',
      t('变更和注销须从已备案的材料发起（startChange / startDeregistration）。', 'Changes and deregistrations start from a filed dossier (startChange / startDeregistration).'),
      'create',
    );
  }
  const id = text(o.id, t('备案 ID', 'dossier ID'), 200);
  const p = o.subject?.processor;
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id,
    type: o.type,
    status: 'draft',
    version: 1,
    ...(p?.province ? { province: p.province } : {}),
    ...(p?.city ? { city: p.city } : {}),
    trigger: {},
    slots: {},
    form: parseForm(o.form ?? {}),
    history: [{ at, actor, action: 'create', from: null, to: 'draft' }],
    rectifications: [],
    createdAt: at,
    updatedAt: at,
  };
}

interface StartOptions extends At {
  id: string;
  actor: Actor;
}

function startFrom(base: Dossier, name: 'startChange' | 'startDeregistration', o: StartOptions, type: DossierType, trigger: Dossier['trigger']): Dossier {
  const actor = guard(name, base, o.actor);
  const at = stamp(o.at);
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: text(o.id, t('备案 ID', 'dossier ID'), 200),
    type,
    status: 'draft',
    version: 1,
    ...(base.province ? { province: base.province } : {}),
    ...(base.city ? { city: base.city } : {}),
    basedOn: { dossierId: base.id, ...(base.number ? { number: base.number } : {}) },
    ...(base.number ? { number: base.number } : {}),
    trigger,
    // Attachments are stamped for one filing; they are uploaded again. What was entered carries over.
    slots: {},
    form: base.form,
    history: [{ at, actor, action: 'create', from: null, to: 'draft', reason: `${name} from ${base.id}` }],
    rectifications: [],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * A change filing (备案变更) of a filed face recognition filing, or a change report of a filed officer report.
 * `changedOn` is the day of the substantive change: the 30 working days run from it.
 */
export function startChange(base: Dossier, o: StartOptions & { changedOn: string }): Dossier {
  const changedOn = isoDate(text(o.changedOn, t('变更日期', 'change date'), 10), t('变更日期', 'change date'))!;
  return startFrom(base, 'startChange', o, base.type === 'officer-report' ? 'officer-report' : 'change', { changedOn });
}

/** Deregistration (注销) of a filed face recognition filing; `stoppedOn` is the day face recognition use stopped. */
export function startDeregistration(base: Dossier, o: StartOptions & { stoppedOn: string }): Dossier {
  const stoppedOn = isoDate(text(o.stoppedOn, t('停止应用日期', 'date use stopped'), 10), t('停止应用日期', 'date use stopped'))!;
  return startFrom(base, 'startDeregistration', o, 'deregistration', { stoppedOn });
}

// ---- The company edits and submits ----------------------------------------------------------------------

export interface AttachOptions extends At {
  slot: FilKind;
  part: PartId;
  file: AttachmentRef;
}

/** Puts an uploaded file (as the document collector read it) into an upload field of an attachment. */
export function attach(d: Dossier, actor: Actor, o: AttachOptions): Dossier {
  const who = guard('attach', d, actor);
  const at = stamp(o.at);
  if (!(FIL_KINDS as readonly string[]).includes(o.slot)) {
    throw new FilingError('invalid-input', t(`没有附件栏位 ${o.slot}。`, `There is no attachment ${o.slot}; use FIL-01…FIL-08.`), 'attach', d.status);
  }
  if (REQUIRED_SLOTS[d.type].length === 0) {
    throw new FilingError('invalid-input', t(`${TYPE_LABELS[d.type].zh}没有附件栏位。`, `A ${TYPE_LABELS[d.type].en} has no attachment fields.`), 'attach', d.status);
  }
  const part = SLOT_PARTS[o.slot].find((p) => p.id === o.part);
  if (!part) {
    throw new FilingError(
      'invalid-input',
      t(`${o.slot} 没有“${o.part}”上传栏位（可用：${SLOT_PARTS[o.slot].map((p) => p.id).join('、')}）。`, `${o.slot} has no "${o.part}" field (it has: ${SLOT_PARTS[o.slot].map((p) => p.id).join(', ')}).`),
      'attach',
      d.status,
    );
  }
  const r = AttachmentRefSchema.safeParse(o.file);
  if (!r.success) throw new FilingError('invalid-input', t('附件信息无效', `invalid file reference: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`), 'attach', d.status);
  const taken = Object.values(d.slots).some((s) => [...(s?.scan ?? []), ...(s?.spreadsheet ?? [])].some((f) => f.evidenceId === r.data.evidenceId));
  if (taken) throw new FilingError('invalid-input', t(`附件 ID ${r.data.evidenceId} 已存在。`, `A file with ID ${r.data.evidenceId} is already in the dossier.`), 'attach', d.status);
  const file: AttachmentRef = { ...r.data, addedAt: r.data.addedAt ?? at, addedBy: r.data.addedBy ?? who.id };
  const state = d.slots[o.slot] ?? { scan: [], spreadsheet: [] };
  return next(d, at, { slots: { ...d.slots, [o.slot]: { ...state, [o.part]: [...state[o.part], file] } } });
}

/** Removes a file from the dossier by its evidence ID. */
export function detach(d: Dossier, actor: Actor, o: At & { evidenceId: string }): Dossier {
  guard('detach', d, actor);
  const at = stamp(o.at);
  let found = false;
  const slots: Dossier['slots'] = {};
  for (const [k, s] of Object.entries(d.slots) as [FilKind, NonNullable<Dossier['slots'][FilKind]>][]) {
    const keep = (list: AttachmentRef[]) => list.filter((f) => (f.evidenceId === o.evidenceId ? ((found = true), false) : true));
    slots[k] = { scan: keep(s.scan), spreadsheet: keep(s.spreadsheet) };
  }
  if (!found) throw new FilingError('invalid-input', t(`备案中没有附件 ${o.evidenceId}。`, `No file ${o.evidenceId} in the dossier.`), 'detach', d.status);
  return next(d, at, { slots });
}

export interface SaveOptions extends At {
  /** The person's entries for the forms; replaces what was stored. */
  form?: unknown;
  /** Corrects the change date or the date use stopped. */
  trigger?: { changedOn?: string; stoppedOn?: string };
  /** Date for judging completeness; defaults to the day of `at` in China. */
  asOf?: string;
}

/** 暂存: saves whatever is there. Never refused for being incomplete; the check is returned, not enforced. */
export function saveDraft(d: Dossier, actor: Actor, subject: Subject, o: SaveOptions = {}) {
  const who = guard('saveDraft', d, actor);
  const at = stamp(o.at);
  const form = o.form === undefined ? d.form : parseForm(o.form);
  const trigger = o.trigger
    ? {
        ...d.trigger,
        ...(o.trigger.changedOn !== undefined ? { changedOn: isoDate(o.trigger.changedOn, t('变更日期', 'change date'))! } : {}),
        ...(o.trigger.stoppedOn !== undefined ? { stoppedOn: isoDate(o.trigger.stoppedOn, t('停止应用日期', 'date use stopped'))! } : {}),
      }
    : d.trigger;
  const dossier = next(d, at, { form, trigger }, { actor: who, action: 'save-draft' });
  return { dossier, completeness: checkCompleteness(dossier, subject, o.asOf ?? chinaDate(at)) };
}

/** 全部完成: submits when nothing blocks; otherwise throws IncompleteDossierError with the full check. */
export function submit(d: Dossier, actor: Actor, subject: Subject, o: At & { asOf?: string } = {}): Dossier {
  const who = guard('submit', d, actor);
  const at = stamp(o.at);
  const completeness = checkCompleteness(d, subject, o.asOf ?? chinaDate(at));
  if (!completeness.complete) throw new IncompleteDossierError(completeness);
  return next(d, at, { status: 'submitted' }, { actor: who, action: 'submit' });
}

// ---- The regulator reviews ------------------------------------------------------------------------------

/** Returns a submitted filing to the processor; the reason is required and shown to the processor. */
export function returnFiling(d: Dossier, actor: Actor, reason: string, o: At = {}): Dossier {
  const who = guard('returnFiling', d, actor);
  const why = text(reason, t('退回理由', 'reason for returning'));
  return next(d, stamp(o.at), { status: 'returned' }, { actor: who, action: 'return', reason: why });
}

/**
 * What we accept as a 备案编号. The system's numbering is not published, so the check is loose: 4–64 characters,
 * at least one digit, only letters, digits, Chinese characters and - _ / . ( ) （ ） 〔 〕 [ ] 【 】 — no spaces.
 */
export const FILING_NUMBER = /^(?=.*\d)[\p{Script=Han}A-Za-z0-9\-_/.()（）〔〕[\]【】]{4,64}$/u;

/**
 * Approves a submitted dossier. A first filing needs the 备案编号 the CAC issues; a change keeps the filed
 * number unless a new one is given; a deregistration or officer report may carry a number or receipt.
 */
export function approve(d: Dossier, actor: Actor, number?: string, o: At = {}): Dossier {
  const who = guard('approve', d, actor);
  const n = number?.trim() || undefined;
  if (n !== undefined && !FILING_NUMBER.test(n)) {
    throw new FilingError(
      'invalid-input',
      t(
        `备案编号“${n}”格式不符：应为 4–64 个字符，含数字，只能由汉字、字母、数字及 - _ / . ( ) （ ） 〔 〕 [ ] 【 】 组成，不含空格。`,
        `Filing number "${n}" is malformed: 4–64 characters with at least one digit, only Chinese characters, letters, digits and - _ / . ( ) （ ） 〔 〕 [ ] 【 】, no spaces.`,
      ),
      'approve',
      d.status,
    );
  }
  if (n === undefined && d.type === 'initial') {
    throw new FilingError('invalid-input', t('审核通过须发放备案编号。', 'Approving a filing needs the filing number (备案编号) to issue.'), 'approve', d.status);
  }
  const issued = n ?? d.number;
  return next(d, stamp(o.at), { status: 'filed', ...(issued ? { number: issued } : {}) }, { actor: who, action: 'approve', ...(issued ? { number: issued } : {}) });
}

/** Follow-up on a filed application (安全隐患、状态变更): a rectification request the processor answers. */
export function requestRectification(d: Dossier, actor: Actor, o: At & { reason: string; dueOn?: string }): Dossier {
  const who = guard('requestRectification', d, actor);
  const at = stamp(o.at);
  const reason = text(o.reason, t('整改要求', 'rectification request'));
  const dueOn = isoDate(o.dueOn, t('整改期限', 'rectification due date'));
  const id = `R${d.rectifications.length + 1}`;
  const r: Rectification = { id, reason, requestedAt: at, requestedBy: who, ...(dueOn ? { dueOn } : {}) };
  return next(d, at, { rectifications: [...d.rectifications, r] }, { actor: who, action: 'request-rectification', reason, rectificationId: id });
}

function openRectification(d: Dossier, id: string, action: StepName): Rectification {
  const r = d.rectifications.find((x) => x.id === id);
  if (!r) throw new FilingError('invalid-input', t(`没有整改要求 ${id}。`, `No rectification request ${id}.`), action, d.status);
  if (r.closedAt) throw new FilingError('illegal-transition', t(`整改要求 ${id} 已关闭。`, `Rectification request ${id} is already closed.`), action, d.status);
  return r;
}

/** The processor's answer to a rectification request (what was done); may be given again until it is closed. */
export function respondRectification(d: Dossier, actor: Actor, o: At & { id: string; response: string }): Dossier {
  const who = guard('respondRectification', d, actor);
  const at = stamp(o.at);
  const r = openRectification(d, o.id, 'respondRectification');
  const response = text(o.response, t('整改情况说明', 'response'));
  const list = d.rectifications.map((x) => (x === r ? { ...x, response, respondedAt: at, respondedBy: who } : x));
  return next(d, at, { rectifications: list }, { actor: who, action: 'respond-rectification', reason: response, rectificationId: r.id });
}

/** The regulator closes a rectification request (after an answer, or on its own findings). */
export function closeRectification(d: Dossier, actor: Actor, o: At & { id: string; note?: string }): Dossier {
  const who = guard('closeRectification', d, actor);
  const at = stamp(o.at);
  const r = openRectification(d, o.id, 'closeRectification');
  const note = o.note?.trim();
  const list = d.rectifications.map((x) => (x === r ? { ...x, closedAt: at, closedBy: who, ...(note ? { closeNote: note } : {}) } : x));
  return next(d, at, { rectifications: list }, { actor: who, action: 'close-rectification', ...(note ? { reason: note } : {}), rectificationId: r.id });
}

// ---- Reading --------------------------------------------------------------------------------------------

/** The calendar day of a timestamp in China, where the deadlines run. */
export function chinaDate(at: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

/** Day of the latest submission (全部完成), if any. */
export function lastSubmittedOn(d: Dossier): string | undefined {
  const e = [...d.history].reverse().find((x) => x.action === 'submit');
  return e ? chinaDate(e.at) : undefined;
}

/** Day the dossier was approved, if it was. */
export function approvedOn(d: Dossier): string | undefined {
  const e = [...d.history].reverse().find((x) => x.action === 'approve');
  return e ? chinaDate(e.at) : undefined;
}

/** The latest return, with its reason, while the dossier is returned. */
export function lastReturn(d: Dossier): DossierEvent | undefined {
  return d.status === 'returned' ? [...d.history].reverse().find((x) => x.action === 'return') : undefined;
}
