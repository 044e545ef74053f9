// The subject model: what is assessed. Written by a company (self-inspection) or an evaluator as YAML/JSON.
// Every object is strict: an unknown key is an error, so typos never silently drop a fact.
import { z } from 'zod';

export const SUBJECT_SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date')
  .refine((s) => s >= '2000-01-01' && s <= '2100-12-31', 'date out of range (2000-01-01 … 2100-12-31)');

/** Accepts YAML dates (parsed as strings by our loader) and keeps them as YYYY-MM-DD strings. */
export const DateSchema = isoDate;
const count = z.number().int('expected a whole number').min(0, 'cannot be negative');

/** TAF 5 scenario types. */
export const SCENARIO_TYPES = ['experience', 'local-verification', 'remote-verification', 'hybrid'] as const;
export const SETTINGS = [
  'mobile-app',
  'mini-program',
  'h5',
  'offline-device',
  'public-place',
  'offline-venue',
  'school',
  'hospital',
  'financial-institution',
] as const;
export const SECTORS = [
  'education',
  'transport',
  'health',
  'finance',
  'advertising',
  'retail',
  'catering',
  'property',
  'fitness',
  'hospitality',
  'automotive',
  'entertainment',
  'public-security',
  'other',
] as const;
export const STORAGE = ['device', 'local-server', 'cloud', 'third-party'] as const;
export const ALTERNATIVES = ['card', 'password', 'sms-code', 'manual-check', 'nfc', 'qr-code', 'id-document', 'other', 'fingerprint'] as const;
export const CONSENT = ['separate', 'written', 'bundled', 'none', 'not-required'] as const;
/** Personal information or steps a person must give before getting the basic service (PI-04, PI-08, PI-13). */
export const REQUIRED_FOR_SERVICE = [
  'order',
  'payment',
  'phone',
  'location',
  'account',
  'membership',
  'follow-official-account',
  'wechat-binding',
  'id-document',
  'face',
  'fingerprint',
  'other',
] as const;

/** Evidence kinds: the filing attachments (§6) and the 留存证据 kinds named in seed 001. */
export const EVIDENCE_KINDS = {
  'FIL-01': '统一社会信用代码证件',
  'FIL-02': '法定代表人身份证件',
  'FIL-03': '经办人身份证件',
  'FIL-04': '经办人授权委托书',
  'FIL-05': '承诺书',
  'FIL-06': '个人信息保护影响评估报告',
  'FIL-07': '人脸识别技术应用情况备案表',
  'FIL-08': '个人信息处理者基本情况表',
  'purpose-statement': '告知目的内容相关文档',
  'pi-management-policy': '个人信息保护管理制度文件',
  'privacy-policy': '隐私政策文件',
  'consent-record': '告知并获取单独同意的证明材料',
  'pia-report': '个人信息保护影响评估报告',
  'pia-supporting': '影响评估佐证材料',
  'processing-record': '处理情况记录',
  'verification-log': '替代验证记录（日志、截图、登记簿）',
  'scenario-list': '业务场景清单',
  'public-security-qualification': '维护公共安全职责的身份资格证明',
  'signage-photo': '显著提示标志现场照片',
  'security-plan': '安全方案、日志记录',
  'storage-architecture': '存储架构图、配置文件',
  'encryption-policy': '加密说明、密钥策略',
  'deletion-record': '删除截图、删除日志',
  'payment-plan': '支付方案、模板记录',
  'test-report': '测试报告、配置截图',
  'audit-log': '审计日志、制度文件',
  'transmission-plan': '传输方案、加密协议、传出策略、传输日志',
  'minors-policy': '不满十四周岁未成年人个人信息处理规则',
  'guardian-consent-record': '监护人同意记录',
  'notice-record': '告知机制、告知文案、告知记录',
  'sensitive-pi-statement': '处理敏感个人信息情况说明',
  'consent-screenshot': '同意按钮/选项截图、采集界面录屏',
  'face-ledger': '人脸信息台账',
  'filing-screenshot': '备案材料上传截图',
  'policy-access-recording': '访问隐私政策路径截屏录屏',
  'third-party-list': '第三方共享信息清单',
  'interview-record': '访谈记录',
  'disclosure-statement': '公开处理个人信息情况说明及记录',
  'entrustment-statement': '委托处理情况说明及合同',
  'pentest-report': '渗透测试报告、复测报告',
  'training-record': '培训记录',
  'incident-record': '个人信息泄露事件记录',
  'accessibility-notice': '无障碍告知方式（语音、大字、手语）材料',
  'officer-report-screenshot': '个人信息保护负责人报送截图',
  'mlps-record': '网络安全等级保护备案证明、测评报告',
  'model-inventory': '第三方人脸模型/SDK 清单（厂商、版本、模型文件及哈希）',
  'supplier-security-review': '第三方模型/SDK 供应链安全审查记录',
  'synthetic-label-sample': '深度合成内容标识样例（显式标识截图、隐式标识说明）',
  'other': '其他',
} as const;
export type EvidenceKindId = keyof typeof EVIDENCE_KINDS;
const evidenceKindIds = Object.keys(EVIDENCE_KINDS) as [EvidenceKindId, ...EvidenceKindId[]];

