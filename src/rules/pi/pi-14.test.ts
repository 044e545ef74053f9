import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-14.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const before = { piPersons: 3_000_000, piThresholdReachedOn: '2023-01-01' };

test('PI-14 passes an officer reported by 2025-08-29 when the threshold was reached before the announcement', () => {
  const f = run(rule, subjectWith({ facts: before, processor: { officer: { name: '李四', reportedOn: '2025-08-29' } }, evidence: [{ kind: 'officer-report-screenshot', path: 'officer.png' }] }));
  assert.deepEqual(verdicts(f), ['pass']);
  assert.ok(f[0]!.evidence.some((e) => e.text === '李四'));
  assert.ok(f[0]!.evidence.some((e) => e.location === 'officer.png'));
});

test('PI-14 fails when the officer was never reported', () => {
  const f = run(rule, subjectWith({ facts: before }));
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.message.en, /due 2025-08-29/);
  assert.ok(f[0]!.remediation?.en.includes('city-level CAC'));
});

test('PI-14 is not applicable below 1,000,000 persons; needs the count when absent', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ facts: { piPersons: 999_999 } }))), ['not-applicable']);
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:facts.piPersons']);
});

test('PI-14 shows an open report as needs-evidence', () => {
  const f = run(rule, subjectWith({ asOf: '2026-06-30', facts: { piPersons: 1_000_001, piThresholdReachedOn: '2026-06-15' } }));
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:processor.officer.reportedOn', 'evidence:officer-report-screenshot']);
});

test('PI-14 needs the threshold date when only the count is given and nothing was reported early', () => {
  const f = run(rule, subjectWith({ facts: { piPersons: 2_000_000 } }));
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:facts.piThresholdReachedOn']);
});

test('PI-14 fails a change of officer not reported within 30 working days', () => {
  const f = run(rule, subjectWith({ facts: before, processor: { officer: { reportedOn: '2025-08-20', changedOn: '2026-03-02' } } }));
  assert.deepEqual(verdicts(check(f, 'PI-14.report')), ['pass']);
  assert.deepEqual(verdicts(check(f, 'PI-14.change')), ['fail']);
  assert.match(check(f, 'PI-14.change')[0]!.message.en, /due 2026-04-14/);
});
