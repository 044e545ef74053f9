// The three journeys of the platform in a real browser (playwright-core driving Debian's Chromium) against the
// server listening on 127.0.0.1 with a temp SQLite database and the job runner on:
//  (a) the company fills part of the questionnaire, uploads a privacy policy and an APK from the corpus, waits
//      for the analysis jobs, runs an assessment, reads the report, turns a failure into a rectification item
//      and closes it after a passing re-check;
//  (b) the company builds the filing dossier (PDFs printed by Chromium, the XLSX forms from src/filing) and
//      submits it (全部完成);
//  (c) the regulator returns it with a reason, the company fixes it and resubmits, the regulator issues a number.
// Screenshots go to FACEAUDIT_SCREENSHOT_DIR when set (kept), else to a temp folder removed at the end.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../core/paths.js';
import { filingFormXlsx, processorFormXlsx } from '../filing/forms.js';
import { processorSubject } from '../filing/test-fixtures.js';
import { actorFor, addMembership, createOrganization, createSubject, createUser, type SubjectRecord } from '../platform/index.js';
import { launchChromium } from '../reports/browser.js';
import { testServer, type TestServer } from '../server/test-support.js';
import { clickAndLoad, openPage, removeShots, screenshotDir } from './journey-support.js';

const PASSWORD = 'journey-password-2026';
const COMPANY = 'company-admin@journey.example.cn';
const REGULATOR = 'reviewer@journey-cac.example.cn';
const shotDir = screenshotDir();

