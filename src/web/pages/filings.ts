// Filing dossiers: the list of a subject's filings and one dossier — the eight FIL attachments with what is in
// each upload field, 暂存 (form entries), 全部完成, the completeness report, the deadline; for the regulator the
// same page carries return (with reason), approve (备案编号) and rectification requests.
import type { DossierView, FIL_KINDS } from '../../filing/index.js';
import { STATUS_LABELS, TYPE_LABELS } from '../../filing/index.js';
import type { EvidenceRecord } from '../../platform/index.js';
import { VERDICT_LABEL } from '../../reports/common.js';
import { apiGet } from '../api.js';
import { html, url, type Raw } from '../html.js';
import { pick } from '../i18n.js';
import { subjectTabs, verdictBadge, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { body, fmtSize, subjectRecord, type FilingSummary } from './common.js';
import { progressBox } from './evidence.js';

export async function filingsPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const filings = (await apiGet<{ filings: FilingSummary[] }>(c.app, c.req, url`/api/filings?subjectId=${id}`)).filings;
  const create = (type: string, label: string) =>
    html`<button type="button" data-api="${url`POST /api/subjects/${id}/filings`}" data-body="${body({ type })}" data-then="/filings/{id}">${label}</button> `;
  return {
    title: `${rec.name} · ${t('filings')}`,
    body: html`${subjectTabs(c, id, 'filings')}
    ${c.me.actor.orgKind === 'company' ? html`<section>${create('initial', t('newFiling'))}${create('officer-report', t('newOfficer'))}<p data-msg class="msg"></p></section>` : ''}
    ${filingTable(c, filings)}`,
  };
}

export function filingTable(c: Ctx, filings: FilingSummary[], companyNames?: Record<string, string>): Raw {
  const { t, lang } = c;
  if (!filings.length) return html`<p class="muted">${t('noFilings')}</p>`;
  return html`<table><tr>${companyNames ? html`<th>${t('company')}</th>` : ''}<th>${t('type')}</th><th>${t('status')}</th><th>${t('number')}</th><th></th></tr>
  ${filings.map(
    (f) => html`<tr data-filing="${f.id}">${companyNames ? html`<td>${companyNames[f.subjectId] ?? f.subjectId}</td>` : ''}<td>${pick(TYPE_LABELS[f.type], lang)}</td>
    <td>${verdictBadge(f.status, pick(STATUS_LABELS[f.status], lang))}${f.lastReturn?.reason ? html`<div class="muted">${t('returnReason')}: ${f.lastReturn.reason}</div>` : ''}</td>
    <td>${f.number ?? '—'}</td><td><a href="${url`/filings/${f.id}`}">${t('open')}</a></td></tr>`,
  )}</table>`;
}

interface FilingResponse {
  filing: FilingSummary;
  view: DossierView;
}

const NUMERIC = /Persons$|count$/i;

