// Users, memberships, API tokens and sessions against both databases.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ConflictError, ForbiddenError, InvalidInputError } from '../errors.js';
import { eachDatabase, seedOrg } from '../testing.js';
import { actorFor, type Actor } from '../access.js';
import { createOrganization } from './organizations.js';
import { addMembership, authenticatePassword, changePassword, createUser, listMembers, listMemberships } from './users.js';
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from './tokens.js';
import { checkCsrf, createSession, deleteSession, getSession, purgeExpiredSessions } from './sessions.js';

eachDatabase('users, tokens, sessions', (get) => {
  let orgId: string;
  let admin: Actor;
  before(async () => {
    const { db } = get();
    orgId = await seedOrg(db, 'company', '登录测试公司');
    const u = await createUser(db, { email: ' Admin@Example.CN ', name: '王管理', password: 'first password' });
    await addMembership(db, { userId: u.id, orgId, role: 'admin' }, null);
    admin = (await actorFor(db, u.id, orgId))!;
  });

  test('organisations: credit code checked and unique; a regulator needs its province', async () => {
    const { db } = get();
    await assert.rejects(createOrganization(db, { kind: 'company', name: 'C', creditCode: '123' }), /credit code/);
    const ok = await createOrganization(db, { kind: 'company', name: 'D', creditCode: '91310000MA1FL1MMXQ' });
    assert.equal(ok.creditCode, '91310000MA1FL1MMXQ');
    await assert.rejects(createOrganization(db, { kind: 'company', name: 'E', creditCode: '91310000MA1FL1MMXQ' }), ConflictError);
    await assert.rejects(createOrganization(db, { kind: 'regulator', name: '网信办' }), /province/);
  });

  test('users: email normalised and unique; weak passwords refused; the hash is never the password', async () => {
    const { db } = get();
    await assert.rejects(createUser(db, { email: 'admin@example.cn', name: 'x', password: 'another one' }), ConflictError);
    await assert.rejects(createUser(db, { email: 'weak@example.cn', name: 'x', password: 'short' }), InvalidInputError);
    await assert.rejects(createUser(db, { email: 'not-an-email', name: 'x', password: 'long enough' }), /email/);
    const row = await db.selectFrom('users').select(['email', 'password_hash']).where('email', '=', 'admin@example.cn').executeTakeFirstOrThrow();
    assert.match(row.password_hash, /^scrypt\$/);
    assert.ok(!row.password_hash.includes('first password'));
  });

  test('login: right password only; unknown and disabled users get the same answer', async () => {
    const { db } = get();
    assert.equal((await authenticatePassword(db, 'ADMIN@example.cn', 'first password'))?.id, admin.userId);
    assert.equal(await authenticatePassword(db, 'admin@example.cn', 'wrong password'), undefined);
    assert.equal(await authenticatePassword(db, 'nobody@example.cn', 'first password'), undefined);
    const d = await createUser(db, { email: 'gone@example.cn', name: 'gone', password: 'gone password' });
    await db.updateTable('users').set({ disabled_at: new Date().toISOString() }).where('id', '=', d.id).execute();
    assert.equal(await authenticatePassword(db, 'gone@example.cn', 'gone password'), undefined);
  });

  test('memberships: roles must fit the organisation kind; only its admin adds members; members list is audited', async () => {
    const { db } = get();
    const m = await createUser(db, { email: 'member@example.cn', name: '李成员', password: 'member password' });
    await assert.rejects(addMembership(db, { userId: m.id, orgId, role: 'regulator' }, admin), /no role regulator/);
    await addMembership(db, { userId: m.id, orgId, role: 'member' }, admin);
    const member = (await actorFor(db, m.id, orgId))!;
    const other = await createUser(db, { email: 'other@example.cn', name: 'o', password: 'other password' });
    await assert.rejects(addMembership(db, { userId: other.id, orgId, role: 'admin' }, member), ForbiddenError);
    assert.deepEqual((await listMemberships(db, m.id)).map((x) => [x.orgId, x.role]), [[orgId, 'member']]);
    await assert.rejects(listMembers(db, member), ForbiddenError);
    assert.equal((await listMembers(db, admin)).length, 2);
    assert.ok(await db.selectFrom('audit_log').select('seq').where('action', '=', 'members.view').executeTakeFirst());
  });

  test('API tokens: shown once, stored as sha256, scoped; revoked and expired tokens stop working', async () => {
    const { db } = get();
    const { token, info } = await createApiToken(db, admin, { name: 'CI', scopes: ['assess', 'evidence:write'] });
    const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow();
    assert.notEqual(row.token_hash, token);
    assert.ok(!JSON.stringify(row).includes(token.slice(7)));
    const auth = await authenticateApiToken(db, token);
    assert.equal(auth?.actor.userId, admin.userId);
    assert.deepEqual(auth?.scopes, ['assess', 'evidence:write']);
    assert.ok((await listApiTokens(db, admin))[0]?.lastUsedAt);
    assert.equal(await authenticateApiToken(db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')), undefined);
    assert.equal(await authenticateApiToken(db, 'Bearer nonsense'), undefined);
    await revokeApiToken(db, admin, info.id);
    assert.equal(await authenticateApiToken(db, token), undefined);
    const old = await createApiToken(db, admin, { name: 'old', scopes: [], expiresAt: '2000-01-01T00:00:00.000Z' });
    assert.equal(await authenticateApiToken(db, old.token), undefined);
    await assert.rejects(createApiToken(db, admin, { name: 'x', scopes: ['DROP TABLE'] }), /scopes/);
  });

  test('sessions: hashed id, CSRF token checked in constant time, expiry, logout, and a password change ends them', async () => {
    const { db } = get();
    const s = await createSession(db, admin.userId, orgId);
    assert.equal(await db.selectFrom('sessions').select('id_hash').where('id_hash', '=', s.token).executeTakeFirst(), undefined, 'the cookie value is not stored');
    const got = await getSession(db, s.token);
    assert.equal(got?.actor.orgId, orgId);
    assert.equal(checkCsrf(got!, s.csrfToken), true);
    assert.equal(checkCsrf(got!, s.csrfToken.slice(1)), false);
    assert.equal(checkCsrf(got!, undefined), false);
    const other = await seedOrg(db, 'company', '别的公司');
    await assert.rejects(createSession(db, admin.userId, other), ForbiddenError);

    const short = await createSession(db, admin.userId, orgId, -1000);
    assert.equal(await getSession(db, short.token), undefined);
    assert.equal(await purgeExpiredSessions(db), 0, 'getSession already removed the expired one');
    await createSession(db, admin.userId, orgId, -1000);
    assert.equal(await purgeExpiredSessions(db), 1);

    await deleteSession(db, s.token);
    assert.equal(await getSession(db, s.token), undefined);
    const s2 = await createSession(db, admin.userId, orgId);
    await assert.rejects(changePassword(db, admin.userId, 'wrong', 'new password 1'), ForbiddenError);
    await changePassword(db, admin.userId, 'first password', 'new password 1');
    assert.equal(await getSession(db, s2.token), undefined);
    assert.equal((await authenticatePassword(db, 'admin@example.cn', 'new password 1'))?.id, admin.userId);
  });

  test('removing a membership takes access away from live sessions and tokens', async () => {
    const { db } = get();
    const u = await createUser(db, { email: 'leaver@example.cn', name: 'leaver', password: 'leaver password' });
    await addMembership(db, { userId: u.id, orgId, role: 'member' }, admin);
    const actor = (await actorFor(db, u.id, orgId))!;
    const s = await createSession(db, u.id, orgId);
    const t = await createApiToken(db, actor, { name: 't', scopes: [] });
    await db.deleteFrom('memberships').where('user_id', '=', u.id).execute();
    assert.equal(await getSession(db, s.token), undefined);
    assert.equal(await authenticateApiToken(db, t.token), undefined);
  });
});
