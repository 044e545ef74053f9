// Opens everything the server and the worker share: the database (migrated), the evidence store (key loaded,
// orphans swept) and the job queue.
import { openDatabase, type Db, type OpenOptions } from './db/open.js';
import { EvidenceStore, type Log } from './evidence-store.js';
import { createJobQueue } from './jobs/index.js';
import type { JobQueue } from './jobs/queue.js';

export interface Platform {
  db: Db;
  store: EvidenceStore;
  queue: JobQueue;
  /** Stops the queue and closes the database. */
  close(): Promise<void>;
}

export interface PlatformOptions extends OpenOptions {
  /** Evidence folder (default <data>/evidence). */
  evidenceDir?: string;
  /** Evidence key (default: FACEAUDIT_KEY or the key file). */
  key?: Buffer;
  keyFile?: string;
  /** pg-boss schema (default pgboss). */
  pgbossSchema?: string;
  /** Queue poll interval in ms. */
  pollMs?: number;
  log?: Log;
}

export async function openPlatform(opts: PlatformOptions = {}): Promise<Platform> {
  const db = await openDatabase(opts);
  try {
    const store = await EvidenceStore.open({
      ...(opts.evidenceDir ? { dir: opts.evidenceDir } : {}),
      ...(opts.key ? { key: opts.key } : {}),
      ...(opts.keyFile ? { keyFile: opts.keyFile } : {}),
      ...(opts.log ? { log: opts.log } : {}),
    });
    await store.sweepOrphans(db);
    const url = opts.url ?? (process.env.DATABASE_URL || undefined);
    const queue = createJobQueue(db, { ...(url ? { url } : {}), ...(opts.pgbossSchema ? { pgbossSchema: opts.pgbossSchema } : {}), ...(opts.pollMs ? { pollMs: opts.pollMs } : {}) });
    return {
      db,
      store,
      queue,
      async close() {
        await queue.stop();
        await db.destroy();
      },
    };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}
