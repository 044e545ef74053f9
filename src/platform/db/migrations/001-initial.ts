// The first schema. Plain types both databases share (text, integer); times are ISO text.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../dialect.js';

const text = 'text' as const;
const int = 'integer' as const;

export const m001Initial: Migration = {
  async up(db: Kysely<any>) {
    const s = db.schema;
    await s
      .createTable('organizations')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('kind', text, (c) => c.notNull().check(sql`kind in ('company', 'evaluator', 'regulator')`))
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('credit_code', text, (c) => c.unique())
      .addColumn('province', text)
      .addColumn('city', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .execute();

    await s
      .createTable('users')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('email', text, (c) => c.notNull().unique())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('password_hash', text, (c) => c.notNull())
      .addColumn('locale', text, (c) => c.notNull().defaultTo('zh').check(sql`locale in ('zh', 'en')`))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('disabled_at', text)
      .execute();

    await s
      .createTable('memberships')
      .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
      .addColumn('org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('role', text, (c) => c.notNull().check(sql`role in ('admin', 'member', 'evaluator', 'regulator')`))
      .addColumn('created_at', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'org_id'])
      .execute();
    await s.createIndex('memberships_org').on('memberships').column('org_id').execute();

    await s
      .createTable('api_tokens')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
      .addColumn('org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('token_hash', text, (c) => c.notNull().unique())
      .addColumn('scopes', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('expires_at', text)
      .addColumn('last_used_at', text)
      .addColumn('revoked_at', text)
      .execute();

    await s
      .createTable('sessions')
      .addColumn('id_hash', text, (c) => c.primaryKey())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
      .addColumn('org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('csrf_secret', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('expires_at', text, (c) => c.notNull())
      .execute();
    await s.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await s
      .createTable('subjects')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('data', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('updated_by', text, (c) => c.references('users.id'))
      .execute();
    await s.createIndex('subjects_org').on('subjects').column('org_id').execute();

    await s
      .createTable('grants')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('evaluator_org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('granted_by', text, (c) => c.notNull().references('users.id'))
      .addColumn('granted_at', text, (c) => c.notNull())
      .addColumn('revoked_at', text)
      .addColumn('revoked_by', text, (c) => c.references('users.id'))
      .execute();
    await s.createIndex('grants_evaluator').on('grants').columns(['evaluator_org_id', 'subject_id']).execute();

    await s
      .createTable('evidence_files')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('scenario_id', text)
      .addColumn('note', text)
      .addColumn('original_name', text, (c) => c.notNull())
      .addColumn('size', int, (c) => c.notNull())
      .addColumn('sha256', text, (c) => c.notNull())
      .addColumn('format', text, (c) => c.notNull())
      .addColumn('format_detail', text, (c) => c.notNull())
      .addColumn('storage_key', text, (c) => c.notNull().unique())
      .addColumn('created_by', text, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('deleted_at', text)
      .addColumn('deleted_by', text, (c) => c.references('users.id'))
      .execute();
    await s.createIndex('evidence_subject').on('evidence_files').column('subject_id').execute();

    await s
      .createTable('artifacts')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('kind', text, (c) => c.notNull().check(sql`kind in ('policy', 'app', 'traffic', 'page', 'document')`))
      .addColumn('source_name', text, (c) => c.notNull())
      .addColumn('evidence_id', text, (c) => c.references('evidence_files.id'))
      .addColumn('data', text, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.references('users.id'))
      .addColumn('created_at', text, (c) => c.notNull())
      .execute();
    await s.createIndex('artifacts_subject').on('artifacts').column('subject_id').execute();

    await s
      .createTable('assessments')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('subject_version', int, (c) => c.notNull())
      .addColumn('as_of', text, (c) => c.notNull())
      .addColumn('data', text, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('signed_off_by', text, (c) => c.references('users.id'))
      .addColumn('signed_off_at', text)
      .execute();
    await s.createIndex('assessments_subject').on('assessments').column('subject_id').execute();

    await s
      .createTable('inspections')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('check_id', text, (c) => c.notNull())
      .addColumn('scenario_id', text)
      .addColumn('verdict', text, (c) => c.notNull().check(sql`verdict in ('pass', 'fail')`))
      .addColumn('note', text, (c) => c.notNull())
      .addColumn('inspector', text)
      .addColumn('inspected_on', text, (c) => c.notNull())
      .addColumn('evidence_ids', text, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', text, (c) => c.notNull())
      .execute();
    await s.createIndex('inspections_subject').on('inspections').column('subject_id').execute();

    await s
      .createTable('rectifications')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('assessment_id', text, (c) => c.references('assessments.id'))
      .addColumn('rule_id', text, (c) => c.notNull())
      .addColumn('check_id', text, (c) => c.notNull())
      .addColumn('scenario_id', text)
      .addColumn('owner', text)
      .addColumn('due_on', text)
      .addColumn('status', text, (c) => c.notNull().check(sql`status in ('open', 'in-progress', 'done', 'verified')`))
      .addColumn('notes', text)
      .addColumn('last_check_verdict', text)
      .addColumn('last_check_at', text)
      .addColumn('version', int, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .execute();
    await s.createIndex('rectifications_subject').on('rectifications').column('subject_id').execute();

    await s
      .createTable('filings')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('org_id', text, (c) => c.notNull().references('organizations.id'))
      .addColumn('subject_id', text, (c) => c.notNull().references('subjects.id'))
      .addColumn('type', text, (c) => c.notNull().check(sql`type in ('initial', 'change', 'deregistration', 'officer-report')`))
      .addColumn('status', text, (c) => c.notNull().check(sql`status in ('draft', 'submitted', 'returned', 'filed')`))
      .addColumn('province', text, (c) => c.notNull())
      .addColumn('number', text)
      .addColumn('return_reason', text)
      .addColumn('form', text, (c) => c.notNull())
      .addColumn('version', int, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('submitted_at', text)
      .addColumn('returned_at', text)
      .addColumn('filed_at', text)
      .addColumn('reviewed_by', text, (c) => c.references('users.id'))
      .execute();
    await s.createIndex('filings_subject').on('filings').column('subject_id').execute();
    await s.createIndex('filings_province').on('filings').columns(['province', 'status']).execute();

    await s
      .createTable('filing_attachments')
      .addColumn('filing_id', text, (c) => c.notNull().references('filings.id'))
      .addColumn('attachment', text, (c) => c.notNull())
      .addColumn('slot', text, (c) => c.notNull().check(sql`slot in ('scan', 'spreadsheet')`))
      .addColumn('evidence_id', text, (c) => c.notNull().references('evidence_files.id'))
      .addColumn('attached_at', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('filing_attachments_pk', ['filing_id', 'attachment', 'slot'])
      .execute();
    await s.createIndex('filing_attachments_evidence').on('filing_attachments').column('evidence_id').execute();

    await s
      .createTable('jobs')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('org_id', text, (c) => c.references('organizations.id'))
      .addColumn('created_by', text, (c) => c.references('users.id'))
      .addColumn('payload', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'failed')`))
      .addColumn('progress', int, (c) => c.notNull())
      .addColumn('message', text)
      .addColumn('result', text)
      .addColumn('error', text)
      .addColumn('attempts', int, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('started_at', text)
      .addColumn('finished_at', text)
      .addColumn('locked_by', text)
      .addColumn('locked_until', text)
      .execute();
    await s.createIndex('jobs_claim').on('jobs').columns(['status', 'name', 'created_at']).execute();

    await s
      .createTable('audit_log')
      .addColumn('seq', int, (c) => c.primaryKey())
      .addColumn('at', text, (c) => c.notNull())
      .addColumn('actor_user_id', text)
      .addColumn('actor_org_id', text)
      .addColumn('action', text, (c) => c.notNull())
      .addColumn('object_type', text, (c) => c.notNull())
      .addColumn('object_id', text)
      .addColumn('org_id', text)
      .addColumn('subject_id', text)
      .addColumn('detail', text, (c) => c.notNull())
      .addColumn('prev_hash', text, (c) => c.notNull())
      .addColumn('hash', text, (c) => c.notNull())
      .execute();
    await s.createIndex('audit_log_org').on('audit_log').columns(['org_id', 'seq']).execute();
    await s
      .createTable('audit_head')
      .addColumn('id', int, (c) => c.primaryKey())
      .addColumn('seq', int, (c) => c.notNull())
      .addColumn('hash', text, (c) => c.notNull())
      .execute();
    await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: '0'.repeat(64) }).execute();

    // Append-only: the database refuses updates and deletes of audit entries. Someone who can drop these
    // triggers can still edit rows; the hash chain (verifyAuditLog) is what catches that.
    if (isPostgres(db)) {
      await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
        begin raise exception 'audit_log is append-only'; end $$`.execute(db);
      await sql`create trigger audit_log_no_update before update or delete on audit_log
        for each row execute function audit_log_append_only()`.execute(db);
      await sql`create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_append_only()`.execute(db);
    } else {
      await sql`create trigger audit_log_no_update before update on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
      await sql`create trigger audit_log_no_delete before delete on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    }
  },
  async down() {
    throw new Error('001-initial cannot be rolled back: it would drop every table');
  },
};
