// Route-by-route, role-by-role: each route against anonymous, company A admin/member, company B admin, an
// evaluator granted A, an evaluator not granted, the regulator of A's province and one of another province.
// Tenant isolation: what a party may not see answers 404 (existence does not leak), what it sees but may not
// do answers 403.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { projectRoot } from '../core/paths.js';
import { assess } from '../engine/assess.js';
import { createFiling, grantSubject, putEvidence, saveAssessment, saveFiling, createRectification } from '../platform/index.js';
import { seedOrg, seedUser, seedWorld, type World } from '../platform/testing.js';
import { call, multipart, sessionFor, testServer, type TestServer, type Who } from './test-support.js';

const sample = (name: string) => join(projectRoot(), 'examples', 'evidence', name);
const WHO = ['anonymous', 'adminA', 'memberA', 'adminB', 'evaluatorGranted', 'evaluatorNot', 'regulatorA', 'regulatorOther'] as const;
type Name = (typeof WHO)[number];

interface Ids {
  subject: string;
  evidence: string;
  assessment: string;
  filing: string;
  job: string;
  rectification: string;
}

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (ids: Ids) => string;
  body?: (ids: Ids, s: TestServer) => Promise<unknown> | unknown;
  upload?: { name: string; file: string };
  expect: number[];
}

