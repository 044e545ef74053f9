import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-4b.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const policy = policyWith({ 'face-deletion': '您可通过“我的-设置-隐私-人脸信息”删除人脸信息。' }, { face: { mentioned: true, deletionPath: '我的-设置-隐私-人脸信息' } });

test('TAF-6.4b passes the stated path and leaves ease of use to an inspector', () => {
  const f = run(rule, subjectWith(), { policy: [policy] });
  assert.deepEqual(verdicts(f), ['pass', 'manual']);
  assert.ok(check(f, 'TAF-6.4b.policy')[0]!.evidence.some((e) => e.text === '我的-设置-隐私-人脸信息'));
});

test('TAF-6.4b passes fully once an inspector found deletion easy', () => {
  const f = run(rule, subjectWith({ inspections: [{ check: 'TAF-6.4b.usable', verdict: 'pass', note: '3 次点击即可删除', date: '2026-06-03' }] }), { policy: [policy] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('TAF-6.4b fails a policy that gives no way to delete face information', () => {
  const f = run(rule, subjectWith(), { policy: [policyWith({ purpose: '用于登录。' })] });
  assert.equal(check(f, 'TAF-6.4b.policy')[0]!.verdict, 'fail');
});

test('TAF-6.4b needs the policy', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(check(f, 'TAF-6.4b.policy')[0]!.missing, ['artifact:policy']);
});