/** An answer: yes/no/partial for practices, or a number, date or free text, per question type. */
export const AnswerSchema = z.union([
  z.enum(['yes', 'no', 'partial', 'not-applicable']),
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
]);
export type AnswerValue = z.infer<typeof AnswerSchema>;
const Answers = z.record(z.string().regex(/^Q-[A-Z0-9-]+$/, 'question IDs look like Q-FR10-ALT'), AnswerSchema);

const Contact = z.strictObject({
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
});

export const ScenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'scenario IDs are lower-case words joined by -'),
  name: z.string().min(1),
  type: z.enum(SCENARIO_TYPES),
  setting: z.enum(SETTINGS),
  sector: z.enum(SECTORS).optional(),
  /** Concrete purpose, e.g. 门禁识别, 员工考勤. */
  purpose: z.string().optional(),
  /** Face recognition used for identity verification (not only experience features). */
  verifiesIdentity: z.boolean().optional(),
  /** The only purpose is public security (public places, FR-12). */
  publicSecurityOnly: z.boolean().optional(),
  /** Scan-to-order (扫码点餐) service, PI-13. */
  scanToOrder: z.boolean().optional(),
  /** What a person must give before getting the basic service, e.g. ['order', 'payment', 'phone']; [] = nothing. */
  requiredForService: z.array(z.enum(REQUIRED_FOR_SERVICE)).optional(),
  /** Images from the public place used for purposes other than public security. */
  imagesUsedForOtherPurposes: z.boolean().optional(),
  /** Installed inside private spaces (hotel rooms, baths, changing rooms, toilets). */
  inPrivateSpace: z.boolean().optional(),
  /** Faces captured from everyone passing, without the person taking any action (e.g. cameras at a shop entrance). */
  passiveCapture: z.boolean().optional(),
  subjects: z
    .strictObject({
      minorsUnder14: z.boolean().optional(),
      elderlyOrDisabled: z.boolean().optional(),
      facesPerDay: count.optional(),
    })
    .optional(),
  storage: z.enum(STORAGE).optional(),
  faceLeavesDevice: z.boolean().optional(),
  transmissionEncrypted: z.boolean().optional(),
  encryptedAtRest: z.boolean().optional(),
  /** Raw face images kept (as opposed to templates / feature values only). */
  rawImagesStored: z.boolean().optional(),
  /** Retention of face info in days; 0 = deleted right after the operation. */
  retentionDays: count.optional(),
  /** Storage period of face info, in days, that individuals were told and agreed to (TAF 6.2e); compared with retentionDays. */
  consentedRetentionDays: count.optional(),
  /** Alternatives offered to those who refuse face recognition; [] = face is the only way. */
  alternatives: z.array(z.enum(ALTERNATIVES)).optional(),
  consent: z.enum(CONSENT).optional(),
  /** Face info provided to third parties (other than entrusted processors). */
  sharedWithThirdParties: z.boolean().optional(),
  /** Face info used for profiling, labelling or targeted push. */
  usedForProfiling: z.boolean().optional(),
  /** Labels attached to persons (e.g. 疑似小偷). */
  labelsPersons: z.boolean().optional(),
  answers: Answers.optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const DeploymentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'deployment IDs are lower-case words joined by -'),
  name: z.string().min(1),
  location: z.string().optional(),
  scenarios: z.array(ScenarioSchema).min(1, 'a deployment needs at least one scenario'),
});

const FilingSchema = z.strictObject({
  status: z.enum(['none', 'draft', 'submitted', 'returned', 'filed', 'deregistered']),
  number: z.string().optional(),
  submittedOn: DateSchema.optional(),
  filedOn: DateSchema.optional(),
  /** Date of a substantive change to the filed application (triggers change filing). */
  changedOn: DateSchema.optional(),
  changeFiledOn: DateSchema.optional(),
  /** Date face recognition use stopped (triggers deregistration). */
  stoppedOn: DateSchema.optional(),
  deregisteredOn: DateSchema.optional(),
});