// Expected status per WHO, in order.
const READ_A = [401, 200, 200, 404, 200, 404, 200, 404];
const CASES: Record<string, Case> = {
  'GET subject': { method: 'GET', url: (i) => `/api/subjects/${i.subject}`, expect: READ_A },
  'GET evidence list': { method: 'GET', url: (i) => `/api/subjects/${i.subject}/evidence`, expect: READ_A },
  // Regulators see only files attached to a filing they review.
  'GET evidence download': { method: 'GET', url: (i) => `/api/evidence/${i.evidence}/download`, expect: [401, 200, 200, 404, 200, 404, 404, 404] },
  'GET assessments': { method: 'GET', url: (i) => `/api/subjects/${i.subject}/assessments`, expect: READ_A },
  'GET assessment': { method: 'GET', url: (i) => `/api/assessments/${i.assessment}`, expect: READ_A },
  'GET export json': { method: 'GET', url: (i) => `/api/assessments/${i.assessment}/export?format=json`, expect: READ_A },
  'GET export xlsx': { method: 'GET', url: (i) => `/api/assessments/${i.assessment}/export?format=xlsx`, expect: READ_A },
  'GET rectifications': { method: 'GET', url: (i) => `/api/subjects/${i.subject}/rectifications`, expect: READ_A },
  'GET checklist': { method: 'GET', url: (i) => `/api/subjects/${i.subject}/checklist`, expect: READ_A },
  'GET inspections': { method: 'GET', url: (i) => `/api/subjects/${i.subject}/inspections`, expect: READ_A },
  'GET filing': { method: 'GET', url: (i) => `/api/filings/${i.filing}`, expect: READ_A },
  'GET filing form xlsx': { method: 'GET', url: (i) => `/api/filings/${i.filing}/forms/0`, expect: READ_A },
  'GET grants': { method: 'GET', url: (i) => `/api/subjects/${i.subject}/grants`, expect: [401, 200, 403, 404, 403, 404, 403, 404] },
  'GET job': { method: 'GET', url: (i) => `/api/jobs/${i.job}`, expect: [401, 200, 200, 404, 404, 404, 404, 404] },
  'GET statistics': { method: 'GET', url: () => `/api/statistics`, expect: [401, 403, 403, 403, 403, 403, 200, 200] },
  'GET members': { method: 'GET', url: () => `/api/members`, expect: [401, 200, 403, 200, 403, 403, 403, 403] },
  'GET evaluators': { method: 'GET', url: () => `/api/organizations/evaluators`, expect: [401, 200, 403, 200, 403, 403, 403, 403] },
  'PATCH answers': {
    method: 'PATCH',
    url: (i) => `/api/subjects/${i.subject}/answers`,
    body: async (i, s) => ({ answers: { 'Q-FR01-NECESSITY': 'yes' }, expectedVersion: (await s.platform.db.selectFrom('subjects').select('version').where('id', '=', i.subject).executeTakeFirstOrThrow()).version }),
    expect: [401, 200, 200, 404, 403, 404, 403, 404],
  },
  'PUT subject': {
    method: 'PUT',
    url: (i) => `/api/subjects/${i.subject}`,
    body: async (i, s) => {
      const r = await s.platform.db.selectFrom('subjects').select(['version', 'data']).where('id', '=', i.subject).executeTakeFirstOrThrow();
      return { data: JSON.parse(r.data), expectedVersion: r.version };
    },
    expect: [401, 200, 200, 404, 403, 404, 403, 404],
  },
  'POST assessment': { method: 'POST', url: (i) => `/api/subjects/${i.subject}/assessments`, body: () => ({ asOf: '2026-01-05' }), expect: [401, 201, 201, 404, 201, 404, 403, 404] },
  'POST rectification': { method: 'POST', url: (i) => `/api/subjects/${i.subject}/rectifications`, body: () => ({ ruleId: 'FR-05', owner: '张三', dueOn: '2026-03-01' }), expect: [401, 201, 201, 404, 403, 404, 403, 404] },
  'POST recheck': { method: 'POST', url: (i) => `/api/rectifications/${i.rectification}/recheck`, expect: [401, 200, 200, 404, 200, 404, 403, 404] },
  'POST inspection': {
    method: 'POST',
    url: (i) => `/api/subjects/${i.subject}/inspections`,
    body: () => ({ check: 'FR-12', verdict: 'pass', note: '现场查看，提示牌清晰', date: '2026-01-05' }),
    expect: [401, 403, 403, 404, 201, 404, 403, 404],
  },
  'POST evidence upload': { method: 'POST', url: (i) => `/api/subjects/${i.subject}/evidence?kind=signage-photo`, upload: { name: '提示牌.png', file: sample('signage-photo.png') }, expect: [401, 201, 201, 404, 201, 404, 403, 404] },
  'POST grant': { method: 'POST', url: (i) => `/api/subjects/${i.subject}/grants`, body: async (_i, s) => ({ evaluatorOrgId: (await s.platform.db.selectFrom('organizations').select('id').where('name', '=', '未授权评估机构').executeTakeFirstOrThrow()).id }), expect: [401, 201, 403, 404, 403, 404, 403, 404] },
  'POST sign-off': { method: 'POST', url: (i) => `/api/assessments/${i.assessment}/sign-off`, expect: [401, 403, 403, 404, 200, 404, 403, 404] },
  'PUT filing draft': { method: 'PUT', url: (i) => `/api/filings/${i.filing}/draft`, body: async (i, s) => ({ expectedVersion: await filingVersion(s, i.filing) }), expect: [401, 409, 409, 404, 403, 404, 403, 404] },
  // Last: the regulator of A's province returns the submitted filing.
  'POST filing return': { method: 'POST', url: (i) => `/api/filings/${i.filing}/return`, body: () => ({ reason: '承诺书未盖章' }), expect: [401, 403, 403, 404, 403, 404, 200, 404] },
};

