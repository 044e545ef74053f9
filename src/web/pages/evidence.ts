// Evidence: upload with a kind picker (app packages and privacy policies start an analysis job whose progress
// the script polls from /api/jobs/:id), the files stored so far, downloads.
import type { EvidenceRecord } from '../../platform/index.js';
import { POLICY_KINDS } from '../../platform/index.js';
import { EVIDENCE_KINDS } from '../../subject/schema.js';
import { apiGet } from '../api.js';
import { html, url, type Raw } from '../html.js';
import { subjectTabs, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { body, fmtSize, subjectRecord } from './common.js';

const APP_KIND = { zh: 'App 安装包（APK/IPA）', en: 'app package (APK/IPA)' };

export function kindLabel(kind: string, lang: 'zh' | 'en'): string {
  if (kind === 'app-package') return APP_KIND[lang];
  const zh = (EVIDENCE_KINDS as Record<string, string>)[kind];
  return zh ? `${zh}（${kind}）` : kind;
}

export function progressBox(): Raw {
  return html`<div data-progress hidden><progress max="100" value="0"></progress> <span data-job-status></span></div>`;
}

export async function evidencePage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const files = (await apiGet<{ evidence: EvidenceRecord[] }>(c.app, c.req, url`/api/subjects/${id}/evidence`)).evidence;
  const kinds = ['app-package', ...Object.keys(EVIDENCE_KINDS)];
  const analysable = (k: string) => k === 'app-package' || POLICY_KINDS.has(k);
  const canWrite = c.me.actor.orgKind !== 'regulator';
  return {
    title: `${rec.name} · ${t('evidence')}`,
    body: html`${subjectTabs(c, id, 'evidence')}
    ${canWrite
      ? html`<section><h2>${t('upload')}</h2>
      <form class="stack" data-upload="${url`/api/subjects/${id}/evidence`}" data-testid="upload-form">
        <label>${t('kind')}<br><select name="kind">${kinds.map((k) => html`<option value="${k}">${kindLabel(k, lang)}</option>`)}</select></label>
        <label>${t('file')}<br><input type="file" name="file" required></label>
        <label><input type="checkbox" name="analyze" checked> ${t('analyze')}</label>
        <button type="submit">${t('upload')}</button>
        ${progressBox()}
        <p data-msg></p>
      </form></section>`
      : ''}
    <section><h2>${t('uploaded')}</h2>
    <table><tr><th>${t('file')}</th><th>${t('kind')}</th><th>${t('size')}</th><th></th></tr>
    ${files.map(
      (f) => html`<tr data-evidence="${f.id}"><td>${f.originalName}<div class="muted">${f.format} · ${f.createdAt}</div></td><td>${kindLabel(f.kind, lang)}</td><td>${fmtSize(f.size)}</td>
      <td><a href="${url`/api/evidence/${f.id}/download`}">${t('download')}</a>
      ${canWrite && analysable(f.kind) ? html` <button type="button" class="secondary" data-api="${url`POST /api/evidence/${f.id}/analyze`}" data-body="${body({})}">${t('analyzeNow')}</button>` : ''}</td></tr>`,
    )}</table><p id="msg"></p></section>`,
  };
}
