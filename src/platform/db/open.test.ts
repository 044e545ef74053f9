import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { eachDatabase } from '../testing.js';
import { migrate, openDatabase } from './open.js';
import { MIGRATIONS } from './migrations/index.js';
import { isPostgres } from './dialect.js';

test('SQLite: the file and its folder are created and migrated on first open; WAL, foreign keys on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faceaudit-open-'));
  const file = join(dir, 'nested', 'data', 'faceaudit.db');
  try {
    const db = await openDatabase({ file, url: '' });
    assert.ok(existsSync(file));
    assert.equal(statSync(join(dir, 'nested', 'data')).mode & 0o777, 0o700);
    assert.equal(isPostgres(db), false);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    assert.equal(fk.rows[0]?.foreign_keys, 1);
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    for (const t of ['organizations', 'users', 'memberships', 'api_tokens', 'sessions', 'subjects', 'grants', 'evidence_files', 'artifacts', 'assessments', 'inspections', 'rectifications', 'filings', 'filing_attachments', 'jobs', 'audit_log']) {
      assert.ok(tables.includes(t), `table ${t}`);
    }
    await db.destroy();
    // Reopening runs no migration again and keeps the data.
    const again = await openDatabase({ file, url: '', migrate: false });
    assert.deepEqual(await migrate(again), []);
    await again.destroy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL that cannot be reached: one clear error, without the password', async () => {
  await assert.rejects(openDatabase({ url: 'postgres://u:s3cret@127.0.0.1:1/faceaudit' }), (e: Error) => {
    assert.match(e.message, /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/faceaudit \(DATABASE_URL\)/);
    assert.ok(!e.message.includes('s3cret'));
    return true;
  });
  await assert.rejects(openDatabase({ url: 'postgres://u@127.0.0.1:1/x', schema: 'bad; drop' }), /invalid PostgreSQL schema name/);
});

eachDatabase('schema', (get) => {
  test('every migration ran, in order, and a second run does nothing', async () => {
    const { db, schema } = get();
    const done = await (schema ? db.withSchema(schema) : db).selectFrom('kysely_migration' as any).select('name').orderBy('name').execute();
    assert.deepEqual(done.map((r: any) => r.name), Object.keys(MIGRATIONS));
    assert.deepEqual(await migrate(db, schema), []);
  });

  test('foreign keys are enforced', async () => {
    const { db } = get();
    await assert.rejects(
      db.insertInto('memberships').values({ user_id: 'nobody', org_id: 'nowhere', role: 'admin', created_at: new Date().toISOString() }).execute(),
      /foreign key|FOREIGN KEY/i,
    );
  });

  test('check constraints refuse unknown kinds and statuses', async () => {
    const { db } = get();
    await assert.rejects(
      db.insertInto('organizations').values({ id: 'x', kind: 'bank' as any, name: 'n', credit_code: null, province: null, city: null, created_at: 'now' }).execute(),
      /check/i,
    );
  });
});
