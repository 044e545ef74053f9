// The rectification list: each item's owner, due date and status (PATCH with its version), re-check (runs the
// rule again on the current data), and the XLSX of the latest assessment.
import type { Rectification } from '../../platform/index.js';
import { RECTIFICATION_STATUSES } from '../../platform/index.js';
import { VERDICT_LABEL } from '../../reports/common.js';
import { apiGet } from '../api.js';
import { html, url } from '../html.js';
import { pick, RECT_STATUS } from '../i18n.js';
import { subjectTabs, verdictBadge, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { body, subjectRecord, type AssessmentSummary } from './common.js';

export async function rectificationsPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const items = (await apiGet<{ rectifications: Rectification[] }>(c.app, c.req, url`/api/subjects/${id}/rectifications`)).rectifications;
  const latest = (await apiGet<{ assessments: AssessmentSummary[] }>(c.app, c.req, url`/api/subjects/${id}/assessments`)).assessments[0];
  const company = c.me.actor.orgKind === 'company';
  const row = (r: Rectification) => html`<section data-rect="${r.id}" data-check="${r.checkId}">
    <h3><code>${r.checkId}</code> ${verdictBadge(r.status === 'verified' ? 'verified' : r.status === 'done' ? 'done' : 'open', pick(RECT_STATUS[r.status], lang))}</h3>
    <p class="muted">${t('scenario')}: ${r.scenarioId ?? '—'} · ${t('lastCheck')}: ${r.lastCheckVerdict ? html`${verdictBadge(r.lastCheckVerdict, pick(VERDICT_LABEL[r.lastCheckVerdict], lang))} ${r.lastCheckAt}` : '—'}</p>
    ${company
      ? html`<form class="inline" data-api="${url`PATCH /api/rectifications/${r.id}`}">
      <input type="hidden" name="expectedVersion" value="${r.version}" data-type="int">
      <label>${t('owner')} <input name="owner" value="${r.owner ?? ''}" size="10"></label>
      <label>${t('due')} <input type="date" name="dueOn" value="${r.dueOn ?? ''}"></label>
      <label>${t('status')} <select name="status">${RECTIFICATION_STATUSES.map((s) => html`<option value="${s}" ${s === r.status ? 'selected' : ''}>${pick(RECT_STATUS[s], lang)}</option>`)}</select></label>
      <label>${t('notes')} <input name="notes" value="${r.notes ?? ''}" size="18"></label>
      <button type="submit">${t('save')}</button></form>`
      : html`<p>${t('owner')}: ${r.owner ?? '—'} · ${t('due')}: ${r.dueOn ?? '—'}</p>`}
    <button type="button" class="secondary" data-api="${url`POST /api/rectifications/${r.id}/recheck`}" data-body="${body({})}">${t('recheck')}</button>
    <p data-msg class="msg"></p>
  </section>`;
  return {
    title: `${rec.name} · ${t('rectifications')}`,
    body: html`${subjectTabs(c, id, 'rectifications')}
    ${latest ? html`<p><a class="button secondary" href="${url`/api/assessments/${latest.id}/export`}?format=xlsx">${t('reportXlsx')}</a></p>` : ''}
    ${items.length ? items.map(row) : html`<p class="muted">${t('noRect')}</p>`}`,
  };
}
