import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-03.js';
import { check, pageWith, policyFromSentences, run, subjectWith, problemHint } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const simplified = policyFromSentences([
  ['我们会收集您的手机号码，用于注册账号和登录验证。', ['data-types', 'purpose']],
  ['我们会收集您的订单信息，用于完成支付和售后服务。', ['data-types', 'purpose']],
  ['您可以通过设置页面查阅、更正和删除您的个人信息。', ['rights']],
]);

test('PI-03 passes a clear simplified-Chinese policy; presentation stays for the inspector', () => {
  const f = run(rule, subjectWith(), { policy: [simplified] });
  assert.equal(v(f, 'PI-03.language'), 'pass');
  assert.equal(v(f, 'PI-03.wording'), 'pass');
  assert.equal(v(f, 'PI-03.presentation'), 'manual');
  assert.ok(rule.manual?.method.length);
});

test('PI-03 fails a policy only in traditional characters or in a foreign language', () => {
  const trad = policyFromSentences([
    ['我們會收集您的手機號碼，用於註冊帳號與登入驗證，並為您提供個人化服務。', ['data-types']],
    ['您可以透過設定頁面查閱、更正與刪除您的個人資訊，我們將依照相關規定處理。', ['rights']],
  ]);
  assert.equal(v(run(rule, subjectWith(), { policy: [trad] }), 'PI-03.language'), 'fail');
  const en = policyFromSentences([['We collect your phone number to create an account and verify logins.', ['data-types']]]);
  assert.equal(v(run(rule, subjectWith(), { policy: [en] }), 'PI-03.language'), 'fail');
  assert.equal(v(run(rule, subjectWith(), { policy: [trad, simplified] }), 'PI-03.language'), 'pass');
});

test('PI-03 fails open-ended wording about what is collected, quoting it', () => {
  const vague = policyFromSentences([['我们会收集您的个人信息，包括但不限于姓名、手机号、位置。', ['data-types']]], { problems: [problemHint('open-ended-scope', [0])] });
  const f = run(rule, subjectWith(), { policy: [vague] });
  const w = check(f, 'PI-03.wording')[0]!;
  assert.equal(w.verdict, 'fail');
  assert.match(w.evidence[0]!.text, /包括但不限于/);
  assert.equal(w.evidence[0]!.start, 0);
});

test('PI-03 fails on an unclear-wording problem reported by the policy analyzer', () => {
  const p = policyFromSentences([['我们可能为了其他目的使用信息。', ['purpose']]], { problems: [{ id: 'vague-purpose', message: { zh: '目的含糊', en: 'vague' }, sentences: [0] }] });
  assert.equal(v(run(rule, subjectWith(), { policy: [p] }), 'PI-03.wording'), 'fail');
});

test('PI-03 needs the policy text; an inspection decides the presentation', () => {
  const f = run(rule, subjectWith({ inspections: [{ check: 'PI-03.presentation', verdict: 'fail', note: '隐私政策字号约 8px，浅灰色', date: '2026-06-02' }] }), { page: [pageWith({ screenshots: ['policy.png'] })] });
  assert.deepEqual(check(f, 'PI-03.language')[0]!.missing, ['artifact:policy']);
  assert.equal(v(f, 'PI-03.presentation'), 'fail');
});
