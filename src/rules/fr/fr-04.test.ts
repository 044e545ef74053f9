import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-04.js';
import type { PageArtifact } from '../../core/artifacts.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const page = (p: Partial<PageArtifact>): PageArtifact => ({ kind: 'page', url: 'https://h5.example.com/face', screenshots: [], notes: [], ...p });
const good = {
  scenario: { consent: 'written' as const, alternatives: ['card' as const, 'manual-check' as const] },
  answers: { 'Q-FR04-WITHDRAW': 'yes' as const },
  evidence: [{ kind: 'consent-record' as const, path: '人脸信息处理知情同意书.pdf' }],
};

test('FR-04 passes written separate consent, an alternative and easy withdrawal (community after rectification)', () => {
  const f = run(rule, subjectWith(good));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
});

test('FR-04 fails bundled or missing consent', () => {
  for (const consent of ['bundled', 'none'] as const) {
    const f = run(rule, subjectWith({ ...good, scenario: { ...good.scenario, consent } }));
    const c = check(f, 'FR-04.separate')[0]!;
    assert.equal(c.verdict, 'fail', consent);
    assert.equal(c.evidence[0]!.text, consent);
  }
});

test('FR-04 fails a page dialog that bundles face consent, pre-ticks or has no refuse button', () => {
  const f = run(rule, subjectWith(good), { page: [page({ consentDialog: { present: true, buttons: ['我知道了'], preTicked: true, separateForFace: false } })] });
  const c = check(f, 'FR-04.separate')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.equal(c.evidence.length, 3);
});

test('FR-04 consent is not voluntary when face is the only way in (gym, school)', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { consent: 'separate', alternatives: [] } }));
  assert.equal(check(f, 'FR-04.voluntary')[0]!.verdict, 'fail');
  const fp = run(rule, subjectWith({ ...good, scenario: { consent: 'separate', alternatives: ['fingerprint'] } }));
  assert.equal(check(fp, 'FR-04.voluntary')[0]!.verdict, 'fail', 'another biometric is no alternative');
});

test('FR-04 consent is not voluntary when cameras capture everyone passing (supermarket entrance)', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { consent: 'separate', verifiesIdentity: false, passiveCapture: true } }));
  const c = check(f, 'FR-04.voluntary')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.equal(c.evidence[0]!.location, 'scenario.passiveCapture');
  const counted = run(rule, subjectWith({ ...good, scenario: { consent: 'separate', verifiesIdentity: false } }));
  assert.equal(check(counted, 'FR-04.voluntary')[0]!.verdict, 'not-applicable');
});

test('FR-04 fails when withdrawal is not possible, or the published rules do not say how', () => {
  const no = run(rule, subjectWith({ ...good, answers: { 'Q-FR04-WITHDRAW': 'no' } }));
  assert.equal(check(no, 'FR-04.withdraw')[0]!.verdict, 'fail');
  const untold = run(rule, subjectWith(good), { policy: [policyWith({ rights: '您可以删除信息。' })] });
  assert.deepEqual(check(untold, 'FR-04.withdraw')[0]!.missing, ['policy-item:withdraw-consent']);
  const told = run(rule, subjectWith(good), { policy: [policyWith({ 'withdraw-consent': '您可在“设置-人脸”中随时撤回同意。' })] });
  assert.equal(check(told, 'FR-04.withdraw')[0]!.verdict, 'pass');
});

test('FR-04 needs a consent record when separate consent is only claimed', () => {
  const f = run(rule, subjectWith({ ...good, evidence: [] }));
  const c = check(f, 'FR-04.separate')[0]!;
  assert.equal(c.verdict, 'needs-evidence');
  assert.ok(c.missing?.includes('evidence:consent-record'));
});

test('FR-04 needs the consent fact and alternatives when nothing is known', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'FR-04.separate')[0]!.missing, ['fact:scenario.consent']);
});

test('FR-04 does not apply where processing does not rest on consent', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'not-required' } }));
  assert.deepEqual(verdicts(f), ['not-applicable']);
});
