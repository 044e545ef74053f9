// Server-side checks of the web UI without a browser: escaping, login redirects, language choice, the access
// checks pages inherit from the API (another company's subject is a 404 page), and no open redirect.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createOrganization, createSubject } from '../platform/index.js';
import { exampleSubjectData, seedWorld, type World } from '../platform/testing.js';
import { call, sessionFor, testServer, type TestServer, type Who } from '../server/test-support.js';
import { starterSubject } from '../subject/starter.js';
import { html } from './html.js';
import { safeNext } from './index.js';

const get = (s: TestServer, who: Who, url: string, cookies = '') =>
  s.app.inject({ method: 'GET', url, headers: { cookie: [who.cookie ? `fa_session=${who.cookie}` : '', cookies].filter(Boolean).join('; ') } });

test('html`` escapes every value unless it is markup from html``', () => {
  const name = '<script>alert("x")</script>';
  assert.equal(html`<p title="${name}">${name}</p>`.s, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  assert.equal(html`<ul>${['a&b', html`<li>ok</li>`]}</ul>`.s, '<ul>a&amp;b<li>ok</li></ul>');
  assert.deepEqual(['/dashboard', '//evil.example', '/\\evil', 'https://evil.example', undefined].map(safeNext), ['/dashboard', '/', '/', '/', '/']);
});

describe('web pages [sqlite]', () => {
  let s: TestServer;
  let w: World;
  let adminA: Who;
  let adminB: Who;
  before(async () => {
    s = await testServer('sqlite');
    w = await seedWorld(s.platform.db);
    adminA = await sessionFor(s.platform, 'adminA', w.companyA.admin);
    adminB = await sessionFor(s.platform, 'adminB', w.companyB.admin);
  });
  after(async () => s?.close());

  test('anonymous visitors are sent to the login page, which keeps a safe next', async () => {
    const r = await get(s, { name: 'anon' }, `/subjects/${w.companyA.subject.id}/questionnaire`);
    assert.equal(r.statusCode, 302);
    assert.equal(r.headers.location, `/login?next=${encodeURIComponent(`/subjects/${w.companyA.subject.id}/questionnaire`)}`);
    const login = await get(s, { name: 'anon' }, '/login?next=//evil.example');
    assert.equal(login.statusCode, 200);
    assert.match(login.body, /data-then="\/"/);
    assert.match(String(login.headers['content-security-policy']), /default-src 'self'/);
  });

  test('a subject name with markup is shown escaped; the CSRF token is in the page for the script', async () => {
    const data = exampleSubjectData() as { processor: { name: string } };
    const rec = await createSubject(s.platform.db, w.companyA.admin, { data, name: '<img src=x onerror=alert(1)>' });
    const r = await get(s, adminA, `/subjects/${rec.id}/questionnaire`);
    assert.equal(r.statusCode, 200);
    assert.ok(!r.body.includes('<img src=x'), 'no raw markup from data');
    assert.match(r.body, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(r.body, new RegExp(`<meta name="csrf-token" content="${adminA.csrf}">`));
    assert.ok(!/<script>/.test(r.body), 'no inline script');
  });

  test('pages go through the API checks: another company’s subject is a 404 page, a regulator has no questionnaire to edit', async () => {
    const r = await get(s, adminB, `/subjects/${w.companyA.subject.id}/questionnaire`);
    assert.equal(r.statusCode, 404);
    assert.match(r.body, /未找到，或您无权查看/);
    const dash = await get(s, adminB, '/dashboard');
    assert.ok(!dash.body.includes(w.companyA.subject.id), 'B’s dashboard does not list A’s subject');
    const reg = await sessionFor(s.platform, 'regulator', w.regulator.user);
    assert.equal((await get(s, reg, '/dashboard')).headers.location, '/review');
    assert.equal((await get(s, reg, '/statistics')).statusCode, 200);
  });

  test('registration page is public, has no CSRF meta, and a logged-in user is sent on', async () => {
    const r = await get(s, { name: 'anon' }, '/register');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /data-api="POST \/api\/organizations" data-login/);
    for (const f of ['name', 'creditCode', 'province', 'city', 'admin.name', 'admin.email', 'admin.password']) assert.match(r.body, new RegExp(`name="${f.replace('.', '\\.')}"`));
    assert.ok(!r.body.includes('csrf-token'));
    assert.equal((await get(s, adminA, '/register')).statusCode, 302);
  });

  test('admin pages: values escaped, CSRF token in the page for every form; a member gets 403 pages', async () => {
    const evil = '<img src=x onerror=alert(2)>';
    assert.equal((await call(s.app, adminA, 'POST', '/api/members', { email: 'evil-member@a.example.cn', name: evil, password: 'long-enough-pw', role: 'member' })).statusCode, 201);
    assert.equal((await call(s.app, adminA, 'POST', '/api/tokens', { name: evil, scopes: ['read'] })).statusCode, 201);
    await createOrganization(s.platform.db, { kind: 'evaluator', name: evil });
    const csrfMeta = new RegExp(`<meta name="csrf-token" content="${adminA.csrf}">`);
    for (const path of ['/members', '/tokens', `/subjects/${w.companyA.subject.id}/grants`, `/subjects/${w.companyA.subject.id}/edit`, '/subjects/new']) {
      const r = await get(s, adminA, path);
      assert.equal(r.statusCode, 200, path);
      assert.match(r.body, csrfMeta, path);
      assert.match(r.body, /<form [^>]*data-api="(POST|PUT) /, path);
      assert.ok(!r.body.includes('<img src=x'), `${path}: no raw markup from data`);
    }
    assert.match((await get(s, adminA, '/members')).body, /&lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match((await get(s, adminA, '/tokens')).body, /&lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match((await get(s, adminA, `/subjects/${w.companyA.subject.id}/grants`)).body, /<option value="[0-9a-f-]+">&lt;img src=x/);

    const member = await sessionFor(s.platform, 'memberA', w.companyA.member);
    for (const path of ['/members', `/subjects/${w.companyA.subject.id}/grants`]) {
      const r = await get(s, member, path);
      assert.equal(r.statusCode, 403, path);
      assert.match(r.body, /您的角色无权执行此操作/);
    }
    const memberDash = await get(s, member, '/dashboard');
    assert.ok(!memberDash.body.includes('href="/members"') && !memberDash.body.includes('/grants"'), 'no admin links for a member');
    assert.equal((await get(s, member, '/tokens')).statusCode, 200, 'every user manages their own tokens');
    assert.equal((await get(s, adminB, `/subjects/${w.companyA.subject.id}/edit`)).statusCode, 404);
  });

  test('subject editor: the starter saves; a YAML error comes back with its line and field; stale version 409; CSRF needed', async () => {
    const yamlPost = (who: Who, body: unknown, csrf = true, path = '/subjects/new/yaml', method: 'POST' | 'PUT' = 'POST') =>
      s.app.inject({ method, url: path, headers: { cookie: `fa_session=${who.cookie}`, ...(csrf ? { 'x-csrf-token': who.csrf! } : {}) }, payload: body as object });
    const starter = starterSubject();
    assert.match((await get(s, adminA, '/subjects/new')).body, /schemaVersion: 1/);

    assert.equal((await yamlPost(adminA, { yaml: starter }, false)).statusCode, 403, 'no CSRF header, refused');
    const bad = starter.replace('type: remote-verification', 'type: teleport');
    const line = bad.split('\n').findIndex((l) => l.includes('type: teleport')) + 1;
    const r = await yamlPost(adminA, { yaml: bad });
    assert.equal(r.statusCode, 422);
    const issue = r.json().extra.issues[0];
    assert.equal(issue.line, line);
    assert.equal(issue.path, 'deployments[0].scenarios[0].type');
    const broken = await yamlPost(adminA, { yaml: 'processor: [unclosed' });
    assert.equal(broken.statusCode, 422);
    assert.equal(broken.json().extra.issues[0].line, 1);

    const ok = await yamlPost(adminA, { yaml: starter, name: '新主体 <b>' });
    assert.equal(ok.statusCode, 201);
    const id = ok.json().id as string;
    const edit = await get(s, adminA, `/subjects/${id}/edit`);
    assert.match(edit.body, /新主体 &lt;b&gt;/);
    assert.match(edit.body, /name="expectedVersion" value="1"/);
    const changed = starter.replace('name: 人脸核验', 'name: 门禁核验');
    const put = await yamlPost(adminA, { yaml: changed, expectedVersion: 1 }, true, `/subjects/${id}/yaml`, 'PUT');
    assert.equal(put.statusCode, 200);
    assert.equal(put.json().subject.deployments[0].scenarios[0].name, '门禁核验');
    assert.equal((await yamlPost(adminA, { yaml: changed, expectedVersion: 1 }, true, `/subjects/${id}/yaml`, 'PUT')).statusCode, 409);
    assert.equal((await yamlPost(adminB, { yaml: changed, expectedVersion: 2 }, true, `/subjects/${id}/yaml`, 'PUT')).statusCode, 404, 'the API’s tenant check');
    const evaluator = await sessionFor(s.platform, 'evaluator', w.evaluator.user);
    assert.equal((await yamlPost(evaluator, { yaml: starter })).statusCode, 403, 'an evaluator creates no subjects');
  });

  test('Chinese by default; ?lang=en switches and is remembered in a cookie', async () => {
    assert.match((await get(s, adminA, '/dashboard')).body, /<h1>工作台<\/h1>/);
    const en = await get(s, adminA, '/dashboard?lang=en');
    assert.match(en.body, /<h1>Dashboard<\/h1>/);
    const cookie = /fa_lang=en/.exec(String(en.headers['set-cookie']));
    assert.ok(cookie);
    assert.match((await get(s, adminA, '/dashboard', 'fa_lang=en')).body, /<h1>Dashboard<\/h1>/);
  });
});
