import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-4c.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.4c passes an online deletion method without unreasonable conditions (in-practice check stays manual)', () => {
  const f = run(rule, subjectWith(), { policy: [policyWith({ 'face-deletion': '您可在 App 内“设置-人脸信息”一键删除。' })] });
  assert.deepEqual(verdicts(f), ['pass', 'manual']);
});

test('TAF-6.4c fails an in-person-only deletion condition, quoting it', () => {
  const p = policyWith({ 'face-deletion': '如需删除人脸信息，请携带身份证到营业厅现场办理。' }, {
    problems: [{ id: 'deletion-on-site-only', message: { zh: '仅限现场办理删除', en: 'deletion in person only' }, sentences: [0] }],
  });
  const f = run(rule, subjectWith(), { policy: [p] });
  const c = check(f, 'TAF-6.4c.policy')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.match(c.evidence[0]!.text, /现场办理/);
  assert.equal(c.evidence[0]!.start, 0);
});

test('TAF-6.4c fails a demand for an exact operation history', () => {
  const p = policyWith({ rights: '申请删除时须提供近一年内全部登录时间及地点。' }, {
    problems: [{ id: 'deletion-exact-history', message: { zh: '要求精确历史记录', en: 'exact history required' }, sentences: [0] }],
  });
  assert.equal(check(run(rule, subjectWith(), { policy: [p] }), 'TAF-6.4c.policy')[0]!.verdict, 'fail');
});

test('TAF-6.4c needs the policy; a policy with no deletion method is left to an inspector', () => {
  assert.equal(check(run(rule, subjectWith()), 'TAF-6.4c.policy')[0]!.verdict, 'needs-evidence');
  assert.equal(check(run(rule, subjectWith(), { policy: [policyWith({ purpose: '用于登录。' })] }), 'TAF-6.4c.policy')[0]!.verdict, 'manual');
});

test('TAF-6.4c in-practice check follows an inspector', () => {
  const f = run(rule, subjectWith({ inspections: [{ check: 'TAF-6.4c.in-practice', verdict: 'fail', note: '客服要求提供全部历史订单号', date: '2026-06-03' }] }));
  assert.equal(check(f, 'TAF-6.4c.in-practice')[0]!.verdict, 'fail');
});
