import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-14.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const good = {
  scenario: { setting: 'school' as const, subjects: { minorsUnder14: true }, consent: 'written' as const, alternatives: ['card' as const] },
  answers: { 'Q-FR14-RULES': 'yes' as const, 'Q-FR14-GUARDIAN-CONSENT': 'yes' as const, 'Q-FR14-NECESSITY': 'yes' as const },
  evidence: [{ kind: 'minors-policy' as const, path: '未成年人人脸信息处理规则.pdf' }, { kind: 'guardian-consent-record' as const, path: 'consents.xlsx' }],
};

test('FR-14 passes dedicated rules, recorded guardian consent, explained necessity and an alternative', () => {
  const f = run(rule, subjectWith(good));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
});

test('FR-14 fails the school that sent a letter but had no rules, no necessity and no alternative', () => {
  const f = run(rule, subjectWith({
    ...good,
    scenario: { ...good.scenario, alternatives: [] },
    answers: { 'Q-FR14-RULES': 'no', 'Q-FR14-GUARDIAN-CONSENT': 'yes', 'Q-FR14-NECESSITY': 'no' },
  }));
  assert.deepEqual(verdicts(f), ['fail', 'pass', 'fail']);
  assert.equal(check(f, 'FR-14.informed-voluntary')[0]!.evidence.length, 2);
});

test('FR-14 fails without guardian consent', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { ...good.scenario, consent: 'none' } }));
  assert.equal(check(f, 'FR-14.guardian-consent')[0]!.verdict, 'fail');
});

test('FR-14 reads the minors item of published rules', () => {
  const f = run(rule, subjectWith({ ...good, answers: {} }), { policy: [policyWith({ purpose: '用于考勤' })] });
  assert.deepEqual(check(f, 'FR-14.rules')[0]!.missing, ['policy-item:minors']);
  const ok = run(rule, subjectWith({ ...good, answers: {} }), { policy: [policyWith({ minors: '若您是不满十四周岁的未成年人，我们将取得您监护人的同意，并单独制定存储、使用、转移、披露规则。' })] });
  assert.equal(check(ok, 'FR-14.rules')[0]!.verdict, 'pass');
});

test('FR-14 needs answers and records when only the facts are given', () => {
  const f = run(rule, subjectWith({ scenario: { subjects: { minorsUnder14: true }, consent: 'separate' } }));
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'FR-14.rules')[0]!.missing, ['question:Q-FR14-RULES', 'artifact:policy']);
});

test('FR-14 applies only where under-14s are subjects; a school that has not said is asked', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { subjects: { minorsUnder14: false } } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith())), ['not-applicable']);
  const school = run(rule, subjectWith({ scenario: { setting: 'school' } }));
  assert.deepEqual(school[0]!.missing, ['fact:scenario.subjects.minorsUnder14']);
});
