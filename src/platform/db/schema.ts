// Table types for kysely. One schema for SQLite and PostgreSQL: ids are text UUIDs made by the app, times are
// ISO-8601 text (sorts and compares the same on both), JSON is text parsed in the repositories, and "flags" are
// nullable timestamps (revoked_at, deleted_at) so neither database's boolean quirks matter.
import type { Insertable, Selectable } from 'kysely';

export type OrgKind = 'company' | 'evaluator' | 'regulator';
export type Role = 'admin' | 'member' | 'evaluator' | 'regulator';

export interface OrganizationsTable {
  id: string;
  kind: OrgKind;
  name: string;
  credit_code: string | null;
  province: string | null;
  city: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  /** Stored lower-cased; unique. */
  email: string;
  name: string;
  password_hash: string;
  locale: 'zh' | 'en';
  created_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  user_id: string;
  org_id: string;
  role: Role;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  org_id: string;
  name: string;
  /** sha256 (hex) of the token; the token itself is shown once and never stored. */
  token_hash: string;
  /** JSON array of scope strings. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie value. */
  id_hash: string;
  user_id: string;
  org_id: string;
  csrf_secret: string;
  created_at: string;
  expires_at: string;
}

export interface SubjectsTable {
  id: string;
  org_id: string;
  name: string;
  /** The Subject JSON (src/subject/schema.ts), validated on every write. */
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface GrantsTable {
  id: string;
  subject_id: string;
  evaluator_org_id: string;
  granted_by: string;
  granted_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface EvidenceFilesTable {
  id: string;
  /** The organisation that uploaded it (the company, or an evaluator attaching 留存证据). */
  org_id: string;
  subject_id: string;
  kind: string;
  scenario_id: string | null;
  note: string | null;
  original_name: string;
  size: number;
  /** sha256 (hex) of the plaintext. */
  sha256: string;
  format: string;
  format_detail: string;
  storage_key: string;
  created_by: string;
  created_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

export interface ArtifactsTable {
  id: string;
  subject_id: string;
  kind: 'policy' | 'app' | 'traffic' | 'page' | 'document';
  source_name: string;
  evidence_id: string | null;
  data: string;
  created_by: string | null;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  subject_id: string;
  subject_version: number;
  as_of: string;
  data: string;
  created_by: string;
  created_at: string;
  signed_off_by: string | null;
  signed_off_at: string | null;
}

export interface InspectionsTable {
  id: string;
  subject_id: string;
  check_id: string;
  scenario_id: string | null;
  verdict: 'pass' | 'fail';
  note: string;
  inspector: string | null;
  inspected_on: string;
  /** JSON array of evidence ids. */
  evidence_ids: string;
  created_by: string;
  created_at: string;
}

export type RectificationStatus = 'open' | 'in-progress' | 'done' | 'verified';
export interface RectificationsTable {
  id: string;
  subject_id: string;
  assessment_id: string | null;
  rule_id: string;
  check_id: string;
  scenario_id: string | null;
  owner: string | null;
  due_on: string | null;
  status: RectificationStatus;
  notes: string | null;
  last_check_verdict: string | null;
  last_check_at: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type FilingType = 'initial' | 'change' | 'deregistration' | 'officer-report';
export type FilingStatus = 'draft' | 'submitted' | 'returned' | 'filed';
export interface FilingsTable {
  id: string;
  org_id: string;
  subject_id: string;
  type: FilingType;
  status: FilingStatus;
  province: string;
  number: string | null;
  return_reason: string | null;
  /** Form data JSON (the 备案表 fields). */
  form: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  returned_at: string | null;
  filed_at: string | null;
  reviewed_by: string | null;
}

export interface FilingAttachmentsTable {
  filing_id: string;
  /** FIL-01 … FIL-08 */
  attachment: string;
  /** scan | spreadsheet */
  slot: string;
  evidence_id: string;
  attached_at: string;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export interface JobsTable {
  id: string;
  name: string;
  org_id: string | null;
  created_by: string | null;
  payload: string;
  status: JobStatus;
  progress: number;
  message: string | null;
  result: string | null;
  error: string | null;
  attempts: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  locked_by: string | null;
  locked_until: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  /** Tenant the data belongs to. */
  org_id: string | null;
  subject_id: string | null;
  /** JSON object. */
  detail: string;
  prev_hash: string;
  hash: string;
}

/** One row (id = 1): the chain's head, updated with each entry; serialises appends and catches a cut tail. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  subjects: SubjectsTable;
  grants: GrantsTable;
  evidence_files: EvidenceFilesTable;
  artifacts: ArtifactsTable;
  assessments: AssessmentsTable;
  inspections: InspectionsTable;
  rectifications: RectificationsTable;
  filings: FilingsTable;
  filing_attachments: FilingAttachmentsTable;
  jobs: JobsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
