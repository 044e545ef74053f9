// The dashboard: each visible subject with its latest verdict counts, the obligations and deadlines of that
// assessment, and (companies) its filings.
import { STATUS_LABELS } from '../../filing/index.js';
import { apiGet } from '../api.js';
import { html, url } from '../html.js';
import { pick } from '../i18n.js';
import { subjectTabs, verdictBadge, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { counts, latestAssessment, obligationsTable, type FilingSummary, type SubjectSummary } from './common.js';

export async function dashboardPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  if (c.me.actor.orgKind === 'regulator') return { redirect: '/review' };
  const subjects = (await apiGet<{ subjects: SubjectSummary[] }>(c.app, c.req, '/api/subjects')).subjects;
  const cards = [];
  for (const s of subjects) {
    const a = await latestAssessment(c, s.id);
    const filings = c.me.actor.orgKind === 'company' ? (await apiGet<{ filings: FilingSummary[] }>(c.app, c.req, url`/api/filings?subjectId=${s.id}`)).filings : [];
    cards.push(html`<section data-subject="${s.id}">
      <h2>${s.name}</h2>
      ${subjectTabs(c, s.id, '')}
      <h3>${t('latestAssessment')}</h3>
      ${a ? html`<p><a href="${url`/assessments/${a.id}`}">${a.asOf}</a> <span class="muted">${a.createdAt}</span></p>${counts(c, a.counts)}` : html`<p class="muted">${t('noAssessment')}</p>`}
      <h3>${t('obligations')}</h3>
      ${a ? obligationsTable(c, a.assessment.obligations) : html`<p class="muted">${t('noAssessment')}</p>`}
      ${filings.length ? html`<h3>${t('filings')}</h3><ul>${filings.map((f) => html`<li><a href="${url`/filings/${f.id}`}">${f.type}</a> ${verdictBadge(f.status, pick(STATUS_LABELS[f.status], lang))} ${f.number ?? ''}</li>`)}</ul>` : ''}
    </section>`);
  }
  const create = c.me.actor.orgKind === 'company' ? html`<p><a class="button" href="/subjects/new" data-testid="new-subject">${t('newSubject')}</a></p>` : '';
  return { title: t('dashboard'), body: html`<h2>${t('subjects')}</h2>${create}${cards.length ? cards : html`<p class="muted">${t('noSubjects')}</p>`}` };
}
