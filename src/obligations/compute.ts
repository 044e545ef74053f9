// Computes the filing, officer-reporting, PIA and request obligations from the subject's facts.
// Deadlines in working days come from src/calendar (chinese-days); a year the calendar lacks makes the
// obligation 'unknown' (or still decidable, see judge), never a guess and never a crash.
import type { Text } from '../core/types.js';
import type { Subject } from '../subject/schema.js';
import { addDays, addYears, toDayNumber } from '../calendar/dates.js';
import { addWorkingDays } from '../calendar/workdays.js';
import type { Obligation } from './types.js';
import { judge, laterThan, t, thresholdDateMissing, WD_RULE, type Clock } from './clock.js';

/** Measures Art.15: stored face information of this many persons requires filing. */
export const FACE_FILING_THRESHOLD = 100_000;
/** PIPL Art.52 and the CAC announcement of 2025-07-18: PI of this many persons requires reporting the officer. */
export const PI_OFFICER_THRESHOLD = 1_000_000;
/** The Measures came into force; a threshold reached earlier counts from this day (CAC 公告: file by 2025-07-14). */
export const MEASURES_IN_FORCE = '2025-06-01';
/** Publication of the officer-reporting announcement; those already over the threshold report by 2025-08-29. */
export const OFFICER_NOTICE = '2025-07-18';
export const OFFICER_TRANSITION_DUE = '2025-08-29';
export const PROCEDURE_WORKING_DAYS = 30;
/** 认定方法 6: a promised response time may not exceed 15 working days; none promised → 15. */
export const RESPONSE_MAX_WORKING_DAYS = 15;
/** PIPL Art.56, Measures Art.9: PIA report and processing records kept at least 3 years. */
export const PIA_KEEP_YEARS = 3;

const FILED = ['submitted', 'filed', 'deregistered'] as const;
const isFiled = (status: string | undefined) => (FILED as readonly string[]).includes(status ?? '');

