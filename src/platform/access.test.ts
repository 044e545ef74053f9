// Tenant isolation across every tenant read the repositories offer: what each kind of actor sees of company A.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { projectRoot } from '../core/paths.js';
import { assess } from '../engine/assess.js';
import type { Actor } from './access.js';
import { listAudit } from './audit.js';
import { EvidenceStore } from './evidence-store.js';
import { NotFoundError } from './errors.js';
import { getJob, type JobQueue } from './jobs/queue.js';
import { TableJobQueue } from './jobs/table-queue.js';
import { listArtifacts, saveArtifact } from './repo/artifacts.js';
import { getAssessment, listAssessments, saveAssessment } from './repo/assessments.js';
import { getEvidence, listEvidence, putEvidence } from './repo/evidence.js';
import { createFiling, getFiling, listFilings } from './repo/filings.js';
import { grantSubject } from './repo/grants.js';
import { listInspections, recordInspection } from './repo/inspections.js';
import { createRectification, listRectifications } from './repo/rectifications.js';
import { getSubject, listSubjects } from './repo/subjects.js';
import { provinceStatistics } from './repo/statistics.js';
import { eachDatabase, seedOrg, seedUser, seedWorld, type World } from './testing.js';

eachDatabase('tenant isolation', (get) => {
  let w: World;
  let ids: { subject: string; evidence: string; assessment: string; filing: string; job: string };
  let unrelatedEvaluator: Actor;
  let queue: JobQueue;
  before(async () => {
    const { db } = get();
    w = await seedWorld(db);
    const store = await EvidenceStore.open({ dir: join(get().dir, 'ev'), key: randomBytes(32), log: () => undefined });
    const a = w.companyA;
    const subject = a.subject.id;
    const ev = await putEvidence(db, store, a.admin, { subjectId: subject, kind: 'pia-report', originalName: 'pia.pdf', source: join(projectRoot(), 'examples', 'evidence', 'pia-report.pdf') });
    const assessment = await saveAssessment(db, a.admin, subject, assess(a.subject.subject, undefined, { asOf: '2025-09-01' }), 1);
    await saveArtifact(db, a.admin, { subjectId: subject, sourceName: 'policy.txt', artifact: { kind: 'document', evidenceId: ev.id, evidenceKind: 'pia-report', source: '/tmp/x', size: 1, format: 'pdf', sha256: ev.sha256, extension: 'pdf' } });
    await createRectification(db, a.admin, { subjectId: subject, ruleId: 'FR-05' });
    await grantSubject(db, a.admin, subject, w.evaluator.orgId);
    await recordInspection(db, w.evaluator.user, subject, { check: 'PI-03.presentation', verdict: 'pass', note: '清晰', date: '2025-09-01' });
    const filing = await createFiling(db, a.admin, { subjectId: subject, type: 'officer-report' });
    queue = new TableJobQueue(db);
    const job = await queue.enqueue('noop', {}, { actor: a.admin });
    unrelatedEvaluator = await seedUser(db, await seedOrg(db, 'evaluator', '另一评估机构'), 'evaluator');
    ids = { subject, evidence: ev.id, assessment: assessment.id, filing: filing.id, job };
  });

  /** Every read of A's data by `actor` fails as not found (nothing leaks, not even existence). */
  async function seesNothing(actor: Actor) {
    const { db } = get();
    assert.ok(!(await listSubjects(db, actor)).some((s) => s.id === ids.subject));
    const reads: [string, () => Promise<unknown>][] = [
      ['getSubject', () => getSubject(db, actor, ids.subject)],
      ['getEvidence', () => getEvidence(db, actor, ids.evidence)],
      ['listEvidence', () => listEvidence(db, actor, ids.subject)],
      ['getAssessment', () => getAssessment(db, actor, ids.assessment)],
      ['listAssessments', () => listAssessments(db, actor, ids.subject)],
      ['listArtifacts', () => listArtifacts(db, actor, ids.subject)],
      ['listInspections', () => listInspections(db, actor, ids.subject)],
      ['listRectifications', () => listRectifications(db, actor, ids.subject)],
      ['getFiling', () => getFiling(db, actor, ids.filing)],
      ['getJob', () => getJob(db, actor, ids.job)],
    ];
    for (const [name, read] of reads) await assert.rejects(read(), NotFoundError, name);
    assert.ok(!(await listFilings(db, actor)).some((f) => f.id === ids.filing));
    assert.deepEqual((await listAudit(db, { ...actor, role: 'admin' })).filter((e) => e.subjectId === ids.subject), []);
  }

  test('the owning company sees everything', async () => {
    const { db } = get();
    const a = w.companyA.member;
    assert.equal((await getSubject(db, a, ids.subject)).id, ids.subject);
    assert.equal((await listEvidence(db, a, ids.subject)).length, 1);
    assert.equal((await listAssessments(db, a, ids.subject)).length, 1);
    assert.equal((await listArtifacts(db, a, ids.subject)).length, 1);
    assert.equal((await listInspections(db, a, ids.subject)).length, 1);
    assert.equal((await listRectifications(db, a, ids.subject)).length, 1);
    assert.equal((await listFilings(db, a)).length, 1);
    assert.equal((await getJob(db, a, ids.job)).status, 'queued');
    assert.ok((await listAudit(db, w.companyA.admin)).length > 5);
    await assert.rejects(listAudit(db, a), /only an admin/);
  });

  test('another company sees nothing of it', () => seesNothing(w.companyB.admin));
  test('an evaluator without a grant sees nothing of it', () => seesNothing(unrelatedEvaluator));
  test('a regulator sees nothing before a filing is submitted to its province', () => seesNothing(w.regulator.user));
  test('another province\'s regulator sees nothing even after submission', async () => {
    await get().db.updateTable('filings').set({ status: 'submitted' }).where('id', '=', ids.filing).execute();
    await seesNothing(w.otherRegulator.user);
  });

  test('the granted evaluator sees the subject\'s records but not the company\'s filings or jobs', async () => {
    const { db } = get();
    const e = w.evaluator.user;
    assert.equal((await listEvidence(db, e, ids.subject)).length, 1);
    assert.equal((await getAssessment(db, e, ids.assessment)).id, ids.assessment);
    await assert.rejects(getJob(db, e, ids.job), NotFoundError);
  });

  test('the province\'s regulator sees the submitted filing, its subject, and only evidence attached to it', async () => {
    const { db } = get();
    const r = w.regulator.user;
    assert.deepEqual((await listFilings(db, r)).map((f) => f.id), [ids.filing]);
    assert.equal((await getSubject(db, r, ids.subject)).id, ids.subject);
    await assert.rejects(getEvidence(db, r, ids.evidence), NotFoundError, 'not attached to the filing');
    await db.insertInto('filing_attachments').values({ filing_id: ids.filing, attachment: 'FIL-06', slot: 'scan', evidence_id: ids.evidence, attached_at: new Date().toISOString() }).execute();
    assert.equal((await getEvidence(db, r, ids.evidence)).id, ids.evidence);
  });
});

