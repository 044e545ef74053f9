// The regulator's pages: the filings submitted to its province (review opens the dossier page) and statistics.
import type { ProvinceStatistics, SubjectSummary } from '../../platform/index.js';
import { STATUS_LABELS, TYPE_LABELS } from '../../filing/index.js';
import { apiGet } from '../api.js';
import { html, type Raw } from '../html.js';
import { pick } from '../i18n.js';
import type { Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { counts, type FilingSummary } from './common.js';
import { filingTable } from './filings.js';

export async function reviewPage(c: Ctx): Promise<PageResult> {
  const { t } = c;
  const filings = (await apiGet<{ filings: FilingSummary[] }>(c.app, c.req, '/api/filings')).filings;
  const subjects = (await apiGet<{ subjects: SubjectSummary[] }>(c.app, c.req, '/api/subjects')).subjects;
  const names: Record<string, string> = {};
  for (const f of filings) names[f.subjectId] = subjects.find((s) => s.id === f.subjectId)?.name ?? f.subjectId;
  const order = ['submitted', 'returned', 'filed', 'draft'];
  filings.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return { title: t('submittedFilings'), body: filingTable(c, filings, names) };
}

function tally(title: string, m: Record<string, number>, label: (k: string) => string = (k) => k): Raw {
  const rows = Object.entries(m).sort((a, b) => b[1] - a[1]);
  return html`<div class="card"><h3>${title}</h3><table>${rows.map(([k, n]) => html`<tr><td>${label(k)}</td><td>${n}</td></tr>`)}</table></div>`;
}

export async function statisticsPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const s = await apiGet<ProvinceStatistics>(c.app, c.req, '/api/statistics');
  return {
    title: `${t('statistics')} · ${s.province}`,
    body: html`<p>${t('companies')}: <b>${s.companies}</b> · ${t('subjects')}: <b>${s.subjects}</b></p>
    <div class="grid">
      ${tally(t('byStatus'), s.filingsByStatus as Record<string, number>, (k) => pick(STATUS_LABELS[k as 'draft'], lang))}
      ${tally(t('type'), s.filingsByType as Record<string, number>, (k) => pick(TYPE_LABELS[k as 'initial'], lang))}
      ${tally(t('bySector'), s.scenariosBySector)}
      ${tally(t('byType'), s.scenariosByType)}
      ${tally(t('bySetting'), s.scenariosBySetting)}
    </div>
    <h2>${t('verdicts')} (${s.assessedSubjects})</h2>${counts(c, s.verdicts)}
`,
  };
}
