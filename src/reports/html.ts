// Self-contained HTML report for people and regulators: Chinese first, English alongside; inline CSS and SVG.
import { VERDICTS, type Finding } from '../core/types.js';
import type { Assessment, RuleResult } from '../engine/assessment.js';
import { CHAPTERS } from '../rules/rule.js';
import { OBLIGATION_STATUS_LABEL, VERDICT_COLOR, VERDICT_LABEL, describeMissing, rectificationList, ruleMeta, scenarioName } from './common.js';
import { esc } from './html-escape.js';
import { obligationTimeline, verdictBars, verdictDonut } from './svg.js';

const CSS = `
:root{--fail:${VERDICT_COLOR.fail};--ne:${VERDICT_COLOR['needs-evidence']};--man:${VERDICT_COLOR.manual};--pass:${VERDICT_COLOR.pass};--na:${VERDICT_COLOR['not-applicable']}}
*{box-sizing:border-box}body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:0;color:#222;background:#f6f7f9;line-height:1.55}
main{max-width:1080px;margin:0 auto;padding:24px 28px 60px;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid #222;padding-bottom:4px;margin-top:36px}h3{font-size:16px;margin:26px 0 8px;color:#333}
.en{color:#666;font-size:.9em}.meta{color:#444;font-size:14px}.meta td{padding:2px 12px 2px 0}
.summary{display:flex;gap:24px;align-items:center;flex-wrap:wrap}.tiles{display:flex;gap:10px;flex-wrap:wrap}
.tile{border-radius:6px;padding:8px 14px;color:#fff;min-width:104px}.tile b{font-size:22px;display:block}
.badge{display:inline-block;border-radius:4px;padding:1px 8px;color:#fff;font-size:12px;white-space:nowrap}
.rule{border:1px solid #ddd;border-left:6px solid var(--na);border-radius:4px;margin:10px 0;padding:10px 14px;page-break-inside:avoid}
.rule.fail{border-left-color:var(--fail)}.rule.needs-evidence{border-left-color:var(--ne)}.rule.manual{border-left-color:var(--man)}.rule.pass{border-left-color:var(--pass)}
.rule h4{margin:0;font-size:15px}.src{font-size:12px;color:#555}
.finding{margin:8px 0 0;padding:8px 10px;background:#fafafa;border-radius:4px;font-size:14px}
.finding .scn{font-size:12px;color:#555}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #bbb;background:#fff;font-size:13px}
.ev{font-size:13px;margin:4px 0 0 0;padding-left:18px}.ev code{font-size:11px;color:#555}
.fix{margin-top:6px;padding:6px 10px;background:#fff3f3;border:1px solid #f3c4c4;border-radius:4px;font-size:13px}
.need{margin-top:6px;font-size:13px;color:#7a4b00}
.manual{margin-top:6px;padding:6px 10px;background:#eef4fc;border:1px solid #c5d8f1;border-radius:4px;font-size:13px}
table.grid{border-collapse:collapse;width:100%;font-size:13px}table.grid th,table.grid td{border:1px solid #ccc;padding:5px 7px;vertical-align:top;text-align:left}
table.grid th{background:#f0f0f0}
details summary{cursor:pointer;color:#555;font-size:13px;margin-top:6px}
footer{margin-top:40px;font-size:12px;color:#777}
@media print{body{background:#fff}main{padding:0}details{display:block}details>summary{display:none}}
`;

const badge = (v: keyof typeof VERDICT_LABEL) =>
  `<span class="badge" style="background:${VERDICT_COLOR[v]}">${esc(VERDICT_LABEL[v].zh)} ${esc(VERDICT_LABEL[v].en)}</span>`;

function evidenceHtml(f: Finding): string {
  if (!f.evidence.length) return '';
  const items = f.evidence.map((e) =>
    e.kind === 'quote' && e.text
      ? `<li><blockquote>${esc(e.text)}</blockquote><code>${esc(e.location ?? '')}</code></li>`
      : `<li>${esc(e.text)}${e.location ? ` <code>${esc(e.location)}</code>` : ''}</li>`,
  );
  return `<ul class="ev">${items.join('')}</ul>`;
}

