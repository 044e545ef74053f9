import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-3c.js';
import { run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.3c passes on "yes" with a test report', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF63C-TEMP-CLEARED': 'yes' }, evidence: [{ kind: 'test-report', path: 'cache-test.pdf', date: '2026-05-01' }] }));
  assert.deepEqual(verdicts(f), ['pass']);
});

test('TAF-6.3c fails when temporary data are only partly cleared', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ answers: { 'Q-TAF63C-TEMP-CLEARED': 'partial' } }))), ['fail']);
});

test('TAF-6.3c needs the answer, then a deletion record or test report', () => {
  assert.deepEqual(run(rule, subjectWith())[0]!.missing, ['question:Q-TAF63C-TEMP-CLEARED']);
  assert.deepEqual(run(rule, subjectWith({ answers: { 'Q-TAF63C-TEMP-CLEARED': 'yes' } }))[0]!.missing, ['evidence:deletion-record', 'evidence:test-report']);
});

test('TAF-6.3c follows an inspector', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF63C-TEMP-CLEARED': 'yes' }, inspections: [{ check: 'TAF-6.3c', verdict: 'fail', note: '缓存目录残留人脸截图', date: '2026-06-02' }] }));
  assert.deepEqual(verdicts(f), ['fail']);
});
