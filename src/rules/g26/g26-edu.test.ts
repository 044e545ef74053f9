import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './g26-edu.js';
import { appWith, check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const SCHOOL = { sector: 'education' as const, setting: 'school' as const, type: 'local-verification' as const, subjects: { minorsUnder14: true } };

test('G26-EDU passes a school with minors rules, guardian consent, an alternative and a management system', () => {
  const f = run(
    rule,
    subjectWith({
      scenario: { ...SCHOOL, alternatives: ['card'] },
      answers: {
        'Q-G26EDU-MINORS-RULES': 'yes',
        'Q-G26EDU-GUARDIAN-CONSENT': 'yes',
        'Q-G26EDU-MINIMUM': 'yes',
        'Q-G26EDU-THIRD-PARTY': 'not-applicable',
        'Q-G26-PI-SYSTEM': 'yes',
      },
      evidence: [
        { kind: 'minors-policy', path: 'minors.pdf' },
        { kind: 'guardian-consent-record', path: 'letters.pdf' },
        { kind: 'pi-management-policy', path: 'pims.pdf' },
      ],
    }),
  );
  assert.deepEqual(
    f.map((x) => [x.checkId, x.verdict]),
    [
      ['G26-EDU.minors-rules', 'pass'],
      ['G26-EDU.guardian-consent', 'pass'],
      ['G26-EDU.permissions', 'not-applicable'],
      ['G26-EDU.minimum', 'pass'],
      ['G26-EDU.third-party-consent', 'not-applicable'],
      ['G26-EDU.face-only', 'pass'],
      ['G26-EDU.management', 'pass'],
    ],
  );
});

test('G26-EDU fails face as the only way in for students, and a policy with no minors rules', () => {
  const policy = policyWith({ purpose: '我们收集学生人脸信息用于进出校门考勤。' });
  const f = run(rule, subjectWith({ scenario: { ...SCHOOL, alternatives: [] } }), { policy: [policy] });
  assert.deepEqual(verdicts(check(f, 'G26-EDU.face-only')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'G26-EDU.minors-rules')), ['fail']);
});

test('G26-EDU fails a school app that reads contacts and asks about location', () => {
  const app = appWith({ permissions: ['android.permission.READ_CONTACTS'] });
  const f = run(rule, subjectWith({ scenario: { ...SCHOOL, setting: 'mobile-app' } }), { app: [app] });
  assert.deepEqual(verdicts(check(f, 'G26-EDU.permissions')), ['fail']);
  const loc = appWith({ permissions: ['android.permission.ACCESS_FINE_LOCATION'] });
  const g = run(rule, subjectWith({ scenario: { ...SCHOOL, setting: 'mobile-app' } }), { app: [loc] });
  assert.deepEqual(check(g, 'G26-EDU.permissions')[0]!.missing, ['question:Q-G26EDU-PERMISSION-SCENE']);
});

test('G26-EDU needs answers, and the minors fact, when nothing is known', () => {
  const f = run(rule, subjectWith({ scenario: { sector: 'education' } }));
  const minors = check(f, 'G26-EDU.guardian-consent')[0]!;
  assert.equal(minors.verdict, 'needs-evidence');
  assert.ok(minors.missing?.includes('fact:scenario.subjects.minorsUnder14'));
  assert.deepEqual(verdicts(check(f, 'G26-EDU.permissions')), ['needs-evidence']);
});

test('G26-EDU minors checks are not applicable when no under-14s are subjects (a university)', () => {
  const f = run(rule, subjectWith({ scenario: { sector: 'education', subjects: { minorsUnder14: false } } }));
  assert.deepEqual(verdicts(check(f, 'G26-EDU.minors-rules')), ['not-applicable']);
  assert.deepEqual(verdicts(check(f, 'G26-EDU.guardian-consent')), ['not-applicable']);
});

test('G26-EDU fails guardian consent answered no, and third-party provision answered no', () => {
  const f = run(rule, subjectWith({ scenario: SCHOOL, answers: { 'Q-G26EDU-GUARDIAN-CONSENT': 'no', 'Q-G26EDU-THIRD-PARTY': 'partial' } }));
  assert.deepEqual(verdicts(check(f, 'G26-EDU.guardian-consent')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'G26-EDU.third-party-consent')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'G26-EDU.third-party-disclosed')), ['needs-evidence']);
});

test('G26-EDU does not apply to a hospital scenario', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { sector: 'health' } }))), ['not-applicable']);
});
