// `faceaudit deadline --from YYYY-MM-DD --working-days N`: the due date and how it was counted.
// The command wiring (commander) lives elsewhere; this returns the result or throws a clear error
// (InvalidDateError, RangeError, CalendarMissingError).
import { addWorkingDays, calendarCoverage, specialDaysBetween } from '../calendar/workdays.js';

export interface DeadlineOptions {
  from: string;
  /** From the command line as a string, or a number. */
  workingDays: string | number;
}

export interface DeadlineResult {
  due: string;
  text: string;
}

function parseCount(v: string | number): number {
  const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`--working-days must be a whole number ≥ 0, got ${JSON.stringify(v)}`);
  return n;
}

export function deadlineCommand(opts: DeadlineOptions): DeadlineResult {
  const n = parseCount(opts.workingDays);
  const due = addWorkingDays(opts.from, n);
  const { holidays, makeUpDays } = specialDaysBetween(opts.from, due);
  const cov = calendarCoverage();
  const list = (days: { date: string; name: string }[]) => (days.length ? days.map((d) => `${d.date} ${d.name}`).join(', ') : '无 none');
  const text = [
    `${opts.from} 起 ${n} 个工作日（次日起算），截止 ${due}`,
    `${n} working days after ${opts.from} (counting from the next day): due ${due}`,
    `期间法定节假日 holidays: ${list(holidays)}`,
    `调休上班日 make-up working days: ${list(makeUpDays)}`,
    `日历 calendar: ${cov.package} ${cov.version} (${cov.first} … ${cov.last})`,
  ].join('\n');
  return { due, text };
}
