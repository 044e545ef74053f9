import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule, { isVaguePurpose } from './fr-01.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const good = {
  scenario: { purpose: '门禁识别', rawImagesStored: false, usedForProfiling: false, labelsPersons: false },
  answers: { 'Q-FR01-NECESSITY': 'yes' as const },
  evidence: [
    { kind: 'purpose-statement' as const, path: 'notice.pdf' },
    { kind: 'pia-report' as const, path: 'pia.pdf' },
  ],
};

test('FR-01 passes a concrete purpose, argued necessity and templates only', () => {
  const f = run(rule, subjectWith(good));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
});

test('FR-01 fails a vague purpose', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { ...good.scenario, purpose: '提升安全管理水平' } }));
  const p = check(f, 'FR-01.purpose')[0]!;
  assert.equal(p.verdict, 'fail');
  assert.equal(p.evidence[0]!.text, '提升安全管理水平');
  assert.ok(p.remediation?.en);
});

test('FR-01 fails on a vague-purpose problem the policy analyzer found', () => {
  const policy = policyWith({ purpose: '为了提升服务质量，我们会收集您的信息。' }, { problems: [{ id: 'vague-purpose', message: { zh: '目的笼统', en: 'vague' }, sentences: [0] }] });
  const f = run(rule, subjectWith(good), { policy: [policy] });
  assert.equal(check(f, 'FR-01.purpose')[0]!.verdict, 'fail');
  assert.match(check(f, 'FR-01.purpose')[0]!.evidence[0]!.text, /提升服务质量/);
});

test('FR-01 fails profiling, labelling and raw photos (showroom footfall, supermarket labels)', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { purpose: '客流分析', rawImagesStored: true, usedForProfiling: true, labelsPersons: false } }));
  const c = check(f, 'FR-01.least-impact')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.deepEqual(c.evidence.map((e) => e.location), ['scenario.rawImagesStored', 'scenario.usedForProfiling']);
});

test('FR-01 fails when the operator says necessity is not shown', () => {
  const f = run(rule, subjectWith({ ...good, answers: { 'Q-FR01-NECESSITY': 'no' } }));
  assert.equal(check(f, 'FR-01.necessity')[0]!.verdict, 'fail');
});

test('FR-01 needs evidence when purpose, facts and answers are missing', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'FR-01.purpose')[0]!.missing, ['fact:scenario.purpose']);
  assert.deepEqual(check(f, 'FR-01.necessity')[0]!.missing, ['question:Q-FR01-NECESSITY']);
  assert.equal(check(f, 'FR-01.least-impact')[0]!.missing?.length, 3);
});

test('FR-01 needs the purpose document for a concrete purpose', () => {
  const f = run(rule, subjectWith({ ...good, evidence: [] }));
  assert.deepEqual(check(f, 'FR-01.purpose')[0]!.missing, ['evidence:purpose-statement']);
});

test('isVaguePurpose tells vague from concrete purposes', () => {
  for (const v of ['提升服务质量', '改善用户体验、安全管理', '业务需要', '其他用途', '']) assert.ok(isVaguePurpose(v), v);
  for (const c of ['员工考勤', '访客管理', '门禁识别', '员工考勤、访客管理', '客流分析', '刷脸进站']) assert.ok(!isVaguePurpose(c), c);
});
