import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-05.js';
import { appWith, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

test('FR-05 passes when face info stays in the device', () => {
  const f = run(rule, subjectWith({ scenario: { faceLeavesDevice: false, storage: 'device' } }));
  assert.deepEqual(verdicts(f), ['pass']);
});

test('FR-05 fails when traffic carries a face image and there is no separate consent', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'bundled' } }), {
    traffic: [trafficWith([{ url: 'https://api.example.com/face/compare', faceData: { detected: true, reason: 'base64 JPEG in body' } }])],
  });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.evidence[0]!.text, /face\/compare/);
  assert.ok(f[0]!.remediation?.zh);
});

test('FR-05 fails when the operator says storage is in the cloud without consent', () => {
  const f = run(rule, subjectWith({ scenario: { storage: 'cloud' } }));
  assert.deepEqual(verdicts(f), ['fail']);
});

test('FR-05 passes a cloud-comparison SDK with separate consent', () => {
  const app = appWith({ sdks: [{ id: 'x', name: 'FaceID', vendor: 'Megvii', categories: ['face-recognition'], face: true, comparison: 'cloud', evidence: [] }] });
  const f = run(rule, subjectWith({ scenario: { consent: 'separate' } }), { app: [app] });
  assert.deepEqual(verdicts(f), ['pass']);
});

test('FR-05 needs evidence when nothing says where face info goes', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.ok(f[0]!.missing?.includes('artifact:traffic'));
});

test('FR-05 follows an inspector\'s recorded result', () => {
  const f = run(rule, subjectWith({ scenario: { faceLeavesDevice: false }, inspections: [{ check: 'FR-05', verdict: 'fail', note: '抓包发现人脸照片上传', date: '2026-06-01' }] }));
  assert.deepEqual(verdicts(f), ['fail']);
});
