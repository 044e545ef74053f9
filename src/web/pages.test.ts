// Server-side checks of the web UI without a browser: escaping, login redirects, language choice, the access
// checks pages inherit from the API (another company's subject is a 404 page), and no open redirect.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSubject } from '../platform/index.js';
import { exampleSubjectData, seedWorld, type World } from '../platform/testing.js';
import { sessionFor, testServer, type TestServer, type Who } from '../server/test-support.js';
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

  test('Chinese by default; ?lang=en switches and is remembered in a cookie', async () => {
    assert.match((await get(s, adminA, '/dashboard')).body, /<h1>工作台<\/h1>/);
    const en = await get(s, adminA, '/dashboard?lang=en');
    assert.match(en.body, /<h1>Dashboard<\/h1>/);
    const cookie = /fa_lang=en/.exec(String(en.headers['set-cookie']));
    assert.ok(cookie);
    assert.match((await get(s, adminA, '/dashboard', 'fa_lang=en')).body, /<h1>Dashboard<\/h1>/);
  });
});
