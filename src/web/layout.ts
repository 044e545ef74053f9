// The page shell: header with the user, the role's navigation, the language switch and logout; the CSRF token
// for the same-origin script (/static/app.js) in a meta tag. No inline script (the CSP forbids it).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../platform/index.js';
import { html, url, type Raw } from './html.js';
import { pick, ROLE_LABEL, tr, type Lang, type Word } from './i18n.js';

export interface Me {
  actor: Actor;
  org: { id: string; name: string; kind: string; province: string | null } | undefined;
  csrfToken: string | null;
}

/** Everything a page renderer needs about the request. */
export interface Ctx {
  app: FastifyInstance;
  req: FastifyRequest;
  lang: Lang;
  t: (w: Word) => string;
  me: Me;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

export function ctxText(lang: Lang) {
  return tr(lang);
}

/** The same URL with `lang` switched. */
function switchLang(req: FastifyRequest, lang: Lang): string {
  const u = new URL(req.url, 'http://x');
  u.searchParams.set('lang', lang === 'en' ? 'zh' : 'en');
  return u.pathname + u.search;
}

function nav(c: { t: (w: Word) => string; me: Me }): Raw {
  const { t, me } = c;
  const links: [string, string][] =
    me.actor.orgKind === 'regulator'
      ? [['/review', t('review')], ['/statistics', t('statistics')]]
      : [['/dashboard', t('dashboard')]];
  if (me.actor.role === 'admin') links.push(['/members', t('members')]);
  links.push(['/tokens', t('tokens')]);
  return html`<nav class="main">${links.map(([href, label]) => html`<a href="${href}">${label}</a>`)}</nav>`;
}

export function layout(c: Pick<Ctx, 'req' | 'lang' | 't'> & { me?: Me; title: string; body: Raw }): string {
  const { t, lang, me } = c;
  const user = me
    ? html`<span class="who">${me.org?.name ?? ''} · ${pick(ROLE_LABEL[me.actor.role], lang)}</span>
        <button type="button" class="link" data-api="POST /api/logout" data-then="/login" data-testid="logout">${t('logout')}</button>`
    : '';
  return html`<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${me?.csrfToken ? html`<meta name="csrf-token" content="${me.csrfToken}">` : ''}
<title>${c.title} · FaceAudit</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body data-lang="${lang}">
<header>
  <a class="brand" href="/">${t('app')}</a>
  ${me ? nav({ t, me }) : ''}
  <span class="spacer"></span>
  ${user}
  <a class="lang" href="${switchLang(c.req, lang)}">${t('lang')}</a>
</header>
<main>
<h1>${c.title}</h1>
<noscript><p class="msg err">${t('scriptNeeded')}</p></noscript>
${c.body}
</main>
</body>
</html>`.s;
}

/** The tabs of one subject's pages. */
export function subjectTabs(c: Ctx, subjectId: string, active: string): Raw {
  const { t, me } = c;
  const tabs: [string, Word][] =
    me.actor.orgKind === 'company'
      ? [['questionnaire', 'questionnaire'], ['evidence', 'evidence'], ['assessments', 'assessments'], ['rectifications', 'rectifications'], ['filings', 'filings'], ['edit', 'editSubject'], ...(me.actor.role === 'admin' ? [['grants', 'grants'] as [string, Word]] : [])]
      : me.actor.orgKind === 'evaluator'
        ? [['checklist', 'checklist'], ['evidence', 'evidence'], ['assessments', 'assessments'], ['rectifications', 'rectifications']]
        : [];
  return html`<nav class="tabs">${tabs.map(([p, w]) => html`<a href="${url`/subjects/${subjectId}/` + p}" class="${p === active ? 'active' : ''}">${t(w)}</a>`)}</nav>`;
}

export function verdictBadge(v: string, label: string): Raw {
  return html`<span class="badge v-${v}">${label}</span>`;
}
