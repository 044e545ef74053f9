// The job queue on the jobs table, for the embedded SQLite setup: workers poll, claim a job with one UPDATE
// (atomic under SQLite's write lock), hold a lease they renew while running, and a job whose worker died is
// claimed again when its lease runs out (up to MAX_ATTEMPTS).
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../access.js';
import type { Db } from '../db/open.js';
import { nowIso } from '../db/util.js';
import { newJobRow, readJob, runClaimedJob, watchJob, type JobHandler, type JobInfo, type JobQueue, type Json } from './queue.js';

const MAX_ATTEMPTS = 3;

export interface TableQueueOptions {
  /** How often an idle worker looks for work (default 500 ms). */
  pollMs?: number;
  /** How long a claimed job stays reserved without a progress write (default 5 minutes). */
  leaseMs?: number;
  /** Jobs run at the same time by this process (default 1). */
  concurrency?: number;
}

export class TableJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<any>>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  private polling = false;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;

  constructor(
    private readonly db: Db,
    opts: TableQueueOptions = {},
  ) {
    this.pollMs = opts.pollMs ?? 500;
    this.leaseMs = opts.leaseMs ?? 5 * 60_000;
    this.concurrency = opts.concurrency ?? 1;
  }

  async enqueue(name: string, payload: Json, opts: { actor?: Actor } = {}): Promise<string> {
    const row = newJobRow(name, payload, opts.actor);
    await this.db.insertInto('jobs').values(row).execute();
    if (this.started && this.handlers.has(name)) setImmediate(() => void this.poll());
    return row.id;
  }

  async work(name: string, handler: JobHandler<any>): Promise<void> {
    this.handlers.set(name, handler);
  }

  get(id: string): Promise<JobInfo | undefined> {
    return readJob(this.db, id);
  }

  onProgress(id: string, listener: (info: JobInfo) => void, intervalMs?: number): () => void {
    return watchJob((i) => this.get(i), id, listener, intervalMs);
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  async stop(timeoutMs = 30_000): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    const all = Promise.allSettled([...this.running]);
    await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  private lease = () => ({ locked_until: new Date(Date.now() + this.leaseMs).toISOString() });

  /** Claims one runnable job of a registered name, or returns undefined. */
  private async claim() {
    const names = [...this.handlers.keys()];
    if (!names.length) return undefined;
    const now = nowIso();
    const runnable = (eb: any) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)])]);
    return this.db
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', locked_by: this.workerId, ...this.lease(), started_at: now, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', (eb) => eb.selectFrom('jobs').select('id').where('name', 'in', names).where(runnable).orderBy('created_at').orderBy('id').limit(1))
      .where(runnable)
      .returningAll()
      .executeTakeFirst();
  }

  private async poll(): Promise<void> {
    if (!this.started || this.polling) return;
    this.polling = true;
    try {
      while (this.started && this.running.size < this.concurrency) {
        const row = await this.claim();
        if (!row) break;
        const handler = this.handlers.get(row.name)!;
        const p: Promise<unknown> =
          row.attempts > MAX_ATTEMPTS
            ? this.db
                .updateTable('jobs')
                .set({ status: 'failed', error: `gave up after ${MAX_ATTEMPTS} attempts (the worker running it stopped)`, finished_at: nowIso(), locked_by: null, locked_until: null })
                .where('id', '=', row.id)
                .execute()
            : runClaimedJob(this.db, row, handler, this.lease);
        // Keep the lease while the handler runs, even if it reports no progress for a long time.
        const beat = setInterval(() => {
          void this.db
            .updateTable('jobs')
            .set(this.lease())
            .where('id', '=', row.id)
            .where('locked_by', '=', this.workerId)
            .where('status', '=', 'running')
            .execute()
            .catch(() => undefined);
        }, Math.max(1000, this.leaseMs / 3));
        this.running.add(p);
        void p.finally(() => {
          clearInterval(beat);
          this.running.delete(p);
          this.schedule(0);
        });
      }
    } catch {
      // database busy or closing: try again on the next poll
    } finally {
      this.polling = false;
      this.schedule(this.pollMs);
    }
  }
}
