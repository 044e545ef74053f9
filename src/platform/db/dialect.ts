import { PostgresAdapter, type Kysely } from 'kysely';

/** True when the Kysely instance (or transaction) talks to PostgreSQL; false for SQLite. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
