// Rectification items: created from a failing finding, tracked (owner, due date, status), re-checked by
// running that rule again through the engine's evaluateRule on the current stored data.
import type { FastifyInstance } from 'fastify';
import { worstVerdict } from '../../core/types.js';
import { evaluateRule, today } from '../../engine/assess.js';
import { findRule } from '../../rules/index.js';
import { createRectification, listRectifications, NotFoundError, recordRecheck, updateRectification, type Actor, type Db, type Rectification } from '../../platform/index.js';
import { assessmentInput } from '../assessment-input.js';
import { actorOf, type Deps } from '../context.js';
import { date, idParams, route, uuid } from '../schemas.js';

const ruleId = { type: 'string', pattern: '^[A-Z][A-Z0-9]*-[0-9A-Za-z.-]+$', maxLength: 100 } as const;
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;

/** The item when the actor can see its subject (NotFound otherwise: the list is tenant-scoped). */
async function visibleItem(db: Db, actor: Actor, id: string): Promise<Rectification> {
  const row = await db.selectFrom('rectifications').select('subject_id').where('id', '=', id).executeTakeFirst();
  const item = row && (await listRectifications(db, actor, row.subject_id).catch(() => [])).find((r) => r.id === id);
  if (!item) throw new NotFoundError('rectification');
  return item;
}

export async function rectificationRoutes(app: FastifyInstance, { platform }: Deps): Promise<void> {
  const { db } = platform;

  app.post(
    '/api/subjects/:id/rectifications',
    {
      schema: route('rectifications', 'Create a rectification item from a failing finding (company)', {
        params: idParams,
        body: {
          type: 'object',
          required: ['ruleId'],
          properties: { ruleId, checkId: ruleId, scenarioId: text(100), assessmentId: uuid, owner: text(200), dueOn: date, notes: text(4000) },
          additionalProperties: false,
        },
        status: 201,
      }),
    },
    async (req, reply) => {
      const b = req.body as { ruleId: string; checkId?: string; scenarioId?: string; assessmentId?: string; owner?: string; dueOn?: string; notes?: string };
      if (!findRule(b.ruleId)) throw new NotFoundError(`rule ${b.ruleId}`);
      return reply.status(201).send(await createRectification(db, actorOf(req), { ...b, subjectId: (req.params as { id: string }).id }));
    },
  );

  app.get(
    '/api/subjects/:id/rectifications',
    { schema: route('rectifications', 'Rectification items of a subject', { params: idParams, querystring: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'in-progress', 'done', 'verified'] } }, additionalProperties: false } }) },
    async (req) => ({ rectifications: await listRectifications(db, actorOf(req), (req.params as { id: string }).id, (req.query as { status?: 'open' }).status) }),
  );

  app.patch(
    '/api/rectifications/:id',
    {
      schema: route('rectifications', 'Update owner, due date, status or notes (optimistic: expectedVersion); verified needs a passing re-check', {
        params: idParams,
        body: {
          type: 'object',
          required: ['expectedVersion'],
          properties: { expectedVersion: { type: 'integer', minimum: 1 }, owner: text(200), dueOn: date, status: { type: 'string', enum: ['open', 'in-progress', 'done', 'verified'] }, notes: text(4000) },
          additionalProperties: false,
        },
      }),
    },
    async (req) => updateRectification(db, actorOf(req), (req.params as { id: string }).id, req.body as { expectedVersion: number }),
  );

  app.post('/api/rectifications/:id/recheck', { schema: route('rectifications', 'Run the item’s rule again on the current data and record the verdict', { params: idParams }) }, async (req) => {
    const actor = actorOf(req);
    const item = await visibleItem(db, actor, (req.params as { id: string }).id);
    const rule = findRule(item.ruleId);
    if (!rule) throw new NotFoundError(`rule ${item.ruleId}`);
    const { subject, artifacts } = await assessmentInput(db, actor, item.subjectId);
    const findings = evaluateRule(rule, subject, artifacts, subject.asOf ?? today()).filter(
      (f) => (item.checkId === item.ruleId || f.checkId === item.checkId) && (!item.scenarioId || f.scenarioId === item.scenarioId),
    );
    const verdict = findings.length ? worstVerdict(findings.map((f) => f.verdict)) : 'not-applicable';
    const updated = await recordRecheck(db, actor, item.id, verdict);
    return { rectification: updated, verdict, findings };
  });
}