function filingObligations(subject: Subject, asOf: string): Obligation[] {
  const f = subject.facts;
  const filing = f.filing;
  const out: Obligation[] = [];
  const count = f.faceStoredPersons;
  const reached = f.faceThresholdReachedOn;

  if (reached !== undefined || (count !== undefined && count >= FACE_FILING_THRESHOLD)) {
    const notes: Text[] = [];
    let doneOn: string | undefined;
    let doneUndated: Clock['doneUndated'];
    if (filing && isFiled(filing.status)) {
      doneOn = filing.submittedOn ?? filing.filedOn;
      if (!filing.submittedOn && filing.filedOn) {
        notes.push(t('未提供提交日期，按取得备案编号日期判断（可能偏晚）。', 'No submission date given; judged by the date the filing number was issued (may be later).'));
      }
      if (!doneOn) {
        doneUndated = {
          note: t(`备案状态为 ${filing.status}，但未提供提交日期。`, `The filing status is ${filing.status} but no submission date is given.`),
          missing: ['fact:facts.filing.submittedOn'],
        };
      }
    } else if (filing?.status === 'returned') {
      notes.push(t('备案材料被退回，尚未完成备案。', 'The filing was returned; it is not complete.'));
    }
    if (count !== undefined && count < FACE_FILING_THRESHOLD) {
      notes.push(t(`当前存储 ${count} 人，低于 10 万人，但曾于 ${reached} 达到门槛。`, `${count} persons stored now, below 100,000, but the threshold was reached on ${reached}.`));
    }
    const clock: Clock = {
      kind: 'filing',
      ruleId: 'FR-15',
      title: t('人脸识别技术应用备案', 'Face recognition application filing'),
      trigger: { date: MEASURES_IN_FORCE, text: t('人脸信息存储数量达到 10 万人', 'Stored face information reached 100,000 persons') },
      rule: WD_RULE(PROCEDURE_WORKING_DAYS),
      workingDays: PROCEDURE_WORKING_DAYS,
      ...(doneOn ? { doneOn } : {}),
      ...(doneUndated ? { doneUndated } : {}),
      notes,
    };
    if (reached === undefined) {
      clock.trigger = {
        date: MEASURES_IN_FORCE,
        text: t(
          `人脸信息存储 ${count} 人（≥10 万），未提供达到日期；最早自办法施行日 ${MEASURES_IN_FORCE} 起算`,
          `${count} persons stored (≥ 100,000), date reached not given; the clock starts ${MEASURES_IN_FORCE} at the earliest`,
        ),
      };
      out.push(thresholdDateMissing(clock, addWorkingDays(MEASURES_IN_FORCE, PROCEDURE_WORKING_DAYS), 'facts.faceThresholdReachedOn'));
    } else if (reached < MEASURES_IN_FORCE) {
      clock.trigger = {
        date: MEASURES_IN_FORCE,
        text: t(
          `人脸信息存储数量于 ${reached} 达到 10 万人，早于办法施行日，自 ${MEASURES_IN_FORCE} 起算`,
          `Stored face information reached 100,000 persons on ${reached}, before the Measures came into force; counted from ${MEASURES_IN_FORCE}`,
        ),
      };
      out.push(judge(clock, asOf));
    } else {
      clock.trigger = { date: reached, text: clock.trigger.text };
      out.push(judge(clock, asOf));
    }
  }

  // Change and deregistration only concern something on file.
  if (filing && isFiled(filing.status)) {
    const filedOn = filing.submittedOn ?? filing.filedOn;
    if (filing.changedOn && !(filedOn && filing.changedOn <= filedOn)) {
      out.push(
        judge(
          {
            kind: 'change-filing',
            ruleId: 'FR-15',
            title: t('备案变更', 'Change filing'),
            trigger: { date: filing.changedOn, text: t('备案信息发生实质性变更', 'Substantive change to the filed information') },
            rule: WD_RULE(PROCEDURE_WORKING_DAYS),
            workingDays: PROCEDURE_WORKING_DAYS,
            ...laterThan(filing.changeFiledOn, filing.changedOn, 'facts.filing.changeFiledOn'),
          },
          asOf,
        ),
      );
    }
    if (filing.stoppedOn) {
      const undated =
        !filing.deregisteredOn && filing.status === 'deregistered'
          ? {
              doneUndated: {
                note: t('备案状态为已注销，但未提供注销日期。', 'The filing status is deregistered but no date is given.'),
                missing: ['fact:facts.filing.deregisteredOn'],
              },
            }
          : {};
      out.push(
        judge(
          {
            kind: 'deregistration',
            ruleId: 'FR-15',
            title: t('注销备案', 'Filing deregistration'),
            trigger: { date: filing.stoppedOn, text: t('停止应用人脸识别技术', 'Face recognition use stopped') },
            rule: WD_RULE(PROCEDURE_WORKING_DAYS),
            workingDays: PROCEDURE_WORKING_DAYS,
            ...laterThan(filing.deregisteredOn, filing.stoppedOn, 'facts.filing.deregisteredOn'),
            ...undated,
          },
          asOf,
        ),
      );
    }
  }
  return out;
}

