// Calendar-date arithmetic on 'YYYY-MM-DD' strings. Everything runs on UTC day numbers, so the
// machine's time zone never shifts a date (local-time parsing is the classic off-by-one bug).

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date that is not a real 'YYYY-MM-DD' calendar day. */
export class InvalidDateError extends RangeError {
  override name = 'InvalidDateError';
  constructor(readonly input: unknown) {
    super(`not a date (expected YYYY-MM-DD): ${JSON.stringify(input)}`);
  }
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' string; throws InvalidDateError otherwise. */
export function toDayNumber(date: string): number {
  const m = typeof date === 'string' ? DATE_RE.exec(date) : null;
  if (!m) throw new InvalidDateError(date);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 over to March; reject instead. Years below 100 are also mapped by Date.UTC.
  const back = new Date(ms);
  if (y < 1000 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new InvalidDateError(date);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True for a real 'YYYY-MM-DD' calendar date. */
export function isDate(date: unknown): date is string {
  try {
    toDayNumber(date as string);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function yearOf(date: string): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

/**
 * The same day n years later. A day the end year lacks (29 February) becomes the last day of that
 * month, as Civil Code Art.202 counts periods in years ("没有对应日的，月末日为期间的最后一日").
 */
export function addYears(date: string, n: number): string {
  toDayNumber(date);
  const y = Number(date.slice(0, 4)) + n;
  const mo = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const lastOfMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const day = Math.min(d, lastOfMonth);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
