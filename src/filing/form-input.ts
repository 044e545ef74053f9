// What the filing forms say, as one input object: prefilled from the Subject, completed by the person filing.
// The forms are generated from this object alone, so a field the subject lacks is simply absent here and the
// form shows it blank and lists it in missing[] under its path in this object (e.g. "processor.legalRepresentative.name").
import { basename } from 'node:path';
import { z } from 'zod';
import { allScenarios } from '../engine/assess.js';
import { DateSchema, EVIDENCE_KINDS, SubjectSchema, type AnswerValue, type EvidenceKindId, type Subject } from '../subject/schema.js';
import { ALTERNATIVE_LABELS, COMPARISON_LABELS, SCENARIO_TYPE_LABELS, SECTOR_LABELS, SETTING_LABELS, STORAGE_LABELS } from './labels.js';

const text = z.string().trim().min(1, 'leave the field out instead of sending an empty text').max(2000);
const count = z.number().int('expected a whole number').min(0, 'cannot be negative');
const phoneOrEmail = z.string().trim().min(1).max(200);
const creditCode = SubjectSchema.shape.processor.shape.creditCode;

const Person = z.strictObject({ name: text.optional(), title: text.optional(), phone: phoneOrEmail.optional(), email: phoneOrEmail.optional() });

export const ScenarioInputSchema = z.strictObject({
  /** The subject's scenario ID; entries are merged by it. */
  id: z.string().min(1),
  deployment: text.optional(),
  name: text.optional(),
  type: text.optional(),
  setting: text.optional(),
  location: text.optional(),
  purpose: text.optional(),
  /** Local or remote comparison. */
  comparison: text.optional(),
  storage: text.optional(),
  retention: text.optional(),
  alternatives: text.optional(),
  minors: text.optional(),
});

export const DocumentInputSchema = z.strictObject({
  title: text,
  /** 处理规则 or 操作规程. */
  category: text.optional(),
  version: text.optional(),
  date: DateSchema.optional(),
  file: text.optional(),
});

/** The content of the filing forms and of the officer report. Every field optional: absent = unknown. */
export const FormInputSchema = z.strictObject({
  filledOn: DateSchema.optional(),
  processor: z
    .strictObject({
      name: text.optional(),
      creditCode,
      /** 企业、事业单位、社会团体… */
      unitType: text.optional(),
      industry: text.optional(),
      mainBusiness: text.optional(),
      registeredAddress: text.optional(),
      officeAddress: text.optional(),
      province: text.optional(),
      city: text.optional(),
      legalRepresentative: z.strictObject({ name: text.optional(), phone: phoneOrEmail.optional() }).optional(),
      /** The contact person (经办人) for this filing. */
      contact: Person.optional(),
      piPersons: count.optional(),
      piThresholdReachedOn: DateSchema.optional(),
    })
    .optional(),
  officer: Person.extend({
    address: text.optional(),
    /** PIPL Art.52: the officer's contact is published. */
    contactPublished: z.boolean().optional(),
  }).optional(),
  scenarios: z.array(ScenarioInputSchema).optional(),
  faces: z
    .strictObject({
      storedPersons: count.optional(),
      /** Date the count was taken. */
      countedOn: DateSchema.optional(),
      thresholdReachedOn: DateSchema.optional(),
    })
    .optional(),
  security: z
    .strictObject({
      encryption: text.optional(),
      accessControl: text.optional(),
      audit: text.optional(),
      intrusion: text.optional(),
      mlps: text.optional(),
      other: text.optional(),
    })
    .optional(),
  /** Processing rules and operating procedures; given, it replaces the list drawn from the subject. */
  documents: z.array(DocumentInputSchema).optional(),
  pia: z
    .strictObject({
      date: DateSchema.optional(),
      version: text.optional(),
      /** The four contents of Measures Art.9. */
      coversFourContents: z.boolean().optional(),
      assessor: text.optional(),
    })
    .optional(),
  change: z.strictObject({ changedOn: DateSchema.optional(), description: text.optional() }).optional(),
  deregistration: z.strictObject({ stoppedOn: DateSchema.optional(), reason: text.optional(), dataDisposal: text.optional() }).optional(),
});
export type FormInput = z.infer<typeof FormInputSchema>;
export type ScenarioInput = z.infer<typeof ScenarioInputSchema>;
export type DocumentInput = z.infer<typeof DocumentInputSchema>;

