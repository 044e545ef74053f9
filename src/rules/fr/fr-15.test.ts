import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-15.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';
import { calendarCoverage } from '../../calendar/workdays.js';

const over = { faceStoredPersons: 150_000, faceThresholdReachedOn: '2025-03-01' };

test('FR-15 is not applicable below 100,000 stored persons, with the count as evidence', () => {
  const f = run(rule, subjectWith({ facts: { faceStoredPersons: 42_000 } }));
  assert.deepEqual(verdicts(f), ['not-applicable']);
  assert.equal(f[0]!.evidence[0]!.text, '42000');
});

test('FR-15 needs the stored count when it is not given', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.ok(f[0]!.missing?.includes('fact:facts.faceStoredPersons'));
});

test('FR-15 passes a filing submitted by 2025-07-14, showing the filing number', () => {
  const f = run(
    rule,
    subjectWith({
      facts: { ...over, filing: { status: 'filed', number: '京人脸备-2025-0001', submittedOn: '2025-07-10', filedOn: '2025-08-01' } },
      evidence: [{ kind: 'filing-screenshot', path: 'filing.png' }],
    }),
  );
  assert.deepEqual(verdicts(f), ['pass']);
  assert.ok(f[0]!.evidence.some((e) => e.text === '京人脸备-2025-0001'));
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'document' && e.location === 'filing.png'));
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'obligation' && /2025-07-14/.test(e.text)));
});

test('FR-15 fails an overdue filing with the days late and a remediation', () => {
  const f = run(rule, subjectWith({ asOf: '2025-07-21', facts: over }));
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.message.zh, /已逾期 5 个工作日（7 天）/);
  assert.match(f[0]!.message.en, /overdue by 5 working days \(7 days\)/);
  assert.ok(f[0]!.remediation?.zh.includes('grxxbh.cacdtsc.cn'));
});

test('FR-15 fails a late filing too', () => {
  const f = run(rule, subjectWith({ facts: { ...over, filing: { status: 'submitted', submittedOn: '2025-07-16' } } }));
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.message.en, /2 working days \(2 days\) late/);
});

test('FR-15 shows an open filing as needs-evidence, naming what would record it', () => {
  const f = run(rule, subjectWith({ asOf: '2026-06-30', facts: { faceStoredPersons: 100_000, faceThresholdReachedOn: '2026-06-20' } }));
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:facts.filing.submittedOn', 'evidence:filing-screenshot']);
  assert.match(f[0]!.message.zh, /截止 2026-07-31/);
});

test('FR-15 needs the threshold date when only the count is given', () => {
  const f = run(rule, subjectWith({ facts: { faceStoredPersons: 100_000 } }));
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:facts.faceThresholdReachedOn']);
});

test('FR-15 checks change filing and deregistration separately', () => {
  const f = run(
    rule,
    subjectWith({
      facts: {
        ...over,
        filing: { status: 'deregistered', submittedOn: '2025-07-01', changedOn: '2026-03-02', stoppedOn: '2026-04-01', deregisteredOn: '2026-04-10' },
      },
    }),
  );
  assert.deepEqual(verdicts(check(f, 'FR-15.filing')), ['pass']);
  assert.deepEqual(verdicts(check(f, 'FR-15.change')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'FR-15.deregistration')), ['pass']);
});

test('FR-15 never guesses past the holiday calendar', () => {
  if (calendarCoverage().years.includes(2027)) return;
  const f = run(rule, subjectWith({ asOf: '2027-03-01', facts: { faceStoredPersons: 100_000, faceThresholdReachedOn: '2026-12-01' } }));
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['calendar:2027']);
  assert.match(f[0]!.message.en, /the 2027 holiday calendar is not available/);
});

test('FR-15 follows an inspector\'s recorded result', () => {
  const f = run(rule, subjectWith({ facts: over, inspections: [{ check: 'FR-15.filing', verdict: 'pass', note: '系统截图显示已于 2025-07-10 提交', date: '2026-06-01' }] }));
  assert.deepEqual(verdicts(f), ['pass']);
});
