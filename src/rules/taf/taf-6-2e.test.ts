import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-2e.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.2e passes storage within the consented period and deletion on expiry', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 365, consentedRetentionDays: 365 }, answers: { 'Q-TAF62E-DELETE-ON-EXPIRY': 'yes' } }), {
    policy: [policyWith({ 'face-retention': '人脸信息保存一年，到期删除。' })],
  });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
  assert.ok(check(f, 'TAF-6.2e.period')[0]!.evidence.some((e) => e.kind === 'quote'));
});

test('TAF-6.2e fails storage longer than users agreed to', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 1095, consentedRetentionDays: 365 } }));
  const p = check(f, 'TAF-6.2e.period')[0]!;
  assert.equal(p.verdict, 'fail');
  assert.match(p.message.en, /1095 days/);
});

test('TAF-6.2e fails on "no" to deletion on expiry', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF62E-DELETE-ON-EXPIRY': 'no' } }));
  assert.equal(check(f, 'TAF-6.2e.deletion')[0]!.verdict, 'fail');
});

test('TAF-6.2e passes immediate deletion without a consented period', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 0 } }));
  assert.equal(check(f, 'TAF-6.2e.period')[0]!.verdict, 'pass');
});

test('TAF-6.2e needs both periods', () => {
  const f = run(rule, subjectWith({ scenario: { retentionDays: 30 } }));
  assert.deepEqual(check(f, 'TAF-6.2e.period')[0]!.missing, ['fact:scenario.consentedRetentionDays']);
  const g = run(rule, subjectWith());
  assert.deepEqual(check(g, 'TAF-6.2e.period')[0]!.missing, ['fact:scenario.retentionDays', 'fact:scenario.consentedRetentionDays']);
});
