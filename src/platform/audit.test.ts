import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { audit, canonicalJson, verifyAuditLog } from './audit.js';
import type { Db } from './db/open.js';
import { openDatabase } from './db/open.js';
import { isPostgres } from './db/dialect.js';
import { eachDatabase } from './testing.js';

/** What an attacker with database access does first: remove the append-only triggers. */
async function dropTriggers(db: Db): Promise<void> {
  if (isPostgres(db)) await sql`drop trigger if exists audit_log_no_update on audit_log`.execute(db);
  else {
    await sql`drop trigger if exists audit_log_no_update`.execute(db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(db);
  }
}

test('canonicalJson sorts keys at every level and drops undefined', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
});

eachDatabase('audit log', (get) => {
  const add = (db: Db, i: number) =>
    audit(db, { action: 'evidence.view', objectType: 'evidence', objectId: `e${i}`, actor: { userId: null, orgId: null }, orgId: 'org', detail: { i, name: `文件${i}.pdf` } });

  test('an empty log verifies', async () => {
    const r = await verifyAuditLog(get().db);
    assert.deepEqual({ ok: r.ok, entries: r.entries }, { ok: true, entries: 0 });
  });

  test('entries chain: seq 1…n, each linked to the one before', async () => {
    const { db } = get();
    for (let i = 1; i <= 5; i++) assert.equal((await add(db, i)).seq, i);
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    assert.equal(rows[0]!.prev_hash, '0'.repeat(64));
    for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
    const r = await verifyAuditLog(db, 2); // small pages exercise the paging
    assert.deepEqual({ ok: r.ok, entries: r.entries }, { ok: true, entries: 5 });
    assert.equal(r.headHash, rows[4]!.hash);
  });

  test('the database refuses UPDATE and DELETE of entries', async () => {
    const { db } = get();
    await assert.rejects(db.updateTable('audit_log').set({ detail: '{}' }).where('seq', '=', 2).execute(), /append-only/);
    await assert.rejects(db.deleteFrom('audit_log').where('seq', '=', 2).execute(), /append-only/);
    if (isPostgres(db)) await assert.rejects(sql`truncate audit_log`.execute(db), /append-only/);
  });

  test('an entry rolled back with its transaction leaves no trace and no gap', async () => {
    const { db } = get();
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await add(trx, 99);
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const r = await verifyAuditLog(db);
    assert.deepEqual({ ok: r.ok, entries: r.entries }, { ok: true, entries: 5 });
  });

  test('concurrent appends stay one unbroken chain', async () => {
    const { db } = get();
    await Promise.all(Array.from({ length: 20 }, (_, i) => add(db, 100 + i)));
    const r = await verifyAuditLog(db);
    assert.deepEqual({ ok: r.ok, entries: r.entries }, { ok: true, entries: 25 });
  });

  test('tampering with one entry (its detail changed in SQL) is found at that entry', async () => {
    const { db } = get();
    await dropTriggers(db);
    const original = (await db.selectFrom('audit_log').select('detail').where('seq', '=', 3).executeTakeFirstOrThrow()).detail;
    await db.updateTable('audit_log').set({ detail: original.replace('文件3', '文件X') }).where('seq', '=', 3).execute();
    const r = await verifyAuditLog(db);
    assert.equal(r.ok, false);
    assert.equal(r.firstBadSeq, 3);
    assert.equal(r.entries, 2);
    assert.match(r.reason!, /changed/);
    // Recomputing the entry's own hash does not help: the next entry's link breaks instead.
    await db.updateTable('audit_log').set({ detail: original }).where('seq', '=', 3).execute();
    assert.equal((await verifyAuditLog(db)).ok, true);
  });

  test('changing who did it or when is found too', async () => {
    const { db } = get();
    await db.updateTable('audit_log').set({ actor_user_id: 'someone-else' }).where('seq', '=', 4).execute();
    assert.equal((await verifyAuditLog(db)).firstBadSeq, 4);
    await db.updateTable('audit_log').set({ actor_user_id: null }).where('seq', '=', 4).execute();
    assert.equal((await verifyAuditLog(db)).ok, true);
  });

  test('deleting one entry is found as a gap', async () => {
    const { db } = get();
    const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    await db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    const r = await verifyAuditLog(db);
    assert.equal(r.ok, false);
    assert.equal(r.firstBadSeq, 2);
    assert.match(r.reason!, /missing/);
    await db.insertInto('audit_log').values(row).execute();
    assert.equal((await verifyAuditLog(db)).ok, true);
  });

  test('cutting entries off the end is found through the chain head', async () => {
    const { db } = get();
    const last = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await db.deleteFrom('audit_log').where('seq', '=', last.seq).execute();
    const r = await verifyAuditLog(db);
    assert.equal(r.ok, false);
    assert.equal(r.firstBadSeq, last.seq);
    assert.match(r.reason!, /removed from the end/);
  });
});

test('faceaudit audit verify: exit 0 when intact, 1 with the bad entry when tampered', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faceaudit-cli-'));
  try {
    const db = await openDatabase({ file: join(dir, 'data', 'faceaudit.db'), url: '' });
    for (let i = 0; i < 3; i++) await audit(db, { action: 'subject.view', objectType: 'subject', objectId: `s${i}` });
    const main = new URL('../cli/main.js', import.meta.url).pathname;
    const run = () => spawnSync(process.execPath, [main, 'audit', 'verify'], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', FACEAUDIT_DATA_DIR: '' } });
    let r = run();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /intact: 3 entries/);
    await dropTriggers(db);
    await db.updateTable('audit_log').set({ object_id: 'other' }).where('seq', '=', 2).execute();
    await db.destroy();
    r = run();
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /BROKEN at entry 2/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
