// Markdown report: for pull requests, tickets and e-mail.
import { VERDICTS } from '../core/types.js';
import type { Assessment } from '../engine/assessment.js';
import { CHAPTERS } from '../rules/rule.js';
import { OBLIGATION_STATUS_LABEL, VERDICT_LABEL, describeMissing, rectificationList, ruleMeta, scenarioName } from './common.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(a: Assessment): string {
  const out: string[] = [];
  out.push(`# 人脸识别与个人信息合规评估报告 / Compliance assessment report`, '');
  out.push(`- 个人信息处理者 Processor: **${a.subject.processor}**${a.subject.creditCode ? ` (${a.subject.creditCode})` : ''}`);
  out.push(`- 评估日期 Assessed on: ${a.asOf} · faceaudit ${a.tool.version}`);
  out.push(`- 场景 Scenarios: ${a.subject.scenarios.map((s) => `${s.name} (${s.type}, ${s.setting})`).join('; ')}`, '');

  out.push('## 结论汇总 Summary', '');
  out.push(`| 章节 Chapter | ${VERDICTS.map((v) => `${VERDICT_LABEL[v].zh} ${VERDICT_LABEL[v].en}`).join(' | ')} |`);
  out.push(`|---|${VERDICTS.map(() => '---:').join('|')}|`);
  for (const c of CHAPTERS) {
    out.push(`| ${c.id} ${c.title.zh} | ${VERDICTS.map((v) => a.counts.byChapter[c.id][v]).join(' | ')} |`);
  }
  out.push(`| **合计 Total** | ${VERDICTS.map((v) => `**${a.counts.total[v]}**`).join(' | ')} |`, '');

  if (a.obligations.length) {
    out.push('## 义务与期限 Obligations and deadlines', '');
    out.push('| 规则 Rule | 义务 Obligation | 起算 Trigger | 截止 Due | 状态 Status |', '|---|---|---|---|---|');
    for (const o of a.obligations) {
      const st = OBLIGATION_STATUS_LABEL[o.status]!;
      const late = o.daysLate ? ` (${o.workingDaysLate ?? '?'} 个工作日 / ${o.daysLate} days late)` : '';
      out.push(`| ${o.ruleId} | ${cell(o.title.zh)} ${cell(o.title.en)} | ${o.trigger.date} ${cell(o.trigger.text.zh)} | ${o.due ?? '—'} | ${st.zh} ${st.en}${late} |`);
    }
    out.push('');
  }

  out.push('## 逐条结果 Findings by rule', '');
  for (const c of CHAPTERS) {
    const rules = a.rules.filter((r) => r.chapter === c.id);
    if (!rules.length) continue;
    out.push(`### ${c.id} ${c.title.zh} / ${c.title.en}`, '');
    for (const r of rules) {
      out.push(`#### ${r.id} ${r.title.zh} — ${VERDICT_LABEL[r.verdict].zh} ${VERDICT_LABEL[r.verdict].en}`, '');
      out.push(`*${r.title.en}* · 依据 Source: ${r.source.join('; ')}`, '');
      for (const f of r.findings) {
        if (f.verdict === 'not-applicable' && r.verdict !== 'not-applicable') continue;
        out.push(`- **${VERDICT_LABEL[f.verdict].zh} ${VERDICT_LABEL[f.verdict].en}** \`${f.checkId}\` · ${scenarioName(a, f.scenarioId)}: ${f.message.zh} ${f.message.en}`);
        for (const e of f.evidence) out.push(`  - ${e.kind === 'quote' ? '> ' : ''}${e.text}${e.location ? ` — \`${e.location}\`` : ''}`);
        if (f.missing?.length) out.push(`  - 所需输入 Needed: ${f.missing.map(describeMissing).join('; ')}`);
        if (f.remediation) out.push(`  - 整改建议: ${f.remediation.zh}`, `  - Remediation: ${f.remediation.en}`);
        if (f.verdict === 'manual') {
          const m = ruleMeta(r.id)?.manual;
          if (m) {
            out.push(`  - 查验方法: ${m.method.join(' ')}`);
            out.push(`  - 留存证据: ${m.evidence.join('；')}`);
          }
        }
      }
      out.push('');
    }
  }

  const rect = rectificationList(a);
  out.push('## 整改清单 Rectification list', '');
  if (!rect.length) out.push('无不符合项。No failures.', '');
  else {
    out.push('| # | 规则 Rule | 场景 Scenario | 问题 Problem | 整改建议 Remediation |', '|---:|---|---|---|---|');
    for (const i of rect) out.push(`| ${i.no} | ${i.checkId} | ${cell(i.scenario)} | ${cell(i.problem.zh)} | ${cell(i.remediation.zh)} |`);
    out.push('');
  }
  return out.join('\n');
}
