// Filing dossiers. The workflow is src/filing's (pure functions on the Dossier); this module checks who is
// asking, loads the stored dossier and subject, calls the library, and stores the result with saveFiling
// (which re-checks who may store what, versions, and audits).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as filing from '../../filing/index.js';
import type { Dossier } from '../../filing/index.js';
import { createFiling, evidenceToTempFile, ForbiddenError, getFiling, getSubject, listFilings, saveFiling, type Actor, type Filing } from '../../platform/index.js';
import { newId } from '../../platform/db/util.js';
import { auditRead } from '../audit-reads.js';
import { actorOf, type Deps } from '../context.js';
import { attachment } from './evidence.js';
import { date, idParams, route, uuid } from '../schemas.js';

const version = { type: 'integer', minimum: 1 } as const;
const obj = (props: Record<string, unknown>, required: string[] = []) => ({ type: 'object', required, properties: props, additionalProperties: false });

/** The library's actor for a platform actor: company members act as the processor, regulators as the regulator. */
export function filingActor(a: Actor): filing.Actor {
  if (a.orgKind === 'company') return { role: 'company', id: a.userId };
  if (a.orgKind === 'regulator') return { role: 'regulator', id: a.userId, ...(a.province ? { province: a.province } : {}) };
  throw new ForbiddenError('evaluators read filings but do not act on them');
}

function summary(f: Filing) {
  const { dossier, ...rest } = f;
  return { ...rest, history: dossier.history.length, lastReturn: filing.lastReturn(dossier) ?? null };
}

