// Reports of the policy analyzer: `faceaudit policy FILE… --format json|html|md` and `faceaudit policy diff`.
// HTML is one self-contained file (no scripts, no external assets), Chinese with English labels.
import { POLICY_ITEMS, type PolicyArtifact, type PolicyItemId } from '../core/artifacts.js';
import type { Text } from '../core/types.js';
import type { PolicyDiff } from '../collectors/policy/diff.js';
import { esc } from './html-escape.js';

export type PolicyReportFormat = 'json' | 'html' | 'md';

export interface PolicyReportError {
  file: string;
  problem: string;
  message: string;
}

export const ITEM_LABEL: Record<PolicyItemId, Text> = {
  'controller-identity': { zh: '处理者身份', en: 'Controller identity' },
  'controller-contact': { zh: '联系方式', en: 'Controller contact' },
  purpose: { zh: '处理目的', en: 'Purpose' },
  'data-types': { zh: '个人信息种类', en: 'Data types' },
  'processing-method': { zh: '处理方式', en: 'Processing method' },
  retention: { zh: '保存期限', en: 'Retention' },
  rights: { zh: '个人权利及行使方式', en: 'Rights and how to exercise them' },
  'withdraw-consent': { zh: '撤回同意', en: 'Withdrawing consent' },
  'complaint-channel': { zh: '投诉举报渠道', en: 'Complaint channel' },
  'security-measures': { zh: '安全保护措施', en: 'Security measures' },
  'incident-notice': { zh: '安全事件告知', en: 'Incident notice' },
  minors: { zh: '未成年人保护', en: 'Minors' },
  'sensitive-pi': { zh: '敏感个人信息', en: 'Sensitive PI' },
  'third-party-sharing': { zh: '对外提供/共享/委托处理', en: 'Third-party sharing' },
  'sdk-list': { zh: '第三方SDK清单', en: 'SDK list' },
  'cross-border': { zh: '跨境传输', en: 'Cross-border transfer' },
  personalization: { zh: '个性化推荐/广告', en: 'Personalisation' },
  'policy-update': { zh: '政策更新与生效', en: 'Policy updates' },
  'face-info': { zh: '人脸信息', en: 'Face information' },
  'face-purpose-method': { zh: '人脸处理目的与方式', en: 'Face purpose and method' },
  'face-retention': { zh: '人脸信息保存期限', en: 'Face retention' },
  'face-separate-consent': { zh: '人脸单独同意', en: 'Face separate consent' },
  'face-alternative': { zh: '非人脸替代方式', en: 'Non-face alternative' },
  'face-deletion': { zh: '人脸信息删除', en: 'Face deletion' },
  'face-no-sharing': { zh: '人脸不共享/不画像', en: 'Face not shared / profiled' },
};

// ---- JSON ------------------------------------------------------------------------------------------------

/** `{ policies: [artifact…], errors: [...] }`: every artifact with its clean text, sentences, items, facts, problems. */
export function policyJson(policies: PolicyArtifact[], errors: PolicyReportError[] = []): string {
  return JSON.stringify({ policies, errors }, null, 2);
}

// ---- Markdown --------------------------------------------------------------------------------------------

