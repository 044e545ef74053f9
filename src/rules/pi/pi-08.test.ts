import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-08.js';
import { check, pageWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;

test('PI-08 passes a separate face pop-up, refusal with an alternative and answered re-asking and effort', () => {
  const page = pageWith({ consentDialog: { present: true, buttons: ['同意', '拒绝'], preTicked: false, separateForFace: true }, faceAlternative: { offered: true, label: '短信验证码' }, refuseStillWorks: true });
  const f = run(
    rule,
    subjectWith({
      scenario: { setting: 'mobile-app', alternatives: ['sms-code'] },
      answers: { 'Q-PI08-NO-LOCKOUT': 'yes', 'Q-PI08-ALT-EFFORT': 'yes' },
      evidence: [{ kind: 'consent-screenshot', path: 'popup.png' }, { kind: 'verification-log', path: 'timing.xlsx' }],
    }),
    { page: [page] },
  );
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass']);
});

test('PI-08 fails the Putuo supermarkets: entrance cameras capture shoppers without consent', () => {
  const s = subjectWith({ scenario: { setting: 'offline-venue', sector: 'retail', type: 'remote-verification', passiveCapture: true, consent: 'none', labelsPersons: true } });
  const f = check(run(rule, s), 'PI-08.separate-consent')[0]!;
  assert.equal(f.verdict, 'fail');
  assert.deepEqual(f.evidence.map((e) => e.location), ['scenario.consent', 'scenario.passiveCapture']);
  const all = run(rule, s);
  assert.equal(v(all, 'PI-08.refusal'), 'fail');
  assert.equal(v(all, 'PI-08.re-ask'), 'not-applicable');
});

test('PI-08 fails the car showroom: 430,000 photos for footfall analysis with no consent', () => {
  const s = subjectWith({ scenario: { setting: 'offline-venue', sector: 'automotive', type: 'experience', purpose: '客流分析', passiveCapture: true } });
  assert.equal(v(run(rule, s), 'PI-08.separate-consent'), 'fail');
});

test('PI-08 fails the Wuxi gym: face or fingerprint is the only way in', () => {
  const s = subjectWith({ scenario: { setting: 'offline-device', sector: 'fitness', type: 'local-verification', alternatives: ['fingerprint'], requiredForService: ['membership', 'face'] } });
  const f = run(rule, s);
  const r = check(f, 'PI-08.refusal')[0]!;
  assert.equal(r.verdict, 'fail');
  assert.ok(r.evidence.some((e) => e.location === 'scenario.alternatives'));
  assert.equal(v(f, 'PI-08.alternative-effort'), 'not-applicable');
});

test('PI-08 fails a checkbox instead of a separate dialog and a pre-ticked re-ask', () => {
  const page = pageWith({ consentDialog: { present: true, buttons: ['同意并继续'], preTicked: true, separateForFace: false } });
  const f = run(rule, subjectWith({ scenario: { setting: 'h5', consent: 'separate' } }), { page: [page] });
  assert.equal(v(f, 'PI-08.separate-consent'), 'fail');
  assert.equal(v(f, 'PI-08.re-ask'), 'fail');
});

test('PI-08 needs the consent fact, page or answers when nothing is known', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'mobile-app' } }));
  assert.deepEqual(check(f, 'PI-08.separate-consent')[0]!.missing, ['question:Q-PI08-SEPARATE-POPUP', 'fact:scenario.consent', 'artifact:page']);
  assert.equal(v(f, 'PI-08.refusal'), 'needs-evidence');
});

test('PI-08 applies to venues and apps, not to an office door or a public place', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'offline-device', sector: 'property' } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'public-place' } }))), ['not-applicable']);
  const na = run(rule, subjectWith({ scenario: { setting: 'offline-venue', consent: 'not-required' } }));
  assert.equal(v(na, 'PI-08.separate-consent'), 'not-applicable');
});