async function filingVersion(s: TestServer, id: string): Promise<number> {
  return (await s.platform.db.selectFrom('filings').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
}

describe('API access by route and role [sqlite]', () => {
  let s: TestServer;
  let w: World;
  let ids: Ids;
  const who = {} as Record<Name, Who>;

  before(async () => {
    s = await testServer('sqlite');
    const { db, store, queue } = s.platform;
    w = await seedWorld(db);
    const a = w.companyA;
    const subject = a.subject.id;
    await seedOrg(db, 'evaluator', '未授权评估机构');
    const notGranted = await seedUser(db, await seedOrg(db, 'evaluator', '另一评估机构'), 'evaluator');
    await grantSubject(db, a.admin, subject, w.evaluator.orgId);
    const ev = await putEvidence(db, store, a.admin, { subjectId: subject, kind: 'pia-report', originalName: 'pia.pdf', source: sample('pia-report.pdf') });
    const assessment = await saveAssessment(db, a.admin, subject, assess(a.subject.subject, undefined, { asOf: '2026-01-05' }), 1);
    const rect = await createRectification(db, a.admin, { subjectId: subject, ruleId: 'FR-05' });
    // A filing submitted to Guangdong: the regulator of A's province sees the subject through it.
    const f = await createFiling(db, a.admin, { subjectId: subject, type: 'initial' });
    await saveFiling(db, a.admin, f.id, { dossier: { ...f.dossier, status: 'submitted', version: f.version + 1 }, expectedVersion: f.version, action: 'filing.submit' });
    const job = await queue.enqueue('noop', {}, { actor: a.admin });
    ids = { subject, evidence: ev.id, assessment: assessment.id, filing: f.id, job, rectification: rect.id };
    who.anonymous = { name: 'anonymous' };
    who.adminA = await sessionFor(s.platform, 'adminA', a.admin);
    who.memberA = await sessionFor(s.platform, 'memberA', a.member);
    who.adminB = await sessionFor(s.platform, 'adminB', w.companyB.admin);
    who.evaluatorGranted = await sessionFor(s.platform, 'evaluatorGranted', w.evaluator.user);
    who.evaluatorNot = await sessionFor(s.platform, 'evaluatorNot', notGranted);
    who.regulatorA = await sessionFor(s.platform, 'regulatorA', w.regulator.user);
    who.regulatorOther = await sessionFor(s.platform, 'regulatorOther', w.otherRegulator.user);
  });
  after(async () => s?.close());

  for (const [title, c] of Object.entries(CASES)) {
    test(title, async () => {
      const got: string[] = [];
      const want: string[] = [];
      for (const [n, name] of WHO.entries()) {
        let res;
        if (c.upload) {
          const m = multipart(c.upload.name, readFileSync(c.upload.file));
          res = await call(s.app, who[name], c.method, c.url(ids), undefined, { headers: m.headers, payload: m.payload });
        } else {
          res = await call(s.app, who[name], c.method, c.url(ids), c.body ? await c.body(ids, s) : c.method === 'GET' || c.method === 'DELETE' ? undefined : {});
        }
        got.push(`${name}:${res.statusCode}`);
        want.push(`${name}:${c.expect[n]}`);
        if (res.statusCode >= 400) assert.match(String(res.headers['content-type']), /application\/problem\+json/, `${name} ${res.body}`);
      }
      assert.deepEqual(got, want);
    });
  }

  test('lists are tenant-scoped: B, the other evaluator and the other province see none of A’s subjects or filings', async () => {
    for (const name of ['adminB', 'evaluatorNot', 'regulatorOther'] as const) {
      const subjects = (await call(s.app, who[name], 'GET', '/api/subjects')).json().subjects as { id: string }[];
      assert.ok(!subjects.some((x) => x.id === ids.subject), name);
      const filings = (await call(s.app, who[name], 'GET', '/api/filings')).json().filings as { id: string }[];
      assert.ok(!filings.some((x) => x.id === ids.filing), name);
    }
    assert.ok(((await call(s.app, who.regulatorA, 'GET', '/api/filings')).json().filings as { id: string }[]).some((x) => x.id === ids.filing));
  });

  test('subject views, report exports and downloads are audited with the owner’s organisation', async () => {
    const rows = await s.platform.db.selectFrom('audit_log').select(['action', 'org_id', 'actor_user_id']).where('subject_id', '=', ids.subject).execute();
    const by = (action: string, user: string) => rows.some((r) => r.action === action && r.actor_user_id === user && r.org_id === w.companyA.orgId);
    assert.ok(by('subject.view', w.regulator.user.userId));
    assert.ok(by('assessment.export', w.evaluator.user.userId));
    assert.ok(by('evidence.download', w.companyA.member.userId));
    assert.ok(by('filing.export', w.companyA.admin.userId));
  });
});
