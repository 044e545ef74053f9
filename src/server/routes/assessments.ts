// Assessments: run the engine on the stored subject, its artifacts, evidence and recorded inspections; read
// them; export as HTML, PDF (Chromium), JSON and the rectification list as XLSX (all exports audited);
// an evaluator signs off.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { assess } from '../../engine/assess.js';
import { getAssessment, listAssessments, listRectifications, saveAssessment, signOffAssessment, type Actor, type AssessmentRecord } from '../../platform/index.js';
import { renderInChromium } from '../../reports/browser.js';
import { renderHtml } from '../../reports/html.js';
import { renderJson } from '../../reports/json.js';
import { assessmentInput } from '../assessment-input.js';
import { auditRead } from '../audit-reads.js';
import { actorOf, type Deps } from '../context.js';
import { attachment } from './evidence.js';
import { date, idParams, route } from '../schemas.js';
import { rectificationXlsx } from '../xlsx.js';

const FORMATS = ['html', 'pdf', 'json', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

export async function assessmentRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  const { db } = platform;

  async function exported(actor: Actor, rec: AssessmentRecord, format: Format | 'view'): Promise<void> {
    const subjectOrg = (await db.selectFrom('subjects').select('org_id').where('id', '=', rec.subjectId).executeTakeFirstOrThrow()).org_id;
    await auditRead(db, actor, { action: format === 'view' ? 'assessment.view' : 'assessment.export', objectType: 'assessment', objectId: rec.id, ownerOrgId: subjectOrg, subjectId: rec.subjectId, detail: { format } });
  }

  app.post(
    '/api/subjects/:id/assessments',
    { schema: route('assessments', 'Run an assessment now and store it (company or granted evaluator)', { params: idParams, body: { type: 'object', properties: { asOf: date }, additionalProperties: false }, status: 201 }) },
    async (req, reply) => {
      const actor = actorOf(req);
      const { record, subject, artifacts } = await assessmentInput(db, actor, (req.params as { id: string }).id);
      const asOf = (req.body as { asOf?: string } | undefined)?.asOf;
      const a = assess(subject, artifacts, asOf ? { asOf } : {});
      const saved = await saveAssessment(db, actor, record.id, a, record.version);
      const { assessment: _omit, ...summary } = saved;
      return reply.status(201).send(summary);
    },
  );

  app.get('/api/subjects/:id/assessments', { schema: route('assessments', 'Assessments of a subject, newest first', { params: idParams }) }, async (req) => ({
    assessments: await listAssessments(db, actorOf(req), (req.params as { id: string }).id),
  }));

  app.get('/api/assessments/:id', { schema: route('assessments', 'An assessment with all findings (audited)', { params: idParams }) }, async (req) => {
    const actor = actorOf(req);
    const rec = await getAssessment(db, actor, (req.params as { id: string }).id);
    await exported(actor, rec, 'view');
    return rec;
  });

  app.get(
    '/api/assessments/:id/export',
    {
      schema: route('assessments', 'Download the report (html, pdf, json) or the rectification list (xlsx); audited', {
        params: idParams,
        querystring: { type: 'object', required: ['format'], properties: { format: { type: 'string', enum: FORMATS } }, additionalProperties: false },
        file: true,
      }),
    },
    async (req, reply: FastifyReply) => {
      const actor = actorOf(req);
      const format = (req.query as { format: Format }).format;
      const rec = await getAssessment(db, actor, (req.params as { id: string }).id);
      const base = `faceaudit-${rec.asOf}-${rec.id.slice(0, 8)}`;
      let body: Buffer | string;
      let type: string;
      switch (format) {
        case 'html':
          body = renderHtml(rec.assessment);
          type = 'text/html; charset=utf-8';
          break;
        case 'json':
          body = renderJson(rec.assessment);
          type = 'application/json; charset=utf-8';
          break;
        case 'pdf': {
          const r = await renderInChromium(renderHtml(rec.assessment), { pdf: true });
          body = r.pdf!;
          type = 'application/pdf';
          break;
        }
        case 'xlsx':
          body = await rectificationXlsx(rec.assessment, await listRectifications(db, actor, rec.subjectId));
          type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
          break;
      }
      await exported(actor, rec, format);
      const name = format === 'xlsx' ? `${base}-rectifications.xlsx` : `${base}.${format}`;
      return reply.type(type).header('content-disposition', attachment(name)).header('x-content-type-options', 'nosniff').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:").send(body);
    },
  );

  app.post('/api/assessments/:id/sign-off', { schema: route('assessments', 'Sign off an assessment (granted evaluator)', { params: idParams }) }, async (req) => {
    const { assessment: _omit, ...summary } = await signOffAssessment(db, actorOf(req), (req.params as { id: string }).id);
    return summary;
  });
}