function findingHtml(a: Assessment, r: RuleResult, f: Finding): string {
  const meta = ruleMeta(r.id);
  const parts = [
    `<div class="finding">${badge(f.verdict)} <code>${esc(f.checkId)}</code> <span class="scn">${esc(scenarioName(a, f.scenarioId))}</span>`,
    `<div>${esc(f.message.zh)}<br><span class="en">${esc(f.message.en)}</span></div>`,
    evidenceHtml(f),
  ];
  if (f.missing?.length) {
    parts.push(`<div class="need">所需输入 / Needed to decide: ${f.missing.map((m) => esc(describeMissing(m))).join('；')}</div>`);
  }
  if (f.remediation) {
    parts.push(`<div class="fix"><b>整改建议</b> ${esc(f.remediation.zh)}<br><span class="en"><b>Remediation</b> ${esc(f.remediation.en)}</span></div>`);
  }
  if ((f.verdict === 'manual' || f.verdict === 'needs-evidence') && meta?.manual) {
    // Open for manual checks (the inspector works from it); folded for needs-evidence to keep the report short.
    parts.push(
      `<details${f.verdict === 'manual' ? ' open' : ''}><summary>查验方法与留存证据 / How to check, evidence to keep</summary><div class="manual"><b>查验方法</b><ol>${meta.manual.method.map((m) => `<li>${esc(m)}</li>`).join('')}</ol><b>留存证据</b><ol>${meta.manual.evidence.map((m) => `<li>${esc(m)}</li>`).join('')}</ol></div></details>`,
    );
  }
  parts.push('</div>');
  return parts.join('');
}

function ruleHtml(a: Assessment, r: RuleResult): string {
  const meta = ruleMeta(r.id);
  const shown = r.findings.filter((f) => f.verdict !== 'not-applicable' || r.verdict === 'not-applicable');
  const hidden = r.findings.length - shown.length;
  return `<section class="rule ${r.verdict}" id="${esc(r.id)}">
<h4>${esc(r.id)} ${esc(r.title.zh)} ${badge(r.verdict)}</h4>
<div class="en">${esc(r.title.en)}</div>
<div class="src">依据 Source: ${esc(r.source.join('；'))}${meta ? ` · 判定方式 Decided by: ${esc(meta.decidedBy.join(' '))}` : ''}</div>
${meta ? `<details><summary>要求 Requirement</summary><div>${esc(meta.requirement.zh)}<br><span class="en">${esc(meta.requirement.en)}</span></div></details>` : ''}
${shown.map((f) => findingHtml(a, r, f)).join('')}
${hidden ? `<div class="src">另有 ${hidden} 个场景不适用 / ${hidden} scenario(s) not applicable</div>` : ''}
</section>`;
}

