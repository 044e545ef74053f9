import type { Db } from '../db/open.js';
import { isPostgres } from '../db/dialect.js';
import { PgBossJobQueue } from './pgboss-queue.js';
import { TableJobQueue } from './table-queue.js';
import type { JobQueue } from './queue.js';

/**
 * pg-boss when the database is PostgreSQL (url = its URL), the jobs-table queue otherwise. pg-boss keeps its
 * tables in `pgbossSchema`, default <FACEAUDIT_DB_SCHEMA>_boss when that is set, else pgboss.
 */
export function createJobQueue(db: Db, opts: { url?: string; pgbossSchema?: string; pollMs?: number } = {}): JobQueue {
  if (isPostgres(db)) {
    const url = opts.url ?? process.env.DATABASE_URL;
    if (!url) throw new Error('a PostgreSQL job queue needs the database URL');
    const dbSchema = process.env.FACEAUDIT_DB_SCHEMA;
    const schema = opts.pgbossSchema ?? (dbSchema ? `${dbSchema}_boss` : 'pgboss');
    return new PgBossJobQueue(db, { url, schema, ...(opts.pollMs ? { pollSeconds: opts.pollMs / 1000 } : {}) });
  }
  return new TableJobQueue(db, opts.pollMs ? { pollMs: opts.pollMs } : {});
}
