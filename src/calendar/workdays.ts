// Working-day calendar for deadlines "within N working days" (工作日), from the State Council's holiday
// notices as published in the npm package chinese-days.
//
// Why the package's data file and not its functions: chinese-days 1.5.x parses 'YYYY-MM-DD' as UTC but
// reads it back with local-time getters, so west of UTC (e.g. TZ=America/New_York) every date and its
// holiday table shift by one day. Its bundled table (dist/chinese-days.json, the same data its functions
// use) has plain date keys, so reading it with our UTC arithmetic is correct in every time zone.
import { createRequire } from 'node:module';
import { addDays, fromDayNumber, toDayNumber, weekday, yearOf } from './dates.js';

interface ChineseDaysData {
  /** Statutory holidays (off days), 'YYYY-MM-DD' → "English,中文,days". */
  holidays: Record<string, string>;
  /** Make-up working days (调休上班, a Saturday or Sunday). */
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
const version = (require('chinese-days/package.json') as { version: string }).version;

/** Years the package has holiday notices for: a published year always lists New Year's Day. */
const years = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
const firstYear = years[0] ?? Number.POSITIVE_INFINITY;
const lastYear = years[years.length - 1] ?? Number.NEGATIVE_INFINITY;
const covered = new Set(years);

export interface CalendarCoverage {
  package: 'chinese-days';
  version: string;
  /** First and last covered day, 'YYYY-MM-DD'. */
  first: string;
  last: string;
  years: number[];
}

export function calendarCoverage(): CalendarCoverage {
  return { package: 'chinese-days', version, first: `${firstYear}-01-01`, last: `${lastYear}-12-31`, years: [...years] };
}

/** A working-day count needs a year whose holiday notice the calendar does not carry. */
export class CalendarMissingError extends Error {
  override name = 'CalendarMissingError';
  constructor(
    readonly year: number,
    readonly version: string,
    readonly coverage: { first: string; last: string },
  ) {
    const where =
      year > lastYear
        ? `past ${coverage.last}`
        : year < firstYear
          ? `before ${coverage.first}`
          : `in ${year}`;
    super(`the ${year} holiday calendar is not available in chinese-days ${version}; cannot count working days ${where}`);
  }
}

function requireYear(date: string): void {
  const y = yearOf(date);
  if (!covered.has(y)) throw new CalendarMissingError(y, version, calendarCoverage());
}

/**
 * Whether a day is a working day: statutory holidays are not, make-up days (调休) are, other days
 * follow Monday–Friday. Throws CalendarMissingError for a year without holiday data, InvalidDateError
 * for a malformed date.
 */
export function isWorkday(date: string): boolean {
  requireYear(date);
  if (Object.hasOwn(data.workdays, date)) return true;
  if (Object.hasOwn(data.holidays, date)) return false;
  const wd = weekday(date);
  return wd >= 1 && wd <= 5;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
}

/**
 * The n-th working day after `from`: counting starts the day after the trigger (the trigger day itself
 * never counts), so addWorkingDays('2025-06-01', 30) === '2025-07-14'. n = 0 returns `from`.
 */
export function addWorkingDays(from: string, n: number): string {
  checkCount(n);
  let day = toDayNumber(from);
  for (let left = n; left > 0; ) {
    day++;
    if (isWorkday(fromDayNumber(day))) left--;
  }
  return fromDayNumber(day);
}

/**
 * Working days in the half-open range (a, b]: the count addWorkingDays uses, so for a working day b,
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a.
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (to < from) return -workingDaysBetween(b, a);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkday(fromDayNumber(day))) count++;
  return count;
}

export interface CalendarDay {
  date: string;
  /** Holiday name in Chinese (元旦, 春节, 国庆节…). */
  name: string;
}

/** Statutory holidays and make-up working days in (a, b], to explain a count. */
export function specialDaysBetween(a: string, b: string): { holidays: CalendarDay[]; makeUpDays: CalendarDay[] } {
  const holidays: CalendarDay[] = [];
  const makeUpDays: CalendarDay[] = [];
  const zhName = (v: string) => v.split(',')[1] ?? v;
  toDayNumber(b);
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
    requireYear(d);
    const h = data.holidays[d];
    const w = data.workdays[d];
    if (h !== undefined) holidays.push({ date: d, name: zhName(h) });
    if (w !== undefined) makeUpDays.push({ date: d, name: zhName(w) });
  }
  return { holidays, makeUpDays };
}
