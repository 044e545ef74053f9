// Small pieces shared by the pages: API record shapes as the pages read them, verdict counts, obligations.
import type { Verdict } from '../../core/types.js';
import type { Assessment } from '../../engine/assessment.js';
import type { Obligation } from '../../obligations/types.js';
import type { AssessmentSummary, Filing, SubjectRecord, SubjectSummary } from '../../platform/index.js';
import { OBLIGATION_STATUS_LABEL, VERDICT_LABEL } from '../../reports/common.js';
import { apiGet } from '../api.js';
import { html, url, type Raw } from '../html.js';
import { pick } from '../i18n.js';
import { verdictBadge, type Ctx } from '../layout.js';

export type FilingSummary = Omit<Filing, 'dossier'> & { history: number; lastReturn: { reason?: string } | null };
export type { Assessment, AssessmentSummary, SubjectRecord, SubjectSummary };

export const VERDICT_ORDER: Verdict[] = ['fail', 'needs-evidence', 'manual', 'pass', 'not-applicable'];

export function counts(c: Ctx, n: Record<Verdict, number>): Raw {
  return html`<p class="counts">${VERDICT_ORDER.map((v) => html`<span>${verdictBadge(v, pick(VERDICT_LABEL[v], c.lang))} <b data-count="${v}">${n[v] ?? 0}</b></span>`)}</p>`;
}

export function obligationsTable(c: Ctx, list: Obligation[]): Raw {
  const { t, lang } = c;
  if (!list.length) return html`<p class="muted">${t('none')}</p>`;
  return html`<table><tr><th>${t('obligations')}</th><th>${t('due')}</th><th>${t('status')}</th></tr>
  ${list.map((o) => {
    const left = o.workingDaysLeft !== undefined ? (lang === 'en' ? ` · ${o.workingDaysLeft} working days left` : ` · 剩余 ${o.workingDaysLeft} 个工作日`) : '';
    const late = o.workingDaysLate ? (lang === 'en' ? ` · ${o.workingDaysLate} working days late` : ` · 逾期 ${o.workingDaysLate} 个工作日`) : '';
    return html`<tr><td>${pick(o.title, lang)}<div class="muted">${pick(o.trigger.text, lang)}</div></td><td>${o.due ?? '—'}</td>
      <td>${verdictBadge(o.status, pick(OBLIGATION_STATUS_LABEL[o.status], lang))}${left}${late}</td></tr>`;
  })}</table>`;
}

export async function subjectRecord(c: Ctx, id: string): Promise<SubjectRecord> {
  return apiGet<SubjectRecord>(c.app, c.req, url`/api/subjects/${id}`);
}

export async function latestAssessment(c: Ctx, subjectId: string): Promise<(AssessmentSummary & { assessment: Assessment }) | undefined> {
  const list = (await apiGet<{ assessments: AssessmentSummary[] }>(c.app, c.req, url`/api/subjects/${subjectId}/assessments`)).assessments;
  const latest = list[0];
  return latest ? apiGet(c.app, c.req, url`/api/assessments/${latest.id}`) : undefined;
}

export function fmtSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} B`;
}

/** A JSON body for a button's data-body attribute (the html template escapes it). */
export const body = (o: unknown): string => JSON.stringify(o);
