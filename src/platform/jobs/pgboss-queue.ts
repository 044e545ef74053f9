// The job queue on pg-boss (PostgreSQL): any number of worker processes, on any number of machines, fetch jobs
// with SKIP LOCKED. pg-boss decides who runs what; our jobs table keeps status, progress and result for the UI.
// A job's pg-boss id is our job id, and both rows are written in one transaction.
import PgBoss from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { Actor } from '../access.js';
import type { Db } from '../db/open.js';
import { nowIso } from '../db/util.js';
import { newJobRow, readJob, runClaimedJob, watchJob, type JobHandler, type JobInfo, type JobQueue, type Json } from './queue.js';

export interface PgBossQueueOptions {
  /** PostgreSQL URL (the same database as db). */
  url: string;
  /** Schema pg-boss keeps its tables in (default pgboss). */
  schema?: string;
  /** Seconds between fetches of an idle worker (default 1; pg-boss's minimum is 0.5). */
  pollSeconds?: number;
  /** A job running longer than this is failed by pg-boss (default 1 hour: a 200 MB APK takes minutes). */
  expireInSeconds?: number;
}

export class PgBossJobQueue implements JobQueue {
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private startedBoss: Promise<unknown> | undefined;
  private readonly pollSeconds: number;
  private readonly expireInSeconds: number;

  constructor(
    private readonly db: Db,
    opts: PgBossQueueOptions,
  ) {
    this.boss = new PgBoss({ connectionString: opts.url, schema: opts.schema ?? 'pgboss', max: 4, supervise: true, schedule: false });
    this.boss.on('error', (e) => process.stderr.write(`faceaudit: pg-boss: ${e.message}\n`));
    this.pollSeconds = Math.max(0.5, opts.pollSeconds ?? 1);
    this.expireInSeconds = opts.expireInSeconds ?? 3600;
  }

  async start(): Promise<void> {
    await (this.startedBoss ??= this.boss.start());
  }

  async stop(timeoutMs = 30_000): Promise<void> {
    if (!this.startedBoss) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    this.startedBoss = undefined;
  }

  private async queue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.start();
    if (!(await this.boss.getQueue(name))) {
      try {
        await this.boss.createQueue(name, { name, retryLimit: 0, expireInSeconds: this.expireInSeconds });
      } catch (e) {
        if (!(await this.boss.getQueue(name))) throw e; // created by another process meanwhile is fine
      }
    }
    this.queues.add(name);
  }

  async enqueue(name: string, payload: Json, opts: { actor?: Actor } = {}): Promise<string> {
    await this.queue(name);
    const row = newJobRow(name, payload, opts.actor);
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('jobs').values(row).execute();
      // pg-boss writes its row through our transaction: both commit or neither.
      const viaTrx = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows as any[] }) };
      await this.boss.send(name, { jobId: row.id }, { id: row.id, db: viaTrx });
    });
    return row.id;
  }

  async work(name: string, handler: JobHandler<any>): Promise<void> {
    await this.queue(name);
    await this.boss.work<{ jobId: string }>(name, { batchSize: 1, pollingIntervalSeconds: this.pollSeconds }, async ([job]) => {
      if (!job) return;
      const row = await this.db
        .updateTable('jobs')
        .set((eb) => ({ status: 'running', started_at: nowIso(), attempts: eb('attempts', '+', 1), locked_by: `pg-boss:${job.id}` }))
        .where('id', '=', job.data.jobId)
        .returningAll()
        .executeTakeFirst();
      if (!row) return; // the jobs row is gone: nothing to do
      const r = await runClaimedJob(this.db, row, handler);
      if (!r.ok) throw new Error(r.error); // so pg-boss records the failure too
    });
  }

  /** Reads our row; a job still marked running whose pg-boss job has ended (its worker died and pg-boss expired
   *  it) is marked failed here, so it does not look busy forever. */
  async get(id: string): Promise<JobInfo | undefined> {
    const info = await readJob(this.db, id);
    if (info?.status !== 'running') return info;
    await this.start();
    const boss = await this.boss.getJobById(info.name, id);
    if (boss && (boss.state === 'failed' || boss.state === 'cancelled' || boss.state === 'completed')) {
      const r = await this.db
        .updateTable('jobs')
        .set({ status: 'failed', error: 'the worker running this job stopped before it finished', finished_at: nowIso(), locked_by: null })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (r.numUpdatedRows) return readJob(this.db, id);
    }
    return info;
  }

  onProgress(id: string, listener: (info: JobInfo) => void, intervalMs?: number): () => void {
    return watchJob((i) => this.get(i), id, listener, intervalMs);
  }
}
