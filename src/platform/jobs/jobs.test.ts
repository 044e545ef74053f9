// Job queues against both databases: the jobs-table queue on SQLite, pg-boss on PostgreSQL.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { corpusDir } from '../../core/paths.js';
import type { AppArtifact } from '../../core/artifacts.js';
import { makeZip } from '../../collectors/app/testzip.js';
import { EvidenceStore } from '../evidence-store.js';
import { NotFoundError } from '../errors.js';
import { listArtifacts } from '../repo/artifacts.js';
import { putEvidence } from '../repo/evidence.js';
import { eachDatabase, seedWorld, type World } from '../testing.js';
import { enqueueAnalyzeApp, registerHandlers } from './handlers.js';
import { createJobQueue } from './index.js';
import { TableJobQueue } from './table-queue.js';
import { getJob, waitForJob, type JobInfo, type JobQueue } from './queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

eachDatabase('jobs', (get, kind) => {
  let w: World;
  let store: EvidenceStore;
  const queues: JobQueue[] = [];
  const newQueue = () => {
    const { db, url, schema } = get();
    const q = createJobQueue(db, { ...(url ? { url } : {}), ...(schema ? { pgbossSchema: `${schema}_boss` } : {}), pollMs: 100 });
    queues.push(q);
    return q;
  };
  before(async () => {
    w = await seedWorld(get().db);
    store = await EvidenceStore.open({ dir: join(get().dir, 'evidence'), key: randomBytes(32), log: () => undefined });
  });
  after(async () => {
    for (const q of queues) await q.stop(5000);
  });

  test(`${kind === 'postgres' ? 'pg-boss' : 'jobs-table'} queue: progress is stored and seen, result kept; failures keep their message`, async () => {
    const q = newQueue();
    await q.work('count', async (ctx) => {
      const { to } = ctx.payload as { to: number };
      for (let i = 1; i <= to; i++) {
        await sleep(60);
        await ctx.progress((100 * i) / to, `step ${i}`);
      }
      if (to === 13) throw new Error('unlucky number');
      return { counted: to };
    });
    await q.start();
    const id = await q.enqueue('count', { to: 4 }, { actor: w.companyA.admin });
    const seen: JobInfo[] = [];
    const done = await new Promise<JobInfo>((resolve) => {
      const stop = q.onProgress(id, (info) => {
        seen.push(info);
        if (info.status === 'done' || info.status === 'failed') {
          stop();
          resolve(info);
        }
      }, 30);
    });
    assert.equal(done.status, 'done');
    assert.equal(done.progress, 100);
    assert.deepEqual(done.result, { counted: 4 });
    assert.equal(done.attempts, 1);
    const progress = seen.map((s) => s.progress);
    assert.ok(progress.some((p) => p > 0 && p < 100), `progress between 0 and 100 was seen: ${progress.join(',')}`);
    assert.deepEqual([...progress].sort((a, b) => a - b), progress, 'progress only goes up');
    assert.equal((await getJob(get().db, w.companyA.member, id)).status, 'done');
    await assert.rejects(getJob(get().db, w.companyB.admin, id), NotFoundError);

    const bad = await waitForJob(q, await q.enqueue('count', { to: 13 }, { actor: w.companyA.admin }), 20_000);
    assert.equal(bad.status, 'failed');
    assert.equal(bad.error, 'unlucky number');
  });

  test('two workers share the queue: every job runs exactly once', async () => {
    const ran = new Map<string, string[]>();
    const make = async (name: string) => {
      const q = newQueue();
      await q.work('share', async (ctx) => {
        ran.set(ctx.id, [...(ran.get(ctx.id) ?? []), name]);
        await sleep(250);
        return name;
      });
      await q.start();
      return q;
    };
    const [a] = [await make('A'), await make('B')];
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => a!.enqueue('share', { i })));
    const results = await Promise.all(ids.map((id) => waitForJob(a!, id, 30_000)));
    assert.ok(results.every((r) => r.status === 'done' && r.attempts === 1));
    for (const id of ids) assert.equal(ran.get(id)?.length, 1, `job ${id} ran once`);
    const by = new Set(results.map((r) => r.result));
    assert.deepEqual([...by].sort(), ['A', 'B'], 'both workers took jobs');
  });

  if (kind === 'sqlite') {
    test('jobs-table queue: a long job without progress keeps its lease (no second worker takes it)', async () => {
      const { db } = get();
      const ran: string[] = [];
      const make = async (name: string) => {
        const q = new TableJobQueue(db, { pollMs: 50, leaseMs: 1500 });
        queues.push(q);
        await q.work('quiet', async () => {
          ran.push(name);
          await sleep(2500); // longer than the lease, no progress calls
          return name;
        });
        await q.start();
        return q;
      };
      const a = await make('A');
      await make('B');
      const info = await waitForJob(a, await a.enqueue('quiet', {}), 10_000);
      assert.equal(info.status, 'done');
      assert.equal(info.attempts, 1);
      assert.equal(ran.length, 1, `ran by ${ran.join(', ')}`);
    });

    test('jobs-table queue: a job whose worker died is claimed again when its lease ran out', async () => {
      const { db } = get();
      const q = newQueue();
      await q.work('orphan', async () => 'recovered');
      const id = await q.enqueue('orphan', {});
      await db.updateTable('jobs').set({ status: 'running', attempts: 1, locked_by: 'dead-host:1', locked_until: '2000-01-01T00:00:00.000Z' }).where('id', '=', id).execute();
      await q.start();
      const info = await waitForJob(q, id, 10_000);
      assert.equal(info.status, 'done');
      assert.equal(info.attempts, 2);
    });
  }

  if (kind === 'postgres') {
    test('pg-boss queue: a job pg-boss gave up on (its worker died) is reported failed, not running forever', async () => {
      const { db } = get();
      const q = newQueue();
      await q.start();
      const id = await q.enqueue('nobody-works-this', {});
      await db.updateTable('jobs').set({ status: 'running', attempts: 1 }).where('id', '=', id).execute();
      assert.equal((await q.get(id))?.status, 'running');
      await (q as unknown as { boss: { fail(name: string, id: string): Promise<void> } }).boss.fail('nobody-works-this', id);
      const info = await q.get(id);
      assert.equal(info?.status, 'failed');
      assert.match(info?.error ?? '', /stopped before it finished/);
    });
  }

  test('analyze-app: decrypts the stored APK to a private temp file, analyses it, stores the artifact, cleans up', async () => {
    const { db } = get();
    const q = newQueue();
    await registerHandlers(q, { db, store });
    await q.start();
    const apk = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'app-package', originalName: 'face-demo.apk', source: corpusDir('apps', 'mlkit-face-detection-demo.apk') });
    await assert.rejects(enqueueAnalyzeApp(db, q, w.companyB.admin, apk.id), NotFoundError);
    const id = await enqueueAnalyzeApp(db, q, w.companyA.member, apk.id);
    const info = await waitForJob(q, id, 60_000);
    assert.equal(info.status, 'done', info.error);
    const result = info.result as { artifactId: string; package: string; sdks: string[] };
    assert.equal(result.package, 'org.sirekanyan.facedetection');
    const [art] = (await listArtifacts(db, w.companyA.admin, w.companyA.subject.id)).filter((a) => a.id === result.artifactId);
    assert.equal(art?.kind, 'app');
    assert.equal(art?.evidenceId, apk.id);
    assert.equal((art?.artifact as AppArtifact).source, 'face-demo.apk');
    assert.deepEqual(readdirSync(join(store.dir, '.spool')), [], 'the decrypted copy is gone');
    const audit = await db.selectFrom('audit_log').select('action').where('object_id', '=', apk.id).orderBy('seq').execute();
    assert.deepEqual(audit.map((a) => a.action), ['evidence.upload', 'evidence.analyze']);

    // A zip that is no app: the job fails with the analyzer's message, and the temp file is still removed.
    const notApp = join(get().dir, 'not-an-app.zip');
    writeFileSync(notApp, makeZip([{ name: 'readme.txt', data: '只是一个压缩包' }]));
    const broken = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'app-package', originalName: 'fake.apk', source: notApp });
    const failed = await waitForJob(q, await enqueueAnalyzeApp(db, q, w.companyA.admin, broken.id), 60_000);
    assert.equal(failed.status, 'failed');
    assert.match(failed.error ?? '', /^fake\.apk: a zip archive, but not an app package/, 'named by its upload name, not the temp path');
    assert.deepEqual(readdirSync(join(store.dir, '.spool')), []);
  });
});
