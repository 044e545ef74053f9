import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-4a.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const policy = policyWith({ 'face-retention': '人脸信息保存至您关闭刷脸功能时，届时删除。' });
const allYes = { 'Q-TAF62E-DELETE-ON-EXPIRY': 'yes', 'Q-TAF64A-NO-LONGER-NEEDED': 'yes', 'Q-TAF64A-LEGAL-PERIOD': 'not-applicable' } as const;

test('TAF-6.4a passes when the policy states retention and every deletion condition is honoured', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 30, consentedRetentionDays: 30 }, answers: allYes }), { policy: [policy] });
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'not-applicable']);
  assert.ok(check(f, 'TAF-6.4a.period-exceeded')[0]!.evidence.some((e) => e.location === 'scenario.consentedRetentionDays'));
});

test('TAF-6.4a fails storage past the consented period even when answered yes', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 400, consentedRetentionDays: 365 }, answers: allYes }), { policy: [policy] });
  assert.equal(check(f, 'TAF-6.4a.period-exceeded')[0]!.verdict, 'fail');
});

test('TAF-6.4a fails face info kept after the business no longer needs it, and a policy silent on retention', () => {
  const f = run(rule, subjectWith({ answers: { ...allYes, 'Q-TAF64A-NO-LONGER-NEEDED': 'no' } }), { policy: [policyWith({ purpose: '用于登录。' })] });
  assert.equal(check(f, 'TAF-6.4a.no-longer-needed')[0]!.verdict, 'fail');
  assert.equal(check(f, 'TAF-6.4a.policy')[0]!.verdict, 'fail');
});

test('TAF-6.4a needs the policy, the answers and the periods', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'TAF-6.4a.period-exceeded')[0]!.missing, [
    'question:Q-TAF62E-DELETE-ON-EXPIRY',
    'fact:scenario.retentionDays',
    'fact:scenario.consentedRetentionDays',
  ]);
});

test('TAF-6.4a passes the period check from the facts alone when kept within the consented period', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 0 } }));
  assert.equal(check(f, 'TAF-6.4a.period-exceeded')[0]!.verdict, 'pass');
});
