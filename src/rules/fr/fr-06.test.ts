import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-06.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const good = {
  scenario: { retentionDays: 365 },
  answers: { 'Q-FR06-MINIMUM': 'yes' as const, 'Q-FR06-DELETE': 'yes' as const },
  evidence: [{ kind: 'deletion-record' as const, path: 'delete-log.csv' }],
};

test('FR-06 passes a justified retention with deletion records', () => {
  const f = run(rule, subjectWith(good));
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
  assert.equal(check(f, 'FR-06.period')[0]!.evidence[0]!.text, '365');
});

test('FR-06 fails an experience feature that keeps face information', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { type: 'experience', retentionDays: 30 } }));
  assert.equal(check(f, 'FR-06.period')[0]!.verdict, 'fail');
});

test('FR-06 fails when retention is longer than needed or data is not deleted on expiry', () => {
  const f = run(rule, subjectWith({ ...good, answers: { 'Q-FR06-MINIMUM': 'no', 'Q-FR06-DELETE': 'partial' } }));
  assert.deepEqual(verdicts(f), ['fail', 'fail']);
});

test('FR-06 checks the published rules state the face retention', () => {
  const missing = run(rule, subjectWith(good), { policy: [policyWith({ retention: '我们在实现目的所需期限内保存您的信息。' })] });
  assert.equal(check(missing, 'FR-06.disclosed')[0]!.verdict, 'fail');
  const told = run(rule, subjectWith(good), { policy: [policyWith({ 'face-retention': '人脸特征值保存1年，期满删除。' })] });
  assert.equal(check(told, 'FR-06.disclosed')[0]!.verdict, 'pass');
});

test('FR-06 needs the retention period and the deletion record', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR06-MINIMUM': 'yes', 'Q-FR06-DELETE': 'yes' } }));
  assert.deepEqual(check(f, 'FR-06.period')[0]!.missing, ['fact:scenario.retentionDays']);
  assert.deepEqual(check(f, 'FR-06.deletion')[0]!.missing, ['evidence:deletion-record']);
  const none = run(rule, subjectWith());
  assert.deepEqual(check(none, 'FR-06.period')[0]!.missing, ['fact:scenario.retentionDays', 'question:Q-FR06-MINIMUM']);
});
