// The evaluator's checklist of manual rules: the 查验方法 to follow, the 留存证据 to keep, what the latest
// assessment left for inspection, and a form to record pass/fail with a note (POST /api/subjects/:id/inspections).
import type { EvidenceRecord } from '../../platform/index.js';
import type { Text } from '../../core/types.js';
import { apiGet } from '../api.js';
import { html, url } from '../html.js';
import { pick } from '../i18n.js';
import { subjectTabs, verdictBadge, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { subjectRecord } from './common.js';
import { today } from '../../engine/assess.js';

interface Item {
  ruleId: string;
  title: Text;
  method: string;
  evidence: string;
  pending: { checkId: string; scenarioId: string | null; message: Text }[];
  recorded: { id: string; check: string; scenario?: string; verdict: 'pass' | 'fail'; note: string; date: string }[];
}

export async function checklistPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const { assessmentId, items } = await apiGet<{ assessmentId: string | null; items: Item[] }>(c.app, c.req, url`/api/subjects/${id}/checklist`);
  const files = (await apiGet<{ evidence: EvidenceRecord[] }>(c.app, c.req, url`/api/subjects/${id}/evidence`)).evidence;
  const scenarios = rec.subject.deployments.flatMap((d) => d.scenarios);
  const canRecord = c.me.actor.orgKind === 'evaluator';
  const sorted = [...items].sort((a, b) => b.pending.length - a.pending.length);
  const item = (i: Item) => html`<section data-rule="${i.ruleId}">
    <h3><code>${i.ruleId}</code> ${pick(i.title, lang)} ${i.pending.length ? html`<span class="badge v-manual">${t('pending')} ${i.pending.length}</span>` : ''}</h3>
    <p><b>${t('method')}：</b>${i.method}</p>
    <p><b>${t('keep')}：</b>${i.evidence}</p>
    ${i.pending.length ? html`<ul>${i.pending.map((p) => html`<li><code>${p.checkId}</code> ${p.scenarioId ?? ''} ${pick(p.message, lang)}</li>`)}</ul>` : ''}
    ${i.recorded.length ? html`<p>${t('recorded')}:</p><ul>${i.recorded.map((r) => html`<li>${verdictBadge(r.verdict, r.verdict === 'pass' ? t('pass') : t('fail'))} <code>${r.check}</code> ${r.scenario ?? ''} ${r.date} · ${r.note}</li>`)}</ul>` : ''}
    ${canRecord
      ? html`<form class="inline" data-api="${url`POST /api/subjects/${id}/inspections`}">
      <select name="check">${[i.ruleId, ...new Set(i.pending.map((p) => p.checkId).filter((x) => x !== i.ruleId))].map((x) => html`<option>${x}</option>`)}</select>
      <select name="scenario"><option value="">${t('processorWide')}</option>${scenarios.map((s) => html`<option value="${s.id}" ${i.pending[0]?.scenarioId === s.id ? 'selected' : ''}>${s.name}</option>`)}</select>
      <label><input type="radio" name="verdict" value="pass" required> ${t('pass')}</label><label><input type="radio" name="verdict" value="fail"> ${t('fail')}</label>
      <input type="date" name="date" value="${today()}" required>
      <input name="note" placeholder="${t('note')}" required size="28">
      ${files.length ? html`<select name="evidence" data-type="array"><option value="">${t('keep')}: ${t('none')}</option>${files.map((f) => html`<option value="${f.id}">${f.originalName}</option>`)}</select>` : ''}
      <button type="submit">${t('record')}</button><span data-msg class="msg"></span></form>`
      : ''}
  </section>`;
  return {
    title: `${rec.name} · ${t('checklist')}`,
    body: html`${subjectTabs(c, id, 'checklist')}
    <p>${assessmentId ? html`<a href="${url`/assessments/${assessmentId}`}">${t('latestAssessment')}</a>` : t('noAssessment')}</p>
    ${sorted.map(item)}`,
  };
}
