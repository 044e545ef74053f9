import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeObligations } from './compute.js';
import { describeObligation } from './describe.js';
import type { Obligation, ObligationKind } from './types.js';
import { subjectWith, type SubjectPatch } from '../test-support/fixtures.js';
import { calendarCoverage } from '../calendar/workdays.js';
import { InvalidDateError } from '../calendar/dates.js';

// Expected due dates below were counted by hand from the State Council notices, not with the module.
const has2027 = calendarCoverage().years.includes(2027);

function obligations(p: SubjectPatch, asOf = '2026-06-30'): Obligation[] {
  return computeObligations(subjectWith(p), asOf);
}
function one(p: SubjectPatch, kind: ObligationKind, asOf?: string): Obligation {
  const list = obligations(p, asOf).filter((o) => o.kind === kind);
  assert.equal(list.length, 1, `one ${kind} obligation`);
  return list[0]!;
}

test('no facts, no obligations', () => {
  assert.deepEqual(obligations({}), []);
  assert.deepEqual(obligations({ facts: { faceStoredPersons: 99_999, piPersons: 999_999 } }), []);
});

test('filing: a threshold reached before 2025-06-01 counts from 2025-06-01 → due 2025-07-14', () => {
  const o = one({ facts: { faceStoredPersons: 250_000, faceThresholdReachedOn: '2024-11-03' } }, 'filing', '2025-07-21');
  assert.equal(o.ruleId, 'FR-15');
  assert.equal(o.trigger.date, '2025-06-01');
  assert.equal(o.due, '2025-07-14');
  assert.equal(o.status, 'overdue');
  assert.equal(o.daysLate, 7);
  assert.equal(o.workingDaysLate, 5); // 07-15 … 07-18, 07-21
});

test('filing: done on the due day is in time, a day later is late', () => {
  const facts = (submittedOn: string) => ({
    faceStoredPersons: 120_000,
    faceThresholdReachedOn: '2025-06-01',
    filing: { status: 'submitted' as const, submittedOn },
  });
  assert.equal(one({ facts: facts('2025-07-14') }, 'filing').status, 'done');
  const late = one({ facts: facts('2025-07-15') }, 'filing');
  assert.equal(late.status, 'done-late');
  assert.equal(late.daysLate, 1);
  assert.equal(late.workingDaysLate, 1);
});

test('filing: 30 working days across the National Day week and its make-up days', () => {
  // 2025-09-01 → 09-02…09-26 (19), Sun 09-28 (20), 09-29, 09-30, [10-01…10-08 off], 10-09, 10-10,
  // Sat 10-11 (25), 10-13…10-17 (30).
  const o = one({ facts: { faceStoredPersons: 100_000, faceThresholdReachedOn: '2025-09-01' } }, 'filing');
  assert.equal(o.due, '2025-10-17');
  assert.equal(o.trigger.date, '2025-09-01');
});

test('filing: open within the deadline, with working days left', () => {
  // 2026-06-20 (Sat, Dragon Boat 06-19…06-21 off) → 06-22 … 07-31 is the 30th working day.
  const o = one({ facts: { faceStoredPersons: 100_500, faceThresholdReachedOn: '2026-06-20' } }, 'filing', '2026-06-30');
  assert.equal(o.status, 'open');
  assert.equal(o.due, '2026-07-31');
  assert.equal(o.workingDaysLeft, 23);
  assert.match(describeObligation(o).zh, /剩余 23 个工作日/);
});

test('filing: a count without its date is unknown and names the missing fact', () => {
  const o = one({ facts: { faceStoredPersons: 300_000 } }, 'filing');
  assert.equal(o.status, 'unknown');
  assert.equal(o.due, undefined);
  assert.deepEqual(o.missing, ['fact:facts.faceThresholdReachedOn']);
  assert.match(o.note!.en, /facts\.faceThresholdReachedOn/);
  // Filed before the earliest possible due date: in time whatever the date was.
  const early = one({ facts: { faceStoredPersons: 300_000, filing: { status: 'filed', submittedOn: '2025-07-10' } } }, 'filing');
  assert.equal(early.status, 'done');
  const later = one({ facts: { faceStoredPersons: 300_000, filing: { status: 'filed', submittedOn: '2025-09-10' } } }, 'filing');
  assert.equal(later.status, 'unknown');
});

