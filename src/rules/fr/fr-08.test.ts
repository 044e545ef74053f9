import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-08.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const good = {
  facts: { processingStartedOn: '2025-09-01', pia: { date: '2025-08-15', coversFourContents: true } },
  answers: { 'Q-FR08-RECORDS': 'yes' as const },
  evidence: [{ kind: 'pia-report' as const, path: 'pia.pdf' }, { kind: 'face-ledger' as const, path: 'ledger.xlsx' }],
};

test('FR-08 passes a PIA before processing covering the four contents, with records', () => {
  const f = run(rule, subjectWith(good));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
  assert.equal(f[0]!.scenarioId, undefined, 'processor-wide');
});

test('FR-08 fails a PIA dated after processing started', () => {
  const f = run(rule, subjectWith({ ...good, facts: { ...good.facts, pia: { date: '2025-10-01', coversFourContents: true } } }));
  const c = check(f, 'FR-08.before')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.deepEqual(c.evidence.map((e) => e.text), ['2025-10-01', '2025-09-01']);
});

test('FR-08 accepts a later PIA for processing that began before PIPL', () => {
  const f = run(rule, subjectWith({ ...good, facts: { processingStartedOn: '2020-03-01', pia: { date: '2022-01-10', coversFourContents: true } } }));
  assert.equal(check(f, 'FR-08.before')[0]!.verdict, 'pass');
});

test('FR-08 fails when the PIA misses the four contents, or no PIA was done', () => {
  const f = run(rule, subjectWith({ ...good, facts: { ...good.facts, pia: { date: '2025-08-15', coversFourContents: false } } }));
  assert.equal(check(f, 'FR-08.contents')[0]!.verdict, 'fail');
  const none = run(rule, subjectWith({ answers: { 'Q-FR08-BEFORE': 'no', 'Q-FR08-RECORDS': 'no' } }));
  assert.equal(check(none, 'FR-08.before')[0]!.verdict, 'fail');
  assert.equal(check(none, 'FR-08.records')[0]!.verdict, 'fail');
});

test('FR-08 needs the PIA facts and report', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'FR-08.before')[0]!.missing, ['fact:facts.pia', 'evidence:pia-report', 'question:Q-FR08-BEFORE']);
  const noReport = run(rule, subjectWith({ ...good, evidence: [] }));
  assert.deepEqual(check(noReport, 'FR-08.before')[0]!.missing, ['evidence:pia-report']);
  const noStart = run(rule, subjectWith({ ...good, facts: { pia: { date: '2025-08-15' } } }));
  assert.deepEqual(check(noStart, 'FR-08.before')[0]!.missing, ['fact:facts.processingStartedOn']);
});
