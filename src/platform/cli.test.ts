// `faceaudit worker` as a separate process: takes an analyze-app job queued by another process, stops on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { corpusDir } from '../core/paths.js';
import { EvidenceStore } from './evidence-store.js';
import { enqueueAnalyzeApp } from './jobs/handlers.js';
import { createJobQueue } from './jobs/index.js';
import { waitForJob } from './jobs/queue.js';
import { putEvidence } from './repo/evidence.js';
import { eachDatabase, seedWorld } from './testing.js';

const main = fileURLToPath(new URL('../cli/main.js', import.meta.url));

eachDatabase('faceaudit worker', (get) => {
  test('runs a job queued elsewhere and exits 0 on SIGTERM', async () => {
    const t = get();
    const key = randomBytes(32);
    const dataDir = join(t.dir, 'data');
    const w = await seedWorld(t.db);
    const store = await EvidenceStore.open({ dir: join(dataDir, 'evidence'), key, log: () => undefined });
    const apk = await putEvidence(t.db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'app-package', originalName: 'demo.apk', source: corpusDir('apps', 'mlkit-face-detection-demo.apk') });

    const proc = spawn(process.execPath, [main, 'worker'], {
      cwd: t.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        FACEAUDIT_DATA_DIR: dataDir,
        FACEAUDIT_KEY: key.toString('base64'),
        DATABASE_URL: t.url ?? '',
        FACEAUDIT_DB_SCHEMA: t.schema ?? '',
      },
    });
    let err = '';
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      proc.stderr.on('data', (d) => {
        err += d;
        if (err.includes('taking jobs')) resolve();
      });
      proc.on('exit', () => reject(new Error(`worker exited early: ${err}`)));
    });
    assert.match(err, t.url ? /pg-boss \(PostgreSQL\)/ : /jobs table \(SQLite\)/);

    // This process only queues (it registers no handler): the worker process must run it.
    const queue = createJobQueue(t.db, { ...(t.url ? { url: t.url, pgbossSchema: `${t.schema}_boss` } : {}) });
    try {
      const id = await enqueueAnalyzeApp(t.db, queue, w.companyA.admin, apk.id);
      const info = await waitForJob(queue, id, 60_000);
      assert.equal(info.status, 'done', info.error ?? err);
      assert.equal((info.result as { package: string }).package, 'org.sirekanyan.facedetection');
    } finally {
      await queue.stop(5000);
    }
    proc.kill('SIGTERM');
    assert.equal(await exited, 0, err);
    assert.match(err, /stopping/);
  });
});