test('filing: filed per status but undated — in time only if the assessment date is not past the due date', () => {
  const facts = { faceStoredPersons: 100_000, faceThresholdReachedOn: '2026-06-20', filing: { status: 'filed' as const, number: 'BA-1' } };
  assert.equal(one({ facts }, 'filing', '2026-07-01').status, 'done');
  const o = one({ facts }, 'filing', '2026-08-03');
  assert.equal(o.status, 'unknown');
  assert.deepEqual(o.missing, ['fact:facts.filing.submittedOn']);
});

test('filing: a returned or draft filing is not done', () => {
  const o = one({ facts: { faceStoredPersons: 100_000, faceThresholdReachedOn: '2025-06-01', filing: { status: 'returned', submittedOn: '2025-07-01' } } }, 'filing');
  assert.equal(o.status, 'overdue');
  assert.equal(o.doneOn, undefined);
});

test('change filing: 30 working days from the change; a change filing from before the change does not count', () => {
  const filing = { status: 'filed' as const, submittedOn: '2025-07-01', changedOn: '2026-03-02' };
  // 2026-03-02 (Mon) → 03-03…04-03 is 24, [04-04…04-06 off], 04-07…04-10 (28), 04-13, 04-14 (30).
  const o = one({ facts: { filing } }, 'change-filing');
  assert.equal(o.due, '2026-04-14');
  assert.equal(o.status, 'overdue');
  assert.equal(one({ facts: { filing: { ...filing, changeFiledOn: '2026-04-14' } } }, 'change-filing').status, 'done');
  const stale = one({ facts: { filing: { ...filing, changeFiledOn: '2025-12-01' } } }, 'change-filing');
  assert.equal(stale.status, 'overdue');
  assert.match(stale.note!.en, /earlier event/);
  // Changed before the filing was submitted: the filing already has it.
  assert.equal(obligations({ facts: { filing: { ...filing, changedOn: '2025-06-20' } } }).length, 0);
  // Nothing on file: nothing to change.
  assert.equal(obligations({ facts: { filing: { status: 'none', changedOn: '2026-03-02' } } }).length, 0);
});

test('deregistration: a due date in a year the calendar lacks', () => {
  if (has2027) return;
  const filing = { status: 'filed' as const, submittedOn: '2025-07-01', stoppedOn: '2026-11-20' };
  // Up to 2026-12-31 only 29 working days have passed: still open, due date unknown.
  const open = one({ facts: { filing } }, 'deregistration', '2026-12-31');
  assert.equal(open.status, 'open');
  assert.equal(open.due, undefined);
  assert.match(open.note!.en, /the 2027 holiday calendar is not available in chinese-days .*; cannot count working days past 2026-12-31/);
  // Deregistered within the covered days: certainly in time.
  assert.equal(one({ facts: { filing: { ...filing, deregisteredOn: '2026-12-28' } } }, 'deregistration', '2027-02-01').status, 'done');
  // Not done and judged in 2027: cannot be decided, never guessed.
  const unknown = one({ facts: { filing } }, 'deregistration', '2027-02-01');
  assert.equal(unknown.status, 'unknown');
  assert.deepEqual(unknown.missing, ['calendar:2027']);
  assert.match(unknown.note!.en, /^the 2027 holiday calendar is not available/);
});

test('deregistration: recorded as deregistered without a date, near the calendar edge', () => {
  if (has2027) return;
  const filing = { status: 'deregistered' as const, submittedOn: '2025-07-01', stoppedOn: '2026-11-20' };
  const done = one({ facts: { filing } }, 'deregistration', '2026-12-31');
  assert.equal(done.status, 'done');
  assert.match(done.note!.en, /no date is given/);
  const unknown = one({ facts: { filing } }, 'deregistration', '2027-02-01');
  assert.equal(unknown.status, 'unknown');
  assert.deepEqual(unknown.missing, ['calendar:2027', 'fact:facts.filing.deregisteredOn']);
});

test('deregistration within the calendar: done late', () => {
  // 2026-09-01 (Tue) → 09-02…09-30 has 21 (make-up Sun 09-20 included), [10-01…10-07 off], 10-08, 10-09,
  // Sat 10-10 (24), 10-12…10-16 (29), 10-19 (30).
  const o = one({ facts: { filing: { status: 'deregistered', submittedOn: '2025-07-01', stoppedOn: '2026-09-01', deregisteredOn: '2026-10-21' } } }, 'deregistration', '2026-11-01');
  assert.equal(o.due, '2026-10-19');
  assert.equal(o.status, 'done-late');
  assert.equal(o.workingDaysLate, 2);
});

