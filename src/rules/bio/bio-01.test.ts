import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './bio-01.js';
import type { AppSdk } from '../../core/artifacts.js';
import { appWith, check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const liveness: AppSdk = { id: 'megvii-meglive', name: 'MegLive', vendor: 'Megvii', categories: ['face-recognition', 'liveness'], face: true, comparison: 'cloud', evidence: ['package com.megvii.meglive_sdk'] };
const detectOnly: AppSdk = { id: 'mlkit-face', name: 'ML Kit Face Detection', vendor: 'Google', categories: ['face-recognition'], face: true, comparison: 'local', evidence: ['package com.google.mlkit.vision.face'] };

test('BIO-01 passes an identity-verifying app with a liveness SDK and notes a 3D/NIR modality', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-BIO01-MODALITY': '3d-and-nir' } }), { app: [appWith({ sdks: [liveness] })] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
  assert.match(f[0]!.evidence[0]!.text, /MegLive/);
});

test('BIO-01 fails when the operator says face verification runs without liveness', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-BIO01-LIVENESS': 'no' } }), { app: [appWith({ sdks: [detectOnly] })] });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.equal(f[0]!.checkId, 'BIO-01.liveness');
  assert.ok(f[0]!.remediation?.en.includes('liveness'));
});

test('BIO-01 needs the answer when the app has no known liveness SDK', () => {
  const f = run(rule, subjectWith(), { app: [appWith({ sdks: [detectOnly] })] });
  const l = check(f, 'BIO-01.liveness')[0]!;
  assert.equal(l.verdict, 'needs-evidence');
  assert.deepEqual(l.missing, ['question:Q-BIO01-LIVENESS']);
  assert.deepEqual(check(f, 'BIO-01.modality')[0]!.missing, ['question:Q-BIO01-MODALITY']);
});

test('BIO-01 needs a test report behind an in-house liveness claim, and passes with one', () => {
  const noReport = run(rule, subjectWith({ answers: { 'Q-BIO01-LIVENESS': 'yes' } }));
  assert.deepEqual(check(noReport, 'BIO-01.liveness')[0]!.missing, ['evidence:test-report']);
  const withReport = run(rule, subjectWith({ answers: { 'Q-BIO01-LIVENESS': 'yes', 'Q-BIO01-MODALITY': '2d-rgb' }, evidence: [{ kind: 'test-report', path: 'pad-test.pdf' }] }));
  assert.deepEqual(verdicts(withReport), ['pass', 'pass']);
  assert.match(check(withReport, 'BIO-01.modality')[0]!.message.en, /2D RGB camera only/);
});

test('BIO-01 does not apply to experience features that verify no one', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'experience' } }));
  assert.deepEqual(verdicts(f), ['not-applicable']);
  const verifying = run(rule, subjectWith({ scenario: { type: 'experience', verifiesIdentity: true } }));
  assert.notDeepEqual(verdicts(verifying), ['not-applicable']);
});

test('BIO-01 counts a liveness model file found by the app analyzer', () => {
  const app = appWith({
    sdks: [detectOnly],
    facts: {
      face: { present: true, sdks: ['mlkit-face'], models: ['assets/anti_spoof_v2.tflite'] },
      liveness: { present: true, sdks: [], models: ['assets/anti_spoof_v2.tflite'] },
      sensitivePermissions: [],
      unusedSensitivePermissions: [],
      codeAnalysed: true,
    },
  });
  const f = check(run(rule, subjectWith(), { app: [app] }), 'BIO-01.liveness');
  assert.deepEqual(verdicts(f), ['pass']);
  assert.match(f[0]!.evidence[0]!.text, /anti_spoof_v2/);
});
