// One sentence per obligation for findings, reports and the CLI.
import type { Evidence, Text } from '../core/types.js';
import type { Obligation } from './types.js';

function lateText(o: Obligation): Text {
  const wd = o.workingDaysLate;
  const d = o.daysLate ?? 0;
  return wd === undefined
    ? { zh: `${d} 天`, en: `${d} days` }
    : { zh: `${wd} 个工作日（${d} 天）`, en: `${wd} working days (${d} days)` };
}

/** "人脸识别技术应用备案：截止 2025-07-14（30 个工作日…），已逾期 12 个工作日（17 天）". */
export function describeObligation(o: Obligation): Text {
  const due = !o.due
    ? { zh: '截止日期未知', en: 'due date unknown' }
    : o.kind === 'pia-retention'
      ? { zh: `保存至 ${o.due}`, en: `keep through ${o.due}` }
      : { zh: `截止 ${o.due}`, en: `due ${o.due}` };
  const head = {
    zh: `${o.title.zh}：${o.trigger.date} 起算，${due.zh}（${o.rule.zh}）`,
    en: `${o.title.en}: from ${o.trigger.date}, ${due.en} (${o.rule.en})`,
  };
  const late = lateText(o);
  const state: Text =
    o.status === 'done' && o.kind === 'pia-retention'
      ? { zh: '保存期已满', en: 'retention period over' }
      : o.status === 'done'
      ? o.doneOn
        ? { zh: `已于 ${o.doneOn} 按时完成`, en: `done in time on ${o.doneOn}` }
        : { zh: '已按时完成', en: 'done in time' }
      : o.status === 'done-late'
        ? { zh: `于 ${o.doneOn} 完成，超期 ${late.zh}`, en: `done on ${o.doneOn}, ${late.en} late` }
        : o.status === 'overdue'
          ? { zh: `尚未完成，已逾期 ${late.zh}`, en: `not done, overdue by ${late.en}` }
          : o.status === 'open'
            ? o.workingDaysLeft !== undefined
              ? { zh: `尚未完成，剩余 ${o.workingDaysLeft} 个工作日`, en: `not done yet, ${o.workingDaysLeft} working days left` }
              : { zh: '尚未完成，未到期', en: 'not done yet, not yet due' }
            : o.status === 'running'
              ? { zh: '保存期进行中', en: 'retention period running' }
              : { zh: '无法判断', en: 'cannot be decided' };
  const note = o.note ? { zh: ` ${o.note.zh}`, en: ` ${o.note.en}` } : { zh: '', en: '' };
  return { zh: `${head.zh}；${state.zh}。${note.zh}`.trim(), en: `${head.en}; ${state.en}.${note.en}`.trim() };
}

/** The obligation as a finding's evidence. */
export function obligationEvidence(o: Obligation): Evidence {
  return { kind: 'obligation', text: describeObligation(o).zh, location: `obligation:${o.kind}${o.ref ? `:${o.ref}` : ''}` };
}
