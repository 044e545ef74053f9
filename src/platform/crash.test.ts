// Kills a process in the middle of writing a large evidence file (SIGKILL: no cleanup runs) and checks what is
// left: no row without a file, no partial file under a final name, earlier files intact, the temp file swept.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { projectRoot } from '../core/paths.js';
import { verifyAuditLog } from './audit.js';
import { openDatabase } from './db/open.js';
import { EvidenceStore } from './evidence-store.js';
import { openEvidence, putEvidence } from './repo/evidence.js';
import { eachDatabase, seedWorld } from './testing.js';

const sample = (name: string) => join(projectRoot(), 'examples', 'evidence', name);
const child = fileURLToPath(new URL('./crash-child.js', import.meta.url));

async function readAll(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

function storeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
}

eachDatabase('crash during an evidence write', (get) => {
  test('SIGKILL mid-write leaves only a temp file, which the sweep removes; stored files survive', async () => {
    const t = get();
    const key = randomBytes(32);
    const storeDir = join(t.dir, 'evidence');
    const w = await seedWorld(t.db);
    const store = await EvidenceStore.open({ dir: storeDir, key, log: () => undefined });
    const before = [
      await putEvidence(t.db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'pia-report', originalName: 'pia.pdf', source: sample('pia-report.pdf') }),
      await putEvidence(t.db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'signage-photo', originalName: 'sign.png', source: sample('signage-photo.png') }),
    ];

    const large = join(t.dir, 'large.pdf');
    copyFileSync(sample('notice.pdf'), large);
    appendFileSync(large, Buffer.alloc(120 * 1024 * 1024, 0x20));

    const proc = spawn(process.execPath, [child], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...(t.url ? { CRASH_DB_URL: t.url, CRASH_DB_SCHEMA: t.schema } : { CRASH_DB_FILE: t.file }),
        CRASH_STORE_DIR: storeDir,
        CRASH_KEY: key.toString('base64'),
        CRASH_USER: w.companyA.admin.userId,
        CRASH_ORG: w.companyA.orgId,
        CRASH_SUBJECT: w.companyA.subject.id,
        CRASH_SOURCE: large,
      },
    });
    let out = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      proc.stdout.on('data', (d) => {
        out += d;
        if (out.includes('MID-WRITE')) resolve();
      });
      proc.on('exit', () => reject(new Error(`the child ended before the write was under way: ${out} ${err}`)));
    });
    proc.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.ok(!out.includes('FINISHED'));

    // What the crash left: the two earlier files under final names, and one partial temp file.
    const files = storeFiles(storeDir);
    const temps = files.filter((f) => f.startsWith('.tmp-'));
    const finals = files.filter((f) => f.endsWith('.fae'));
    assert.equal(temps.length, 1, `one temp file: ${files.join(', ')}`);
    assert.equal(finals.length, 2, 'no file under a final name for the killed write');
    const tempPath = readdirSync(storeDir, { recursive: true, withFileTypes: true }).find((d) => d.name === temps[0])!;
    const partial = statSync(join(tempPath.parentPath, tempPath.name)).size;
    assert.ok(partial > 20 * 1024 * 1024 && partial < 120 * 1024 * 1024, `partial temp file (${partial} bytes)`);

    // Reopen as a restarted server would: new connection, new store, sweep at startup.
    const db2 = await openDatabase(t.url ? { url: t.url, schema: t.schema! } : { url: '', file: t.file! });
    try {
      const store2 = await EvidenceStore.open({ dir: storeDir, key, log: () => undefined });
      const rows = await db2.selectFrom('evidence_files').select(['id', 'storage_key']).execute();
      assert.equal(rows.length, 2, 'no row for the killed write');
      for (const r of rows) assert.ok(statSync(store2.pathOf(r.storage_key)).isFile(), 'every row has its file');
      const swept = await store2.sweepOrphans(db2);
      assert.deepEqual(swept, { tempFiles: 1, spoolFiles: 0, unreferenced: 0 });
      assert.deepEqual(storeFiles(storeDir).filter((f) => !f.endsWith('.fae')), []);
      // Earlier files decrypt to their original bytes.
      const originals = [readFileSync(sample('pia-report.pdf')), readFileSync(sample('signage-photo.png'))];
      for (const [i, rec] of before.entries()) {
        const { stream } = await openEvidence(db2, store2, w.companyA.admin, rec.id);
        assert.deepEqual(await readAll(stream), originals[i]);
      }
      assert.equal((await verifyAuditLog(db2)).ok, true);
      // And the store still takes new files.
      const again = await putEvidence(db2, store2, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'pia-supporting', originalName: 'large.pdf', source: large });
      assert.equal(again.size, statSync(large).size);
    } finally {
      await db2.destroy();
    }
  });
});