function officerObligations(subject: Subject, asOf: string): Obligation[] {
  const f = subject.facts;
  const officer = subject.processor.officer;
  const out: Obligation[] = [];
  const count = f.piPersons;
  const reached = f.piThresholdReachedOn;
  const title = t('个人信息保护负责人信息报送', 'Reporting the personal information protection officer');
  if (reached !== undefined || (count !== undefined && count >= PI_OFFICER_THRESHOLD)) {
    const base = {
      kind: 'officer-report' as const,
      ruleId: 'PI-14',
      title,
      ...(officer?.reportedOn ? { doneOn: officer.reportedOn } : {}),
      notes: [] as Text[],
    };
    if (reached === undefined) {
      out.push(
        thresholdDateMissing(
          {
            ...base,
            trigger: {
              date: OFFICER_NOTICE,
              text: t(
                `处理 ${count} 人个人信息（≥100 万），未提供达到日期；报送义务最早自 ${OFFICER_NOTICE} 公告起`,
                `PI of ${count} persons (≥ 1,000,000), date reached not given; the duty starts with the announcement of ${OFFICER_NOTICE} at the earliest`,
              ),
            },
            rule: t(`${OFFICER_TRANSITION_DUE} 前或达到之日起 30 个工作日`, `by ${OFFICER_TRANSITION_DUE}, or 30 working days after reaching it`),
          },
          OFFICER_TRANSITION_DUE,
          'facts.piThresholdReachedOn',
        ),
      );
    } else if (reached < OFFICER_NOTICE) {
      out.push(
        judge(
          {
            ...base,
            trigger: {
              date: OFFICER_NOTICE,
              text: t(
                `个人信息处理数量于 ${reached} 达到 100 万人，早于 ${OFFICER_NOTICE} 公告`,
                `PI of 1,000,000 persons reached on ${reached}, before the announcement of ${OFFICER_NOTICE}`,
              ),
            },
            rule: t(`公告前已达到的，${OFFICER_TRANSITION_DUE} 前完成报送`, `reached before the announcement: report by ${OFFICER_TRANSITION_DUE}`),
            fixedDue: OFFICER_TRANSITION_DUE,
          },
          asOf,
        ),
      );
    } else {
      out.push(
        judge(
          {
            ...base,
            trigger: { date: reached, text: t('个人信息处理数量达到 100 万人', 'Personal information processed reached 1,000,000 persons') },
            rule: WD_RULE(PROCEDURE_WORKING_DAYS),
            workingDays: PROCEDURE_WORKING_DAYS,
          },
          asOf,
        ),
      );
    }
  }
  // A change matters once something was reported, and only if the report predates it.
  if (officer?.changedOn && officer.reportedOn && officer.changedOn > officer.reportedOn) {
    out.push(
      judge(
        {
          kind: 'officer-change',
          ruleId: 'PI-14',
          title: t('个人信息保护负责人信息变更', 'Change of the reported officer information'),
          trigger: { date: officer.changedOn, text: t('报送信息发生实质性变更', 'Substantive change to the reported information') },
          rule: WD_RULE(PROCEDURE_WORKING_DAYS),
          workingDays: PROCEDURE_WORKING_DAYS,
          ...laterThan(officer.changeReportedOn, officer.changedOn, 'processor.officer.changeReportedOn'),
        },
        asOf,
      ),
    );
  }
  return out;
}

function piaObligations(subject: Subject, asOf: string): Obligation[] {
  const { pia, purposeOrMethodChangedOn: changed } = subject.facts;
  const out: Obligation[] = [];
  if (pia) {
    // Civil Code Art.201/202: the period starts the next day and ends on the same date 3 years on.
    const keepThrough = addYears(pia.date, PIA_KEEP_YEARS);
    const earliestDiscardOn = addDays(keepThrough, 1);
    const over = asOf > keepThrough;
    out.push({
      kind: 'pia-retention',
      ruleId: 'FR-09',
      title: t('影响评估报告和处理情况记录保存', 'Keeping the PIA report and processing records'),
      trigger: { date: pia.date, text: t('完成个人信息保护影响评估', 'PIA completed') },
      due: keepThrough,
      earliestDiscardOn,
      rule: t(`至少保存 ${PIA_KEEP_YEARS} 年`, `kept at least ${PIA_KEEP_YEARS} years`),
      status: over ? 'done' : 'running',
      note: over
        ? t(`保存期已满，自 ${earliestDiscardOn} 起方可销毁。`, `The retention period is over; the records may be discarded from ${earliestDiscardOn}.`)
        : t(`须保存至 ${keepThrough}，${earliestDiscardOn} 前不得销毁。`, `Keep them through ${keepThrough}; not to be discarded before ${earliestDiscardOn}.`),
    });
  }
  if (changed) {
    // Measures Art.9 says 应当重新进行 without a period; PIPL Art.55 requires the assessment before the
    // processing, so the new PIA is due on the change date itself.
    const redone = pia && pia.date >= changed ? pia.date : undefined;
    out.push(
      judge(
        {
          kind: 'pia-redo',
          ruleId: 'FR-09',
          title: t('重新进行个人信息保护影响评估', 'Redoing the PIA'),
          trigger: { date: changed, text: t('人脸信息处理目的或方式发生变化', 'Purpose or method of face processing changed') },
          rule: t(
            '办法第九条未规定期限；按个保法第五十五条“事前”评估，截止日即变化之日',
            'Measures Art.9 sets no period; PIPL Art.55 requires assessing beforehand, so it is due on the change date',
          ),
          fixedDue: changed,
          ...(redone ? { doneOn: redone } : {}),
          notes: pia
            ? redone
              ? []
              : [t(`最近一次评估（${pia.date}）早于变化日期。`, `The latest PIA (${pia.date}) predates the change.`)]
            : [t('未记录任何影响评估。', 'No PIA is recorded at all.')],
        },
        asOf,
      ),
    );
  }
  return out;
}

