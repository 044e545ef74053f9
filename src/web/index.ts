// The browser UI of the platform: server-rendered pages on the same Fastify app as the API. Pages read through
// the API (src/web/api.ts) and the one script (/static/app.js) sends every change to the API with the CSRF
// header, so access checks, validation and audit stay in one place: the API routes and the platform.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { projectRoot } from '../core/paths.js';
import type { Deps } from '../server/context.js';
import { ApiError, apiGet } from './api.js';
import { html, type Raw } from './html.js';
import { LANG_COOKIE, langOf, tr } from './i18n.js';
import { layout, type Ctx, type Me } from './layout.js';
import { assessmentPage, assessmentsPage, reportPage } from './pages/assessments.js';
import { checklistPage } from './pages/checklist.js';
import { dashboardPage } from './pages/dashboard.js';
import { evidencePage } from './pages/evidence.js';
import { filingPage, filingsPage } from './pages/filings.js';
import { loginPage } from './pages/login.js';
import { questionnairePage } from './pages/questionnaire.js';
import { rectificationsPage } from './pages/rectifications.js';
import { reviewPage, statisticsPage } from './pages/regulator.js';
import { grantsPage, membersPage, tokensPage } from './pages/admin.js';
import { registerPage } from './pages/register.js';
import { editSubjectPage, newSubjectPage, registerSubjectSave } from './pages/subject-editor.js';

export type PageResult = { title: string; body: Raw } | { redirect: string } | { raw: string | Buffer; type: string; csp: string };
export type PageRenderer = (c: Ctx) => Promise<PageResult>;

const ASSETS: Record<string, string> = { 'app.js': 'text/javascript; charset=utf-8', 'app.css': 'text/css; charset=utf-8' };

/** Only same-site paths as a login target (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

export async function registerWeb(app: FastifyInstance, { config }: Deps): Promise<void> {
  const assets = Object.fromEntries(Object.keys(ASSETS).map((n) => [n, readFileSync(join(projectRoot(), 'src', 'web', 'assets', n))]));

  for (const [name, type] of Object.entries(ASSETS)) {
    app.get(`/static/${name}`, { schema: { hide: true } }, async (_req, reply) => reply.type(type).header('cache-control', 'no-cache').send(assets[name]));
  }

  /** The language, remembered in a cookie when chosen with ?lang=. */
  function language(req: FastifyRequest, reply: FastifyReply) {
    const { lang, remember } = langOf(req.query, req.cookies);
    if (remember) reply.setCookie(LANG_COOKIE, lang, { path: '/', sameSite: 'strict', httpOnly: true, secure: config.secureCookies, maxAge: 365 * 24 * 3600 });
    return lang;
  }

  app.get('/', { schema: { hide: true } }, async (req, reply) => {
    language(req, reply);
    if (req.auth?.via !== 'session') return reply.redirect('/login');
    return reply.redirect(req.auth.actor.orgKind === 'regulator' ? '/review' : '/dashboard');
  });

  app.get('/login', { schema: { hide: true } }, async (req, reply) => {
    const lang = language(req, reply);
    const next = safeNext((req.query as { next?: string }).next);
    if (req.auth?.via === 'session') return reply.redirect(next);
    return reply.type('text/html; charset=utf-8').send(layout({ req, lang, t: tr(lang), title: tr(lang)('login'), body: loginPage(tr(lang), next) }));
  });

  app.get('/register', { schema: { hide: true } }, async (req, reply) => {
    const lang = language(req, reply);
    if (req.auth?.via === 'session') return reply.redirect('/');
    return reply.type('text/html; charset=utf-8').send(layout({ req, lang, t: tr(lang), title: tr(lang)('register'), body: registerPage(tr(lang)) }));
  });

  function page(path: string, render: PageRenderer): void {
    app.get(path, { schema: { hide: true } }, async (req, reply) => {
      const lang = language(req, reply);
      const t = tr(lang);
      const toLogin = () => reply.redirect(`/login?next=${encodeURIComponent(req.url)}`);
      if (req.auth?.via !== 'session') return toLogin();
      let me: Me | undefined;
      try {
        me = await apiGet<Me>(app, req, '/api/me');
        const c: Ctx = { app, req, lang, t, me, params: req.params as Record<string, string>, query: req.query as Record<string, string | undefined> };
        const out = await render(c);
        if ('redirect' in out) return reply.redirect(out.redirect);
        if ('raw' in out) return reply.type(out.type).header('content-security-policy', out.csp).send(out.raw);
        return reply.type('text/html; charset=utf-8').send(layout({ req, lang, t, me, title: out.title, body: out.body }));
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        if (e.status === 401) return toLogin();
        const what = e.status === 404 ? t('notFound') : e.status === 403 ? t('forbidden') : t('error');
        const body = html`<p class="msg err">${what}</p><p class="muted">${e.detail}</p><p><a href="/">${t('back')}</a></p>`;
        return reply.status(e.status).type('text/html; charset=utf-8').send(layout({ req, lang, t, ...(me ? { me } : {}), title: `${e.status} ${t('error')}`, body }));
      }
    });
  }

  page('/dashboard', dashboardPage);
  page('/subjects/:id', async (c) => ({ redirect: `/subjects/${encodeURIComponent(c.params.id ?? '')}/${c.me.actor.orgKind === 'evaluator' ? 'checklist' : 'questionnaire'}` }));
  page('/subjects/:id/questionnaire', questionnairePage);
  page('/subjects/:id/evidence', evidencePage);
  page('/subjects/:id/assessments', assessmentsPage);
  page('/assessments/:id', assessmentPage);
  page('/assessments/:id/report', reportPage);
  page('/subjects/:id/rectifications', rectificationsPage);
  page('/subjects/:id/filings', filingsPage);
  page('/filings/:id', filingPage);
  page('/subjects/:id/checklist', checklistPage);
  page('/review', reviewPage);
  page('/statistics', statisticsPage);
  page('/subjects/new', newSubjectPage);
  page('/subjects/:id/edit', editSubjectPage);
  page('/subjects/:id/grants', grantsPage);
  page('/members', membersPage);
  page('/tokens', tokensPage);
  registerSubjectSave(app);
}
