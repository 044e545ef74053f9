import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-06.js';
import { check, policyFromSentences, run, subjectWith, problemHint, statementHint } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;

test('PI-06 fails collection "to improve service" with no way to switch it off', () => {
  const p = policyFromSentences([
    ['为了改善服务质量，我们会收集您的设备信息和浏览记录。', ['purpose', 'data-types']],
    ['我们会收集您的手机号用于登录。', ['purpose']],
  ], { problems: [problemHint('improvement-purpose', [0])] });
  const f = run(rule, subjectWith(), { policy: [p] });
  const purpose = check(f, 'PI-06.purpose')[0]!;
  assert.equal(purpose.verdict, 'fail');
  assert.match(purpose.evidence[0]!.text, /改善服务质量/);
  assert.equal(v(f, 'PI-06.switch-works'), 'not-applicable');
});

test('PI-06 fails consent forced for such reasons even when a switch is mentioned', () => {
  const p = policyFromSentences([['为提升用户体验，我们会收集您的使用记录，如您不同意将无法使用本产品，您可在设置中关闭。', ['purpose']]], {
    problems: [problemHint('improvement-purpose', [0]), problemHint('improvement-forced', [0])],
    statements: [statementHint('collection-off', [0])],
  });
  assert.equal(v(run(rule, subjectWith(), { policy: [p] }), 'PI-06.purpose'), 'fail');
});

test('PI-06 passes a switch-off next to the purpose, then needs the switch tested', () => {
  const p = policyFromSentences([
    ['为了优化产品功能，我们会收集您的使用日志。', ['purpose']],
    ['您可在“设置-隐私-体验改进计划”中关闭该收集。', ['withdraw-consent']],
  ], { problems: [problemHint('improvement-purpose', [0])], statements: [statementHint('collection-off', [1])] });
  const f = run(rule, subjectWith(), { policy: [p] });
  assert.equal(v(f, 'PI-06.purpose'), 'pass');
  assert.deepEqual(check(f, 'PI-06.switch-works')[0]!.missing, ['question:Q-PI06-SWITCH-WORKS']);
  const g = run(rule, subjectWith({ answers: { 'Q-PI06-SWITCH-WORKS': 'no' } }), { policy: [p] });
  assert.equal(v(g, 'PI-06.switch-works'), 'fail');
  const h = run(rule, subjectWith({ answers: { 'Q-PI06-SWITCH-WORKS': 'yes' }, evidence: [{ kind: 'test-report', path: 'switch-test.pdf' }] }), { policy: [p] });
  assert.equal(v(h, 'PI-06.switch-works'), 'pass');
});

test('PI-06 passes a policy without such collection and needs the policy when none is given', () => {
  const p = policyFromSentences([['我们收集您的订单信息用于配送。', ['purpose']]]);
  assert.equal(v(run(rule, subjectWith(), { policy: [p] }), 'PI-06.purpose'), 'pass');
  assert.deepEqual(check(run(rule, subjectWith()), 'PI-06.purpose')[0]!.missing, ['artifact:policy']);
});