const REQUEST_TYPES: Record<string, Text> = {
  access: t('查阅', 'access'),
  copy: t('复制', 'copy'),
  correction: t('更正', 'correction'),
  deletion: t('删除', 'deletion'),
  withdrawal: t('撤回同意', 'consent withdrawal'),
  deregistration: t('注销账号', 'account deregistration'),
  portability: t('转移', 'portability'),
  complaint: t('投诉举报', 'complaint'),
};

function requestObligations(subject: Subject, asOf: string): Obligation[] {
  const { requests = [], promisedResponseWorkingDays: promised } = subject.facts;
  const limit = Math.min(RESPONSE_MAX_WORKING_DAYS, promised ?? RESPONSE_MAX_WORKING_DAYS);
  const limitNote =
    promised === undefined
      ? t('未承诺答复时限，按 15 个工作日计。', 'No response time promised; 15 working days apply.')
      : promised > RESPONSE_MAX_WORKING_DAYS
        ? t(`承诺时限 ${promised} 个工作日超过 15 个工作日上限，按 15 个工作日计。`, `The promised ${promised} working days exceed the 15-day cap; 15 apply.`)
        : undefined;
  return requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.receivedOn < b.r.receivedOn ? -1 : a.r.receivedOn > b.r.receivedOn ? 1 : a.i - b.i))
    .map(({ r, i }) => {
      const type = REQUEST_TYPES[r.type] ?? t(r.type, r.type);
      const clock: Clock = {
        kind: 'request-response',
        ruleId: 'PI-15',
        ref: `requests[${i}]`,
        title: t(`个人${type.zh}请求的处理（${r.receivedOn} 收到）`, `Handling a ${type.en} request received ${r.receivedOn}`),
        trigger: { date: r.receivedOn, text: t(`收到${type.zh}请求`, `${type.en} request received`) },
        rule: WD_RULE(limit),
        workingDays: limit,
        notes: limitNote ? [limitNote] : [],
      };
      if (r.answeredOn !== undefined && r.answeredOn < r.receivedOn) {
        const { due } = judge(clock, asOf);
        return {
          kind: clock.kind,
          ruleId: clock.ruleId,
          ref: clock.ref,
          title: clock.title,
          trigger: clock.trigger,
          rule: clock.rule,
          ...(due ? { due } : {}),
          doneOn: r.answeredOn,
          status: 'unknown' as const,
          missing: [`fact:facts.requests[${i}].answeredOn`],
          note: t(`答复日期 ${r.answeredOn} 早于收到日期 ${r.receivedOn}，数据有误。`, `Answered ${r.answeredOn}, before it was received (${r.receivedOn}): the data is wrong.`),
        };
      }
      return judge({ ...clock, ...(r.answeredOn ? { doneOn: r.answeredOn } : {}) }, asOf);
    });
}

/**
 * All obligations of the subject as of a date, in a fixed order: filing, change filing,
 * deregistration, officer report, officer change, PIA retention, PIA redo, then requests by receipt.
 */
export function computeObligations(subject: Subject, asOf: string): Obligation[] {
  toDayNumber(asOf); // a clear InvalidDateError for a malformed date
  return [
    ...filingObligations(subject, asOf),
    ...officerObligations(subject, asOf),
    ...piaObligations(subject, asOf),
    ...requestObligations(subject, asOf),
  ];
}
