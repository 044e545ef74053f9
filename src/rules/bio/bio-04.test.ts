import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './bio-04.js';
import { run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const SWAP = { type: 'experience' as const, purpose: 'AI 换脸特效' };

test('BIO-04 passes labelled synthetic faces with a sample attached', () => {
  const f = run(rule, subjectWith({ scenario: SWAP, answers: { 'Q-BIO04-SYNTHESIS-LABEL': 'yes' }, evidence: [{ kind: 'synthetic-label-sample', path: 'label.png' }] }));
  assert.deepEqual(verdicts(f), ['pass']);
});

test('BIO-04 fails unlabelled synthetic faces', () => {
  const f = run(rule, subjectWith({ scenario: SWAP, answers: { 'Q-BIO04-SYNTHESIS-LABEL': 'no' } }));
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.remediation?.zh.includes('显著标识'));
});

test('BIO-04 asks the question, is not applicable when the feature synthesises nothing or verifies identity', () => {
  assert.deepEqual(run(rule, subjectWith({ scenario: SWAP }))[0]!.missing, ['question:Q-BIO04-SYNTHESIS-LABEL']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { type: 'experience' }, answers: { 'Q-BIO04-SYNTHESIS-LABEL': 'not-applicable' } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { type: 'remote-verification' } }))), ['not-applicable']);
});