test('officer report: over the threshold before the announcement → by 2025-08-29', () => {
  const facts = () => ({ piPersons: 2_000_000, piThresholdReachedOn: '2024-05-01' });
  const done = one({ facts: facts(), processor: { officer: { name: '张三', reportedOn: '2025-08-29' } } }, 'officer-report');
  assert.equal(done.ruleId, 'PI-14');
  assert.equal(done.due, '2025-08-29');
  assert.equal(done.trigger.date, '2025-07-18');
  assert.equal(done.status, 'done');
  const late = one({ facts: facts(), processor: { officer: { reportedOn: '2025-09-01' } } }, 'officer-report');
  assert.equal(late.status, 'done-late');
  assert.equal(late.daysLate, 3);
  assert.equal(late.workingDaysLate, 1);
  assert.equal(one({ facts: facts() }, 'officer-report').status, 'overdue');
});

test('officer report: reached on or after the announcement → 30 working days', () => {
  assert.equal(one({ facts: { piPersons: 1_000_000, piThresholdReachedOn: '2025-07-18' } }, 'officer-report').due, '2025-08-29');
  // 2025-08-01 (Fri) → 08-04 … 09-12 is the 30th working day.
  assert.equal(one({ facts: { piPersons: 1_000_000, piThresholdReachedOn: '2025-08-01' } }, 'officer-report').due, '2025-09-12');
});

test('officer report: a count without its date', () => {
  const o = one({ facts: { piPersons: 5_000_000 } }, 'officer-report');
  assert.equal(o.status, 'unknown');
  assert.deepEqual(o.missing, ['fact:facts.piThresholdReachedOn']);
  const early = one({ facts: { piPersons: 5_000_000 }, processor: { officer: { reportedOn: '2025-08-20' } } }, 'officer-report');
  assert.equal(early.status, 'done');
});

test('officer change: only when the reported information changed after the report', () => {
  const officer = { reportedOn: '2025-08-01', changedOn: '2026-03-02' };
  const o = one({ facts: { piPersons: 1_200_000, piThresholdReachedOn: '2025-07-20' }, processor: { officer } }, 'officer-change');
  assert.equal(o.due, '2026-04-14');
  assert.equal(o.status, 'overdue');
  assert.equal(one({ processor: { officer: { ...officer, changeReportedOn: '2026-04-01' } } }, 'officer-change').status, 'done');
  assert.equal(obligations({ processor: { officer: { reportedOn: '2026-04-01', changedOn: '2026-03-02' } } }).length, 0);
});

test('PIA retention: 3 calendar years, running, with the earliest discard date', () => {
  const o = one({ facts: { pia: { date: '2024-02-29' } } }, 'pia-retention');
  assert.equal(o.status, 'running');
  assert.equal(o.due, '2027-02-28');
  assert.equal(o.earliestDiscardOn, '2027-03-01');
  assert.equal(one({ facts: { pia: { date: '2023-03-01' } } }, 'pia-retention', '2026-03-01').status, 'running');
  assert.equal(one({ facts: { pia: { date: '2023-03-01' } } }, 'pia-retention', '2026-03-02').status, 'done');
});

test('PIA redo: due on the change date itself; no later PIA → overdue', () => {
  const o = one({ facts: { pia: { date: '2025-01-01' }, purposeOrMethodChangedOn: '2026-03-01' } }, 'pia-redo');
  assert.equal(o.due, '2026-03-01');
  assert.equal(o.status, 'overdue');
  assert.equal(o.daysLate, 121);
  assert.match(o.rule.en, /no period/);
  assert.equal(one({ facts: { pia: { date: '2026-03-01' }, purposeOrMethodChangedOn: '2026-03-01' } }, 'pia-redo').status, 'done');
  const late = one({ facts: { pia: { date: '2026-03-11' }, purposeOrMethodChangedOn: '2026-03-01' } }, 'pia-redo');
  assert.equal(late.status, 'done-late');
  assert.equal(late.daysLate, 10);
  assert.equal(one({ facts: { pia: { date: '2025-01-01' }, purposeOrMethodChangedOn: '2026-08-01' } }, 'pia-redo').status, 'open');
  assert.equal(one({ facts: { purposeOrMethodChangedOn: '2026-03-01' } }, 'pia-redo').status, 'overdue');
  assert.equal(obligations({ facts: { pia: { date: '2025-01-01' } } }).some((x) => x.kind === 'pia-redo'), false);
});

