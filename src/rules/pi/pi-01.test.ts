import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-01.js';
import { check, policyFromSentences, policyWith, run, statementHint, subjectWith } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;

const full = {
  'controller-identity': '本政策由上海某某科技有限公司制定。',
  'controller-contact': '联系我们：privacy@example.com，电话 021-12345678。',
  purpose: '我们收集手机号用于账号注册和登录。',
  'processing-method': '人脸比对在您的设备本地完成。',
  'data-types': '我们收集您的手机号、订单信息。',
  retention: '个人信息保存至账号注销后 30 日。',
  rights: '您可在“设置-隐私”中查阅、更正、删除个人信息。',
  'sensitive-pi': '人脸信息属于敏感个人信息，用于核验身份所必需，泄露可能危害您的人身财产安全。',
  'face-separate-consent': '我们将在采集人脸前取得您的单独同意。',
} as const;

test('PI-01 passes a complete policy; cross-border and minors not applicable when answered so', () => {
  const f = run(rule, subjectWith({ scenario: { subjects: { minorsUnder14: false } }, answers: { 'Q-PI01-CROSS-BORDER': 'not-applicable' } }), { policy: [policyWith(full)] });
  assert.equal(v(f, 'PI-01.art17'), 'pass');
  assert.equal(v(f, 'PI-01.sensitive'), 'pass');
  assert.equal(v(f, 'PI-01.cross-border'), 'not-applicable');
  assert.equal(v(f, 'PI-01.minors'), 'not-applicable');
});

test('PI-01 fails when Art.17 items are missing, naming them and quoting what is there', () => {
  const { retention: _r, rights: _g, ...partial } = full;
  const f = run(rule, subjectWith(), { policy: [policyWith(partial)] });
  const art17 = check(f, 'PI-01.art17')[0]!;
  assert.equal(art17.verdict, 'fail');
  assert.deepEqual(art17.missing, ['policy-item:retention', 'policy-item:rights']);
  assert.ok(art17.remediation?.zh);
  assert.ok(art17.evidence.some((e) => e.text.includes('上海某某科技')));
});

test('PI-01 fails sensitive information without necessity and impact; passes it without a consent sentence', () => {
  const { 'sensitive-pi': _s, 'face-separate-consent': _c, ...rest } = full;
  const f = run(rule, subjectWith(), { policy: [policyWith(rest)] });
  const s = check(f, 'PI-01.sensitive')[0]!;
  assert.equal(s.verdict, 'fail');
  assert.match(s.message.zh, /必要性/);
  const { 'face-separate-consent': _d, ...noConsent } = full;
  const g = check(run(rule, subjectWith(), { policy: [policyWith(noConsent)] }), 'PI-01.sensitive')[0]!;
  assert.equal(g.verdict, 'pass');
  assert.match(g.message.en, /PI-08/);
});

test('PI-01 sensitive check does not apply to a scan-to-order service with no face data', () => {
  const { 'sensitive-pi': _s, 'face-separate-consent': _c, ...rest } = full;
  const f = run(rule, subjectWith({ scenario: { setting: 'mini-program', scanToOrder: true } }), { policy: [policyWith(rest)] });
  assert.equal(check(f, 'PI-01.sensitive')[0]!.verdict, 'not-applicable');
});

