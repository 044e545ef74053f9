// Assessments: run one, list them, view one (verdict counts, obligations, failures with "create rectification
// item", downloads of the HTML/PDF report and the XLSX rectification list), the HTML report itself, sign-off.
import type { Finding } from '../../core/types.js';
import type { Rectification } from '../../platform/index.js';
import { describeMissing, VERDICT_LABEL } from '../../reports/common.js';
import { ApiError, apiGet, apiRaw } from '../api.js';
import { html, url } from '../html.js';
import { pick } from '../i18n.js';
import { subjectTabs, verdictBadge, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { body, counts, obligationsTable, subjectRecord, type Assessment, type AssessmentSummary } from './common.js';

export async function assessmentsPage(c: Ctx): Promise<PageResult> {
  const { t } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const list = (await apiGet<{ assessments: AssessmentSummary[] }>(c.app, c.req, url`/api/subjects/${id}/assessments`)).assessments;
  const canRun = c.me.actor.orgKind !== 'regulator';
  return {
    title: `${rec.name} · ${t('assessments')}`,
    body: html`${subjectTabs(c, id, 'assessments')}
    ${canRun
      ? html`<section><form class="inline" data-api="${url`POST /api/subjects/${id}/assessments`}" data-then="/assessments/{id}">
        <label>${t('asOf')} <input type="date" name="asOf"></label>
        <button type="submit" data-testid="run-assessment">${t('runAssessment')}</button><span data-msg class="msg"></span></form></section>`
      : ''}
    <table><tr><th>${t('asOf')}</th><th>${t('counts')}</th><th>${t('signedOff')}</th></tr>
    ${list.map((a) => html`<tr><td><a href="${url`/assessments/${a.id}`}">${a.asOf}</a><div class="muted">${a.createdAt}</div></td><td>${counts(c, a.counts)}</td><td>${a.signedOffAt ?? '—'}</td></tr>`)}
    </table>`,
  };
}

function scenarioName(a: Assessment, id: string | undefined): string {
  return id ? (a.subject.scenarios.find((s) => s.id === id)?.name ?? id) : '—';
}

export async function assessmentPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const rec = await apiGet<AssessmentSummary & { assessment: Assessment }>(c.app, c.req, url`/api/assessments/${id}`);
  const a = rec.assessment;
  const kind = c.me.actor.orgKind;
  const tracked = (await apiGet<{ rectifications: Rectification[] }>(c.app, c.req, url`/api/subjects/${rec.subjectId}/rectifications`)).rectifications;
  const findings = a.rules.flatMap((r) => r.findings);
  const failures = findings.filter((f) => f.verdict === 'fail');
  const missing = findings.filter((f) => f.verdict === 'needs-evidence');
  const isTracked = (f: Finding) => tracked.some((r) => r.checkId === f.checkId && (r.scenarioId ?? undefined) === f.scenarioId);
  const exp = (format: string) => `${url`/api/assessments/${id}/export`}?format=${format}`;
  const rectBody = (f: Finding) => body({ ruleId: f.ruleId, checkId: f.checkId, assessmentId: id, ...(f.scenarioId ? { scenarioId: f.scenarioId } : {}) });
  return {
    title: `${a.subject.processor} · ${t('asOf')} ${a.asOf}`,
    body: html`${subjectTabs(c, rec.subjectId, 'assessments')}
    <section>
      <p><a class="button" href="${url`/assessments/${id}/report`}" data-testid="view-report">${t('report')}</a>
      <a class="button secondary" href="${exp('html')}">${t('reportHtml')}</a>
      <a class="button secondary" href="${exp('pdf')}">${t('reportPdf')}</a>
      <a class="button secondary" href="${exp('xlsx')}">${t('reportXlsx')}</a></p>
      <h2>${t('counts')}</h2>${counts(c, rec.counts)}
      ${rec.signedOffAt
        ? html`<p>${t('signedOff')}: ${rec.signedOffAt}</p>`
        : kind === 'evaluator'
          ? html`<p><button type="button" data-api="${url`POST /api/assessments/${id}/sign-off`}" data-body="${body({})}">${t('signOff')}</button></p>`
          : ''}
      <p id="msg"></p>
    </section>
    <section><h2>${t('obligations')}</h2>${obligationsTable(c, a.obligations)}</section>
    <section><h2>${t('failures')} (${failures.length})</h2>
    <table><tr><th>${t('rule')}</th><th>${t('scenario')}</th><th>${t('problem')}</th><th>${t('remediation')}</th><th></th></tr>
    ${failures.map(
      (f) => html`<tr data-check="${f.checkId}"><td><code>${f.checkId}</code></td><td>${scenarioName(a, f.scenarioId)}</td><td>${pick(f.message, lang)}</td><td>${pick(f.remediation, lang)}</td>
      <td>${isTracked(f) ? html`<span class="muted">${t('tracked')}</span>` : kind === 'company' ? html`<button type="button" data-api="${url`POST /api/subjects/${rec.subjectId}/rectifications`}" data-body="${rectBody(f)}" data-then="${url`/subjects/${rec.subjectId}/rectifications`}">${t('createRect')}</button>` : ''}</td></tr>`,
    )}</table></section>
    <section><h2>${pick(VERDICT_LABEL['needs-evidence'], lang)} (${missing.length})</h2>
    <table>${missing.map((f) => html`<tr><td><code>${f.checkId}</code></td><td>${scenarioName(a, f.scenarioId)}</td><td>${pick(f.message, lang)}</td><td class="muted">${(f.missing ?? []).map(describeMissing).join('；')}</td></tr>`)}</table></section>
    <p class="muted">${verdictBadge('pass', pick(VERDICT_LABEL.pass, lang))} ${a.rules.filter((r) => r.verdict === 'pass').length}</p>`,
  };
}

/** The HTML report shown in the browser (the API's audited export, displayed instead of downloaded). */
export async function reportPage(c: Ctx): Promise<PageResult> {
  const r = await apiRaw(c.app, c.req, `${url`/api/assessments/${c.params.id ?? ''}/export`}?format=html`);
  if (r.status >= 400) throw new ApiError(r.status, r.body);
  return { raw: r.raw, type: 'text/html; charset=utf-8', csp: String(r.headers['content-security-policy'] ?? "default-src 'none'") };
}
