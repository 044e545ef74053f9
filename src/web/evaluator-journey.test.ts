// The evaluator journey in a real browser (playwright-core driving Debian's Chromium), starting from nothing:
// a company registers itself (/register), writes its subject in the YAML editor (an error shown with its line,
// then saved), grants it to an evaluator organisation; the evaluator logs in, runs an assessment, records a pass
// and a fail with notes on the checklist, re-runs the assessment (the results now decide those checks) and
// signs it off; the company sees the sign-off. Screenshots as in journeys.test.ts (FACEAUDIT_SCREENSHOT_DIR).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Assessment } from '../engine/assessment.js';
import { addMembership, createOrganization, createUser } from '../platform/index.js';
import { launchChromium } from '../reports/browser.js';
import { testServer, type TestServer } from '../server/test-support.js';
import { starterSubject } from '../subject/starter.js';
import { clickAndLoad as clickAndLoadOf, openPage, removeShots, screenshotDir } from './journey-support.js';

const PASSWORD = 'journey-password-2026';
const ADMIN = 'admin@new-company.example.cn';
const EVALUATOR = 'inspector@evaluator.example.cn';
const shotDir = screenshotDir();

describe('browser: registration, subject editor, grant, evaluator inspection and sign-off', { timeout: 60_000 }, () => {
  let s: TestServer;
  let base: string;
  let browser: Browser;
  const errors: string[] = [];

  const shot = async (page: Page, name: string) => page.screenshot({ path: join(shotDir, `${name}.png`), fullPage: true });

  const newPage = async (): Promise<Page> => (await openPage(browser, base, errors)).page;
  const clickAndLoad = (page: Page, selector: string) => clickAndLoadOf(page, selector, 15_000);

  before(async () => {
    s = await testServer('sqlite', { secureCookies: false });
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    const db = s.platform.db;
    const org = await createOrganization(db, { kind: 'evaluator', name: '示例测评中心' });
    const u = await createUser(db, { email: EVALUATOR, name: '赵评估师', password: PASSWORD });
    await addMembership(db, { userId: u.id, orgId: org.id, role: 'evaluator' }, null);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await s?.close();
    removeShots(shotDir);
  });

  test('company registers, writes its subject, grants it; the evaluator inspects and signs off; the company sees it', async () => {
    // Registration, then logged in as the new admin.
    const company = await newPage();
    await company.goto(`${base}/login`);
    await Promise.all([company.waitForURL(/\/register$/), company.click('a[href="/register"]')]);
    const reg = '[data-testid=register-form]';
    await company.fill(`${reg} [name=name]`, '新注册科技有限公司');
    await company.fill(`${reg} [name=creditCode]`, '91440300MA5FXXXX1X');
    await company.fill(`${reg} [name=province]`, '示例省');
    await company.fill(`${reg} [name=city]`, '示例市');
    await company.fill(`${reg} [name="admin.name"]`, '刘管理');
    await company.fill(`${reg} [name="admin.email"]`, ADMIN);
    await company.fill(`${reg} [name="admin.password"]`, PASSWORD);
    await shot(company, 'd1-register');
    await Promise.all([company.waitForURL(/\/dashboard$/), company.click(`${reg} button[type=submit]`)]);
    assert.match((await company.locator('header .who').textContent()) ?? '', /新注册科技有限公司 · 公司管理员/);

    // Admin pages: add a member; create an API token (shown once, works as Bearer), then revoke it.
    await company.click('nav.main a[href="/members"]');
    await company.fill('[data-testid=add-member] [name=name]', '孙成员');
    await company.fill('[data-testid=add-member] [name=email]', 'member@new-company.example.cn');
    await company.fill('[data-testid=add-member] [name=password]', PASSWORD);
    await clickAndLoad(company, '[data-testid=add-member] button[type=submit]');
    assert.match((await company.locator('tr[data-member="member@new-company.example.cn"]').textContent()) ?? '', /孙成员.*公司成员/s);
    await company.click('nav.main a[href="/tokens"]');
    await company.fill('[data-testid=create-token] [name=name]', 'CI 流水线');
    await company.click('[data-testid=create-token] button[type=submit]');
    const tokenBox = company.locator('[data-testid=new-token]');
    await tokenBox.filter({ hasText: /^fa_tok_/ }).waitFor();
    const token = (await tokenBox.textContent())!;
    const me = await company.request.get(`${base}/api/me`, { headers: { authorization: `Bearer ${token}`, cookie: '' } });
    assert.equal(me.status(), 200);
    await company.reload();
    assert.equal(await company.locator('[data-testid=new-token]').textContent(), '', 'shown only once');
    await clickAndLoad(company, 'tr[data-token] button[data-api^="DELETE"]');
    assert.match((await company.locator('tr[data-token]').textContent()) ?? '', /已撤销/);
    assert.equal((await company.request.get(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status(), 401);
    await company.goto(`${base}/dashboard`);

    // The subject editor: the init starter; an error comes back with its line and field; the fix saves.
    await Promise.all([company.waitForURL(/\/subjects\/new$/), company.click('[data-testid=new-subject]')]);
    const starter = starterSubject();
    assert.equal(await company.inputValue('textarea[name=yaml]'), starter);
    const bad = starter.replace('type: remote-verification', 'type: teleport');
    const line = bad.split('\n').findIndex((l) => l.includes('type: teleport')) + 1;
    await company.fill('textarea[name=yaml]', bad);
    await company.click('[data-testid=save-subject]');
    const msg = company.locator('[data-testid=subject-form] [data-msg].err');
    await msg.waitFor();
    assert.match((await msg.textContent()) ?? '', new RegExp(`第 ${line} 行第 \\d+ 列 deployments\\[0\\]\\.scenarios\\[0\\]\\.type`));
    await shot(company, 'd2-subject-error');
    await company.fill('textarea[name=yaml]', starter.replace('name: 示例公司', 'name: 新注册科技有限公司'));
    await company.fill('input[name=name]', '刷脸登录');
    await Promise.all([company.waitForURL(/\/subjects\/[0-9a-f-]+\/edit$/), company.click('[data-testid=save-subject]')]);
    const subjectId = company.url().split('/').slice(-2)[0]!;
    assert.match(await company.inputValue('textarea[name=yaml]'), /name: 新注册科技有限公司/);

    // Grant it to the evaluator organisation.
    await company.click('nav.tabs a[href$="/grants"]');
    await company.selectOption('[data-testid=grant-form] select', { label: '示例测评中心' });
    await clickAndLoad(company, '[data-testid=grant-form] button[type=submit]');
    assert.match((await company.locator('tr[data-grant]').textContent()) ?? '', /示例测评中心.*有效/s);
    await shot(company, 'd3-grant');

    // The evaluator: sees the subject, runs an assessment, records a pass and a fail on the checklist.
    const ev = await newPage();
    await ev.goto(`${base}/login`);
    await ev.fill('input[name=email]', EVALUATOR);
    await ev.fill('input[name=password]', PASSWORD);
    await Promise.all([ev.waitForURL(/\/dashboard$/), ev.click('button[type=submit]')]);
    assert.match((await ev.locator('main').textContent()) ?? '', /刷脸登录/);
    await ev.goto(`${base}/subjects/${subjectId}/assessments`);
    await Promise.all([ev.waitForURL(/\/assessments\/[0-9a-f-]+$/), ev.click('[data-testid=run-assessment]')]);
    await ev.click('nav.tabs a[href$="/checklist"]');
    const pending = ev.locator('section[data-rule]:has(.v-manual)');
    assert.ok((await pending.count()) >= 2, 'the assessment left manual checks to inspect');
    const record = async (n: number, verdict: 'pass' | 'fail', note: string) => {
      const sec = pending.nth(n);
      const checkId = ((await sec.locator('li code').first().textContent()) ?? '').trim();
      await sec.locator('select[name=check]').selectOption(checkId);
      await sec.locator(`input[name=verdict][value=${verdict}]`).check();
      await sec.locator('input[name=note]').fill(note);
      const rule = await sec.getAttribute('data-rule');
      await clickAndLoad(ev, `section[data-rule="${rule}"] form button[type=submit]`);
      return { checkId, rule: rule! };
    };
    const passed = await record(0, 'pass', '现场查验：提供了非人脸的替代方式。');
    const failed = await record(1, 'fail', '现场查验：未见显著提示。');
    assert.notEqual(passed.rule, failed.rule);
    assert.match((await ev.locator(`section[data-rule="${failed.rule}"]`).textContent()) ?? '', /未见显著提示/);
    await shot(ev, 'd4-checklist');

    // Re-run: the recorded results now decide those checks; sign off.
    await ev.click('nav.tabs a[href$="/assessments"]');
    await Promise.all([ev.waitForURL(/\/assessments\/[0-9a-f-]+$/), ev.click('[data-testid=run-assessment]')]);
    const assessmentId = ev.url().split('/').pop()!;
    await ev.locator(`tr[data-check="${failed.checkId}"]`).waitFor();
    const stored = await s.platform.db.selectFrom('assessments').select('data').where('id', '=', assessmentId).executeTakeFirstOrThrow();
    const all = (JSON.parse(stored.data) as Assessment).rules.flatMap((r) => r.findings);
    assert.ok(all.some((f) => f.checkId === passed.checkId && f.verdict === 'pass'), `${passed.checkId} passes after the inspection`);
    assert.ok(all.some((f) => f.checkId === failed.checkId && f.verdict === 'fail'), `${failed.checkId} fails after the inspection`);
    await clickAndLoad(ev, 'button[data-api$="/sign-off"]');
    assert.match((await ev.locator('main').textContent()) ?? '', /已签署/);
    await shot(ev, 'd5-signed-off');

    // The company sees the sign-off.
    await company.goto(`${base}/subjects/${subjectId}/assessments`);
    const row = company.locator('table tr', { has: company.locator(`a[href="/assessments/${assessmentId}"]`) });
    assert.match((await row.locator('td').nth(2).textContent()) ?? '', /^\d{4}-\d{2}-\d{2}T/);
    await company.goto(`${base}/assessments/${assessmentId}`);
    assert.match((await company.locator('main').textContent()) ?? '', /已签署: \d{4}-/);
    assert.equal(await company.locator('button[data-api$="/sign-off"]').count(), 0, 'the company cannot sign off');
    await shot(company, 'd6-company-sees-sign-off');
    assert.deepEqual(errors, []);
  });
});
