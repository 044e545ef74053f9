// Subjects, grants, assessments, inspections, rectifications and filings, against both databases.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { projectRoot } from '../../core/paths.js';
import { assess } from '../../engine/assess.js';
import { EvidenceStore } from '../evidence-store.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { eachDatabase, exampleSubjectData, seedUser, seedWorld, type World } from '../testing.js';
import { getAssessment, listAssessments, saveAssessment, signOffAssessment } from './assessments.js';
import { putEvidence } from './evidence.js';
import { createFiling, getFiling, listFilings, saveFiling } from './filings.js';
import * as dossiers from '../../filing/index.js';
import { grantSubject, listGrants, revokeGrant } from './grants.js';
import { listInspections, recordInspection, withRecordedInspections } from './inspections.js';
import { createRectification, listRectifications, recordRecheck, updateRectification } from './rectifications.js';
import { createSubject, getSubject, listSubjects, updateSubject } from './subjects.js';

const sample = (name: string) => join(projectRoot(), 'examples', 'evidence', name);
const findingOf = (a: ReturnType<typeof assess>, checkId: string) => a.rules.flatMap((r) => r.findings).find((f) => f.checkId === checkId);

eachDatabase('workflow', (get) => {
  let w: World;
  let store: EvidenceStore;
  before(async () => {
    w = await seedWorld(get().db);
    store = await EvidenceStore.open({ dir: join(get().dir, 'evidence'), key: randomBytes(32), log: () => undefined });
  });

  test('subjects: validated on write, versioned; a stale save is a conflict', async () => {
    const { db } = get();
    const s = await getSubject(db, w.companyA.member, w.companyA.subject.id);
    assert.equal(s.version, 1);
    const data = { ...s.subject, processor: { ...s.subject.processor, city: '深圳市' } };
    const v2 = await updateSubject(db, w.companyA.member, s.id, { data, expectedVersion: 1 });
    assert.equal(v2.version, 2);
    assert.equal(v2.subject.processor.city, '深圳市');
    await assert.rejects(updateSubject(db, w.companyA.admin, s.id, { data, expectedVersion: 1 }), ConflictError);
    await assert.rejects(updateSubject(db, w.companyA.admin, s.id, { data: { ...data, deployments: [] }, expectedVersion: 2 }), (e: unknown) => e instanceof InvalidInputError && /deployment/.test(e.message));
    await assert.rejects(createSubject(db, w.evaluator.user, { data: exampleSubjectData() }), ForbiddenError);
    assert.deepEqual((await listSubjects(db, w.companyA.member)).map((x) => x.id), [w.companyA.subject.id]);
  });

  test('grants: only the company admin grants; the evaluator sees the subject until the grant is revoked', async () => {
    const { db } = get();
    const subjectId = w.companyA.subject.id;
    await assert.rejects(getSubject(db, w.evaluator.user, subjectId), NotFoundError);
    await assert.rejects(grantSubject(db, w.companyA.member, subjectId, w.evaluator.orgId), ForbiddenError);
    await assert.rejects(grantSubject(db, w.companyA.admin, subjectId, w.companyB.orgId), /evaluator organisations only/);
    const g = await grantSubject(db, w.companyA.admin, subjectId, w.evaluator.orgId);
    await assert.rejects(grantSubject(db, w.companyA.admin, subjectId, w.evaluator.orgId), ConflictError);
    assert.equal((await getSubject(db, w.evaluator.user, subjectId)).id, subjectId);
    assert.deepEqual((await listSubjects(db, w.evaluator.user)).map((s) => s.id), [subjectId]);
    await assert.rejects(updateSubject(db, w.evaluator.user, subjectId, { data: exampleSubjectData(), expectedVersion: 2 }), ForbiddenError);
    await revokeGrant(db, w.companyA.admin, g.id);
    await assert.rejects(getSubject(db, w.evaluator.user, subjectId), NotFoundError);
    assert.equal((await listGrants(db, w.companyA.admin, subjectId)).length, 1);
    await grantSubject(db, w.companyA.admin, subjectId, w.evaluator.orgId);
  });

  test('assessment → inspection → re-assessment → sign-off', async () => {
    const { db } = get();
    const rec = await getSubject(db, w.companyA.admin, w.companyA.subject.id);
    const first = assess(rec.subject, undefined, { asOf: '2025-09-01' });
    assert.equal(findingOf(first, 'PI-03.presentation')?.verdict, 'manual');
    const saved = await saveAssessment(db, w.companyA.admin, rec.id, first, rec.version);
    assert.equal(saved.counts.fail, first.counts.total.fail);

    const photo = await putEvidence(db, store, w.evaluator.user, { subjectId: rec.id, kind: 'policy-access-recording', originalName: 'shot.png', source: sample('signage-photo.png') });
    await assert.rejects(recordInspection(db, w.companyA.admin, rec.id, { check: 'PI-03.presentation', verdict: 'pass', note: 'x', date: '2025-09-01' }), ForbiddenError);
    await assert.rejects(recordInspection(db, w.evaluator.user, rec.id, { check: 'PI-03', verdict: 'maybe', note: '', date: '2025-13-01' }), /inspection has problems/);
    await assert.rejects(recordInspection(db, w.evaluator.user, rec.id, { check: 'PI-03.presentation', verdict: 'pass', note: '看到了', date: '2025-09-01', evidence: ['not-ours'] }), /evidence not found/);
    await recordInspection(db, w.evaluator.user, rec.id, { check: 'PI-03.presentation', verdict: 'pass', note: '隐私政策以显著方式展示，字体清晰', inspector: '张三', date: '2025-09-01', evidence: [photo.id] });
    const inspections = await listInspections(db, w.companyA.member, rec.id);
    assert.equal(inspections.length, 1);
    const second = assess(withRecordedInspections(rec.subject, inspections), undefined, { asOf: '2025-09-01' });
    assert.equal(findingOf(second, 'PI-03.presentation')?.verdict, 'pass');
    const byEvaluator = await saveAssessment(db, w.evaluator.user, rec.id, second, rec.version);

    await assert.rejects(signOffAssessment(db, w.companyA.admin, byEvaluator.id), ForbiddenError);
    const signed = await signOffAssessment(db, w.evaluator.user, byEvaluator.id);
    assert.equal(signed.signedOffBy, w.evaluator.user.userId);
    await assert.rejects(signOffAssessment(db, w.evaluator.user, byEvaluator.id), ConflictError);
    assert.equal((await listAssessments(db, w.companyA.admin, rec.id)).length, 2);
    await assert.rejects(getAssessment(db, w.companyB.admin, saved.id), NotFoundError);
  });

  test('rectifications: created from a failure, moved through statuses, verified only after a passing re-check', async () => {
    const { db } = get();
    const subjectId = w.companyA.subject.id;
    const [latest] = await listAssessments(db, w.companyA.admin, subjectId);
    const item = await createRectification(db, w.companyA.member, { subjectId, assessmentId: latest!.id, ruleId: 'FR-05', checkId: 'FR-05.transmission', owner: '李四', dueOn: '2025-10-31' });
    assert.equal(item.status, 'open');
    await assert.rejects(createRectification(db, w.companyB.admin, { subjectId, ruleId: 'FR-05' }), NotFoundError);
    await assert.rejects(createRectification(db, w.companyA.member, { subjectId, ruleId: 'FR-05', dueOn: '31/10/2025' }), /YYYY-MM-DD/);
    const v2 = await updateRectification(db, w.companyA.member, item.id, { expectedVersion: 1, status: 'in-progress', notes: '改为端侧比对' });
    await assert.rejects(updateRectification(db, w.companyA.member, item.id, { expectedVersion: 1, status: 'done' }), ConflictError);
    const v3 = await updateRectification(db, w.companyA.member, item.id, { expectedVersion: v2.version, status: 'done' });
    await assert.rejects(updateRectification(db, w.companyA.member, item.id, { expectedVersion: v3.version, status: 'verified' }), /after a re-check passed/);
    const failed = await recordRecheck(db, w.companyA.member, item.id, 'fail');
    await assert.rejects(updateRectification(db, w.companyA.member, item.id, { expectedVersion: failed.version, status: 'verified' }), ConflictError);
    const passed = await recordRecheck(db, w.evaluator.user, item.id, 'pass');
    await assert.rejects(updateRectification(db, w.evaluator.user, item.id, { expectedVersion: passed.version, status: 'verified' }), ForbiddenError);
    const verified = await updateRectification(db, w.companyA.member, item.id, { expectedVersion: passed.version, status: 'verified' });
    assert.equal(verified.status, 'verified');
    assert.deepEqual((await listRectifications(db, w.companyA.admin, subjectId, 'verified')).map((r) => r.id), [item.id]);
    await assert.rejects(listRectifications(db, w.regulator.user, subjectId), NotFoundError);
  });

  test('filing: stores the dossiers src/filing makes; who may store which status; regulator scoping; versions', async () => {
    const { db } = get();
    const subjectId = w.companyA.subject.id;
    const company = { role: 'company' as const, id: w.companyA.admin.userId };
    const regulator = { role: 'regulator' as const, id: w.regulator.user.userId, province: '广东省' };
    const f = await createFiling(db, w.companyA.admin, { subjectId, type: 'initial' });
    assert.equal(f.province, '广东省');
    assert.equal(f.dossier.status, 'draft');
    await assert.rejects(createFiling(db, w.regulator.user, { subjectId, type: 'initial' }), NotFoundError);
    // The regulator does not see drafts.
    await assert.rejects(getFiling(db, w.regulator.user, f.id), NotFoundError);
    await assert.rejects(getSubject(db, w.regulator.user, subjectId), NotFoundError);

    const ev = await putEvidence(db, store, w.companyA.admin, { subjectId, kind: 'FIL-01', originalName: 'licence.pdf', source: sample('notice.pdf') });
    const ref = { evidenceId: ev.id, fileName: ev.originalName, extension: 'pdf', format: 'pdf' as const, size: ev.size, sha256: ev.sha256 };
    const attached = dossiers.attach(f.dossier, company, { slot: 'FIL-01', part: 'scan', file: ref });
    let current = await saveFiling(db, w.companyA.member, f.id, { dossier: attached, expectedVersion: f.version, action: 'filing.attach' });
    assert.deepEqual(current.attachments.map((a) => `${a.attachment}.${a.slot}:${a.evidenceId}`), [`FIL-01.scan:${ev.id}`]);
    // A stale version is a conflict; a file of another subject is refused.
    await assert.rejects(saveFiling(db, w.companyA.admin, f.id, { dossier: attached, expectedVersion: f.version, action: 'filing.attach' }), ConflictError);
    const foreign = await putEvidence(db, store, w.companyB.admin, { subjectId: w.companyB.subject.id, kind: 'FIL-01', originalName: 'b.pdf', source: sample('notice.pdf') });
    const withForeign = dossiers.attach(current.dossier, company, { slot: 'FIL-02', part: 'scan', file: { ...ref, evidenceId: foreign.id } });
    await assert.rejects(saveFiling(db, w.companyA.admin, f.id, { dossier: withForeign, expectedVersion: current.version, action: 'filing.attach' }), NotFoundError);

    // The company may not store a status only the regulator sets, nor may anyone else store its dossier.
    const filedByCompany = { ...current.dossier, status: 'filed' as const, version: current.version + 1 };
    await assert.rejects(saveFiling(db, w.companyA.admin, f.id, { dossier: filedByCompany, expectedVersion: current.version, action: 'filing.approve' }), ConflictError);
    await assert.rejects(saveFiling(db, w.companyB.admin, f.id, { dossier: filedByCompany, expectedVersion: current.version, action: 'filing.approve' }), NotFoundError);
    // Submission as stored data (src/filing's submit judges completeness; its own tests cover that).
    const submitted = { ...current.dossier, status: 'submitted' as const, version: current.version + 1 };
    current = await saveFiling(db, w.companyA.member, f.id, { dossier: submitted, expectedVersion: current.version, action: 'filing.submit' });
    assert.equal(current.status, 'submitted');
    assert.ok(current.submittedAt);

    // Guangdong's regulator sees it (and its attachments, and the subject); Zhejiang's does not.
    assert.deepEqual((await listFilings(db, w.regulator.user)).map((x) => x.id), [f.id]);
    assert.deepEqual(await listFilings(db, w.otherRegulator.user), []);
    await assert.rejects(getFiling(db, w.otherRegulator.user, f.id), NotFoundError);
    assert.equal((await getSubject(db, w.regulator.user, subjectId)).id, subjectId);
    const returned = dossiers.returnFiling(current.dossier, regulator, 'FIL-08 扫描件未盖章');
    await assert.rejects(saveFiling(db, w.otherRegulator.user, f.id, { dossier: returned, expectedVersion: current.version, action: 'filing.return' }), NotFoundError);
    // The evaluator was granted A's subject above: it sees the filing but may not act on it.
    await assert.rejects(saveFiling(db, w.evaluator.user, f.id, { dossier: returned, expectedVersion: current.version, action: 'filing.return' }), ForbiddenError);
    current = await saveFiling(db, w.regulator.user, f.id, { dossier: returned, expectedVersion: current.version, action: 'filing.return', detail: { reason: 'FIL-08 扫描件未盖章' } });
    assert.equal(current.status, 'returned');
    assert.equal(current.returnReason, 'FIL-08 扫描件未盖章');
    assert.equal(current.reviewedBy, w.regulator.user.userId);
    // Returned: the regulator cannot file it; the company fixes and resubmits.
    const approvedEarly = { ...current.dossier, status: 'filed' as const, version: current.version + 1 };
    await assert.rejects(saveFiling(db, w.regulator.user, f.id, { dossier: approvedEarly, expectedVersion: current.version, action: 'filing.approve' }), ConflictError);
    current = await saveFiling(db, w.companyA.admin, f.id, { dossier: { ...current.dossier, status: 'submitted', version: current.version + 1 }, expectedVersion: current.version, action: 'filing.submit' });
    current = await saveFiling(db, w.regulator.user, f.id, { dossier: dossiers.approve(current.dossier, regulator, '粤网信人脸备〔2026〕12号'), expectedVersion: current.version, action: 'filing.approve' });
    assert.equal(current.status, 'filed');
    assert.equal(current.number, '粤网信人脸备〔2026〕12号');
    assert.equal(current.returnReason, null);
    assert.equal(current.dossier.number, '粤网信人脸备〔2026〕12号');

    const actions = (await db.selectFrom('audit_log').select('action').where('object_id', '=', f.id).orderBy('seq').execute()).map((r) => r.action);
    assert.deepEqual(actions, ['filing.create', 'filing.attach', 'filing.submit', 'filing.return', 'filing.submit', 'filing.approve']);
  });

  test('a member added to a company sees its subjects at once; a regulator with no province sees nothing', async () => {
    const { db } = get();
    const late = await seedUser(db, w.companyA.orgId, 'member', 'late');
    assert.equal((await listSubjects(db, late)).length, 1);
    assert.deepEqual(await listSubjects(db, { ...w.regulator.user, province: null }), []);
  });
});
