import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-10.js';
import type { PageArtifact } from '../../core/artifacts.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const page = (p: Partial<PageArtifact>): PageArtifact => ({ kind: 'page', url: 'https://h5.example.com/login', screenshots: [], notes: [], ...p });

test('FR-10 passes card and manual alternatives that are tested convenient', () => {
  const f = run(rule, subjectWith({
    scenario: { verifiesIdentity: true, alternatives: ['card', 'manual-check'] },
    answers: { 'Q-FR10-CONVENIENT': 'yes' },
    evidence: [{ kind: 'verification-log', path: '登记簿.jpg' }],
  }));
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('FR-10 fails when face is the only way (alternatives = [])', () => {
  const f = run(rule, subjectWith({ scenario: { verifiesIdentity: true, alternatives: [] } }));
  const c = check(f, 'FR-10.alternative')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.equal(c.evidence[0]!.location, 'scenario.alternatives');
  assert.equal(check(f, 'FR-10.convenience')[0]!.verdict, 'not-applicable');
});

test('FR-10 fails when the only alternative is fingerprint (Wuxi gym)', () => {
  const f = run(rule, subjectWith({ scenario: { verifiesIdentity: true, alternatives: ['fingerprint'] } }));
  assert.equal(check(f, 'FR-10.alternative')[0]!.verdict, 'fail');
});

test('FR-10 fails when the page audit finds no alternative after refusing, even if the operator lists one', () => {
  const f = run(rule, subjectWith({ scenario: { alternatives: ['sms-code'] } }), { page: [page({ faceAlternative: { offered: false }, refuseStillWorks: false })] });
  const c = check(f, 'FR-10.alternative')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.equal(c.evidence[0]!.kind, 'page');
});

test('FR-10 fails an alternative the operator says is cumbersome', () => {
  const f = run(rule, subjectWith({ scenario: { alternatives: ['manual-check'] }, answers: { 'Q-FR10-CONVENIENT': 'no' } }));
  assert.equal(check(f, 'FR-10.convenience')[0]!.verdict, 'fail');
});

test('FR-10 leaves convenience to an inspector without test records, and follows the recorded result', () => {
  const s = { scenario: { alternatives: ['card' as const] }, answers: { 'Q-FR10-CONVENIENT': 'yes' as const } };
  assert.equal(check(run(rule, subjectWith(s)), 'FR-10.convenience')[0]!.verdict, 'manual');
  const inspected = run(rule, subjectWith({ ...s, inspections: [{ check: 'FR-10.convenience', verdict: 'fail', note: '拒绝刷脸后需到物业办公室登记，耗时20分钟', date: '2026-06-02' }] }));
  assert.equal(check(inspected, 'FR-10.convenience')[0]!.verdict, 'fail');
});

test('FR-10 needs to know the alternatives; a "no" answer fails', () => {
  const f = run(rule, subjectWith());
  assert.equal(check(f, 'FR-10.alternative')[0]!.verdict, 'needs-evidence');
  assert.deepEqual(check(f, 'FR-10.alternative')[0]!.missing, ['fact:scenario.alternatives', 'artifact:page', 'question:Q-FR10-ALTERNATIVE']);
  const no = run(rule, subjectWith({ answers: { 'Q-FR10-ALTERNATIVE': 'no' } }));
  assert.equal(check(no, 'FR-10.alternative')[0]!.verdict, 'fail');
});

test('FR-10 does not apply to experience features or public-security identification', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { type: 'experience' } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'public-place', verifiesIdentity: false } }))), ['not-applicable']);
});
