// Subjects (the company's deployments and facts as the Subject JSON), questionnaire answers, grants.
import type { FastifyInstance } from 'fastify';
import { findQuestion } from '../../questionnaire/index.js';
import { AnswerSchema, type Subject } from '../../subject/schema.js';
import { createSubject, getSubject, requireSubject, grantSubject, listGrants, listSubjects, revokeGrant, updateSubject, InvalidInputError } from '../../platform/index.js';
import { auditRead } from '../audit-reads.js';
import { actorOf, type Deps } from '../context.js';
import { anyObject, idParams, route, uuid } from '../schemas.js';

const version = { type: 'integer', minimum: 1 } as const;

/** Puts answers (by question ID) on the processor or on one scenario, checking each ID and value. */
export function applyAnswers(subject: Subject, answers: Record<string, unknown>, scenarioId?: string): Subject {
  const next = structuredClone(subject);
  const scenario = scenarioId ? next.deployments.flatMap((d) => d.scenarios).find((s) => s.id === scenarioId) : undefined;
  if (scenarioId && !scenario) throw new InvalidInputError(`no scenario ${scenarioId}`);
  for (const [id, value] of Object.entries(answers)) {
    const q = findQuestion(id);
    if (!q) throw new InvalidInputError(`unknown question ${id}`);
    const v = AnswerSchema.parse(value);
    const target = q.scope === 'scenario' && scenario ? (scenario.answers ??= {}) : next.answers;
    if (v === null || v === '') delete target[id];
    else target[id] = v;
  }
  return next;
}

export async function subjectRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  const { db } = platform;

  app.get('/api/subjects', { schema: route('subjects', 'Subjects you can see') }, async (req) => ({ subjects: await listSubjects(db, actorOf(req)) }));

  app.post(
    '/api/subjects',
    { schema: route('subjects', 'Create a subject (company admin or member)', { body: { type: 'object', required: ['data'], properties: { data: anyObject, name: { type: 'string', maxLength: 200 } }, additionalProperties: false }, status: 201 }) },
    async (req, reply) => {
      const b = req.body as { data: unknown; name?: string };
      return reply.status(201).send(await createSubject(db, actorOf(req), b));
    },
  );

  app.get('/api/subjects/:id', { schema: route('subjects', 'A subject (audited: it holds the officer’s name and contact)', { params: idParams }) }, async (req) => {
    const actor = actorOf(req);
    const rec = await getSubject(db, actor, (req.params as { id: string }).id);
    await auditRead(db, actor, { action: 'subject.view', objectType: 'subject', objectId: rec.id, ownerOrgId: rec.orgId, subjectId: rec.id });
    return rec;
  });

  app.put(
    '/api/subjects/:id',
    {
      schema: route('subjects', 'Replace the subject data (optimistic: expectedVersion must be the current version)', {
        params: idParams,
        body: { type: 'object', required: ['data', 'expectedVersion'], properties: { data: anyObject, name: { type: 'string', maxLength: 200 }, expectedVersion: version }, additionalProperties: false },
      }),
    },
    async (req) => {
      const b = req.body as { data: unknown; name?: string; expectedVersion: number };
      return updateSubject(db, actorOf(req), (req.params as { id: string }).id, b);
    },
  );

  app.patch(
    '/api/subjects/:id/answers',
    {
      schema: route('subjects', 'Set questionnaire answers by question ID (null clears); scenario questions need scenarioId', {
        params: idParams,
        body: {
          type: 'object',
          required: ['answers', 'expectedVersion'],
          properties: { answers: { type: 'object', propertyNames: { pattern: '^Q-[A-Z0-9-]+$' }, additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } }, scenarioId: { type: 'string', maxLength: 100 }, expectedVersion: version },
          additionalProperties: false,
        },
      }),
    },
    async (req) => {
      const actor = actorOf(req);
      const id = (req.params as { id: string }).id;
      const b = req.body as { answers: Record<string, unknown>; scenarioId?: string; expectedVersion: number };
      await requireSubject(db, actor, id, 'write');
      const rec = await getSubject(db, actor, id);
      const data = applyAnswers(rec.subject, b.answers, b.scenarioId);
      return updateSubject(db, actor, id, { data, expectedVersion: b.expectedVersion });
    },
  );

  app.get('/api/subjects/:id/grants', { schema: route('grants', 'Evaluator grants of a subject (company admin)', { params: idParams }) }, async (req) => ({ grants: await listGrants(db, actorOf(req), (req.params as { id: string }).id) }));

  app.post(
    '/api/subjects/:id/grants',
    { schema: route('grants', 'Grant an evaluator organisation access (company admin)', { params: idParams, body: { type: 'object', required: ['evaluatorOrgId'], properties: { evaluatorOrgId: uuid }, additionalProperties: false }, status: 201 }) },
    async (req, reply) => reply.status(201).send(await grantSubject(db, actorOf(req), (req.params as { id: string }).id, (req.body as { evaluatorOrgId: string }).evaluatorOrgId)),
  );

  app.delete('/api/grants/:id', { schema: route('grants', 'Revoke a grant (company admin)', { params: idParams }) }, async (req) => {
    await revokeGrant(db, actorOf(req), (req.params as { id: string }).id);
    return { ok: true };
  });
}
