import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-2a.js';
import { run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const diagram = [{ kind: 'storage-architecture' as const, path: 'docs/storage.pdf', date: '2026-01-10' }];

test('TAF-6.2a passes on "yes" with the storage architecture attached', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF62A-SEPARATE': 'yes' }, evidence: diagram }));
  assert.deepEqual(verdicts(f), ['pass']);
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'document'));
});

test('TAF-6.2a fails on "no"', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF62A-SEPARATE': 'no' } }));
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.remediation?.zh);
});

test('TAF-6.2a needs the architecture when only answered yes, and the answer when unanswered', () => {
  assert.deepEqual(run(rule, subjectWith({ answers: { 'Q-TAF62A-SEPARATE': 'yes' } }))[0]!.missing, ['evidence:storage-architecture']);
  assert.deepEqual(run(rule, subjectWith())[0]!.missing, ['question:Q-TAF62A-SEPARATE']);
});
