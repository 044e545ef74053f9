// Organisations: companies (个人信息处理者), evaluators (评估机构) and regulators (省级网信办).
import { SubjectSchema } from '../../subject/schema.js';
import type { Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { OrgKind, Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, InvalidInputError } from '../errors.js';

export interface Organization {
  id: string;
  kind: OrgKind;
  name: string;
  creditCode: string | null;
  province: string | null;
  city: string | null;
  createdAt: string;
}

export const toOrganization = (r: Row<'organizations'>): Organization => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  creditCode: r.credit_code,
  province: r.province,
  city: r.city,
  createdAt: r.created_at,
});

const creditCode = SubjectSchema.shape.processor.shape.creditCode;

export interface NewOrganization {
  kind: OrgKind;
  name: string;
  creditCode?: string;
  province?: string;
  city?: string;
}

/** Creates an organisation. A regulator needs its province (it sees filings to that province only). */
export async function createOrganization(db: Db, input: NewOrganization, by: Actor | null = null): Promise<Organization> {
  if (!['company', 'evaluator', 'regulator'].includes(input.kind)) throw new InvalidInputError(`unknown organisation kind: ${input.kind}`);
  if (!input.name.trim()) throw new InvalidInputError('an organisation needs a name');
  if (input.creditCode !== undefined && !creditCode.safeParse(input.creditCode).success) {
    throw new InvalidInputError(`not a unified social credit code: ${input.creditCode}`);
  }
  if (input.kind === 'regulator' && !input.province?.trim()) throw new InvalidInputError('a regulator organisation needs its province');
  const row: Row<'organizations'> = {
    id: newId(),
    kind: input.kind,
    name: input.name.trim(),
    credit_code: input.creditCode ?? null,
    province: input.province?.trim() || null,
    city: input.city?.trim() || null,
    created_at: nowIso(),
  };
  return inTx(db, async (trx) => {
    if (row.credit_code && (await trx.selectFrom('organizations').select('id').where('credit_code', '=', row.credit_code).executeTakeFirst())) {
      throw new ConflictError(`an organisation with credit code ${row.credit_code} is already registered`);
    }
    await trx.insertInto('organizations').values(row).execute();
    await audit(trx, {
      action: 'organization.create',
      objectType: 'organization',
      objectId: row.id,
      actor: by && { userId: by.userId, orgId: by.orgId },
      orgId: row.id,
      detail: { kind: row.kind, name: row.name },
    });
    return toOrganization(row);
  });
}

/** Organisation metadata by id (names and codes of organisations are not tenant secrets). */
export async function getOrganization(db: Db, id: string): Promise<Organization | undefined> {
  const r = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toOrganization(r);
}

/** Evaluator organisations, for a company choosing whom to grant access. */
export async function listEvaluators(db: Db): Promise<Organization[]> {
  return (await db.selectFrom('organizations').selectAll().where('kind', '=', 'evaluator').orderBy('name').execute()).map(toOrganization);
}