eachDatabase('regulator statistics', (get) => {
  test('counts only what was submitted to the regulator\'s province', async () => {
    const { db } = get();
    const w = await seedWorld(db);
    await saveAssessment(db, w.companyA.admin, w.companyA.subject.id, assess(w.companyA.subject.subject, undefined, { asOf: '2025-09-01' }), 1);
    const fa = await createFiling(db, w.companyA.admin, { subjectId: w.companyA.subject.id, type: 'initial' });
    await createFiling(db, w.companyB.admin, { subjectId: w.companyB.subject.id, type: 'initial' }); // a draft: not counted
    const empty = await provinceStatistics(db, w.regulator.user);
    assert.equal(empty.subjects, 0);
    await db.updateTable('filings').set({ status: 'submitted' }).where('id', '=', fa.id).execute();
    const s = await provinceStatistics(db, w.regulator.user);
    assert.equal(s.province, '广东省');
    assert.equal(s.companies, 1);
    assert.deepEqual(s.filingsByStatus, { submitted: 1 });
    assert.deepEqual(s.filingsByType, { initial: 1 });
    const scenarios = w.companyA.subject.subject.deployments.flatMap((d) => d.scenarios);
    assert.equal(Object.values(s.scenariosByType).reduce((a, b) => a + b, 0), scenarios.length);
    assert.equal(s.assessedSubjects, 1);
    assert.ok(s.verdicts.fail > 0);
    assert.equal((await provinceStatistics(db, w.otherRegulator.user)).subjects, 0);
    await assert.rejects(provinceStatistics(db, w.companyA.admin), /for regulators/);
  });
});
