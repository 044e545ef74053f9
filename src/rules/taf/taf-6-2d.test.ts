import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-2d.js';
import { appWith, check, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.2d passes a local-verification scenario storing templates on the device only', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification', rawImagesStored: false, storage: 'device' }, answers: { 'Q-TAF62D-MINIMUM': 'yes' } }));
  assert.deepEqual(
    f.map((x) => `${x.checkId}:${x.verdict}`),
    ['TAF-6.2d.raw-samples:pass', 'TAF-6.2d.local-only:pass', 'TAF-6.2d.minimum:pass'],
  );
});

test('TAF-6.2d passes a remote scenario with no raw samples and encrypted storage', () => {
  const f = run(rule, subjectWith({ scenario: { rawImagesStored: false, encryptedAtRest: true }, answers: { 'Q-TAF62D-MINIMUM': 'yes' } }));
  assert.deepEqual(
    f.map((x) => `${x.checkId}:${x.verdict}`),
    ['TAF-6.2d.raw-samples:pass', 'TAF-6.2d.encrypted:pass', 'TAF-6.2d.minimum:pass'],
  );
});

test('TAF-6.2d fails stored raw face images', () => {
  const f = run(rule, subjectWith({ scenario: { rawImagesStored: true } }));
  assert.equal(check(f, 'TAF-6.2d.raw-samples')[0]!.verdict, 'fail');
});

test('TAF-6.2d fails an experience scenario stored in the cloud', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'experience', storage: 'cloud' } }));
  const l = check(f, 'TAF-6.2d.local-only')[0]!;
  assert.equal(l.verdict, 'fail');
  assert.equal(l.evidence[0]!.text, 'cloud');
});

test('TAF-6.2d fails a local scenario whose SDK compares in the cloud, even if the operator says "device"', () => {
  const app = appWith({ sdks: [{ id: 'x', name: 'FaceCloud', vendor: 'V', categories: ['face-recognition'], face: true, comparison: 'cloud', evidence: [] }] });
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification', storage: 'device' } }), { app: [app] });
  assert.equal(check(f, 'TAF-6.2d.local-only')[0]!.verdict, 'fail');
});

test('TAF-6.2d fails a local scenario whose capture shows face data sent out', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'experience' } }), {
    traffic: [trafficWith([{ url: 'https://beauty.example.com/upload', faceData: { detected: true, reason: 'multipart image/jpeg' } }])],
  });
  assert.equal(check(f, 'TAF-6.2d.local-only')[0]!.verdict, 'fail');
});

test('TAF-6.2d fails unencrypted storage in a hybrid scenario', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'hybrid', encryptedAtRest: false } }));
  assert.equal(check(f, 'TAF-6.2d.encrypted')[0]!.verdict, 'fail');
  assert.equal(check(f, 'TAF-6.2d.local-only').length, 0);
});

test('TAF-6.2d needs the facts when none are given', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification' } }));
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'TAF-6.2d.local-only')[0]!.missing, ['fact:scenario.storage']);
});
