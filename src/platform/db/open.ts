// Opens the platform database: SQLite by default (<data>/faceaudit.db, created with its folder), PostgreSQL when
// a URL is given or DATABASE_URL is set. Migrates to the latest version unless told not to.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import type { Database } from './schema.js';
import { MIGRATIONS } from './migrations/index.js';
import { isPostgres } from './dialect.js';
import { dataDir } from '../config.js';

export type Db = Kysely<Database>;

export interface OpenOptions {
  /** postgres://… URL. Default: DATABASE_URL; when neither is set, SQLite. */
  url?: string;
  /** SQLite file. Default: <FACEAUDIT_DATA_DIR or ./data>/faceaudit.db */
  file?: string;
  /** PostgreSQL schema to use (created when missing). Default: FACEAUDIT_DB_SCHEMA, then public. */
  schema?: string;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /** Pool size for PostgreSQL (default 10). */
  poolSize?: number;
}

/** SQLite transactions start with BEGIN IMMEDIATE: they take the write lock up front (waiting up to busy_timeout)
 *  instead of failing with SQLITE_BUSY when a read turns into a write while another process writes. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.sqlite });
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function openSqlite(file: string): Db {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = FULL');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
}

/** host:port/database of a URL, without the password, for error messages. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}

async function openPostgres(url: string, schema: string | undefined, poolSize: number): Promise<Db> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  // Connect once up front: a wrong URL or a server that is down gets one clear message, not a migration error.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    if (schema !== undefined) await client.query(`create schema if not exists ${schema}`);
  } catch (e) {
    throw new Error(`cannot connect to PostgreSQL at ${where(url)} (DATABASE_URL): ${(e as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Brings the schema to the latest migration. Safe to run from several processes at once (migration lock). */
export async function migrate(db: Db, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    // Pin the bookkeeping tables to our schema: kysely otherwise finds them in any schema on the server.
    ...(isPostgres(db) ? { migrationTableSchema: schema ?? 'public' } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Opens (and by default migrates) the database. Close it with `db.destroy()`. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  const url = opts.url ?? (process.env.DATABASE_URL || undefined);
  const schema = opts.schema ?? (process.env.FACEAUDIT_DB_SCHEMA || undefined);
  const db = url ? await openPostgres(url, schema, opts.poolSize ?? 10) : openSqlite(resolve(opts.file ?? resolve(dataDir(), 'faceaudit.db')));
  if (opts.migrate !== false) {
    try {
      await migrate(db, schema);
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  return db;
}