export function policyMarkdown(policies: PolicyArtifact[], errors: PolicyReportError[] = []): string {
  const out: string[] = ['# 隐私政策分析 / Privacy policy analysis', ''];
  for (const p of policies) {
    out.push(`## ${mdText(p.source)}`, '');
    const meta = [p.encoding && `编码 encoding: ${p.encoding}`, p.facts.updatedDate && `更新 updated: ${p.facts.updatedDate}`, p.facts.effectiveDate && `生效 effective: ${p.facts.effectiveDate}`];
    out.push(meta.filter(Boolean).join(' · ') || '—', '');
    out.push('| 告知事项 Item | 有无 Present | 依据 Evidence |', '|---|---|---|');
    for (const id of POLICY_ITEMS) {
      const it = p.items[id];
      const first = it.sentences[0];
      const s = first === undefined ? undefined : p.sentences[first];
      const ev = s ? `「${mdText(clip(s.text, 80))}」 @${s.start}-${s.end} (${s.why?.[id] ?? ''})${it.sentences.length > 1 ? ` +${it.sentences.length - 1}` : ''}` : '';
      out.push(`| ${ITEM_LABEL[id].zh} \`${id}\` | ${it.present ? '✓' : '✗'} | ${ev} |`);
    }
    out.push('', '### 人脸信息 Face information', '', ...faceLines(p).map((l) => `- ${mdText(l)}`), '');
    out.push('### 事实 Facts', '');
    out.push(`- 处理者 Controllers: ${mdText(p.facts.controllers.join('；')) || '—'}`);
    out.push(`- 联系方式 Contacts: ${mdText(p.facts.contacts.map((c) => `${c.type} ${c.value}`).join('；')) || '—'}`);
    out.push(`- 保存期限 Retention: ${mdText(p.facts.retention.map(retentionLabel).join('；')) || '—'}`);
    out.push(`- 个人信息 Data types: ${mdText(p.facts.dataTypes.join('、')) || '—'}`);
    out.push(`- SDK (${p.facts.sdks.length}): ${mdText(p.facts.sdks.map((s) => s.name + (s.company ? `（${s.company}）` : '')).join('；')) || '—'}`);
    out.push('', '### 问题 Problems', '');
    if (!p.problems.length) out.push('- —');
    for (const pr of p.problems) out.push(`- **${pr.id}**: ${mdText(pr.message.zh)} / ${mdText(pr.message.en)}${pr.sentences.length ? ` (sentences ${pr.sentences.slice(0, 8).join(', ')})` : ''}`);
    out.push('', '### 声明 Statements', '');
    const statements = p.facts.statements ?? [];
    if (!statements.length) out.push('- —');
    for (const st of statements) out.push(`- **${st.id}**: ${mdText(st.message.zh)} / ${mdText(st.message.en)} (sentences ${st.sentences.slice(0, 8).join(', ')})`);
    out.push('');
  }
  if (errors.length) {
    out.push('## 无法分析的文件 Unusable input', '');
    for (const e of errors) out.push(`- \`${mdText(e.file)}\` (${e.problem}): ${mdText(e.message)}`);
    out.push('');
  }
  return out.join('\n');
}

