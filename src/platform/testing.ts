// Test support for the storage tests: runs a suite against SQLite (a temp file) and PostgreSQL (TEST_DATABASE_URL,
// one schema per database, dropped afterwards), and seeds organisations, users and subjects quickly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { projectRoot } from '../core/paths.js';
import { loadSubject } from '../subject/load.js';
import { actorFor, type Actor } from './access.js';
import { hashPassword } from './crypto/passwords.js';
import { openDatabase, type Db } from './db/open.js';
import type { OrgKind, Role } from './db/schema.js';
import { newId, nowIso } from './db/util.js';
import { createOrganization } from './repo/organizations.js';
import { createSubject, type SubjectRecord } from './repo/subjects.js';

export type DbKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DbKind;
  db: Db;
  /** PostgreSQL URL and schema, for code that opens its own connections (pg-boss, child processes). */
  url?: string;
  schema?: string;
  /** SQLite file (sqlite only). */
  file?: string;
  /** A private temp folder for this database's files (evidence store, keys). */
  dir: string;
}

const PG_URL = process.env.TEST_DATABASE_URL || undefined;
const REQUIRE_PG = process.env.FACEAUDIT_REQUIRE_PG === '1';
const SKIP_PG = 'TEST_DATABASE_URL is not set: PostgreSQL half skipped (eval "$(bash scripts/ci-postgres.sh)" to run it)';

/** A fresh, migrated database of the kind; `close` destroys it (drops the PostgreSQL schema). */
export async function freshDatabase(kind: DbKind): Promise<TestDatabase & { close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'faceaudit-store-'));
  if (kind === 'sqlite') {
    const file = join(dir, 'data', 'faceaudit.db');
    const db = await openDatabase({ file, url: '' });
    return {
      kind,
      db,
      file,
      dir,
      async close() {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!PG_URL) throw new Error(SKIP_PG);
  const schema = `t_${newId().replace(/-/g, '').slice(0, 16)}`;
  const db = await openDatabase({ url: PG_URL, schema, poolSize: 4 });
  return {
    kind,
    db,
    url: PG_URL,
    schema,
    dir,
    async close() {
      await db.destroy();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.query(`drop schema if exists ${schema}_boss cascade`);
      } finally {
        await c.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Declares `body` once per database kind, each in its own describe with its own fresh database (available as
 * `get()` inside tests). Without TEST_DATABASE_URL the PostgreSQL half is skipped with a reason, or fails when
 * FACEAUDIT_REQUIRE_PG=1 (CI).
 */
export function eachDatabase(title: string, body: (get: () => TestDatabase, kind: DbKind) => void): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !PG_URL) {
      if (REQUIRE_PG) {
        test(`${title} [postgres]`, () => {
          throw new Error('FACEAUDIT_REQUIRE_PG=1 but TEST_DATABASE_URL is not set: run eval "$(bash scripts/ci-postgres.sh)" first');
        });
      } else {
        describe(`${title} [postgres]`, { skip: SKIP_PG }, () => undefined);
      }
      continue;
    }
    describe(`${title} [${kind}]`, () => {
      let current: (TestDatabase & { close(): Promise<void> }) | undefined;
      const get = (): TestDatabase => {
        if (!current) throw new Error('the database did not open (see the first failure)');
        return current;
      };
      before(async () => {
        current = await freshDatabase(kind);
      });
      after(async () => {
        await current?.close();
      });
      body(get, kind);
    });
  }
}

// ---- Seeding -------------------------------------------------------------------------------------------------

let fastHash: Promise<string> | undefined;
/** The password every seeded user has. */
export const SEED_PASSWORD = 'correct horse battery';

/** A user with a membership, inserted directly (one shared scrypt hash keeps seeding fast). */
export async function seedUser(db: Db, orgId: string, role: Role, name: string = role): Promise<Actor> {
  fastHash ??= hashPassword(SEED_PASSWORD);
  const id = newId();
  await db.insertInto('users').values({ id, email: `${name}-${id.slice(0, 8)}@example.cn`, name, password_hash: await fastHash, locale: 'zh', created_at: nowIso(), disabled_at: null }).execute();
  await db.insertInto('memberships').values({ user_id: id, org_id: orgId, role, created_at: nowIso() }).execute();
  return (await actorFor(db, id, orgId))!;
}

export async function seedOrg(db: Db, kind: OrgKind, name: string, province = '广东省'): Promise<string> {
  return (await createOrganization(db, { kind, name, province })).id;
}

/** A valid subject (examples/community-before.yaml) for a company. */
export function exampleSubjectData(name = 'community-before'): unknown {
  return loadSubject(join(projectRoot(), 'examples', `${name}.yaml`), { checkFiles: false }).subject;
}

export interface World {
  companyA: { orgId: string; admin: Actor; member: Actor; subject: SubjectRecord };
  companyB: { orgId: string; admin: Actor; subject: SubjectRecord };
  evaluator: { orgId: string; user: Actor };
  regulator: { orgId: string; user: Actor };
  otherRegulator: { orgId: string; user: Actor };
}

/** Two companies with a subject each (Guangdong), an evaluator, a Guangdong and a Zhejiang regulator. */
export async function seedWorld(db: Db): Promise<World> {
  const a = await seedOrg(db, 'company', 'A 公司');
  const b = await seedOrg(db, 'company', 'B 公司');
  const e = await seedOrg(db, 'evaluator', '评估机构');
  const r = await seedOrg(db, 'regulator', '广东省网信办', '广东省');
  const z = await seedOrg(db, 'regulator', '浙江省网信办', '浙江省');
  const adminA = await seedUser(db, a, 'admin');
  const adminB = await seedUser(db, b, 'admin');
  return {
    companyA: { orgId: a, admin: adminA, member: await seedUser(db, a, 'member'), subject: await createSubject(db, adminA, { data: exampleSubjectData() }) },
    companyB: { orgId: b, admin: adminB, subject: await createSubject(db, adminB, { data: exampleSubjectData('community-after') }) },
    evaluator: { orgId: e, user: await seedUser(db, e, 'evaluator') },
    regulator: { orgId: r, user: await seedUser(db, r, 'regulator') },
    otherRegulator: { orgId: z, user: await seedUser(db, z, 'regulator') },
  };
}
