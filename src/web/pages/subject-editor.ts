// The subject editor: the subject as YAML in a textarea (the file format of `faceaudit init`; the starter for a
// new one). Saving goes to a web route that parses the text with src/subject/load.ts, so problems come back with
// their line and field, and then hands the parsed subject to the subjects API as the same user (apiSend).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'yaml';
import { parseSubject, SubjectError } from '../../subject/load.js';
import { starterSubject } from '../../subject/starter.js';
import { apiSend } from '../api.js';
import { html, url, type Raw } from '../html.js';
import { subjectTabs, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { subjectRecord } from './common.js';

const MAX_YAML = 1024 * 1024;

function editor(c: Ctx, o: { action: string; then: string; yaml: string; name: string; version?: number }): Raw {
  const { t } = c;
  return html`<section><p class="muted">${t('yamlHelp')}</p>
  <form class="stack" data-api="${o.action}" data-then="${o.then}" data-testid="subject-form">
    ${o.version ? html`<input type="hidden" name="expectedVersion" value="${o.version}" data-type="int">` : ''}
    <label>${t('subjectName')}<br><input name="name" value="${o.name}" size="50" maxlength="200"></label>
    <label>${t('editSubject')}<br><textarea class="code" name="yaml" rows="32" cols="110" wrap="off" spellcheck="false" required>${o.yaml}</textarea></label>
    <button type="submit" data-testid="save-subject">${t('save')}</button>
    <p data-msg></p>
  </form></section>`;
}

export async function newSubjectPage(c: Ctx): Promise<PageResult> {
  return { title: c.t('newSubject'), body: editor(c, { action: 'POST /subjects/new/yaml', then: '/subjects/{id}/edit', yaml: starterSubject(), name: '' }) };
}

export async function editSubjectPage(c: Ctx): Promise<PageResult> {
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  return {
    title: `${rec.name} · ${c.t('editSubject')}`,
    body: html`${subjectTabs(c, id, 'edit')}${editor(c, { action: `PUT ${url`/subjects/${id}/yaml`}`, then: 'reload', yaml: stringify(rec.subject), name: rec.name, version: rec.version })}`,
  };
}

function problem(reply: FastifyReply, status: number, code: string, detail: string, extra?: unknown) {
  return reply.status(status).type('application/problem+json').send({ type: 'about:blank', title: status === 401 ? 'Unauthorized' : 'Unprocessable Content', status, detail, code, ...(extra ? { extra } : {}) });
}

/** POST /subjects/new/yaml and PUT /subjects/:id/yaml: {yaml, name?, expectedVersion?} → the API's answer. */
export function registerSubjectSave(app: FastifyInstance): void {
  const bodySchema = {
    type: 'object',
    required: ['yaml'],
    properties: { yaml: { type: 'string', maxLength: MAX_YAML }, name: { type: 'string', maxLength: 200 }, expectedVersion: { type: 'integer', minimum: 1 } },
    additionalProperties: false,
  };
  const save = (target: (req: FastifyRequest) => { method: 'POST' | 'PUT'; path: string }) => async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.auth?.via !== 'session') return problem(reply, 401, 'unauthenticated', 'log in first');
    const b = req.body as { yaml: string; name?: string; expectedVersion?: number };
    let data: unknown;
    try {
      data = parseSubject(b.yaml, 'subject.yaml', { checkFiles: false }).subject;
    } catch (e) {
      if (!(e instanceof SubjectError)) throw e;
      return problem(reply, 422, 'invalid-subject', `subject.yaml: ${e.issues.length} problem(s)`, { issues: e.issues });
    }
    const { method, path } = target(req);
    const r = await apiSend(app, req, method, path, { data, ...(b.name ? { name: b.name } : {}), ...(method === 'PUT' ? { expectedVersion: b.expectedVersion ?? 0 } : {}) });
    return reply.status(r.status).type(String(r.headers['content-type'] ?? 'application/json')).send(r.raw);
  };
  app.post('/subjects/new/yaml', { schema: { hide: true, body: bodySchema } }, save(() => ({ method: 'POST', path: '/api/subjects' })));
  app.put('/subjects/:id/yaml', { schema: { hide: true, body: bodySchema } }, save((req) => ({ method: 'PUT', path: url`/api/subjects/${(req.params as { id: string }).id}` })));
}
