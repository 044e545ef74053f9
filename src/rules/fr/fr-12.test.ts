import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-12.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const metro = {
  scenario: { setting: 'public-place' as const, publicSecurityOnly: true, inPrivateSpace: false, imagesUsedForOtherPurposes: false, consent: 'not-required' as const },
  answers: { 'Q-FR12-AREA': 'yes' as const, 'Q-FR12-SIGNAGE': 'yes' as const },
  evidence: [{ kind: 'pi-management-policy' as const, path: '设备管理制度.pdf' }, { kind: 'signage-photo' as const, path: 'board.jpg' }],
};

test('FR-12 leaves area and signage to an inspector when the rest is in order (metro)', () => {
  const f = run(rule, subjectWith(metro));
  assert.deepEqual(verdicts(f), ['pass', 'manual', 'manual', 'pass', 'pass']);
  assert.equal(check(f, 'FR-12.signage')[0]!.evidence[1]!.location, 'board.jpg');
});

test('FR-12 passes when inspectors recorded area and signage as in order', () => {
  const f = run(rule, subjectWith({
    ...metro,
    inspections: [
      { check: 'FR-12.area', verdict: 'pass', note: '摄像头仅覆盖进站闸机区域', date: '2026-06-01' },
      { check: 'FR-12.signage', verdict: 'pass', note: '入口处公告牌及电子屏清晰可见', date: '2026-06-01' },
    ],
  }));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass', 'pass']);
});

test('FR-12 fails a commercial purpose and other uses without separate consent (supermarket entrance cameras)', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-venue', passiveCapture: true, publicSecurityOnly: false, imagesUsedForOtherPurposes: true, consent: 'none' } }));
  assert.equal(check(f, 'FR-12.purpose')[0]!.verdict, 'fail');
  assert.equal(check(f, 'FR-12.use')[0]!.verdict, 'fail');
});

test('FR-12 passes another use of images with separate consent', () => {
  const f = run(rule, subjectWith({ ...metro, scenario: { ...metro.scenario, imagesUsedForOtherPurposes: true, consent: 'separate' } }));
  assert.equal(check(f, 'FR-12.use')[0]!.verdict, 'pass');
});

test('FR-12 fails devices in private spaces and a "no" on signage', () => {
  const f = run(rule, subjectWith({ ...metro, scenario: { ...metro.scenario, inPrivateSpace: true }, answers: { 'Q-FR12-SIGNAGE': 'no' } }));
  assert.equal(check(f, 'FR-12.private-space')[0]!.verdict, 'fail');
  assert.equal(check(f, 'FR-12.signage')[0]!.verdict, 'fail');
});

test('FR-12 needs the purpose facts and the qualification documents', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'public-place' } }));
  assert.deepEqual(check(f, 'FR-12.purpose')[0]!.missing, ['fact:scenario.publicSecurityOnly']);
  const noDocs = run(rule, subjectWith({ ...metro, evidence: [] }));
  assert.equal(check(noDocs, 'FR-12.purpose')[0]!.verdict, 'needs-evidence');
});

test('FR-12 applies to public places and passive capture in venues only', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'offline-device' } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'offline-venue', passiveCapture: false } }))), ['not-applicable']);
});
