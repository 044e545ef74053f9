// Smoke test of the server on PostgreSQL (TEST_DATABASE_URL): login, upload and download, assessment, filing
// visibility. Skipped without the URL, failed when FACEAUDIT_REQUIRE_PG=1 (CI), like the storage tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { projectRoot } from '../core/paths.js';
import { SEED_PASSWORD, seedWorld, type World } from '../platform/testing.js';
import { call, multipart, sessionFor, testServer, type TestServer } from './test-support.js';

const PG = process.env.TEST_DATABASE_URL;
const skip = PG ? false : process.env.FACEAUDIT_REQUIRE_PG === '1' ? false : 'TEST_DATABASE_URL is not set: PostgreSQL smoke test skipped';

describe('server on PostgreSQL', { skip }, () => {
  let s: TestServer;
  let w: World;
  before(async () => {
    if (!PG) throw new Error('FACEAUDIT_REQUIRE_PG=1 but TEST_DATABASE_URL is not set: run eval "$(bash scripts/ci-postgres.sh)" first');
    s = await testServer('postgres');
    w = await seedWorld(s.platform.db);
  });
  after(async () => s?.close());

  test('login, upload, download, assess, and tenant isolation', async () => {
    const email = (await s.platform.db.selectFrom('users').select('email').where('id', '=', w.companyA.admin.userId).executeTakeFirstOrThrow()).email;
    const login = await s.app.inject({ method: 'POST', url: '/api/login', payload: { email, password: SEED_PASSWORD } });
    assert.equal(login.statusCode, 200);
    const cookie = /fa_session=([^;]+)/.exec(String(login.headers['set-cookie']))![1]!;
    const a = { name: 'adminA', cookie, csrf: login.json().csrfToken as string };
    const pdf = readFileSync(join(projectRoot(), 'examples', 'evidence', 'pia-report.pdf'));
    const up = await call(s.app, a, 'POST', `/api/subjects/${w.companyA.subject.id}/evidence?kind=pia-report`, undefined, multipart('评估报告.pdf', pdf));
    assert.equal(up.statusCode, 201, up.body);
    assert.deepEqual((await call(s.app, a, 'GET', `/api/evidence/${up.json().evidence.id}/download`)).rawPayload, pdf);
    assert.equal((await call(s.app, a, 'POST', `/api/subjects/${w.companyA.subject.id}/assessments`, {})).statusCode, 201);
    const b = await sessionFor(s.platform, 'adminB', w.companyB.admin);
    assert.equal((await call(s.app, b, 'GET', `/api/evidence/${up.json().evidence.id}/download`)).statusCode, 404);
    assert.equal((await call(s.app, b, 'GET', `/api/subjects/${w.companyA.subject.id}`)).statusCode, 404);
  });
});
