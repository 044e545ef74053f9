// Users and their memberships (a user acts for one organisation at a time, with one role in it).
import type { Actor } from '../access.js';
import { auditActor } from '../access.js';
import { audit } from '../audit.js';
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../crypto/passwords.js';
import type { Db } from '../db/open.js';
import type { OrgKind, Role, Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: 'zh' | 'en';
  createdAt: string;
  disabledAt: string | null;
}

const toUser = (r: Row<'users'>): User => ({ id: r.id, email: r.email, name: r.name, locale: r.locale, createdAt: r.created_at, disabledAt: r.disabled_at });
const normalEmail = (e: string) => e.trim().toLowerCase();

/** Roles each kind of organisation has. */
export const ROLES_BY_KIND: Record<OrgKind, readonly Role[]> = {
  company: ['admin', 'member'],
  evaluator: ['evaluator', 'admin'],
  regulator: ['regulator', 'admin'],
};

export async function createUser(db: Db, input: { email: string; name: string; password: string; locale?: 'zh' | 'en' }, by: Actor | null = null): Promise<User> {
  const email = normalEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new InvalidInputError(`not an email address: ${input.email}`);
  if (!input.name.trim()) throw new InvalidInputError('a user needs a name');
  const weak = checkPasswordPolicy(input.password);
  if (weak) throw new InvalidInputError(weak);
  const row: Row<'users'> = {
    id: newId(),
    email,
    name: input.name.trim(),
    password_hash: await hashPassword(input.password),
    locale: input.locale ?? 'zh',
    created_at: nowIso(),
    disabled_at: null,
  };
  return inTx(db, async (trx) => {
    if (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) throw new ConflictError(`a user with email ${email} exists`);
    await trx.insertInto('users').values(row).execute();
    await audit(trx, { action: 'user.create', objectType: 'user', objectId: row.id, actor: by && auditActor(by), orgId: by?.orgId ?? null, detail: { email } });
    return toUser(row);
  });
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toUser(r);
}

/**
 * The user for an email and password, or undefined. Takes the same time whether or not the user exists, and
 * upgrades the stored hash when its parameters are older than today's.
 */
export async function authenticatePassword(db: Db, email: string, password: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('email', '=', normalEmail(email)).executeTakeFirst();
  const ok = await verifyPassword(password, r?.password_hash ?? (await dummyPasswordHash()));
  if (!r || !ok || r.disabled_at) return undefined;
  if (needsRehash(r.password_hash)) {
    await db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', r.id).execute();
  }
  return toUser(r);
}

export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<void> {
  const r = await db.selectFrom('users').select(['password_hash']).where('id', '=', userId).executeTakeFirst();
  if (!r) throw new NotFoundError('user');
  if (!(await verifyPassword(current, r.password_hash))) throw new ForbiddenError('the current password is wrong');
  const weak = checkPasswordPolicy(next);
  if (weak) throw new InvalidInputError(weak);
  const hash = await hashPassword(next);
  await inTx(db, async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
    // Every session of the user ends with the old password.
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await audit(trx, { action: 'user.password-change', objectType: 'user', objectId: userId, actor: { userId, orgId: null } });
  });
}

export interface Membership {
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
  role: Role;
}

/**
 * Adds a user to an organisation. `by` must be an admin of that organisation, or null for bootstrap (the first
 * admin of a new organisation, seeding, CLI).
 */
export async function addMembership(db: Db, input: { userId: string; orgId: string; role: Role }, by: Actor | null): Promise<void> {
  if (by && !(by.orgId === input.orgId && by.role === 'admin')) throw new ForbiddenError('only an admin of the organisation may add members');
  const org = await db.selectFrom('organizations').select(['kind']).where('id', '=', input.orgId).executeTakeFirst();
  if (!org) throw new NotFoundError('organisation');
  if (!ROLES_BY_KIND[org.kind].includes(input.role)) throw new InvalidInputError(`a ${org.kind} organisation has no role ${input.role} (roles: ${ROLES_BY_KIND[org.kind].join(', ')})`);
  await inTx(db, async (trx) => {
    const existing = await trx.selectFrom('memberships').select('role').where('user_id', '=', input.userId).where('org_id', '=', input.orgId).executeTakeFirst();
    if (existing) await trx.updateTable('memberships').set({ role: input.role }).where('user_id', '=', input.userId).where('org_id', '=', input.orgId).execute();
    else await trx.insertInto('memberships').values({ user_id: input.userId, org_id: input.orgId, role: input.role, created_at: nowIso() }).execute();
    await audit(trx, {
      action: 'membership.set',
      objectType: 'user',
      objectId: input.userId,
      actor: by && auditActor(by),
      orgId: input.orgId,
      detail: { role: input.role, previous: existing?.role ?? null },
    });
  });
}

/** The organisations a user belongs to (for choosing which one to act for after login). */
export async function listMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['o.id', 'o.name', 'o.kind', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({ orgId: r.id, orgName: r.name, orgKind: r.kind, role: r.role }));
}

/** Members of the actor's own organisation (names and emails are personal data: admins only, audited). */
export async function listMembers(db: Db, actor: Actor): Promise<(User & { role: Role })[]> {
  if (actor.role !== 'admin') throw new ForbiddenError('only an admin may list the members');
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('u')
    .select('m.role')
    .where('m.org_id', '=', actor.orgId)
    .orderBy('u.name')
    .execute();
  await audit(db, { action: 'members.view', objectType: 'organization', objectId: actor.orgId, actor: auditActor(actor), orgId: actor.orgId, detail: { count: rows.length } });
  return rows.map((r) => ({ ...toUser(r), role: r.role }));
}
