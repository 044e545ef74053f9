import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-3d.js';
import { appWith, policyWith, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

const face = { detected: true, reason: 'base64 JPEG in body' };

test('TAF-6.3d passes when nothing is shared and face data goes only to the app\'s own host', () => {
  const f = run(rule, subjectWith({ scenario: { sharedWithThirdParties: false } }), {
    traffic: [trafficWith([{ url: 'https://api.example.com/face', faceData: face }])],
    policy: [policyWith({ 'face-no-sharing': '我们不会共享、转让您的人脸信息。' }, { face: { mentioned: true, shared: false } })],
  });
  assert.deepEqual(verdicts(f), ['pass']);
});

test('TAF-6.3d fails when the policy says face info is shared', () => {
  const f = run(rule, subjectWith(), { policy: [policyWith({ 'third-party-sharing': '我们会向合作方提供您的人脸信息。' }, { face: { mentioned: true, shared: true } })] });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.equal(f[0]!.evidence[0]!.location, 'policy.txt#facts.face.shared');
});

test('TAF-6.3d fails face data sent to a third-party host, naming the SDK', () => {
  const app = appWith({ sdks: [{ id: 'megvii-faceid', name: 'FaceID', vendor: 'Megvii', categories: ['face-recognition'], face: true, comparison: 'cloud', evidence: [] }] });
  const traffic = trafficWith([{ url: 'https://api.megvii.com/faceid/v3/verify', host: 'api.megvii.com', faceData: face, thirdParty: { sdkId: 'megvii-faceid' } }]);
  const f = run(rule, subjectWith({ scenario: { sharedWithThirdParties: false } }), { app: [app], traffic: [traffic] });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.evidence[0]!.text, /FaceID \(Megvii\)/);
});

test('TAF-6.3d fails on the operator\'s own fact', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { sharedWithThirdParties: true } }))), ['fail']);
});

test('TAF-6.3d needs the fact, the policy or a capture', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:scenario.sharedWithThirdParties', 'artifact:policy', 'artifact:traffic']);
});
