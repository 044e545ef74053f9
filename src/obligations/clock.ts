// A deadline ("clock") and how it is judged against the assessment date: done, done late, open,
// overdue or unknown. Shared by every obligation kind in compute.ts.
import type { Text } from '../core/types.js';
import { addDays, daysBetween } from '../calendar/dates.js';
import { addWorkingDays, CalendarMissingError, workingDaysBetween } from '../calendar/workdays.js';
import type { Obligation, ObligationKind } from './types.js';

export const t = (zh: string, en: string): Text => ({ zh, en });
export const join = (notes: (Text | undefined)[]): Text | undefined => {
  const list = notes.filter((n): n is Text => n !== undefined);
  return list.length ? t(list.map((n) => n.zh).join(' '), list.map((n) => n.en).join(' ')) : undefined;
};

export const WD_RULE = (n: number) => t(`${n} 个工作日，次日起算`, `${n} working days, counting from the next day`);

/** One deadline before it is judged against the assessment date. */
export interface Clock {
  kind: ObligationKind;
  ruleId: string;
  title: Text;
  trigger: { date: string; text: Text };
  rule: Text;
  /** Due n working days after the trigger… */
  workingDays?: number;
  /** …or on a date a notice fixes. */
  fixedDue?: string;
  doneOn?: string;
  /** The facts say it was done but give no date: the explanation, and the fact that would date it. */
  doneUndated?: { note: Text; missing: string[] };
  ref?: string;
  notes?: Text[];
}

function calendarNote(err: CalendarMissingError): Text {
  return t(`节假日数据缺失，无法按工作日计算：${err.message}`, err.message);
}

/** Calendar and working days from due to end; the working-day count may need a missing year. */
function lateness(due: string, end: string): Pick<Obligation, 'daysLate' | 'workingDaysLate'> & { note?: Text } {
  const daysLate = daysBetween(due, end);
  try {
    return { daysLate, workingDaysLate: workingDaysBetween(due, end) };
  } catch (e) {
    if (!(e instanceof CalendarMissingError)) throw e;
    return { daysLate, note: calendarNote(e) };
  }
}

export function judge(c: Clock, asOf: string): Obligation {
  const base: Obligation = {
    kind: c.kind,
    ruleId: c.ruleId,
    title: c.title,
    trigger: c.trigger,
    rule: c.rule,
    status: 'unknown',
    ...(c.ref ? { ref: c.ref } : {}),
    ...(c.doneOn ? { doneOn: c.doneOn } : {}),
  };
  const finish = (o: Obligation, ...extra: (Text | undefined)[]): Obligation => {
    const note = join([...(c.notes ?? []), ...extra]);
    return note ? { ...o, note } : o;
  };

  let due: string;
  try {
    due = c.fixedDue ?? addWorkingDays(c.trigger.date, c.workingDays ?? 0);
  } catch (e) {
    if (!(e instanceof CalendarMissingError)) throw e;
    return finish(withoutDue(c, base, asOf, e), c.doneUndated?.note, calendarNote(e));
  }
  const o: Obligation = { ...base, due };
  if (c.doneOn !== undefined) {
    if (c.doneOn <= due) return finish({ ...o, status: 'done' });
    const { note, ...late } = lateness(due, c.doneOn);
    return finish({ ...o, status: 'done-late', ...late }, note);
  }
  if (c.doneUndated) {
    // Done by asOf, and asOf is not past the due date: done in time whatever the exact day.
    if (asOf <= due) return finish({ ...o, status: 'done' }, c.doneUndated.note);
    return finish({ ...o, status: 'unknown', missing: c.doneUndated.missing }, c.doneUndated.note);
  }
  if (asOf <= due) {
    try {
      return finish({ ...o, status: 'open', workingDaysLeft: workingDaysBetween(asOf, due) });
    } catch (e) {
      if (!(e instanceof CalendarMissingError)) throw e;
      return finish({ ...o, status: 'open' }, calendarNote(e));
    }
  }
  const { note, ...late } = lateness(due, asOf);
  return finish({ ...o, status: 'overdue', ...late }, note);
}

/**
 * The due date falls in a year the calendar lacks. The answer may still be certain: a day D is on or
 * before the due date exactly when fewer than n working days lie in (trigger, D-1], which only needs
 * the calendar up to D-1.
 */
function withoutDue(c: Clock, base: Obligation, asOf: string, err: CalendarMissingError): Obligation {
  const n = c.workingDays ?? 0;
  const inTime = (d: string) => d <= c.trigger.date || workingDaysBetween(c.trigger.date, addDays(d, -1)) < n;
  try {
    if (c.doneOn !== undefined ? inTime(c.doneOn) : inTime(asOf)) {
      return { ...base, status: c.doneOn !== undefined || c.doneUndated ? 'done' : 'open' };
    }
  } catch (e) {
    if (!(e instanceof CalendarMissingError)) throw e;
  }
  return { ...base, status: 'unknown', missing: [`calendar:${err.year}`, ...(c.doneUndated?.missing ?? [])] };
}

/**
 * A count over the threshold is given but not the day it was reached. Done no later than the
 * earliest possible due date is in time whatever that day was; otherwise the date is needed.
 */
export function thresholdDateMissing(c: Clock, earliestDue: string, missingFact: string): Obligation {
  const base: Obligation = {
    kind: c.kind,
    ruleId: c.ruleId,
    title: c.title,
    trigger: c.trigger,
    rule: c.rule,
    status: 'unknown',
    ...(c.doneOn ? { doneOn: c.doneOn } : {}),
  };
  const why = t(`缺少事实 ${missingFact}：无法确定截止日期。`, `Missing fact ${missingFact}: the due date cannot be set.`);
  if (c.doneOn !== undefined && c.doneOn <= earliestDue) {
    const note = join([
      ...(c.notes ?? []),
      t(
        `已于 ${c.doneOn} 办理，不晚于最早可能的截止日 ${earliestDue}，无论何时达到门槛均未超期。`,
        `Done on ${c.doneOn}, no later than the earliest possible due date ${earliestDue}: in time whenever the threshold was reached.`,
      ),
    ]);
    return { ...base, status: 'done', ...(note ? { note } : {}) };
  }
  const note = join([...(c.notes ?? []), why]);
  return { ...base, missing: [`fact:${missingFact}`, ...(c.doneUndated?.missing ?? [])], ...(note ? { note } : {}) };
}

/** A completion dated before its trigger belongs to an earlier event: not done for this one. */
export function laterThan(doneOn: string | undefined, trigger: string, fact: string): Pick<Clock, 'doneOn' | 'notes'> {
  if (doneOn === undefined) return {};
  if (doneOn >= trigger) return { doneOn };
  return {
    notes: [
      t(
        `${fact}（${doneOn}）早于本次触发日期 ${trigger}，属于更早的一次办理，不计为本次完成。`,
        `${fact} (${doneOn}) is before this trigger (${trigger}); it belongs to an earlier event and does not count.`,
      ),
    ],
  };
}
