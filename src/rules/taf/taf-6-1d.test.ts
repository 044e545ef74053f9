import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-1d.js';
import { appWith, policyWith, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

const faceSdk = { id: 'megvii-faceid', name: 'FaceID', vendor: 'Megvii', categories: ['face-recognition' as const], face: true, comparison: 'cloud' as const, evidence: [] };
const upload = { url: 'https://api.example.com/face/verify', faceData: { detected: true, reason: 'base64 JPEG in body' } };

test('TAF-6.1d passes on the answer when the artifacts agree with the policy', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61D-WITHIN-SCOPE': 'yes' } }), {
    app: [appWith({ sdks: [faceSdk] })],
    policy: [policyWith({ 'face-info': '我们在刷脸认证时收集您的人脸信息。' }, { face: { mentioned: true, processing: 'remote' } })],
  });
  assert.deepEqual(verdicts(f), ['pass']);
});

test('TAF-6.1d fails when the app has a face SDK but the policy never mentions face information', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61D-WITHIN-SCOPE': 'yes' } }), {
    app: [appWith({ sdks: [faceSdk] })],
    policy: [policyWith({ purpose: '我们收集您的手机号用于登录。' })],
  });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'sdk'));
});

test('TAF-6.1d fails when face data is uploaded but the policy promises local processing only', () => {
  const f = run(rule, subjectWith(), {
    traffic: [trafficWith([upload])],
    policy: [policyWith({ 'face-info': '人脸信息仅在本机处理。' }, { face: { mentioned: true, processing: 'local' } })],
  });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'request' && /face\/verify/.test(e.text)));
});

test('TAF-6.1d fails on a "partial" answer', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ answers: { 'Q-TAF61D-WITHIN-SCOPE': 'partial' } }))), ['fail']);
});

test('TAF-6.1d needs the answer; consistent artifacts alone do not prove the scope', () => {
  const none = run(rule, subjectWith());
  assert.deepEqual(verdicts(none), ['needs-evidence']);
  assert.deepEqual(none[0]!.missing, ['question:Q-TAF61D-WITHIN-SCOPE', 'artifact:app', 'artifact:traffic']);
  const withApp = run(rule, subjectWith(), { app: [appWith({ sdks: [faceSdk] })] });
  assert.deepEqual(verdicts(withApp), ['needs-evidence']);
});