test('PI-01 checks a transfer abroad for the recipient, contact, purpose, method, types and rights', () => {
  // the analyzer's statements decide: a transfer, and which elements its passage names
  const thin = policyFromSentences([['我们可能将您的个人信息传输至境外。', ['cross-border']]], { statements: [statementHint('transfer-abroad', [0])] });
  const f1 = run(rule, subjectWith(), { policy: [thin] });
  const cb = check(f1, 'PI-01.cross-border')[0]!;
  assert.equal(cb.verdict, 'fail');
  assert.match(cb.evidence[0]!.text, /境外/);
  assert.match(cb.message.en, /recipient, contact, purpose, method, types, rights/);

  const sentences: [string, ['cross-border'] | []][] = [
    ['为完成跨境支付，我们将向境外接收方 Example Pay Ltd.（联系邮箱 dpo@examplepay.com）提供您的个人信息，种类为姓名、卡号。', ['cross-border']],
    ['处理目的为完成支付，处理方式为加密传输和存储。', []],
    ['您可通过上述邮箱向境外接收方行使查阅、删除等权利。', []],
  ];
  const elements = ['abroad-recipient', 'abroad-contact', 'abroad-purpose', 'abroad-method', 'abroad-types', 'abroad-rights'] as const;
  const complete = policyFromSentences(sentences, {
    statements: [statementHint('transfer-abroad', [0]), ...elements.map((id) => statementHint(id, [0, 1, 2]))],
  });
  assert.equal(v(run(rule, subjectWith(), { policy: [complete] }), 'PI-01.cross-border'), 'pass');
  // one element missing: a failure that names it
  const noRights = policyFromSentences(sentences, {
    statements: [statementHint('transfer-abroad', [0]), ...elements.filter((id) => id !== 'abroad-rights').map((id) => statementHint(id, [0, 1]))],
  });
  const r = check(run(rule, subjectWith(), { policy: [noRights] }), 'PI-01.cross-border')[0]!;
  assert.equal(r.verdict, 'fail');
  assert.match(r.message.zh, /行使权利/);
  // a cross-border sentence without the transfer statement (e.g. "we do not transfer abroad") decides nothing
  const denial = policyFromSentences([['我们不会将您的个人信息传输至境外。', ['cross-border']]]);
  assert.equal(v(run(rule, subjectWith(), { policy: [denial] }), 'PI-01.cross-border'), 'needs-evidence');
});

test('PI-01 fails when the operator says information goes abroad but the policy is silent', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-PI01-CROSS-BORDER': 'yes' } }), { policy: [policyWith(full)] });
  assert.equal(v(f, 'PI-01.cross-border'), 'fail');
});

test('PI-01 needs the cross-border answer when the policy says nothing about it', () => {
  const f = run(rule, subjectWith(), { policy: [policyWith(full)] });
  const cb = check(f, 'PI-01.cross-border')[0]!;
  assert.equal(cb.verdict, 'needs-evidence');
  assert.deepEqual(cb.missing, ['question:Q-PI01-CROSS-BORDER']);
});

test('PI-01 minors: children involved but no minors content fails; a dedicated complete document passes', () => {
  const kids = subjectWith({ scenario: { subjects: { minorsUnder14: true } } });
  assert.equal(v(run(rule, kids, { policy: [policyWith(full)] }), 'PI-01.minors'), 'fail');

  const doc = policyFromSentences(
    [
      ['本规则由某某教育科技有限公司制定。', ['controller-identity']],
      ['监护人可拨打 400-000-0000 联系我们。', ['controller-contact']],
      ['我们收集儿童的姓名、年级用于课程安排。', ['purpose', 'data-types', 'minors']],
      ['信息在服务器加密存储。', ['processing-method']],
      ['儿童个人信息保存至服务结束后 30 日。', ['retention']],
      ['监护人可查阅、更正、删除儿童个人信息。', ['rights']],
    ],
    { title: '儿童个人信息保护规则', source: 'children.txt', minorsDocument: true },
  );
  assert.equal(v(run(rule, kids, { policy: [policyWith(full), doc] }), 'PI-01.minors'), 'pass');

  doc.items.retention = { present: false, sentences: [] };
  const f = run(rule, kids, { policy: [policyWith(full), doc] });
  assert.equal(v(f, 'PI-01.minors'), 'fail');
  assert.deepEqual(check(f, 'PI-01.minors')[0]!.missing, ['policy-item:retention']);
});

test('PI-01 needs the policy when none is supplied, and the minors fact when children are not stated', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(check(f, 'PI-01.art17')[0]!.missing, ['artifact:policy']);
  assert.ok(check(f, 'PI-01.minors')[0]!.missing?.includes('fact:scenario.subjects.minorsUnder14'));
});

test('PI-01 follows an inspector\'s recorded result for a check', () => {
  const f = run(rule, subjectWith({ inspections: [{ check: 'PI-01.art17', verdict: 'fail', note: '公告牌未写明联系方式', date: '2026-06-01' }] }), { policy: [policyWith(full)] });
  assert.equal(v(f, 'PI-01.art17'), 'fail');
});