export class FormInputError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid form input: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'FormInputError';
  }
}

/** Validates form input from outside (a request body); throws FormInputError naming each bad field. */
export function parseFormInput(input: unknown): FormInput {
  const r = FormInputSchema.safeParse(input ?? {});
  if (r.success) return r.data;
  throw new FormInputError(r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}

// ---- Prefill from the subject --------------------------------------------------------------------------

/** Evidence kinds that are processing rules (处理规则) or operating procedures (操作规程). */
const PROCEDURE_KINDS: Partial<Record<EvidenceKindId, string>> = {
  'privacy-policy': '处理规则',
  'minors-policy': '处理规则',
  'pi-management-policy': '操作规程',
  'security-plan': '操作规程',
  'encryption-policy': '操作规程',
};

const yes = (a: AnswerValue | undefined) => a === 'yes' || a === true;
const no = (a: AnswerValue | undefined) => a === 'no' || a === false;

/** A practice as the form states it, from a yes-no self-inspection answer; undefined when unanswered. */
function practiceText(a: AnswerValue | undefined, practice: string): string | undefined {
  if (yes(a)) return `已落实：${practice}（自查答复）`;
  if (no(a)) return `未落实：${practice}（自查答复）`;
  if (a === 'partial') return `部分落实：${practice}（自查答复）`;
  if (a === 'not-applicable') return '不适用（自查答复）';
  return undefined;
}

function encryptionText(subject: Subject): string | undefined {
  const sc = allScenarios(subject);
  const parts: string[] = [];
  const notAtRest = sc.filter((s) => s.encryptedAtRest === false).map((s) => s.name);
  if (notAtRest.length) parts.push(`未加密存储的场景：${notAtRest.join('、')}`);
  else if (sc.every((s) => s.encryptedAtRest === true)) parts.push('人脸信息加密存储');
  const leaving = sc.filter((s) => s.faceLeavesDevice === true);
  const plain = leaving.filter((s) => s.transmissionEncrypted === false).map((s) => s.name);
  if (plain.length) parts.push(`未加密传输的场景：${plain.join('、')}`);
  else if (leaving.length && leaving.every((s) => s.transmissionEncrypted === true)) parts.push('传输加密');
  else if (sc.every((s) => s.faceLeavesDevice === false)) parts.push('人脸信息不出设备，无网络传输');
  if (!parts.length) return practiceText(subject.answers['Q-PI11-ENCRYPTION'], '人脸信息等敏感个人信息加密存储');
  return parts.join('；');
}

function mlpsText(subject: Subject): string | undefined {
  const { mlpsLevel, criticalInfrastructure } = subject.facts;
  const parts = [
    ...(mlpsLevel !== undefined ? [`网络安全等级保护第${mlpsLevel}级`] : []),
    ...(criticalInfrastructure === true ? ['属于关键信息基础设施'] : []),
  ];
  if (parts.length) return parts.join('；');
  return practiceText(subject.answers['Q-FR13-MLPS'], '按规定履行网络安全等级保护义务');
}

/** Splits the subject's single officer contact into phone or email. */
function officerContact(contact: string | undefined): { phone?: string; email?: string } {
  if (!contact) return {};
  return contact.includes('@') ? { email: contact } : { phone: contact };
}

function retentionText(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return days === 0 ? '处理完成后立即删除' : `${days} 天`;
}

function alternativesText(list: readonly (keyof typeof ALTERNATIVE_LABELS)[] | undefined): string | undefined {
  if (list === undefined) return undefined;
  return list.length ? list.map((a) => ALTERNATIVE_LABELS[a].zh).join('、') : '无（人脸识别为唯一验证方式）';
}

const bool = (v: boolean | undefined) => (v === undefined ? undefined : v ? '是' : '否');

/** Removes undefined members so that a merge never lets "unknown" erase a known value. */
function compact<T>(v: T): T {
  if (Array.isArray(v)) return v.map(compact) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = compact(x);
      if (c !== undefined && !(c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0)) out[k] = c;
    }
    return out as T;
  }
  return v;
}