export function renderHtml(a: Assessment): string {
  const rect = rectificationList(a);
  const tiles = VERDICTS.map(
    (v) => `<div class="tile" style="background:${VERDICT_COLOR[v]}"><b>${a.counts.total[v]}</b>${esc(VERDICT_LABEL[v].zh)}<br><span style="font-size:12px">${esc(VERDICT_LABEL[v].en)}</span></div>`,
  ).join('');
  const bars = verdictBars(CHAPTERS.map((c) => ({ label: `${c.id} ${c.short}`, counts: a.counts.byChapter[c.id] })));
  const obligations = a.obligations.length
    ? `${obligationTimeline(a.obligations, a.asOf)}
<table class="grid"><tr><th>规则 Rule</th><th>义务 Obligation</th><th>起算事实 Trigger</th><th>计算 Rule</th><th>截止 Due</th><th>状态 Status</th></tr>
${a.obligations
  .map((o) => {
    const st = OBLIGATION_STATUS_LABEL[o.status]!;
    const late = o.daysLate ? `<br>逾期 ${o.workingDaysLate ?? '?'} 个工作日（${o.daysLate} 天）<span class="en"> late</span>` : '';
    return `<tr><td>${esc(o.ruleId)}</td><td>${esc(o.title.zh)}<br><span class="en">${esc(o.title.en)}</span></td><td>${esc(o.trigger.date)}<br>${esc(o.trigger.text.zh)}</td><td>${esc(o.rule.zh)}<br><span class="en">${esc(o.rule.en)}</span></td><td>${esc(o.due ?? '—')}${o.doneOn ? `<br>完成 ${esc(o.doneOn)}` : ''}</td><td><b>${esc(st.zh)}</b> <span class="en">${esc(st.en)}</span>${late}${o.note ? `<br><span class="src">${esc(o.note.zh)}</span>` : ''}</td></tr>`;
  })
  .join('\n')}</table>`
    : '<p>未从事实中得出期限义务。<span class="en">No deadline obligations follow from the facts given.</span></p>';

  const chapters = CHAPTERS.map((c) => {
    const rules = a.rules.filter((r) => r.chapter === c.id);
    if (!rules.length) return '';
    return `<h3>${esc(c.id)} ${esc(c.title.zh)} <span class="en">${esc(c.title.en)}</span></h3>${rules.map((r) => ruleHtml(a, r)).join('\n')}`;
  }).join('\n');

  const rectTable = rect.length
    ? `<table class="grid"><tr><th>#</th><th>规则 Rule</th><th>场景 Scenario</th><th>问题 Problem</th><th>整改措施 Remediation</th><th>依据 Source</th><th>责任人/期限 Owner / due</th></tr>
${rect
  .map(
    (i) =>
      `<tr><td>${i.no}</td><td><a href="#${esc(i.ruleId)}">${esc(i.checkId)}</a></td><td>${esc(i.scenario)}</td><td>${esc(i.problem.zh)}<br><span class="en">${esc(i.problem.en)}</span></td><td>${esc(i.remediation.zh)}<br><span class="en">${esc(i.remediation.en)}</span></td><td>${esc(i.source.join('；'))}</td><td></td></tr>`,
  )
  .join('\n')}</table>`
    : '<p>无不符合项。<span class="en">No failures.</span></p>';

  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>合规评估报告 ${esc(a.subject.processor)} ${esc(a.asOf)}</title><style>${CSS}</style></head>
<body><main>
<h1>人脸识别与个人信息合规评估报告</h1>
<div class="en">Face recognition and personal information compliance assessment</div>
<table class="meta"><tr><td>个人信息处理者 Processor</td><td><b>${esc(a.subject.processor)}</b>${a.subject.creditCode ? ` （${esc(a.subject.creditCode)}）` : ''}</td></tr>
<tr><td>评估日期 Assessed on</td><td>${esc(a.asOf)}</td></tr>
<tr><td>场景 Scenarios</td><td>${a.subject.scenarios.map((s) => `${esc(s.name)} <span class="en">(${esc(s.type)}, ${esc(s.setting)}${s.sector ? `, ${esc(s.sector)}` : ''})</span>`).join('<br>')}</td></tr>
<tr><td>检测输入 Inputs</td><td>${a.inputs.length ? a.inputs.map((i) => `${esc(i.kind)}: ${esc(i.source)}`).join('<br>') : '自查问卷与证据清单 questionnaire and evidence manifest only'}</td></tr>
<tr><td>工具 Tool</td><td>faceaudit ${esc(a.tool.version)} · schema ${esc(a.schemaVersion)}</td></tr></table>

<h2>结论汇总 <span class="en">Summary</span></h2>
<p class="src">按规则计数（一条规则取其各场景、各检查项中最严重的结论）。<span class="en">Counted per rule; a rule takes the worst verdict over its scenarios and checks.</span></p>
<div class="summary">${verdictDonut(a.counts.total)}<div class="tiles">${tiles}</div></div>
${bars}

<h2>义务与期限 <span class="en">Obligations and deadlines</span></h2>
<p class="src">工作日按国务院节假日安排计算（法定节假日不计，调休上班日计入），自触发日次日起算。<span class="en">Working days follow the State Council holiday notices; counting starts the day after the trigger.</span></p>
${obligations}

<h2>逐条结果 <span class="en">Findings by rule</span></h2>
${chapters}

<h2>整改清单 <span class="en">Rectification list</span></h2>
${rectTable}

<footer>本报告由 faceaudit 依据《人脸识别技术应用安全管理办法》《个人信息保护法》、T/TAF 077.7-2020 及相关治理要求自动生成；“需人工查验”与“待补充证据”项须由检查人员结合留存证据判断。<br>
<span class="en">Generated by faceaudit. Items marked manual or needs-evidence must be judged by an inspector with the retained evidence.</span></footer>
</main></body></html>
`;
}