export async function filingPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const { filing: f, view } = await apiGet<FilingResponse>(c.app, c.req, url`/api/filings/${id}`);
  const d = view.dossier;
  const company = c.me.actor.orgKind === 'company';
  const regulator = c.me.actor.orgKind === 'regulator';
  const can = (a: string) => (company ? view.actions.company : regulator ? view.actions.regulator : []).includes(a as never);
  const editable = can('attach');
  const uploaded = editable ? (await apiGet<{ evidence: EvidenceRecord[] }>(c.app, c.req, url`/api/subjects/${f.subjectId}/evidence`)).evidence : [];
  const comp = view.completeness;
  const dl = view.deadline;

  const slot = (s: DossierView['completeness']['slots'][number]) => html`<tr data-slot="${s.id}">
    <td><b>${s.id}</b> ${pick(s.name, lang)}${s.required ? '' : html` <span class="muted">(${t('none')})</span>`}<div>${verdictBadge(s.verdict, pick(VERDICT_LABEL[s.verdict], lang))}</div></td>
    <td>${s.parts.map(
      (p) => html`<div class="part" data-part="${s.id}-${p.id}"><div class="muted">${pick(p.name, lang)}</div>
      ${p.files.length
        ? p.files.map(
            (file) => html`<div data-attached="${file.evidenceId}"><a href="${url`/api/evidence/${file.evidenceId}/download`}">${file.fileName}</a> <span class="muted">${file.format} · ${fmtSize(file.size)}</span>
            ${editable ? html`<button type="button" class="link" data-api="${url`DELETE /api/filings/${id}/attachments/${file.evidenceId}`}?expectedVersion=${f.version}">${t('detach')}</button>` : ''}</div>`,
          )
        : html`<div class="muted">${t('attached')}: ${t('none')}</div>`}
      ${p.problems.map((x) => html`<div class="flag">${pick(x, lang)}</div>`)}
      ${editable ? attachForms(c, id, f.subjectId, f.version, s.id, p.id, uploaded) : ''}</div>`,
    )}</td>
    <td>${s.findings.filter((x) => x.verdict !== 'pass').map((x) => html`<div>${pick(x.message, lang)}</div>`)}</td></tr>`;

  // A filed dossier: change or deregistration start a new dossier from it (the API says which are allowed).
  const startForm = (step: string, kind: string, dateLabel: string, label: string) =>
    can(step)
      ? html`<form class="inline" data-api="${url`POST /api/filings/${id}/` + kind}" data-then="/filings/{id}" data-testid="${kind}"><label>${dateLabel} <input type="date" name="on" required></label><button type="submit" class="secondary">${label}</button><span data-msg class="msg"></span></form>`
      : '';
  const missingInputs = comp.formMissing.filter((m) => m.key !== 'scenarios' && m.key !== 'documents');
  const regulatorForms = regulator
    ? html`<section><h2>${t('review')}</h2>
      ${can('returnFiling') ? html`<form class="stack" data-api="${url`POST /api/filings/${id}/return`}"><label>${t('returnReason')}<br><textarea name="reason" rows="3" cols="60" required></textarea></label><button type="submit" class="secondary" data-testid="return">${t('returnFiling')}</button><p data-msg></p></form>` : ''}
      ${can('approve') ? html`<form class="inline" data-api="${url`POST /api/filings/${id}/approve`}"><label>${t('number')} <input name="number" size="24"></label><button type="submit" data-testid="approve">${t('approve')}</button><span data-msg class="msg"></span></form>` : ''}
      ${can('requestRectification') ? html`<form class="inline" data-api="${url`POST /api/filings/${id}/rectification-requests`}"><label>${t('reason')} <input name="reason" size="40" required></label><label>${t('due')} <input type="date" name="dueOn"></label><button type="submit" class="secondary">${t('requestRect')}</button><span data-msg class="msg"></span></form>` : ''}
      </section>`
    : '';

  return {
    title: `${pick(view.type, lang)} · ${pick(view.status, lang)}`,
    body: html`${company ? subjectTabs(c, f.subjectId, 'filings') : ''}
    <section>
      <p>${t('status')}: ${verdictBadge(d.status, pick(view.status, lang))} <span data-testid="filing-status">${d.status}</span>
      ${d.number ? html` · ${t('number')}: <b data-testid="filing-number">${d.number}</b>` : ''} · ${t('version')} ${f.version}</p>
      <p>${t('deadline')}: ${pick(dl.text, lang)} ${dl.overdue ? html`<span class="flag" data-testid="overdue">${t('overdue')}</span>` : ''}</p>
      ${view.lastReturn ? html`<p class="flag" data-testid="return-reason">${t('returnReason')}: ${view.lastReturn.reason ?? ''}</p>` : ''}
      ${d.status === 'draft' || d.status === 'returned'
        ? html`<h2>${comp.complete ? html`<span class="msg ok" data-testid="complete">${t('complete')}</span>` : html`<span class="msg err">${t('incomplete')}</span>`}</h2>
      <ul data-testid="blocking">${comp.blocking.map((b) => html`<li><code>${b.ref}</code> ${pick(b.message, lang)}</li>`)}</ul>`
        : ''}
      ${comp.warnings.length ? html`<h3>${t('warnings')}</h3><ul>${comp.warnings.map((b) => html`<li><code>${b.ref}</code> ${pick(b.message, lang)}</li>`)}</ul>` : ''}
      <p>${t('forms')}: ${[0, 1].slice(0, d.type === 'initial' || d.type === 'change' ? 2 : 1).map((n) => html`<a href="${url`/api/filings/${id}/forms/${n}`}" data-testid="form-${n}">XLSX ${n + 1}</a> `)}</p>
      ${can('submit') ? html`<button type="button" data-api="${url`POST /api/filings/${id}/submit`}" data-body="${body({ expectedVersion: f.version })}" data-testid="submit">${t('submitAll')}</button>` : ''}
      ${startForm('startChange', 'change', t('changedOn'), t('startChange'))}
      ${startForm('startDeregistration', 'deregistration', t('stoppedOn'), t('startDereg'))}
      <p id="msg" class="msg"></p>
    </section>
    ${regulatorForms}
    <section><h2>${t('attachments')}</h2><table><tr><th>${t('attachments')}</th><th>${t('attached')}</th><th>${t('problem')}</th></tr>${comp.slots.map(slot)}</table></section>
    ${can('saveDraft')
      ? html`<section><h2>${t('formFields')}</h2>
      <form class="stack" data-api="${url`PUT /api/filings/${id}/draft`}" data-base="${body({ form: d.form })}">
        <input type="hidden" name="expectedVersion" value="${f.version}" data-type="int">
        ${missingInputs.map((m) => html`<label>${pick(m.section, lang)} · ${pick(m.label, lang)}<br><input name="form.${m.key}" ${NUMERIC.test(m.key) ? html`type="number" data-type="int"` : ''} size="40"></label>`)}
        <button type="submit" class="secondary" data-testid="save-draft">${t('draftSave')}</button><p data-msg></p>
      </form></section>`
      : ''}
    ${d.rectifications.length ? html`<section><h2>${t('requests')}</h2><ul>${d.rectifications.map((r) => html`<li>${r.reason} ${r.dueOn ?? ''} ${r.response ? html`→ ${r.response}` : ''} ${r.closedAt ? '✓' : ''}
      ${company && !r.closedAt && can('respondRectification') ? html`<form class="inline" data-api="${url`POST /api/filings/${id}/rectification-requests/${r.id}/respond`}"><input name="response" required size="30"><button type="submit" class="secondary">${t('respond')}</button><span data-msg class="msg"></span></form>` : ''}</li>`)}</ul></section>` : ''}
    <section><h2>${t('history')}</h2><ul>${d.history.map((e) => html`<li>${e.at} · ${e.actor.role} · ${e.action}${e.reason ? html` · ${e.reason}` : ''}${e.number ? html` · ${e.number}` : ''}</li>`)}</ul></section>`,
  };
}