describe('browser journeys', { timeout: 120_000 }, () => {
  let s: TestServer;
  let base: string;
  let browser: Browser;
  let companyCtx: BrowserContext;
  let company: Page;
  let subject: SubjectRecord;
  let filingUrl = '';
  const errors: string[] = [];

  const shot = async (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(shotDir, `${name}.png`), fullPage });

  const newUserPage = () => openPage(browser, base, errors);

  async function login(page: Page, email: string): Promise<void> {
    await page.goto(`${base}/`);
    assert.match(page.url(), /\/login/);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type=submit]')]);
  }

  before(async () => {
    s = await testServer('sqlite', { secureCookies: false }, { jobs: true });
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    const db = s.platform.db;
    const org = await createOrganization(db, { kind: 'company', name: '示例物业服务有限公司', province: '示例省', city: '示例市' });
    const cac = await createOrganization(db, { kind: 'regulator', name: '示例省网信办', province: '示例省' });
    const u = await createUser(db, { email: COMPANY, name: '王经办', password: PASSWORD });
    await addMembership(db, { userId: u.id, orgId: org.id, role: 'admin' }, null);
    const r = await createUser(db, { email: REGULATOR, name: '陈审核员', password: PASSWORD });
    await addMembership(db, { userId: r.id, orgId: cac.id, role: 'regulator' }, null);
    subject = await createSubject(db, (await actorFor(db, u.id, org.id))!, { data: processorSubject(), name: '某小区人脸识别门禁' });
    browser = await launchChromium();
    ({ ctx: companyCtx, page: company } = await newUserPage());
  });

  after(async () => {
    await browser?.close();
    await s?.close();
    removeShots(shotDir);
  });

  test('(a) questionnaire, policy + APK analysis, assessment, report, rectification closed after re-check', async () => {
    const page = company;
    await login(page, COMPANY);
    assert.match(page.url(), /\/dashboard$/);
    assert.equal(await page.locator('h1').textContent(), '工作台');

    // English switch, remembered by cookie, then back to Chinese.
    await page.goto(`${base}/dashboard?lang=en`);
    assert.equal(await page.locator('h1').textContent(), 'Dashboard');
    await page.goto(`${base}/subjects/${subject.id}/questionnaire`);
    assert.match((await page.locator('h1').textContent()) ?? '', /Questionnaire/);
    await page.goto(`${base}/subjects/${subject.id}/questionnaire?lang=zh`);
    assert.match((await page.locator('h1').textContent()) ?? '', /自查问卷/);

    // Part of the questionnaire: one practice not in place (no), two in place; each saved with the subject's version.
    const answer = async (id: string, value: string) => {
      await page.check(`[data-question="${id}"] input[value="${value}"]`);
      await page.locator(`[data-status-for="${id}"]`).filter({ hasText: '已保存' }).waitFor();
    };
    await answer('Q-PI10-BACKEND-SHARING', 'no');
    await answer('Q-FR07-RIGHTS', 'yes');
    await answer('Q-FR08-RECORDS', 'yes');
    assert.ok(await page.locator('[data-question="Q-FR07-RIGHTS"] details').count(), 'help (查验方法) shown');
    await shot(page, 'a1-questionnaire', false);
    const saved = await s.app.inject({ method: 'GET', url: `/api/subjects/${subject.id}`, headers: { cookie: (await companyCtx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
    assert.equal(saved.json().subject.answers['Q-PI10-BACKEND-SHARING'], 'no');
    assert.equal(saved.json().version, subject.version + 3);

    // Uploads: the privacy policy and the APK, each analysed in a job with a progress bar.
    await page.click('nav.tabs a[href$="/evidence"]');
    const upload = async (kind: string, file: string, name: string) => {
      await page.selectOption('[data-testid=upload-form] select[name=kind]', kind);
      await page.setInputFiles('[data-testid=upload-form] input[type=file]', file);
      await page.click('[data-testid=upload-form] button[type=submit]');
      await page.locator('[data-testid=upload-form] [data-progress]:not([hidden])').waitFor({ timeout: 30_000 });
      if (kind === 'app-package') await shot(page, 'a2-upload-progress');
      await page.locator('tr[data-evidence]', { hasText: name }).waitFor({ timeout: 60_000 });
    };
    await upload('privacy-policy', corpusDir('policies', 'drun-face-id-rules.md'), 'drun-face-id-rules.md');
    await upload('app-package', corpusDir('apps', 'mlkit-face-detection-demo.apk'), 'mlkit-face-detection-demo.apk');
    await shot(page, 'a3-evidence');

    // Assessment: run, see counts, failures, obligations; the report; downloads.
    await page.click('nav.tabs a[href$="/assessments"]');
    await Promise.all([page.waitForURL(/\/assessments\/[0-9a-f-]+$/), page.click('[data-testid=run-assessment]')]);
    const assessmentUrl = page.url();
    const failRow = page.locator('tr[data-check="PI-10.backend"]');
    await failRow.waitFor();
    assert.ok(Number(await page.locator('[data-count=fail]').first().textContent()) >= 1);
    await shot(page, 'a4-assessment', false);
    const inputs = await s.platform.db.selectFrom('assessments').select('data').executeTakeFirstOrThrow();
    const kinds = (JSON.parse(inputs.data).inputs as { kind: string }[]).map((i) => i.kind);
    assert.ok(kinds.includes('policy') && kinds.includes('app'), `the assessment used both analyses: ${kinds.join(',')}`);

    await page.click('[data-testid=view-report]');
    assert.match((await page.content()).slice(0, 2000), /<html/);
    assert.ok(await page.locator('text=PI-10').count(), 'the report lists PI-10');
    await shot(page, 'a5-report', false);
    const id = assessmentUrl.split('/').pop()!;
    const xlsx = await page.request.get(`${base}/api/assessments/${id}/export?format=xlsx`);
    assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK');
    const pdf = await page.request.get(`${base}/api/assessments/${id}/export?format=pdf`);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await page.goto(assessmentUrl);

    // Rectification: create from the failure, set owner/due/status, fix the answer, re-check, close.
    await Promise.all([page.waitForURL(/\/rectifications$/), failRow.locator('button').click()]);
    const item = page.locator('section[data-check="PI-10.backend"]');
    await item.locator('input[name=owner]').fill('李专员');
    await item.locator('input[name=dueOn]').fill('2026-08-31');
    await item.locator('select[name=status]').selectOption('in-progress');
    await clickAndLoad(page, 'section[data-check="PI-10.backend"] form button[type=submit]');
    assert.equal(await item.locator('input[name=owner]').inputValue(), '李专员');
    // Marking it verified before a passing re-check is refused by the API, and the page says so.
    await item.locator('select[name=status]').selectOption('verified');
    await item.locator('form button[type=submit]').click();
    await item.locator('[data-msg]').filter({ hasText: /re-check/ }).waitFor();

    await page.goto(`${base}/subjects/${subject.id}/questionnaire`);
    await answer('Q-PI10-BACKEND-SHARING', 'yes');
    await page.goto(`${base}/subjects/${subject.id}/rectifications`);
    await clickAndLoad(page, 'section[data-check="PI-10.backend"] button[data-api*="recheck"]');
    assert.match((await item.textContent()) ?? '', /符合/);
    await item.locator('select[name=status]').selectOption('verified');
    await clickAndLoad(page, 'section[data-check="PI-10.backend"] form button[type=submit]');
    assert.match((await item.locator('h3').textContent()) ?? '', /已复核/);
    await shot(page, 'a6-rectification');
    const row = await s.platform.db.selectFrom('rectifications').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.last_check_verdict, row.owner, row.due_on], ['verified', 'pass', '李专员', '2026-08-31']);

    // The dashboard shows the latest assessment's counts and the obligations with their deadlines.
    await page.goto(`${base}/dashboard`);
    assert.ok(await page.locator('[data-count=fail]').count());
    assert.match((await page.locator('main').textContent()) ?? '', /备案/);
    await shot(page, 'a7-dashboard');
    assert.deepEqual(errors, []);
  });

  test('(b) the company builds the filing dossier and submits it (全部完成)', async () => {
    const page = company;
    await page.goto(`${base}/subjects/${subject.id}/filings`);
    await Promise.all([page.waitForURL(/\/filings\/[0-9a-f-]+$/), page.click('button[data-api*="/filings"]:has-text("人脸识别技术应用备案")')]);
    filingUrl = page.url();
    assert.equal(await page.locator('[data-testid=filing-status]').textContent(), 'draft');
    assert.ok((await page.locator('[data-testid=blocking] li').count()) >= 8, 'every empty attachment blocks');
    assert.equal(await page.locator('[data-testid=submit]').count(), 1);
    await shot(page, 'b1-empty-dossier');

    // The files: scans printed by Chromium, the two forms generated from the subject by src/filing.
    const printer = await browser.newPage();
    const pdfOf = async (title: string) => {
      await printer.setContent(`<h1>${title}</h1><p>示例物业服务有限公司（盖章）</p>`);
      return printer.pdf({ format: 'A4' });
    };
    const data = processorSubject();
    const form07 = await filingFormXlsx(data, {}, { filledOn: '2026-06-30' });
    const form08 = await processorFormXlsx(data, {}, { filledOn: '2026-06-30' });

    // A text file named .pdf is refused by content; the page shows why.
    await page.setInputFiles('[data-testid="attach-FIL-05-scan"] input[type=file]', { name: '承诺书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
    await page.click('[data-testid="attach-FIL-05-scan"] button[type=submit]');
    await page.locator('[data-testid="attach-FIL-05-scan"] [data-msg].err').waitFor();
    assert.match((await page.locator('[data-testid="attach-FIL-05-scan"] [data-msg]').textContent()) ?? '', /FIL-05/);
    assert.equal(await page.locator('[data-slot="FIL-05"] [data-attached]').count(), 0);
    await page.reload();

    const attach = async (slot: string, part: string, name: string, buffer: Buffer, mimeType: string) => {
      const form = `[data-testid="attach-${slot}-${part}"]`;
      await page.setInputFiles(`${form} input[type=file]`, { name, mimeType, buffer });
      await clickAndLoad(page, `${form} button[type=submit]`);
      await page.locator(`[data-part="${slot}-${part}"] [data-attached]`).waitFor();
    };
    for (let n = 1; n <= 8; n++) await attach(`FIL-0${n}`, 'scan', `附件0${n}.pdf`, await pdfOf(`附件 0${n}`), 'application/pdf');
    const sheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await attach('FIL-07', 'spreadsheet', form07.fileName, form07.buffer, sheet);
    await attach('FIL-08', 'spreadsheet', form08.fileName, form08.buffer, sheet);
    await printer.close();

    await clickAndLoad(page, '[data-testid=save-draft]');
    await page.locator('[data-testid=complete]').waitFor();
    await shot(page, 'b2-complete-dossier');
    await clickAndLoad(page, '[data-testid=submit]');
    assert.equal(await page.locator('[data-testid=filing-status]').textContent(), 'submitted');
    assert.equal(await page.locator('[data-testid=submit]').count(), 0, 'no more editing once submitted');
    await shot(page, 'b3-submitted');
    assert.deepEqual(errors, []);
  });

  test('(c) the regulator returns it with a reason; the company fixes and resubmits; the regulator issues a number', async () => {
    assert.ok(filingUrl, 'journey (b) made the filing');
    const { ctx, page: cac } = await newUserPage();
    try {
      await login(cac, REGULATOR);
      assert.match(cac.url(), /\/review$/);
      const row = cac.locator('tr[data-filing]');
      assert.equal(await row.count(), 1);
      assert.match((await row.textContent()) ?? '', /某小区人脸识别门禁/);
      await shot(cac, 'c1-review-list');
      await Promise.all([cac.waitForURL(filingUrl), row.locator('a').click()]);
      // The regulator can open the attached files.
      const file = await cac.request.get(new URL((await cac.locator('[data-slot="FIL-05"] [data-attached] a').getAttribute('href'))!, base).href);
      assert.equal(file.status(), 200);
      assert.equal((await file.body()).subarray(0, 5).toString(), '%PDF-');
      await cac.fill('textarea[name=reason]', '承诺书未加盖公章，请重新上传盖章扫描件。');
      await clickAndLoad(cac, '[data-testid=return]');
      assert.equal(await cac.locator('[data-testid=filing-status]').textContent(), 'returned');

      // The company sees the reason, replaces FIL-05 and submits again.
      const page = company;
      await page.goto(filingUrl);
      assert.match((await page.locator('[data-testid=return-reason]').textContent()) ?? '', /承诺书未加盖公章/);
      await shot(page, 'c2-returned');
      const printer = await browser.newPage();
      await printer.setContent('<h1>承诺书</h1><p>示例物业服务有限公司（已盖章）</p>');
      const fixed = await printer.pdf({ format: 'A4' });
      await printer.close();
      await page.setInputFiles('[data-testid="attach-FIL-05-scan"] input[type=file]', { name: '承诺书-盖章.pdf', mimeType: 'application/pdf', buffer: fixed });
      await clickAndLoad(page, '[data-testid="attach-FIL-05-scan"] button[type=submit]');
      assert.match((await page.locator('[data-part="FIL-05-scan"] [data-attached]').textContent()) ?? '', /承诺书-盖章\.pdf/);
      assert.equal(await page.locator('[data-part="FIL-05-scan"] [data-attached]').count(), 1, 'the new file replaced the old one');
      await clickAndLoad(page, '[data-testid=submit]');
      assert.equal(await page.locator('[data-testid=filing-status]').textContent(), 'submitted');

      // The regulator approves with a filing number.
      await cac.reload();
      await cac.fill('input[name=number]', '示网信备-2026-0001');
      await clickAndLoad(cac, '[data-testid=approve]');
      assert.equal(await cac.locator('[data-testid=filing-status]').textContent(), 'filed');
      assert.equal(await cac.locator('[data-testid=filing-number]').textContent(), '示网信备-2026-0001');
      await shot(cac, 'c3-filed');
      await cac.goto(`${base}/statistics`);
      assert.match((await cac.locator('main').textContent()) ?? '', /已备案/);
      await shot(cac, 'c4-statistics');

      await page.goto(`${base}/dashboard`);
      assert.match((await page.locator('main').textContent()) ?? '', /示网信备-2026-0001/);
      const f = await s.platform.db.selectFrom('filings').selectAll().executeTakeFirstOrThrow();
      assert.deepEqual([f.status, f.number], ['filed', '示网信备-2026-0001']);

      // From the filed dossier the company starts a change filing (a deregistration is offered too): a new draft.
      await page.goto(filingUrl);
      assert.equal(await page.locator('[data-testid=deregistration]').count(), 1);
      await page.fill('[data-testid=change] input[name=on]', new Date().toISOString().slice(0, 10));
      await Promise.all([page.waitForURL((u) => u.href !== filingUrl && /^\/filings\/[0-9a-f-]+$/.test(u.pathname)), page.click('[data-testid=change] button[type=submit]')]);
      assert.equal(await page.locator('[data-testid=filing-status]').textContent(), 'draft');
      assert.match((await page.locator('h1').textContent()) ?? '', /变更/);
      await shot(page, 'c5-change-started');
      assert.deepEqual(errors, []);
    } finally {
      await ctx.close();
      await companyCtx.close();
    }
  });
});