export async function filingRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  const { db, store } = platform;

  /** Loads the filing and its subject, runs `step`, stores the dossier it returns. */
  async function step(req: FastifyRequest, action: string, expected: number | undefined, run: (d: Dossier, who: filing.Actor, f: Filing, subject: Awaited<ReturnType<typeof getSubject>>['subject']) => Promise<Dossier> | Dossier, detail?: Record<string, unknown>) {
    const actor = actorOf(req);
    const f = await getFiling(db, actor, (req.params as { id: string }).id);
    const who = filingActor(actor);
    const subject = (await getSubject(db, actor, f.subjectId)).subject;
    const next = await run(f.dossier, who, f, subject);
    return saveFiling(db, actor, f.id, { dossier: next, expectedVersion: expected ?? f.version, action, ...(detail ? { detail } : {}) });
  }

  app.post('/api/subjects/:id/filings', { schema: route('filings', 'Start a filing dossier (initial face filing or officer report)', { params: idParams, body: obj({ type: { type: 'string', enum: ['initial', 'officer-report'] } }, ['type']), status: 201 }) }, async (req, reply) => {
    const f = await createFiling(db, actorOf(req), { subjectId: (req.params as { id: string }).id, type: (req.body as { type: 'initial' | 'officer-report' }).type });
    return reply.status(201).send(summary(f));
  });

  app.get('/api/filings', { schema: route('filings', 'Filings you can see (a regulator: those submitted to its province)', { querystring: obj({ subjectId: uuid, status: { type: 'string', enum: ['draft', 'submitted', 'returned', 'filed'] } }) }) }, async (req) => {
    const q = req.query as { subjectId?: string; status?: 'draft' };
    return { filings: (await listFilings(db, actorOf(req), q)).map(summary) };
  });

  app.get('/api/filings/:id', { schema: route('filings', 'A dossier with completeness, deadline, allowed actions (audited)', { params: idParams }) }, async (req) => {
    const actor = actorOf(req);
    const f = await getFiling(db, actor, (req.params as { id: string }).id);
    const subject = (await getSubject(db, actor, f.subjectId)).subject;
    await auditRead(db, actor, { action: 'filing.view', objectType: 'filing', objectId: f.id, ownerOrgId: f.orgId, subjectId: f.subjectId });
    return { filing: summary(f), view: filing.dossierView(f.dossier, subject), prefill: filing.prefillFormInput(subject) };
  });

  app.put(
    '/api/filings/:id/draft',
    { schema: route('filings', '暂存: save the form entries (never refused for being incomplete)', { params: idParams, body: obj({ expectedVersion: version, form: { type: 'object', additionalProperties: true }, trigger: obj({ changedOn: date, stoppedOn: date }) }, ['expectedVersion']) }) },
    async (req) => {
      const b = req.body as { expectedVersion: number; form?: unknown; trigger?: { changedOn?: string; stoppedOn?: string } };
      let completeness: filing.Completeness | undefined;
      const f = await step(req, 'filing.update', b.expectedVersion, (d, who, _f, subject) => {
        const r = filing.saveDraft(d, who, subject, { ...(b.form !== undefined ? { form: b.form } : {}), ...(b.trigger ? { trigger: b.trigger } : {}) });
        completeness = r.completeness;
        return r.dossier;
      });
      return { filing: summary(f), completeness };
    },
  );

  app.post(
    '/api/filings/:id/attachments',
    {
      schema: route('filings', 'Put an uploaded evidence file (of kind FIL-0N) into an upload field; replaces what the field held', {
        params: idParams,
        body: obj({ expectedVersion: version, slot: { type: 'string', enum: [...filing.FIL_KINDS] }, part: { type: 'string', enum: ['scan', 'spreadsheet'] }, evidenceId: uuid }, ['expectedVersion', 'slot', 'part', 'evidenceId']),
      }),
    },
    async (req) => {
      const b = req.body as { expectedVersion: number; slot: (typeof filing.FIL_KINDS)[number]; part: 'scan' | 'spreadsheet'; evidenceId: string };
      const actor = actorOf(req);
      const f = await step(req, 'filing.attach', b.expectedVersion, async (d, who) => {
        // The file as the document collector reads it (format from the bytes); decrypted to a private temp file.
        const tmp = await evidenceToTempFile(db, store, actor, b.evidenceId, 'process');
        try {
          if (tmp.record.subjectId !== (await getFiling(db, actor, d.id)).subjectId) throw new ForbiddenError('the file belongs to another subject');
          const ref = await filing.describeUpload(tmp.path, tmp.record.originalName, tmp.record.id);
          let cur = d;
          for (const old of d.slots[b.slot]?.[b.part] ?? []) cur = filing.detach(cur, who, { evidenceId: old.evidenceId });
          return filing.attach(cur, who, { slot: b.slot, part: b.part, file: ref });
        } finally {
          await tmp.cleanup();
        }
      }, { slot: b.slot, part: b.part, evidenceId: b.evidenceId });
      return { filing: summary(f) };
    },
  );

  app.delete(
    '/api/filings/:id/attachments/:evidenceId',
    { schema: route('filings', 'Take a file out of the dossier', { params: obj({ id: uuid, evidenceId: uuid }, ['id', 'evidenceId']), querystring: obj({ expectedVersion: version }, ['expectedVersion']) }) },
    async (req) => {
      const { evidenceId } = req.params as { evidenceId: string };
      const f = await step(req, 'filing.detach', (req.query as { expectedVersion: number }).expectedVersion, (d, who) => filing.detach(d, who, { evidenceId }), { evidenceId });
      return { filing: summary(f) };
    },
  );

  app.post('/api/filings/:id/submit', { schema: route('filings', '全部完成: submit when complete (422 with the completeness report otherwise)', { params: idParams, body: obj({ expectedVersion: version }, ['expectedVersion']) }) }, async (req) => {
    const f = await step(req, 'filing.submit', (req.body as { expectedVersion: number }).expectedVersion, (d, who, _f, subject) => filing.submit(d, who, subject));
    return { filing: summary(f) };
  });

  app.post('/api/filings/:id/return', { schema: route('filings', 'Return a submitted filing with the reason (regulator of its province)', { params: idParams, body: obj({ reason: { type: 'string', minLength: 1, maxLength: 2000 } }, ['reason']) }) }, async (req) => {
    const reason = (req.body as { reason: string }).reason;
    const f = await step(req, 'filing.return', undefined, (d, who) => filing.returnFiling(d, who, reason), { reason });
    return { filing: summary(f) };
  });

  app.post('/api/filings/:id/approve', { schema: route('filings', 'Approve and issue the 备案编号 (regulator of its province)', { params: idParams, body: obj({ number: { type: 'string', maxLength: 64 } }) }) }, async (req) => {
    const number = (req.body as { number?: string }).number;
    const f = await step(req, 'filing.approve', undefined, (d, who) => filing.approve(d, who, number), { number: number ?? null });
    return { filing: summary(f) };
  });

  app.post('/api/filings/:id/rectification-requests', { schema: route('filings', 'Regulator: request rectification of a filed application', { params: idParams, body: obj({ reason: { type: 'string', minLength: 1, maxLength: 2000 }, dueOn: date }, ['reason']) }) }, async (req) => {
    const b = req.body as { reason: string; dueOn?: string };
    const f = await step(req, 'filing.rectification-request', undefined, (d, who) => filing.requestRectification(d, who, b));
    return { filing: summary(f) };
  });

  app.post(
    '/api/filings/:id/rectification-requests/:rid/respond',
    { schema: route('filings', 'Company: answer a rectification request', { params: obj({ id: uuid, rid: { type: 'string', maxLength: 100 } }, ['id', 'rid']), body: obj({ response: { type: 'string', minLength: 1, maxLength: 4000 } }, ['response']) }) },
    async (req) => {
      const { rid } = req.params as { rid: string };
      const f = await step(req, 'filing.rectification-respond', undefined, (d, who) => filing.respondRectification(d, who, { id: rid, response: (req.body as { response: string }).response }));
      return { filing: summary(f) };
    },
  );

  app.post(
    '/api/filings/:id/rectification-requests/:rid/close',
    { schema: route('filings', 'Regulator: close a rectification request', { params: obj({ id: uuid, rid: { type: 'string', maxLength: 100 } }, ['id', 'rid']), body: obj({ note: { type: 'string', maxLength: 2000 } }) }) },
    async (req) => {
      const { rid } = req.params as { rid: string };
      const note = (req.body as { note?: string }).note;
      const f = await step(req, 'filing.rectification-close', undefined, (d, who) => filing.closeRectification(d, who, { id: rid, ...(note ? { note } : {}) }));
      return { filing: summary(f) };
    },
  );

  for (const kind of ['change', 'deregistration'] as const) {
    app.post(
      `/api/filings/:id/${kind}`,
      { schema: route('filings', kind === 'change' ? 'Start a change filing from a filed dossier' : 'Start a deregistration of a filed dossier', { params: idParams, body: obj({ on: date }, ['on']), status: 201 }) },
      async (req, reply) => {
        const actor = actorOf(req);
        const base = await getFiling(db, actor, (req.params as { id: string }).id);
        const on = (req.body as { on: string }).on;
        const o = { id: newId(), actor: filingActor(actor) };
        const dossier = kind === 'change' ? filing.startChange(base.dossier, { ...o, changedOn: on }) : filing.startDeregistration(base.dossier, { ...o, stoppedOn: on });
        return reply.status(201).send(summary(await createFiling(db, actor, { subjectId: base.subjectId, dossier })));
      },
    );
  }

  app.get(
    '/api/filings/:id/forms/:form',
    { schema: route('filings', 'The generated XLSX form of the dossier (index 0, 1…; audited export)', { params: obj({ id: uuid, form: { type: 'integer', minimum: 0, maximum: 3 } }, ['id', 'form']) , file: true }) },
    async (req, reply) => {
      const actor = actorOf(req);
      const f = await getFiling(db, actor, (req.params as { id: string }).id);
      const subject = (await getSubject(db, actor, f.subjectId)).subject;
      const forms = await filing.dossierForms(f.dossier, subject);
      const form = forms[(req.params as { form: number }).form];
      if (!form) throw new filing.FilingError('invalid-input', { zh: '没有该表格', en: 'no such form' });
      await auditRead(db, actor, { action: 'filing.export', objectType: 'filing', objectId: f.id, ownerOrgId: f.orgId, subjectId: f.subjectId, detail: { form: form.id } });
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', attachment(form.fileName)).send(form.buffer);
    },
  );
}
