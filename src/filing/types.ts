// The filing dossier (人脸识别技术应用备案 and 个人信息保护负责人信息报送) as data. A zod schema, so the server
// can store a dossier as JSON and check it when it reads it back.
import { z } from 'zod';
import type { DocumentArtifact } from '../core/artifacts.js';
import type { Text } from '../core/types.js';
import { ATTACHMENT_SLOTS, type FilKind, type Slot } from '../rules/fil/dossier.js';
import { DateSchema, EVIDENCE_KINDS } from '../subject/schema.js';
import { FormInputSchema } from './form-input.js';

export const DOSSIER_TYPES = ['initial', 'change', 'deregistration', 'officer-report'] as const;
export type DossierType = (typeof DOSSIER_TYPES)[number];
export const DOSSIER_STATUSES = ['draft', 'submitted', 'returned', 'filed'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];
export const ROLES = ['company', 'regulator'] as const;
export type Role = (typeof ROLES)[number];

export const FIL_KINDS = ['FIL-01', 'FIL-02', 'FIL-03', 'FIL-04', 'FIL-05', 'FIL-06', 'FIL-07', 'FIL-08'] as const satisfies readonly FilKind[];

/**
 * Attachments each kind of dossier needs. The seed shows the form for a new filing (all eight). A change
 * re-files the same material. For deregistration the seed shows no form: we ask for the identity and authority
 * documents and the commitment (FIL-01…05) and the filing form with its deregistration section (FIL-07); the
 * PIA and the basic-situation table describe processing that has stopped. The officer report has no
 * attachments in the sources we have: its content is the report itself.
 */
export const REQUIRED_SLOTS: Record<DossierType, readonly FilKind[]> = {
  initial: FIL_KINDS,
  change: FIL_KINDS,
  deregistration: ['FIL-01', 'FIL-02', 'FIL-03', 'FIL-04', 'FIL-05', 'FIL-07'],
  'officer-report': [],
};

export type PartId = Slot['id'];
/** The upload fields of each attachment on the form: FIL-07 and FIL-08 have an electronic and a scan field. */
export const SLOT_PARTS: Record<FilKind, readonly Slot[]> = ATTACHMENT_SLOTS;
export const slotName = (id: FilKind): string => EVIDENCE_KINDS[id];

const FORMATS = ['pdf', 'ofd', 'png', 'jpeg', 'xlsx', 'xls', 'et', 'docx', 'doc', 'zip', 'text', 'unknown'] as const;
// Compile-time check that FORMATS lists every format the document collector can report.
type Unlisted = Exclude<DocumentArtifact['format'], (typeof FORMATS)[number]>;
const everyFormat: [Unlisted] extends [never] ? true : never = true;
void everyFormat;

const timestamp = z.iso.datetime({ offset: true });

export const ActorSchema = z.strictObject({
  role: z.enum(ROLES),
  /** User ID on the platform. */
  id: z.string().min(1),
  name: z.string().optional(),
  /** A regulator's province; when both it and the dossier's are known they must agree. */
  province: z.string().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** One uploaded file as the document collector read it: the format comes from the bytes, not the name. */
export const AttachmentRefSchema = z.strictObject({
  /** Unique within the dossier; the FIL rules match files to findings by it. */
  evidenceId: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'evidence IDs use letters, digits, _ . -'),
  /** The name the file was uploaded with (its extension is compared with its content). */
  fileName: z.string().min(1).max(255),
  extension: z.string(),
  format: z.enum(FORMATS),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  detail: z.string().optional(),
  addedAt: timestamp.optional(),
  addedBy: z.string().optional(),
});
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

export const SlotStateSchema = z.strictObject({
  scan: z.array(AttachmentRefSchema).default([]),
  spreadsheet: z.array(AttachmentRefSchema).default([]),
});
export type SlotState = z.infer<typeof SlotStateSchema>;

export const ACTIONS = [
  'create',
  'save-draft',
  'submit',
  'return',
  'approve',
  'request-rectification',
  'respond-rectification',
  'close-rectification',
] as const;
export type Action = (typeof ACTIONS)[number];

export const EventSchema = z.strictObject({
  at: timestamp,
  actor: ActorSchema,
  action: z.enum(ACTIONS),
  from: z.enum(DOSSIER_STATUSES).nullable(),
  to: z.enum(DOSSIER_STATUSES),
  reason: z.string().optional(),
  number: z.string().optional(),
  rectificationId: z.string().optional(),
});
export type DossierEvent = z.infer<typeof EventSchema>;

export const RectificationSchema = z.strictObject({
  id: z.string(),
  reason: z.string().min(1),
  dueOn: DateSchema.optional(),
  requestedAt: timestamp,
  requestedBy: ActorSchema,
  response: z.string().optional(),
  respondedAt: timestamp.optional(),
  respondedBy: ActorSchema.optional(),
  closedAt: timestamp.optional(),
  closedBy: ActorSchema.optional(),
  closeNote: z.string().optional(),
});
export type Rectification = z.infer<typeof RectificationSchema>;

export const DOSSIER_SCHEMA_VERSION = 1;

export const DossierSchema = z.strictObject({
  schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION),
  id: z.string().min(1),
  type: z.enum(DOSSIER_TYPES),
  status: z.enum(DOSSIER_STATUSES),
  /** Incremented on every change, for optimistic locking by the server. */
  version: z.number().int().min(1),
  /** Where it is filed: the provincial CAC (face filing) or the city-level CAC (officer report). */
  province: z.string().optional(),
  city: z.string().optional(),
  /** The filed dossier a change or deregistration amends, and its filing number. */
  basedOn: z.strictObject({ dossierId: z.string(), number: z.string().optional() }).optional(),
  /** 备案编号, once issued (or carried over from basedOn). */
  number: z.string().optional(),
  /** What started a change (changedOn) or a deregistration (stoppedOn). */
  trigger: z.strictObject({ changedOn: DateSchema.optional(), stoppedOn: DateSchema.optional() }).default({}),
  slots: z.partialRecord(z.enum(FIL_KINDS), SlotStateSchema).default({}),
  /** What the person entered for the forms (the subject fills the rest). */
  form: FormInputSchema.default({}),
  history: z.array(EventSchema).min(1),
  rectifications: z.array(RectificationSchema).default([]),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Dossier = z.infer<typeof DossierSchema>;

/** Checks a stored dossier; throws a zod error naming the bad field. */
export function parseDossier(json: unknown): Dossier {
  return DossierSchema.parse(json);
}

export const STATUS_LABELS: Record<DossierStatus, Text> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交（审核中）', en: 'submitted (under review)' },
  returned: { zh: '已退回', en: 'returned' },
  filed: { zh: '已备案', en: 'filed' },
};

export const TYPE_LABELS: Record<DossierType, Text> = {
  initial: { zh: '人脸识别技术应用备案', en: 'face recognition filing' },
  change: { zh: '备案变更', en: 'change filing' },
  deregistration: { zh: '注销备案', en: 'deregistration' },
  'officer-report': { zh: '个人信息保护负责人信息报送', en: 'PI protection officer report' },
};
