import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-2b.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const docs = [
  { kind: 'encryption-policy' as const, path: 'docs/crypto.pdf' },
  { kind: 'audit-log' as const, path: 'docs/audit.pdf' },
];

test('TAF-6.2b passes encrypted templates with authorised access, both proven', () => {
  const f = run(rule, subjectWith({ scenario: { encryptedAtRest: true }, answers: { 'Q-TAF62B-ACCESS': 'yes' }, evidence: docs }));
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('TAF-6.2b fails templates stored in clear', () => {
  const f = run(rule, subjectWith({ scenario: { encryptedAtRest: false }, answers: { 'Q-TAF62B-ACCESS': 'yes' }, evidence: docs }));
  const e = check(f, 'TAF-6.2b.encrypted')[0]!;
  assert.equal(e.verdict, 'fail');
  assert.equal(e.evidence[0]!.location, 'scenario.encryptedAtRest');
});

test('TAF-6.2b fails open access to templates', () => {
  const f = run(rule, subjectWith({ scenario: { encryptedAtRest: true }, answers: { 'Q-TAF62B-ACCESS': 'no' }, evidence: docs }));
  assert.equal(check(f, 'TAF-6.2b.access')[0]!.verdict, 'fail');
});

test('TAF-6.2b needs the encryption description behind a claimed encryption, and the facts when absent', () => {
  const f = run(rule, subjectWith({ scenario: { encryptedAtRest: true } }));
  assert.deepEqual(check(f, 'TAF-6.2b.encrypted')[0]!.missing, ['evidence:encryption-policy']);
  const g = run(rule, subjectWith());
  assert.deepEqual(verdicts(g), ['needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(g, 'TAF-6.2b.encrypted')[0]!.missing, ['fact:scenario.encryptedAtRest']);
});
