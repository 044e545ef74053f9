// Evidence uploads (multipart, streamed into the encrypted store; the type is judged by content there),
// listing, audited downloads, deletion; analysis jobs for app packages and privacy policies, and job progress.
import { Transform } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deleteEvidence, enqueueAnalyzeApp, getEvidence, getJob, listEvidence, openEvidence, putEvidence, type Actor } from '../../platform/index.js';
import { EVIDENCE_KINDS } from '../../subject/schema.js';
import { actorOf, type Deps } from '../context.js';
import { HttpError } from '../errors.js';
import { enqueueAnalyzePolicy, POLICY_KINDS } from '../../platform/index.js';
import { idParams, route } from '../schemas.js';

const KINDS = [...Object.keys(EVIDENCE_KINDS), 'app-package'];
const uploadQuery = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', enum: KINDS }, scenarioId: { type: 'string', maxLength: 100 }, note: { type: 'string', maxLength: 2000 }, analyze: { type: 'boolean' } },
  additionalProperties: false,
} as const;

/** Content-Disposition with the original (possibly Chinese) name, safely encoded. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function evidenceRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  const { db, store, queue } = platform;

  /** Streams the single file part of a multipart request into putEvidence. */
  async function upload(req: FastifyRequest, actor: Actor, subjectId: string, q: { kind: string; scenarioId?: string; note?: string }) {
    if (!req.isMultipart()) throw new HttpError(415, 'unsupported-media-type', 'upload the file as multipart/form-data (field "file")');
    const part = await req.file();
    if (!part) throw new HttpError(400, 'no-file', 'the request has no file part');
    // Over the limit the part stream just ends (truncated): fail the stream at its end instead, so the platform
    // never stores a cut-off file.
    const source = part.file.pipe(
      new Transform({
        transform: (chunk, _enc, cb) => cb(null, chunk),
        flush: (cb) => cb(part.file.truncated ? new HttpError(413, 'too-large', 'the file is larger than the server accepts') : null),
      }),
    );
    part.file.once('error', (e) => source.destroy(e));
    const rec = await putEvidence(db, store, actor, {
      subjectId,
      kind: q.kind,
      originalName: part.filename || 'upload',
      source,
      ...(q.scenarioId ? { scenarioId: q.scenarioId } : {}),
      ...(q.note ? { note: q.note } : {}),
    });
    return rec;
  }

  async function enqueueFor(actor: Actor, rec: { id: string; kind: string }): Promise<string | null> {
    if (rec.kind === 'app-package') return enqueueAnalyzeApp(db, queue, actor, rec.id);
    if (POLICY_KINDS.has(rec.kind)) return enqueueAnalyzePolicy(db, queue, actor, rec.id);
    return null;
  }

  app.post(
    '/api/subjects/:id/evidence',
    {
      schema: {
        ...route('evidence', 'Upload an evidence file (multipart field "file"); with analyze=true an app package or privacy policy is analysed in a job', { params: idParams, querystring: uploadQuery, status: 201 }),
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const q = req.query as { kind: string; scenarioId?: string; note?: string; analyze?: boolean };
      const rec = await upload(req, actor, (req.params as { id: string }).id, q);
      const jobId = q.analyze ? await enqueueFor(actor, rec) : null;
      return reply.status(201).send({ evidence: rec, jobId });
    },
  );

  app.get(
    '/api/subjects/:id/evidence',
    { schema: route('evidence', 'Evidence files of a subject (metadata)', { params: idParams, querystring: { type: 'object', properties: { kind: { type: 'string', enum: KINDS } }, additionalProperties: false } }) },
    async (req) => ({ evidence: await listEvidence(db, actorOf(req), (req.params as { id: string }).id, (req.query as { kind?: string }).kind) }),
  );

  app.get('/api/evidence/:id/download', { schema: route('evidence', 'Download an evidence file (audited; verified before the first byte)', { params: idParams , file: true }) }, async (req, reply) => {
    const { record, stream } = await openEvidence(db, store, actorOf(req), (req.params as { id: string }).id, { purpose: 'download', verifyFirst: true });
    return reply.header('content-disposition', attachment(record.originalName)).header('x-content-type-options', 'nosniff').type('application/octet-stream').send(stream);
  });

  app.post('/api/evidence/:id/analyze', { schema: route('jobs', 'Analyse an uploaded app package or privacy policy in a job', { params: idParams, status: 202 }) }, async (req, reply) => {
    const actor = actorOf(req);
    const id = (req.params as { id: string }).id;
    const ev = await getEvidence(db, actor, id);
    const jobId = await enqueueFor(actor, ev);
    if (!jobId) throw new HttpError(400, 'not-analysable', `a ${ev.kind} file is not analysed; upload an app package or a privacy policy`);
    return reply.status(202).send({ jobId });
  });

  app.delete('/api/evidence/:id', { schema: route('evidence', 'Delete an evidence file (audited; refused while in a submitted filing)', { params: idParams }) }, async (req) => {
    await deleteEvidence(db, store, actorOf(req), (req.params as { id: string }).id);
    return { ok: true };
  });

  app.get('/api/jobs/:id', { schema: route('jobs', 'A job’s status and progress (your organisation’s jobs only)', { params: idParams }) }, async (req) => getJob(db, actorOf(req), (req.params as { id: string }).id));
}
