import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusDir } from '../core/paths.js';
import {
  addWorkingDays,
  calendarCoverage,
  CalendarMissingError,
  isWorkday,
  specialDaysBetween,
  workingDaysBetween,
} from './workdays.js';
import { InvalidDateError } from './dates.js';

// Oracle: the State Council notices as published by NateScarlet/holiday-cn (../shared/corpus/holidays).
// Listed days: isOffDay true = off, false = make-up working day; other days follow the weekend rule.
// Built here with its own date stepping so that it shares nothing with the module under test.
const listed = new Map<string, boolean>();
for (const year of [2025, 2026]) {
  const file = JSON.parse(readFileSync(corpusDir('holidays', `holiday-cn-${year}.json`), 'utf8')) as {
    days: { name: string; date: string; isOffDay: boolean }[];
  };
  for (const d of file.days) listed.set(d.date, d.isOffDay);
}
const ORACLE_FIRST = Date.UTC(2025, 0, 1);
const ORACLE_LAST = Date.UTC(2026, 11, 31);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function oracleWork(ms: number): boolean {
  const off = listed.get(iso(ms));
  if (off !== undefined) return !off;
  const wd = new Date(ms).getUTCDay();
  return wd !== 0 && wd !== 6;
}
const coverage = calendarCoverage();
const has2027 = coverage.years.includes(2027);

test('the oracle files are real: 2026 lists its six make-up days', () => {
  const makeUp = [...listed].filter(([d, off]) => d.startsWith('2026') && !off).map(([d]) => d);
  assert.deepEqual(makeUp.sort(), ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
});

test('isWorkday equals the oracle for every day of 2025 and 2026', () => {
  let days = 0;
  for (let ms = ORACLE_FIRST; ms <= ORACLE_LAST; ms += DAY) {
    assert.equal(isWorkday(iso(ms)), oracleWork(ms), iso(ms));
    days++;
  }
  assert.equal(days, 730);
});

test('addWorkingDays equals an oracle count for every start day of 2025–2026 and N in {1, 15, 30}', () => {
  let compared = 0;
  let missing = 0;
  for (let start = ORACLE_FIRST; start <= ORACLE_LAST; start += DAY) {
    for (const n of [1, 15, 30]) {
      // Oracle: step from the day after the trigger, count oracle working days.
      let ms = start;
      let left = n;
      while (left > 0 && ms < ORACLE_LAST) {
        ms += DAY;
        if (oracleWork(ms)) left--;
      }
      const from = iso(start);
      if (left === 0) {
        const due = addWorkingDays(from, n);
        assert.equal(due, iso(ms), `${from} + ${n}`);
        assert.equal(workingDaysBetween(from, due), n, `between ${from} and ${due}`);
        compared++;
      } else if (!has2027) {
        assert.throws(() => addWorkingDays(from, n), CalendarMissingError, `${from} + ${n} leaves 2026`);
        missing++;
      }
    }
  }
  assert.equal(compared + missing, 730 * 3);
  assert.ok(missing > 0 || has2027);
});

test('requirements §7: 30 working days from 2025-06-01 is 2025-07-14', () => {
  assert.equal(addWorkingDays('2025-06-01', 30), '2025-07-14');
  assert.equal(workingDaysBetween('2025-06-01', '2025-07-14'), 30);
});

test('requirements §7: the 2026 make-up days are working days, holidays are not', () => {
  for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
    assert.equal(isWorkday(d), true, d);
  }
  for (const d of ['2026-01-01', '2026-02-16', '2026-10-01', '2025-10-08', '2025-06-02']) assert.equal(isWorkday(d), false, d);
  assert.equal(isWorkday('2025-06-07'), false); // an ordinary Saturday
});

test('counting starts the day after the trigger, so a trigger on a working day does not count', () => {
  assert.equal(addWorkingDays('2025-07-14', 1), '2025-07-15');
  assert.equal(addWorkingDays('2025-07-18', 30), '2025-08-29'); // the CAC's officer-report date
  assert.equal(addWorkingDays('2025-09-30', 1), '2025-10-09'); // National Day week + Mid-Autumn
  assert.equal(addWorkingDays('2025-06-01', 0), '2025-06-01');
  assert.equal(workingDaysBetween('2025-07-14', '2025-07-14'), 0);
  assert.equal(workingDaysBetween('2025-07-14', '2025-06-01'), -30);
});

test('a year without holiday data throws CalendarMissingError with a clear message', () => {
  if (has2027) return;
  assert.equal(coverage.last, '2026-12-31');
  const err = (() => {
    try {
      addWorkingDays('2026-12-20', 30);
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  assert.ok(err instanceof CalendarMissingError);
  assert.equal(err.year, 2027);
  assert.equal(
    err.message,
    `the 2027 holiday calendar is not available in chinese-days ${coverage.version}; cannot count working days past 2026-12-31`,
  );
  assert.throws(() => isWorkday('2027-01-04'), CalendarMissingError);
  assert.throws(() => workingDaysBetween('2026-12-01', '2027-01-10'), CalendarMissingError);
  // Within coverage near the edge still works: no guessing, no false alarm.
  assert.equal(addWorkingDays('2026-12-24', 5), '2026-12-31');
});

test('before the first covered year the error says so', () => {
  assert.equal(coverage.first, `${coverage.years[0]}-01-01`);
  const y = coverage.years[0]! - 1;
  assert.throws(() => isWorkday(`${y}-06-01`), (e: unknown) => e instanceof CalendarMissingError && e.message.includes(`before ${coverage.first}`));
});

test('bad input is a clear error', () => {
  assert.throws(() => isWorkday('2025-02-30'), InvalidDateError);
  assert.throws(() => isWorkday('2025-6-1'), InvalidDateError);
  assert.throws(() => isWorkday(20250601 as unknown as string), InvalidDateError);
  assert.throws(() => addWorkingDays('2025-06-01', -1), RangeError);
  assert.throws(() => addWorkingDays('2025-06-01', 1.5), RangeError);
  assert.throws(() => addWorkingDays('soon', 3), /not a date/);
});

test('results do not depend on the machine time zone', () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      assert.equal(addWorkingDays('2025-06-01', 30), '2025-07-14', tz);
      assert.equal(isWorkday('2025-09-28'), true, tz); // a make-up Sunday
      assert.equal(isWorkday('2025-10-01'), false, tz);
      assert.equal(isWorkday('2025-09-27'), false, tz); // an ordinary Saturday
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('the table agrees with chinese-days\' own isWorkday (run at UTC+8) for every covered day', async () => {
  const saved = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai'; // the package's functions are only right at or east of UTC
  try {
    const cd = ((await import('chinese-days')) as unknown as { default: { isWorkday(d: string): boolean } }).default;
    for (let ms = Date.UTC(coverage.years[0]!, 0, 1); ms <= Date.UTC(coverage.years.at(-1)!, 11, 31); ms += DAY) {
      assert.equal(isWorkday(iso(ms)), cd.isWorkday(iso(ms)), iso(ms));
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('specialDaysBetween names the holidays and make-up days in a window', () => {
  const s = specialDaysBetween('2025-09-20', '2025-10-12');
  assert.deepEqual(s.makeUpDays.map((d) => d.date), ['2025-09-28', '2025-10-11']);
  assert.equal(s.holidays.length, 8);
  assert.equal(s.holidays[0]!.name, '国庆节');
});
