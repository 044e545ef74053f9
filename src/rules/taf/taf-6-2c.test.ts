import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-2c.js';
import { run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.2c passes irreversible, renewable references with the design attached', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF62C-IRREVERSIBLE': 'yes' }, evidence: [{ kind: 'encryption-policy', path: 'crypto.pdf' }] }));
  assert.deepEqual(verdicts(f), ['pass']);
});

test('TAF-6.2c fails on "no"', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ answers: { 'Q-TAF62C-IRREVERSIBLE': 'no' } }))), ['fail']);
});

test('TAF-6.2c needs the answer, then a document', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith())), ['needs-evidence']);
  const f = run(rule, subjectWith({ answers: { 'Q-TAF62C-IRREVERSIBLE': 'yes' } }));
  assert.deepEqual(f[0]!.missing, ['evidence:encryption-policy', 'evidence:storage-architecture']);
});

test('TAF-6.2c does not apply to experience features, which compare nothing', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { type: 'experience' } }))), ['not-applicable']);
});
