// Organisation pages: members (admins list and add), the user's API tokens (create — shown once —, list,
// revoke), and a subject's evaluator grants (company admins). All through the API; it decides who may.
import type { ApiTokenInfo, Grant } from '../../platform/index.js';
import { apiGet } from '../api.js';
import { html, url } from '../html.js';
import { pick, ROLE_LABEL } from '../i18n.js';
import { subjectTabs, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { subjectRecord } from './common.js';

/** Roles a member of this kind of organisation can hold. */
const ROLES: Record<string, string[]> = { company: ['member', 'admin'], evaluator: ['evaluator'], regulator: ['regulator'] };

export async function membersPage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const members = (await apiGet<{ members: { id: string; email: string; name: string; role: string }[] }>(c.app, c.req, '/api/members')).members;
  return {
    title: `${c.me.org?.name ?? ''} · ${t('members')}`,
    body: html`<section><table><tr><th>${t('name')}</th><th>${t('email')}</th><th>${t('role')}</th></tr>
    ${members.map((m) => html`<tr data-member="${m.email}"><td>${m.name}</td><td>${m.email}</td><td>${pick(ROLE_LABEL[m.role], lang)}</td></tr>`)}</table></section>
    <section><h2>${t('addMember')}</h2>
    <form class="inline" data-api="POST /api/members" data-testid="add-member">
      <input name="name" placeholder="${t('name')}" required maxlength="200">
      <input name="email" type="email" placeholder="${t('email')}" required>
      <input name="password" type="password" placeholder="${t('password')}" minlength="8" required autocomplete="new-password">
      <select name="role">${(ROLES[c.me.actor.orgKind] ?? []).map((r) => html`<option value="${r}">${pick(ROLE_LABEL[r], lang)}</option>`)}</select>
      <button type="submit">${t('addMember')}</button><span data-msg class="msg"></span></form></section>`,
  };
}

export async function tokensPage(c: Ctx): Promise<PageResult> {
  const { t } = c;
  const tokens = (await apiGet<{ tokens: ApiTokenInfo[] }>(c.app, c.req, '/api/tokens')).tokens;
  return {
    title: t('tokens'),
    body: html`<section><h2>${t('createToken')}</h2>
    <form class="inline" data-api="POST /api/tokens" data-then="show:token" data-testid="create-token">
      <input name="name" placeholder="${t('tokenName')}" required maxlength="200">
      <select name="scopes" data-type="array"><option value="read">${t('scopeRead')}</option><option value="write">${t('scopeWrite')}</option></select>
      <button type="submit">${t('createToken')}</button><span data-msg class="msg"></span>
    </form>
    <div data-show hidden><p class="msg ok">${t('tokenOnce')}</p><p><code data-show-value data-testid="new-token"></code></p></div></section>
    <section><table><tr><th>${t('tokenName')}</th><th>${t('scope')}</th><th>${t('created')}</th><th>${t('lastUsed')}</th><th>${t('status')}</th><th></th></tr>
    ${tokens.map(
      (k) => html`<tr data-token="${k.id}"><td>${k.name}</td><td>${k.scopes.join(', ')}</td><td>${k.createdAt}</td><td>${k.lastUsedAt ?? '—'}</td>
      <td>${k.revokedAt ? html`${t('revoked')} ${k.revokedAt}` : t('active')}</td>
      <td>${k.revokedAt ? '' : html`<button type="button" class="secondary" data-api="${url`DELETE /api/tokens/${k.id}`}">${t('revoke')}</button>`}</td></tr>`,
    )}</table><p id="msg"></p></section>`,
  };
}

export async function grantsPage(c: Ctx): Promise<PageResult> {
  const { t } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const grants = (await apiGet<{ grants: Grant[] }>(c.app, c.req, url`/api/subjects/${id}/grants`)).grants;
  const evaluators = (await apiGet<{ evaluators: { id: string; name: string; province: string | null }[] }>(c.app, c.req, '/api/organizations/evaluators')).evaluators;
  const name = (orgId: string) => evaluators.find((e) => e.id === orgId)?.name ?? orgId;
  return {
    title: `${rec.name} · ${t('grants')}`,
    body: html`${subjectTabs(c, id, 'grants')}
    <section>${evaluators.length
      ? html`<form class="inline" data-api="${url`POST /api/subjects/${id}/grants`}" data-testid="grant-form">
        <label>${t('evaluator')} <select name="evaluatorOrgId">${evaluators.map((e) => html`<option value="${e.id}">${e.name}${e.province ? ` · ${e.province}` : ''}</option>`)}</select></label>
        <button type="submit">${t('grant')}</button><span data-msg class="msg"></span></form>`
      : html`<p class="muted">${t('noEvaluators')}</p>`}</section>
    <section><table><tr><th>${t('evaluator')}</th><th>${t('created')}</th><th>${t('status')}</th><th></th></tr>
    ${grants.map(
      (g) => html`<tr data-grant="${g.id}"><td>${name(g.evaluatorOrgId)}</td><td>${g.grantedAt}</td><td>${g.revokedAt ? html`${t('revoked')} ${g.revokedAt}` : t('active')}</td>
      <td>${g.revokedAt ? '' : html`<button type="button" class="secondary" data-api="${url`DELETE /api/grants/${g.id}`}">${t('revoke')}</button>`}</td></tr>`,
    )}</table><p id="msg"></p></section>`,
  };
}
