// Organisations and members. Registering a company creates the organisation and its first admin (public, like
// a sign-up); evaluators and regulators are set up by the operator (CLI/demo), not through the API.
import type { FastifyInstance } from 'fastify';
import { addMembership, createOrganization, createUser, getOrganization, listEvaluators, listMembers } from '../../platform/index.js';
import { inTx } from '../../platform/db/util.js';
import { actorOf, type Deps } from '../context.js';
import { HttpError } from '../errors.js';
import { route } from '../schemas.js';

const password = { type: 'string', minLength: 8, maxLength: 1024 } as const;
const email = { type: 'string', minLength: 3, maxLength: 320, pattern: '^[^@\\s]+@[^@\\s]+$' } as const;

export async function orgRoutes(app: FastifyInstance, { platform, config }: Deps): Promise<void> {
  const { db } = platform;

  app.post(
    '/api/organizations',
    {
      config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.timeWindowMs } },
      schema: {
        ...route('organizations', 'Register a company with its first admin', {
          body: {
            type: 'object',
            required: ['name', 'admin'],
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 200 },
              creditCode: { type: 'string', maxLength: 18 },
              province: { type: 'string', maxLength: 50 },
              city: { type: 'string', maxLength: 50 },
              admin: { type: 'object', required: ['email', 'name', 'password'], properties: { email, name: { type: 'string', minLength: 1, maxLength: 200 }, password }, additionalProperties: false },
            },
            additionalProperties: false,
          },
          status: 201,
        }),
        security: [],
      },
    },
    async (req, reply) => {
      const b = req.body as { name: string; creditCode?: string; province?: string; city?: string; admin: { email: string; name: string; password: string } };
      const { org, user } = await inTx(db, async (trx) => {
        const org = await createOrganization(trx, { kind: 'company', name: b.name, ...(b.creditCode ? { creditCode: b.creditCode } : {}), ...(b.province ? { province: b.province } : {}), ...(b.city ? { city: b.city } : {}) });
        const user = await createUser(trx, b.admin);
        await addMembership(trx, { userId: user.id, orgId: org.id, role: 'admin' }, null);
        return { org, user };
      });
      return reply.status(201).send({ org, user: { id: user.id, email: user.email, name: user.name } });
    },
  );

  app.get('/api/organizations/current', { schema: route('organizations', 'Your organisation') }, async (req) => {
    const actor = actorOf(req);
    return { org: await getOrganization(db, actor.orgId), role: actor.role };
  });

  app.get('/api/organizations/evaluators', { schema: route('organizations', 'Evaluator organisations (to grant access to)') }, async (req) => {
    const actor = actorOf(req);
    if (actor.orgKind !== 'company' || actor.role !== 'admin') throw new HttpError(403, 'forbidden', 'only a company admin grants access');
    return { evaluators: (await listEvaluators(db)).map((o) => ({ id: o.id, name: o.name, province: o.province })) };
  });

  app.get('/api/members', { schema: route('organizations', 'Members of your organisation (admins; audited)') }, async (req) => {
    const members = await listMembers(db, actorOf(req));
    return { members: members.map((m) => ({ id: m.id, email: m.email, name: m.name, role: m.role })) };
  });

  app.post(
    '/api/members',
    {
      schema: route('organizations', 'Add a member (admins): creates the user', {
        body: {
          type: 'object',
          required: ['email', 'name', 'password', 'role'],
          properties: { email, name: { type: 'string', minLength: 1, maxLength: 200 }, password, role: { type: 'string', enum: ['admin', 'member', 'evaluator', 'regulator'] } },
          additionalProperties: false,
        },
        status: 201,
      }),
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (actor.role !== 'admin') throw new HttpError(403, 'forbidden', 'only an admin adds members');
      const b = req.body as { email: string; name: string; password: string; role: 'admin' | 'member' | 'evaluator' | 'regulator' };
      const user = await createUser(db, { email: b.email, name: b.name, password: b.password }, actor);
      await addMembership(db, { userId: user.id, orgId: actor.orgId, role: b.role }, actor);
      return reply.status(201).send({ id: user.id, email: user.email, name: user.name, role: b.role });
    },
  );
}
