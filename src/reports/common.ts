// Labels and derived lists shared by every report format.
import type { Finding, Text, Verdict } from '../core/types.js';
import type { Assessment } from '../engine/assessment.js';
import { findRule } from '../rules/index.js';
import { CHAPTERS } from '../rules/rule.js';

export const VERDICT_LABEL: Record<Verdict, Text> = {
  fail: { zh: '不符合', en: 'Fail' },
  'needs-evidence': { zh: '待补充证据', en: 'Needs evidence' },
  manual: { zh: '需人工查验', en: 'Manual check' },
  pass: { zh: '符合', en: 'Pass' },
  'not-applicable': { zh: '不适用', en: 'Not applicable' },
};

export const VERDICT_COLOR: Record<Verdict, string> = {
  fail: '#c62828',
  'needs-evidence': '#ef8f00',
  manual: '#1565c0',
  pass: '#2e7d32',
  'not-applicable': '#9e9e9e',
};

export const OBLIGATION_STATUS_LABEL: Record<string, Text> = {
  done: { zh: '已按期完成', en: 'Done on time' },
  'done-late': { zh: '逾期完成', en: 'Done late' },
  open: { zh: '待办', en: 'Open' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  running: { zh: '保存期内', en: 'Running' },
  unknown: { zh: '无法计算', en: 'Cannot compute' },
};

export function chapterTitle(id: string): Text {
  return CHAPTERS.find((c) => c.id === id)?.title ?? { zh: id, en: id };
}

export function scenarioName(a: Assessment, id: string | undefined): string {
  if (!id) return '全局 / processor-wide';
  const s = a.subject.scenarios.find((x) => x.id === id);
  return s ? `${s.name} (${s.id})` : id;
}

export interface RectificationItem {
  no: number;
  ruleId: string;
  checkId: string;
  scenario: string;
  title: Text;
  problem: Text;
  remediation: Text;
  source: string[];
  evidence: string[];
}

/** 整改清单: every failing finding, in rulebook order. */
export function rectificationList(a: Assessment): RectificationItem[] {
  const items: RectificationItem[] = [];
  for (const r of a.rules) {
    for (const f of r.findings) {
      if (f.verdict !== 'fail') continue;
      items.push({
        no: items.length + 1,
        ruleId: r.id,
        checkId: f.checkId,
        scenario: scenarioName(a, f.scenarioId),
        title: r.title,
        problem: f.message,
        remediation: f.remediation ?? { zh: '', en: '' },
        source: r.source,
        evidence: f.evidence.map((e) => (e.location ? `${e.text} [${e.location}]` : e.text)),
      });
    }
  }
  return items;
}

/** Rule metadata the reports show beside findings (查验方法, 留存证据, requirement text). */
export function ruleMeta(id: string) {
  return findRule(id);
}

/** Readable names for `missing` entries like "question:Q-FR10-ALT". */
export function describeMissing(m: string): string {
  const [kind, rest] = [m.slice(0, m.indexOf(':')), m.slice(m.indexOf(':') + 1)];
  const label: Record<string, string> = {
    question: '自查问题 question',
    evidence: '留存证据 evidence',
    artifact: '检测输入 input',
    fact: '事实 fact',
    'policy-item': '政策告知项 policy item',
  };
  return `${label[kind] ?? kind} ${rest}`;
}

export function findingsOf(a: Assessment): Finding[] {
  return a.rules.flatMap((r) => r.findings);
}
