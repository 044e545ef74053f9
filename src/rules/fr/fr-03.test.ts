import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-03.js';
import { run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('FR-03 passes an accessible notice with material attached', () => {
  const f = run(rule, subjectWith({ scenario: { subjects: { elderlyOrDisabled: true } }, answers: { 'Q-FR03-ACCESSIBLE': 'yes' }, evidence: [{ kind: 'accessibility-notice', path: 'voice.mp3' }] }));
  assert.deepEqual(verdicts(f), ['pass']);
  assert.ok(f[0]!.evidence.some((e) => e.location === 'scenario.subjects.elderlyOrDisabled'));
});

test('FR-03 fails when no accessible notice is given', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR03-ACCESSIBLE': 'no' } }));
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.remediation?.zh);
});

test('FR-03 needs the answer, and the material after a "yes"', () => {
  assert.deepEqual(run(rule, subjectWith())[0]!.missing, ['question:Q-FR03-ACCESSIBLE']);
  assert.deepEqual(run(rule, subjectWith({ answers: { 'Q-FR03-ACCESSIBLE': 'yes' } }))[0]!.missing, ['evidence:accessibility-notice']);
});

test('FR-03 does not apply when the operator states no elderly or disabled subjects, except in public places', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { subjects: { elderlyOrDisabled: false } } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'public-place', subjects: { elderlyOrDisabled: false } } }))), ['needs-evidence']);
});

test('FR-03 follows an inspector who found no voice or large-type notice', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR03-ACCESSIBLE': 'yes' }, inspections: [{ check: 'FR-03', verdict: 'fail', note: '现场无语音播报', date: '2026-06-01' }] }));
  assert.deepEqual(verdicts(f), ['fail']);
});
