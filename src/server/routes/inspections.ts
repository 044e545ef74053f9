// The evaluator's work: the checklist of manual checks (the rule's 查验方法 and 留存证据 from the seed, with the
// latest assessment's manual findings per scenario), and recorded inspection results.
import type { FastifyInstance } from 'fastify';
import { RULES } from '../../rules/index.js';
import { listAssessments, getAssessment, listInspections, recordInspection, requireSubject } from '../../platform/index.js';
import { actorOf, type Deps } from '../context.js';
import { anyObject, idParams, route } from '../schemas.js';

export async function inspectionRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  const { db } = platform;

  app.get('/api/subjects/:id/checklist', { schema: route('inspections', 'Manual checks to inspect: 查验方法 as a checklist, 留存证据 to attach', { params: idParams }) }, async (req) => {
    const actor = actorOf(req);
    const subjectId = (req.params as { id: string }).id;
    await requireSubject(db, actor, subjectId, 'read');
    const latest = (await listAssessments(db, actor, subjectId))[0];
    const a = latest ? (await getAssessment(db, actor, latest.id)).assessment : undefined;
    const recorded = await listInspections(db, actor, subjectId);
    const items = RULES.filter((r) => r.manual).map((r) => {
      const findings = a?.rules.find((x) => x.id === r.id)?.findings.filter((f) => f.verdict === 'manual') ?? [];
      return {
        ruleId: r.id,
        title: r.title,
        method: r.manual!.method,
        evidence: r.manual!.evidence,
        pending: findings.map((f) => ({ checkId: f.checkId, scenarioId: f.scenarioId ?? null, message: f.message })),
        recorded: recorded.filter((i) => i.check === r.id || i.check.startsWith(`${r.id}.`)),
      };
    });
    return { assessmentId: latest?.id ?? null, items };
  });

  app.get('/api/subjects/:id/inspections', { schema: route('inspections', 'Recorded inspections of a subject', { params: idParams }) }, async (req) => ({
    inspections: await listInspections(db, actorOf(req), (req.params as { id: string }).id),
  }));

  app.post(
    '/api/subjects/:id/inspections',
    { schema: route('inspections', 'Record an inspection result (granted evaluator): {check, scenario?, verdict, note, date, evidence?}', { params: idParams, body: anyObject, status: 201 }) },
    async (req, reply) => reply.status(201).send(await recordInspection(db, actorOf(req), (req.params as { id: string }).id, req.body)),
  );
}