test('requests: answered within min(15, promised) working days', () => {
  // 2025-09-30 → [10-01…10-08 off] 10-09, 10-10, Sat 10-11, 10-13…10-17 (8), 10-20…10-24 (13), 10-27, 10-28 (15).
  const req = (answeredOn?: string) => ({ type: 'deletion' as const, receivedOn: '2025-09-30', ...(answeredOn ? { answeredOn } : {}) });
  const at = (promised: number | undefined, answeredOn?: string) =>
    one({ facts: { requests: [req(answeredOn)], ...(promised === undefined ? {} : { promisedResponseWorkingDays: promised }) } }, 'request-response');
  assert.equal(at(undefined, '2025-10-28').status, 'done');
  assert.equal(at(undefined, '2025-10-28').due, '2025-10-28');
  assert.equal(at(20, '2025-10-29').status, 'done-late'); // a promise over 15 does not extend the limit
  assert.match(at(20, '2025-10-29').note!.en, /exceed the 15-day cap/);
  assert.equal(at(5).due, '2025-10-14');
  assert.equal(at(5, '2025-10-15').status, 'done-late');
  assert.equal(at(5).status, 'overdue');
  const bad = at(undefined, '2025-09-01');
  assert.equal(bad.status, 'unknown');
  assert.deepEqual(bad.missing, ['fact:facts.requests[0].answeredOn']);
});

test('order is fixed: kinds in order, requests by receipt date; same input, same output', () => {
  const patch: SubjectPatch = {
    facts: {
      requests: [
        { type: 'access', receivedOn: '2026-05-10', answeredOn: '2026-05-12' },
        { type: 'complaint', receivedOn: '2026-01-05' },
      ],
      pia: { date: '2025-05-01' },
      purposeOrMethodChangedOn: '2026-01-10',
      piPersons: 1_500_000,
      piThresholdReachedOn: '2025-09-01',
      faceStoredPersons: 200_000,
      faceThresholdReachedOn: '2025-08-01',
      filing: { status: 'filed', submittedOn: '2025-08-15', changedOn: '2026-02-02', stoppedOn: '2026-05-06' },
    },
    processor: { officer: { reportedOn: '2025-09-05', changedOn: '2026-01-20' } },
  };
  const list = obligations(patch);
  assert.deepEqual(
    list.map((o) => o.kind + (o.ref ? `:${o.ref}` : '')),
    ['filing', 'change-filing', 'deregistration', 'officer-report', 'officer-change', 'pia-retention', 'pia-redo', 'request-response:requests[1]', 'request-response:requests[0]'],
  );
  assert.deepEqual(list, obligations(patch));
});

test('a malformed assessment date is a clear error', () => {
  assert.throws(() => computeObligations(subjectWith({}), '30/06/2026'), InvalidDateError);
});

test('never crashes on any valid dates, and every obligation is well-formed', () => {
  // Deterministic pseudo-random subjects with dates from 2000 to 2100, inside and outside the calendar.
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const date = () => `${2000 + rnd(101)}-${String(1 + rnd(12)).padStart(2, '0')}-${String(1 + rnd(28)).padStart(2, '0')}`;
  const maybe = <T,>(v: () => T) => (rnd(2) ? v() : undefined);
  const statuses = ['none', 'draft', 'submitted', 'returned', 'filed', 'deregistered'] as const;
  for (let i = 0; i < 300; i++) {
    const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    const subject = subjectWith({
      asOf: date(),
      facts: clean({
        faceStoredPersons: maybe(() => rnd(300_000)),
        faceThresholdReachedOn: maybe(date),
        piPersons: maybe(() => rnd(3_000_000)),
        piThresholdReachedOn: maybe(date),
        pia: maybe(() => ({ date: date() })),
        purposeOrMethodChangedOn: maybe(date),
        promisedResponseWorkingDays: maybe(() => rnd(30)),
        filing: maybe(() => clean({ status: statuses[rnd(statuses.length)]!, submittedOn: maybe(date), changedOn: maybe(date), changeFiledOn: maybe(date), stoppedOn: maybe(date), deregisteredOn: maybe(date) })),
        requests: maybe(() => [clean({ type: 'access' as const, receivedOn: date(), answeredOn: maybe(date) })]),
      }),
      processor: { officer: clean({ reportedOn: maybe(date), changedOn: maybe(date), changeReportedOn: maybe(date) }) },
    });
    const list = computeObligations(subject, subject.asOf!);
    for (const o of list) {
      assert.ok(['done', 'done-late', 'open', 'overdue', 'running', 'unknown'].includes(o.status));
      if (o.status === 'unknown') assert.ok(o.note || o.missing?.length, `unknown ${o.kind} says why`);
      if (o.status === 'overdue' || o.status === 'done-late') assert.ok(o.due && o.daysLate! > 0);
      if (o.due && o.status === 'open') assert.ok(subject.asOf! <= o.due);
    }
  }
});