/** Everything the subject says that the forms need. Unknowns are left out, never guessed. */
export function prefillFormInput(subject: Subject): FormInput {
  const p = subject.processor;
  const f = subject.facts;
  const sectors = [...new Set(allScenarios(subject).flatMap((s) => (s.sector ? [SECTOR_LABELS[s.sector].zh] : [])))];
  const deployments = new Map(subject.deployments.map((d) => [d.id, d]));
  const documents = subject.evidence
    .filter((e) => PROCEDURE_KINDS[e.kind] !== undefined)
    .map((e) => ({
      title: `${EVIDENCE_KINDS[e.kind]}${e.note ? `（${e.note}）` : ''}`,
      category: PROCEDURE_KINDS[e.kind],
      date: e.date,
      file: basename(e.path),
    }));
  return compact({
    processor: {
      name: p.name,
      creditCode: p.creditCode,
      industry: sectors.length ? sectors.join('、') : undefined,
      officeAddress: p.contact?.address,
      province: p.province,
      city: p.city,
      contact: { phone: p.contact?.phone, email: p.contact?.email },
      piPersons: f.piPersons,
      piThresholdReachedOn: f.piThresholdReachedOn,
    },
    officer: { name: p.officer?.name, ...officerContact(p.officer?.contact) },
    scenarios: allScenarios(subject).map((s) => ({
      id: s.id,
      deployment: deployments.get(s.deployment)?.name,
      name: s.name,
      type: SCENARIO_TYPE_LABELS[s.type].zh,
      setting: SETTING_LABELS[s.setting].zh,
      location: deployments.get(s.deployment)?.location,
      purpose: s.purpose,
      comparison: COMPARISON_LABELS[s.type].zh,
      storage: s.storage ? STORAGE_LABELS[s.storage].zh : undefined,
      retention: retentionText(s.retentionDays),
      alternatives: alternativesText(s.alternatives),
      minors: bool(s.subjects?.minorsUnder14),
    })),
    // The subject's facts describe the state on its assessment date.
    faces: {
      storedPersons: f.faceStoredPersons,
      countedOn: f.faceStoredPersons !== undefined ? subject.asOf : undefined,
      thresholdReachedOn: f.faceThresholdReachedOn,
    },
    security: {
      encryption: encryptionText(subject),
      accessControl: practiceText(subject.answers['Q-FR13-ACCESS'], '访问控制和授权管理，仅授权人员可访问人脸数据'),
      audit: practiceText(subject.answers['Q-FR13-AUDIT'], '人脸数据访问、导出、删除等操作留存审计日志并定期审阅'),
      intrusion: practiceText(subject.answers['Q-FR13-INTRUSION'], '入侵检测和防范，定期漏洞扫描和渗透测试'),
      mlps: mlpsText(subject),
    },
    documents: documents.length ? documents : undefined,
    pia: f.pia ? { date: f.pia.date, version: f.pia.version, coversFourContents: f.pia.coversFourContents } : undefined,
    change: { changedOn: f.filing?.changedOn },
    deregistration: { stoppedOn: f.filing?.stoppedOn },
  } satisfies FormInput);
}

// ---- Merge ---------------------------------------------------------------------------------------------

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeObjects(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = isPlain(v) && isPlain(out[k]) ? mergeObjects(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/**
 * The prefill completed by what the person entered: entered values win; scenarios are merged by ID (an
 * entered scenario the subject does not have is added at the end); an entered document list replaces the
 * subject's.
 */
export function mergeFormInput(base: FormInput, over: FormInput = {}): FormInput {
  const { scenarios: overScenarios, ...rest } = over;
  const merged = mergeObjects(base as Record<string, unknown>, rest as Record<string, unknown>) as FormInput;
  if (overScenarios) {
    const list = (base.scenarios ?? []).map((s) => {
      const o = overScenarios.find((x) => x.id === s.id);
      return o ? (mergeObjects(s, o) as ScenarioInput) : s;
    });
    for (const o of overScenarios) if (!list.some((s) => s.id === o.id)) list.push(o);
    merged.scenarios = list;
  }
  return merged;
}

/** The form content for a subject and what the person entered (validated). */
export function formContent(subject: Subject, entered: unknown = {}): FormInput {
  return mergeFormInput(prefillFormInput(subject), parseFormInput(entered));
}