const PiaSchema = z.strictObject({
  date: DateSchema,
  version: z.string().optional(),
  /** The four contents of Measures Art.9 covered. */
  coversFourContents: z.boolean().optional(),
  /** Date the report (and processing records) may be discarded at the earliest is computed, not given. */
});

const OfficerSchema = z.strictObject({
  name: z.string().optional(),
  contact: z.string().optional(),
  /** Date the officer's information was reported to the city-level CAC (PI-14). */
  reportedOn: DateSchema.optional(),
  changedOn: DateSchema.optional(),
  changeReportedOn: DateSchema.optional(),
});

const RequestSchema = z.strictObject({
  type: z.enum(['access', 'copy', 'correction', 'deletion', 'withdrawal', 'deregistration', 'portability', 'complaint']),
  receivedOn: DateSchema,
  answeredOn: DateSchema.optional(),
  /** The processor declined the request (e.g. refused to delete). */
  refused: z.boolean().optional(),
});

const IncidentSchema = z.strictObject({
  date: DateSchema,
  description: z.string(),
  faceDataInvolved: z.boolean().optional(),
  personsAffected: count.optional(),
  individualsNotified: z.boolean().optional(),
  reportedToAuthority: z.boolean().optional(),
  vulnerabilitiesFixed: z.boolean().optional(),
});

export const FactsSchema = z.strictObject({
  /** Persons whose face information is stored (Measures Art.15 counts persons, not images). */
  faceStoredPersons: count.optional(),
  /** Date the stored count reached 100,000 persons. */
  faceThresholdReachedOn: DateSchema.optional(),
  /** Persons whose personal information is processed. */
  piPersons: count.optional(),
  /** Date the PI count reached 1,000,000 persons. */
  piThresholdReachedOn: DateSchema.optional(),
  processingStartedOn: DateSchema.optional(),
  pia: PiaSchema.optional(),
  /** Date purpose or method of face processing last changed (PIA must be redone after it). */
  purposeOrMethodChangedOn: DateSchema.optional(),
  filing: FilingSchema.optional(),
  requests: z.array(RequestSchema).optional(),
  /** Promised response time for rights requests, in working days (PI-15: at most 15). */
  promisedResponseWorkingDays: count.optional(),
  incidents: z.array(IncidentSchema).optional(),
  /** Classified level under MLPS (网络安全等级保护), if any. */
  mlpsLevel: z.number().int().min(1).max(5).optional(),
  criticalInfrastructure: z.boolean().optional(),
});

export const EvidenceItemSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'evidence IDs use letters, digits, _ . -').optional(),
  kind: z.enum(evidenceKindIds),
  /** Path relative to the subject file. */
  path: z.string().min(1),
  date: DateSchema.optional(),
  /** Scenario the document belongs to; absent = processor-wide. */
  scenario: z.string().optional(),
  note: z.string().optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
/** How a DocumentArtifact names its manifest item: the item's id, or its path when it has none. */
export const evidenceIdOf = (item: EvidenceItem): string => item.id ?? item.path;

export const InspectionSchema = z.strictObject({
  /** Rule or check ID, e.g. "FR-12" or "FR-12.signage". */
  check: z.string().regex(/^[A-Z][A-Z0-9]*-[0-9A-Za-z.-]+$/, 'a rule or check ID such as FR-12 or FR-12.signage'),
  scenario: z.string().optional(),
  verdict: z.enum(['pass', 'fail']),
  note: z.string().min(1, 'say what the inspector saw'),
  inspector: z.string().optional(),
  date: DateSchema,
  /** IDs of evidence items that support the result. */
  evidence: z.array(z.string()).optional(),
});
export type Inspection = z.infer<typeof InspectionSchema>;

export const SubjectSchema = z.strictObject({
  schemaVersion: z.literal(SUBJECT_SCHEMA_VERSION),
  /** Date the assessment is made; deadlines are judged against it. Defaults to today. */
  asOf: DateSchema.optional(),
  processor: z.strictObject({
    name: z.string().min(1),
    creditCode: z
      .string()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'a unified social credit code has 18 characters')
      .optional(),
    province: z.string().optional(),
    city: z.string().optional(),
    contact: Contact.optional(),
    officer: OfficerSchema.optional(),
  }),
  deployments: z.array(DeploymentSchema).min(1, 'describe at least one deployment'),
  facts: FactsSchema.default({}),
  answers: Answers.default({}),
  evidence: z.array(EvidenceItemSchema).default([]),
  inspections: z.array(InspectionSchema).default([]),
});
export type Subject = z.infer<typeof SubjectSchema>;
export type SubjectInput = z.input<typeof SubjectSchema>;
export type Facts = z.infer<typeof FactsSchema>;
