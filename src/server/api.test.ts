// Login, CSRF, API tokens, rate limit, OpenAPI, upload limits, analysis jobs and the filing journey over HTTP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { corpusDir, projectRoot } from '../core/paths.js';
import { waitForJob } from '../platform/index.js';
import { SEED_PASSWORD, seedWorld, type World } from '../platform/testing.js';
import { call, multipart, sessionFor, testServer, type TestServer, type Who } from './test-support.js';

const sample = (name: string) => join(projectRoot(), 'examples', 'evidence', name);

describe('server [sqlite]', () => {
  let s: TestServer;
  let w: World;
  let admin: Who;
  before(async () => {
    s = await testServer('sqlite', { loginRateLimit: { max: 3, timeWindowMs: 60_000 }, maxUploadBytes: 2.5 * 1024 * 1024 }, { jobs: true });
    w = await seedWorld(s.platform.db);
    admin = await sessionFor(s.platform, 'adminA', w.companyA.admin);
  });
  after(async () => s?.close());

  test('login sets a Secure HttpOnly SameSite=Strict cookie; CSRF is required for changes; logout ends the session', async () => {
    const email = (await s.platform.db.selectFrom('users').select('email').where('id', '=', w.companyA.member.userId).executeTakeFirstOrThrow()).email;
    const res = await s.app.inject({ method: 'POST', url: '/api/login', payload: { email, password: SEED_PASSWORD } });
    assert.equal(res.statusCode, 200, res.body);
    const setCookie = String(res.headers['set-cookie']);
    assert.match(setCookie, /fa_session=fa_ses_/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /Secure/);
    assert.match(setCookie, /SameSite=Strict/);
    const cookie = /fa_session=([^;]+)/.exec(setCookie)![1]!;
    const csrf = res.json().csrfToken as string;
    const me: Who = { name: 'member', cookie, csrf };
    assert.equal((await call(s.app, me, 'GET', '/api/me')).json().actor.role, 'member');
    const url = `/api/subjects/${w.companyA.subject.id}/rectifications`;
    assert.equal((await call(s.app, { name: 'no csrf', cookie }, 'POST', url, { ruleId: 'FR-05' })).statusCode, 403);
    assert.equal((await call(s.app, { name: 'bad csrf', cookie, csrf: 'x'.repeat(43) }, 'POST', url, { ruleId: 'FR-05' })).statusCode, 403);
    assert.equal((await call(s.app, me, 'POST', url, { ruleId: 'FR-05' })).statusCode, 201);
    assert.equal((await call(s.app, me, 'POST', '/api/logout')).statusCode, 200);
    assert.equal((await call(s.app, me, 'GET', '/api/me')).statusCode, 401);
  });

  test('wrong passwords are refused and login is rate limited', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await s.app.inject({ method: 'POST', url: '/api/login', remoteAddress: '10.0.0.9', payload: { email: 'nobody@example.cn', password: 'wrong password' } })).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
  });

  test('API tokens: read scope may only GET, write scope may change; revoked tokens stop working', async () => {
    const read = (await call(s.app, admin, 'POST', '/api/tokens', { name: 'ci-read', scopes: ['read'] })).json();
    const write = (await call(s.app, admin, 'POST', '/api/tokens', { name: 'ci', scopes: ['write'] })).json();
    const r: Who = { name: 'read', bearer: read.token };
    const wr: Who = { name: 'write', bearer: write.token };
    const url = `/api/subjects/${w.companyA.subject.id}/assessments`;
    assert.equal((await call(s.app, r, 'GET', url)).statusCode, 200);
    assert.equal((await call(s.app, r, 'POST', url, {})).statusCode, 403);
    assert.equal((await call(s.app, wr, 'POST', url, {})).statusCode, 201);
    assert.equal((await call(s.app, wr, 'POST', '/api/tokens', { name: 'x', scopes: ['read'] })).statusCode, 403);
    assert.equal((await call(s.app, admin, 'DELETE', `/api/tokens/${write.info.id}`)).statusCode, 200);
    assert.equal((await call(s.app, wr, 'GET', url)).statusCode, 401);
  });

  test('OpenAPI is generated from the route schemas', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    assert.equal(doc.openapi, '3.0.3');
    const paths = Object.keys(doc.paths);
    assert.ok(paths.length >= 30, `${paths.length} paths`);
    for (const p of ['/api/login', '/api/subjects/{id}/evidence', '/api/filings/{id}/submit', '/api/assessments/{id}/export', '/api/jobs/{id}']) assert.ok(paths.includes(p), p);
    assert.ok(doc.paths['/api/filings/{id}/return'].post.requestBody, 'body schema documented');
  });

  test('uploads: type judged by content (415), size limit (413), nothing stored for refused files', async () => {
    const url = `/api/subjects/${w.companyA.subject.id}/evidence?kind=FIL-05`;
    const before = await s.platform.db.selectFrom('evidence_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const fake = multipart('承诺书.pdf', Buffer.from('this is not a pdf at all'));
    const r1 = await call(s.app, admin, 'POST', url, undefined, fake);
    assert.equal(r1.statusCode, 415, r1.body);
    const big = multipart('big.pdf', Buffer.concat([readFileSync(sample('notice.pdf')), Buffer.alloc(3 * 1024 * 1024)]));
    const r2 = await call(s.app, admin, 'POST', url, undefined, big);
    assert.equal(r2.statusCode, 413, r2.body);
    const afterCount = await s.platform.db.selectFrom('evidence_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
    const ok = await call(s.app, admin, 'POST', url, undefined, multipart('承诺书.pdf', readFileSync(sample('notice.pdf'))));
    assert.equal(ok.statusCode, 201, ok.body);
    const dl = await call(s.app, admin, 'GET', `/api/evidence/${ok.json().evidence.id}/download`);
    assert.deepEqual(dl.rawPayload, readFileSync(sample('notice.pdf')));
    assert.match(String(dl.headers['content-disposition']), /filename\*=UTF-8''%E6%89%BF/);
  });

  test('policy and app analysis run as jobs with progress; the assessment then uses their artifacts', async () => {
    const policy = corpusDir('policies', 'drun-face-id-rules.md');
    const apk = corpusDir('apps', 'mlkit-face-detection-demo.apk');
    const sid = w.companyA.subject.id;
    const p = await call(s.app, admin, 'POST', `/api/subjects/${sid}/evidence?kind=privacy-policy&analyze=true`, undefined, multipart('隐私政策.md', readFileSync(policy)));
    assert.equal(p.statusCode, 201, p.body);
    const a = await call(s.app, admin, 'POST', `/api/subjects/${sid}/evidence?kind=app-package&analyze=true`, undefined, multipart('demo.apk', readFileSync(apk)));
    assert.equal(a.statusCode, 201, a.body);
    for (const id of [p.json().jobId, a.json().jobId]) {
      const done = await waitForJob(s.platform.queue, id, 60_000);
      assert.equal(done.status, 'done', JSON.stringify(done));
      const seen = (await call(s.app, admin, 'GET', `/api/jobs/${id}`)).json();
      assert.equal(seen.progress, 100);
    }
    const asm = await call(s.app, admin, 'POST', `/api/subjects/${sid}/assessments`, {});
    const full = (await call(s.app, admin, 'GET', `/api/assessments/${asm.json().id}`)).json();
    const kinds = (full.assessment.inputs as { kind: string }[]).map((i) => i.kind);
    assert.ok(kinds.includes('policy') && kinds.includes('app'), JSON.stringify(full.assessment.inputs));
    const html = await call(s.app, admin, 'GET', `/api/assessments/${asm.json().id}/export?format=html`);
    assert.match(html.body, /<html/);
    const xlsx = await call(s.app, admin, 'GET', `/api/assessments/${asm.json().id}/export?format=xlsx`);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
  });
});