function mdText(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

// ---- HTML ------------------------------------------------------------------------------------------------

const CSS = `body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:2px solid #ddd;padding-bottom:.3rem;margin-top:2.5rem}h3{font-size:1rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#f5f5f5}
.yes{color:#2e7d32;font-weight:bold}.no{color:#c62828;font-weight:bold}.en{color:#666;font-size:.85em}.why{color:#888;font-size:.8em}
.problem{border-left:4px solid #c62828;background:#fdecea;padding:.4rem .7rem;margin:.4rem 0}.statement{border-left:4px solid #2e7d32;background:#edf7ee;padding:.4rem .7rem;margin:.4rem 0}.err{border-left:4px solid #ef8f00;background:#fff4e5;padding:.4rem .7rem;margin:.4rem 0}
q{quotes:"「" "」"}code{background:#f3f3f3;padding:0 .2rem}details{margin:.5rem 0}mark{background:#fff3b0}`;

export function policyHtml(policies: PolicyArtifact[], errors: PolicyReportError[] = []): string {
  const body: string[] = [`<h1>隐私政策分析 <span class="en">Privacy policy analysis</span></h1>`];
  for (const p of policies) body.push(policySection(p));
  if (errors.length) {
    body.push('<h2>无法分析的文件 <span class="en">Unusable input</span></h2>');
    for (const e of errors) body.push(`<div class="err"><code>${esc(e.file)}</code> (${esc(e.problem)}): ${esc(e.message)}</div>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策分析 Privacy policy analysis</title><style>${CSS}</style></head><body>${body.join('\n')}</body></html>\n`;
}

function policySection(p: PolicyArtifact): string {
  const rows = POLICY_ITEMS.map((id) => {
    const it = p.items[id];
    const quotes = it.sentences
      .slice(0, 3)
      .map((i) => {
        const s = p.sentences[i]!;
        return `<div><q>${esc(clip(s.text, 160))}</q> <span class="why">@${s.start}-${s.end} · ${esc(s.why?.[id] ?? '')}</span></div>`;
      })
      .join('');
    const more = it.sentences.length > 3 ? `<div class="why">+${it.sentences.length - 3}</div>` : '';
    return `<tr><td>${esc(ITEM_LABEL[id].zh)}<br><span class="en">${esc(ITEM_LABEL[id].en)}</span> <code>${id}</code></td><td class="${it.present ? 'yes' : 'no'}">${it.present ? '有 ✓' : '无 ✗'}</td><td>${quotes}${more}</td></tr>`;
  });
  const f = p.facts;
  const sdkRows = f.sdks
    .map((s) => `<tr><td>${esc(s.name)}</td><td>${esc(s.company ?? '')}</td><td>${esc(s.data ?? '')}</td><td>${esc(s.purpose ?? '')}</td><td>${esc(s.permissions ?? '')}</td><td>${esc(s.policyUrl ?? '')}</td></tr>`)
    .join('');
  const problems = p.problems.length
    ? p.problems.map((pr) => `<div class="problem"><b>${esc(pr.id)}</b>: ${esc(pr.message.zh)}<br><span class="en">${esc(pr.message.en)}</span>${quoteList(p, pr.sentences)}</div>`).join('')
    : '<p>—</p>';
  const statements = (p.facts.statements ?? []).length
    ? p.facts.statements!.map((st) => `<div class="statement"><b>${esc(st.id)}</b>: ${esc(st.message.zh)}<br><span class="en">${esc(st.message.en)}</span>${quoteList(p, st.sentences)}</div>`).join('')
    : '<p>—</p>';
  const tagged = p.sentences
    .map((s, i) => (s.tags.length ? `<li value="${i}"><mark>${esc(s.tags.join(' '))}</mark> ${esc(s.text)}</li>` : ''))
    .join('');
  return [
    `<h2>${esc(p.source)}</h2>`,
    `<p>${[p.encoding && `编码 <span class="en">encoding</span>: ${esc(p.encoding)}`, f.updatedDate && `更新日期 <span class="en">updated</span>: ${esc(f.updatedDate)}`, f.effectiveDate && `生效日期 <span class="en">effective</span>: ${esc(f.effectiveDate)}`, `${p.sentences.length} 句 <span class="en">sentences</span>`].filter(Boolean).join(' · ')}</p>`,
    `<h3>问题 <span class="en">Problems</span></h3>${problems}`,
    `<h3>声明 <span class="en">Statements</span></h3>${statements}`,
    `<h3>告知事项 <span class="en">Disclosure items</span></h3><table><tr><th>事项 <span class="en">Item</span></th><th>有无 <span class="en">Present</span></th><th>依据 <span class="en">Supporting sentences</span></th></tr>${rows.join('')}</table>`,
    `<h3>人脸信息 <span class="en">Face information</span></h3><ul>${faceLines(p).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`,
    `<h3>事实 <span class="en">Facts</span></h3><table>`,
    factRow('处理者', 'Controllers', f.controllers.join('；')),
    factRow('联系方式', 'Contacts', f.contacts.map((c) => `${c.type}: ${c.value}`).join('；')),
    factRow('保存期限', 'Retention', f.retention.map(retentionLabel).join('；')),
    factRow('个人信息种类', 'Data types', f.dataTypes.join('、')),
    factRow('处理目的', 'Purposes', f.purposes.slice(0, 20).join('；')),
    `</table>`,
    `<h3>第三方SDK <span class="en">Third-party SDKs</span> (${f.sdks.length})</h3>`,
    f.sdks.length
      ? `<table><tr><th>名称 <span class="en">Name</span></th><th>公司 <span class="en">Company</span></th><th>收集信息 <span class="en">Data</span></th><th>目的 <span class="en">Purpose</span></th><th>权限 <span class="en">Permissions</span></th><th>隐私政策 <span class="en">Policy</span></th></tr>${sdkRows}</table>`
      : '<p>—</p>',
    `<details><summary>已标注句子 <span class="en">Tagged sentences</span></summary><ol>${tagged}</ol></details>`,
  ].join('\n');
}

function factRow(zh: string, en: string, v: string): string {
  return `<tr><th>${zh} <span class="en">${en}</span></th><td>${esc(v || '—')}</td></tr>`;
}

function quoteList(p: PolicyArtifact, idx: number[]): string {
  if (!idx.length) return '';
  return `<ul>${idx
    .slice(0, 5)
    .map((i) => `<li><q>${esc(clip(p.sentences[i]?.text ?? '', 160))}</q></li>`)
    .join('')}</ul>`;
}

// ---- shared ----------------------------------------------------------------------------------------------

function faceLines(p: PolicyArtifact): string[] {
  const f = p.facts.face;
  if (!f.mentioned) return ['未提及人脸信息 / face information not mentioned'];
  const yn = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? '未说明 / not stated' : v ? yes : no);
  return [
    `处理位置 processing: ${f.processing ?? '未说明 / not stated'}`,
    `保存 retention: ${f.retention ? clip(f.retention, 120) : '未说明 / not stated'}`,
    `对外提供 shared: ${yn(f.shared, '是 / yes', '否 / no')}`,
    `单独同意 separate consent: ${yn(f.separateConsent, '有 / yes', '无 / no')}`,
    `替代方式 alternative: ${yn(f.alternative, '有 / yes', '无 / no')}`,
    `删除途径 deletion: ${f.deletionPath ? clip(f.deletionPath, 120) : '未说明 / not stated'}`,
    `画像/定向推送 profiling: ${yn(f.profiling, '是 / yes (违规 violation)', '否 / no')}`,
  ];
}

function retentionLabel(r: PolicyArtifact['facts']['retention'][number]): string {
  return [r.days !== undefined ? `${r.days} 天 days` : '', r.rule ?? ''].filter(Boolean).join(' ') || clip(r.text, 40);
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

// ---- diff ------------------------------------------------------------------------------------------------

export function policyDiffReport(d: PolicyDiff, format: PolicyReportFormat): string {
  if (format === 'json') return JSON.stringify(d, null, 2);
  const change: Record<string, string> = { added: '新增 added', removed: '删除 removed', changed: '变更 changed' };
  if (format === 'md') {
    const out = [`# 隐私政策变更 / Policy diff`, '', `- 旧 old: \`${d.old}\``, `- 新 new: \`${d.new}\``, ''];
    if (d.undatedChange) out.push('> **注意 / Note**: 内容有变化但更新/生效日期未变 — content changed but the update/effective date did not.', '');
    out.push('| 事项 Item | 变化 Change | 删去的句子 Removed | 新增的句子 Added |', '|---|---|---|---|');
    for (const c of d.items) {
      out.push(`| ${ITEM_LABEL[c.item].zh} \`${c.item}\` | ${change[c.change]} | ${mdText(c.removedSentences.slice(0, 3).map((s) => clip(s, 60)).join(' / '))} | ${mdText(c.addedSentences.slice(0, 3).map((s) => clip(s, 60)).join(' / '))} |`);
    }
    if (!d.items.length) out.push('| — | 无变化 no change | | |');
    out.push('', '## 事实变化 Fact changes', '');
    for (const f of d.facts) out.push(`- ${f.fact}: ${mdText(JSON.stringify(f.before) ?? '—')} → ${mdText(JSON.stringify(f.after) ?? '—')}`);
    if (!d.facts.length) out.push('- —');
    return out.join('\n') + '\n';
  }
  const rows = d.items
    .map((c) => `<tr><td>${esc(ITEM_LABEL[c.item].zh)} <code>${c.item}</code></td><td>${esc(change[c.change])}</td><td>${c.removedSentences.slice(0, 5).map((s) => `<div><q>${esc(clip(s, 120))}</q></div>`).join('')}</td><td>${c.addedSentences.slice(0, 5).map((s) => `<div><q>${esc(clip(s, 120))}</q></div>`).join('')}</td></tr>`)
    .join('');
  const facts = d.facts.map((f) => `<li><code>${esc(f.fact)}</code>: ${esc(JSON.stringify(f.before) ?? '—')} → ${esc(JSON.stringify(f.after) ?? '—')}</li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策变更 Policy diff</title><style>${CSS}</style></head><body>
<h1>隐私政策变更 <span class="en">Policy diff</span></h1><p>旧 <span class="en">old</span>: <code>${esc(d.old)}</code><br>新 <span class="en">new</span>: <code>${esc(d.new)}</code></p>
${d.undatedChange ? '<div class="problem">内容有变化但更新/生效日期未变 <span class="en">Content changed but the update/effective date did not</span></div>' : ''}
<table><tr><th>事项 <span class="en">Item</span></th><th>变化 <span class="en">Change</span></th><th>删去 <span class="en">Removed</span></th><th>新增 <span class="en">Added</span></th></tr>${rows || '<tr><td colspan="4">无变化 <span class="en">no change</span></td></tr>'}</table>
<h3>事实变化 <span class="en">Fact changes</span></h3><ul>${facts || '<li>—</li>'}</ul></body></html>\n`;
}