function attachForms(c: Ctx, filingId: string, subjectId: string, version: number, slot: (typeof FIL_KINDS)[number], part: string, uploaded: EvidenceRecord[]): Raw {
  const { t } = c;
  const formats = part === 'spreadsheet' ? ['xlsx', 'xls', 'et'] : ['pdf', 'ofd', 'png', 'jpeg'];
  const mine = uploaded.filter((e) => e.kind === slot && formats.includes(e.format));
  return html`<form class="inline" data-upload="${url`/api/subjects/${subjectId}/evidence`}" data-attach="${url`/api/filings/${filingId}/attachments`}" data-version="${version}" data-slot="${slot}" data-part="${part}" data-testid="attach-${slot}-${part}">
    <input type="hidden" name="kind" value="${slot}"><input type="file" name="file"><button type="submit" class="secondary">${t('attach')}</button>${progressBox()}<span data-msg class="msg"></span></form>
  ${mine.length
    ? html`<form class="inline" data-api="${url`POST /api/filings/${filingId}/attachments`}"><input type="hidden" name="expectedVersion" value="${version}" data-type="int"><input type="hidden" name="slot" value="${slot}"><input type="hidden" name="part" value="${part}">
      <select name="evidenceId">${mine.map((e) => html`<option value="${e.id}">${e.originalName}</option>`)}</select><button type="submit" class="secondary">${t('attachExisting')}</button><span data-msg class="msg"></span></form>`
    : ''}`;
}
