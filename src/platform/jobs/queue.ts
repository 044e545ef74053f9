// Background jobs. One interface, two implementations:
//   TableJobQueue  — the jobs table, polled (SQLite default; one machine)
//   PgBossJobQueue — pg-boss on PostgreSQL (several worker processes on several machines share the queue)
// Both keep each job's status, progress and result in the jobs table, so get(id) and the UI read one place.
import type { Actor } from '../access.js';
import type { Db } from '../db/open.js';
import type { JobStatus, Row } from '../db/schema.js';
import { newId, nowIso } from '../db/util.js';
import { NotFoundError } from '../errors.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface JobInfo {
  id: string;
  name: string;
  status: JobStatus;
  /** 0–100 */
  progress: number;
  /** What the job is doing now, e.g. "reading classes3.dex". */
  message: string | null;
  result?: Json;
  error?: string;
  attempts: number;
  orgId: string | null;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobContext<P = Json> {
  id: string;
  name: string;
  payload: P;
  /** Who queued it (the handler acts for them, through actorFor). */
  orgId: string | null;
  userId: string | null;
  /** Records progress (0–100) and a short message; cheap to call often (writes are throttled). */
  progress(percent: number, message?: string): Promise<void>;
}

export type JobHandler<P = Json> = (ctx: JobContext<P>) => Promise<Json | void>;

export interface JobQueue {
  /** Queues a job; returns its id. `actor` records who asked (the handler acts for them). */
  enqueue(name: string, payload: Json, opts?: { actor?: Actor }): Promise<string>;
  /** Registers the handler for a job name; this process then runs such jobs (after start()). */
  work(name: string, handler: JobHandler<any>): Promise<void>;
  /** Status, progress, result or error of a job (unscoped: servers use getJob(db, actor, id)). */
  get(id: string): Promise<JobInfo | undefined>;
  /** Calls listener whenever status, progress or message change (polled, so it sees other processes' work),
   *  until the job ends. Returns a function that stops listening. */
  onProgress(id: string, listener: (info: JobInfo) => void, intervalMs?: number): () => void;
  start(): Promise<void>;
  /** Stops taking jobs and waits (up to timeoutMs) for running ones. */
  stop(timeoutMs?: number): Promise<void>;
}

// ---- Shared: the jobs table ----------------------------------------------------------------------------------

export function toJobInfo(r: Row<'jobs'>): JobInfo {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    progress: r.progress,
    message: r.message,
    ...(r.result !== null ? { result: JSON.parse(r.result) as Json } : {}),
    ...(r.error !== null ? { error: r.error } : {}),
    attempts: r.attempts,
    orgId: r.org_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export function newJobRow(name: string, payload: Json, actor?: Actor): Row<'jobs'> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`job names are lower-case words joined by -: ${name}`);
  return {
    id: newId(),
    name,
    org_id: actor?.orgId ?? null,
    created_by: actor?.userId ?? null,
    payload: JSON.stringify(payload),
    status: 'queued',
    progress: 0,
    message: null,
    result: null,
    error: null,
    attempts: 0,
    created_at: nowIso(),
    started_at: null,
    finished_at: null,
    locked_by: null,
    locked_until: null,
  };
}

export async function readJob(db: Db, id: string): Promise<JobInfo | undefined> {
  const r = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toJobInfo(r);
}

/** A job as its own organisation sees it (NotFoundError for anyone else's). */
export async function getJob(db: Db, actor: Actor, id: string): Promise<JobInfo> {
  const r = await db.selectFrom('jobs').selectAll().where('id', '=', id).where('org_id', '=', actor.orgId).executeTakeFirst();
  if (!r) throw new NotFoundError('job');
  return toJobInfo(r);
}

export function watchJob(get: (id: string) => Promise<JobInfo | undefined>, id: string, listener: (info: JobInfo) => void, intervalMs = 250): () => void {
  let last = '';
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    try {
      const info = await get(id);
      if (info) {
        const key = `${info.status}|${info.progress}|${info.message ?? ''}`;
        if (key !== last) {
          last = key;
          listener(info);
        }
        if (info.status === 'done' || info.status === 'failed') return;
      }
    } catch {
      // a failed poll (database busy, closing) is retried on the next tick
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  void tick();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** Waits until the job is done or failed (or the timeout passes) and returns its final info. */
export function waitForJob(queue: Pick<JobQueue, 'onProgress'>, id: string, timeoutMs = 60_000): Promise<JobInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`job ${id} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = queue.onProgress(id, (info) => {
      if (info.status === 'done' || info.status === 'failed') {
        clearTimeout(timer);
        stop();
        resolve(info);
      }
    }, 100);
  });
}

const PROGRESS_EVERY_MS = 500;

/**
 * Runs one claimed job: calls the handler with a throttled progress writer, then records done (with the result)
 * or failed (with the error message). `renew` extends the worker's lease with each progress write.
 */
export async function runClaimedJob(db: Db, row: Row<'jobs'>, handler: JobHandler<any>, renew: () => Partial<Row<'jobs'>> = () => ({})): Promise<{ ok: boolean; error?: string }> {
  let lastWrite = 0;
  let lastPercent = -1;
  const ctx: JobContext = {
    id: row.id,
    name: row.name,
    payload: JSON.parse(row.payload) as Json,
    orgId: row.org_id,
    userId: row.created_by,
    async progress(percent, message) {
      const p = Math.max(0, Math.min(100, Math.round(percent)));
      const now = Date.now();
      // Write at most twice a second, unless the job jumped 10 points or finished.
      if (p !== 100 && now - lastWrite < PROGRESS_EVERY_MS && Math.abs(p - lastPercent) < 10) return;
      lastWrite = now;
      lastPercent = p;
      await db.updateTable('jobs').set({ progress: p, message: message?.slice(0, 500) ?? null, ...renew() }).where('id', '=', row.id).where('status', '=', 'running').execute();
    },
  };
  try {
    const result = await handler(ctx);
    await db
      .updateTable('jobs')
      .set({ status: 'done', progress: 100, message: null, result: JSON.stringify(result ?? null), finished_at: nowIso(), locked_by: null, locked_until: null })
      .where('id', '=', row.id)
      .execute();
    return { ok: true };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db
      .updateTable('jobs')
      .set({ status: 'failed', error: error.slice(0, 4000), finished_at: nowIso(), locked_by: null, locked_until: null })
      .where('id', '=', row.id)
      .execute();
    return { ok: false, error };
  }
}
