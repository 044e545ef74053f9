import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './bio-02.js';
import { sensorOf } from './sensors.js';
import { appWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('sensor table maps Android, HarmonyOS and iOS names', () => {
  assert.equal(sensorOf('android.permission.HIGH_SAMPLING_RATE_SENSORS')?.id, 'motion-high-rate');
  assert.equal(sensorOf('ohos.permission.ACCELEROMETER')?.id, 'motion-high-rate');
  assert.equal(sensorOf('NSCameraUsageDescription')?.id, 'camera');
  assert.equal(sensorOf('android.permission.INTERNET'), undefined);
});

test('BIO-02 passes a face app that asks for the camera only', () => {
  const f = run(rule, subjectWith(), { app: [appWith({ permissions: ['android.permission.CAMERA', 'android.permission.INTERNET'] })] });
  assert.deepEqual(verdicts(f), ['pass']);
  assert.match(f[0]!.evidence[0]!.text, /CAMERA .* s1/);
});

test('BIO-02 fails body, motion, activity and microphone permissions no face scenario needs', () => {
  for (const p of ['android.permission.BODY_SENSORS', 'android.permission.HIGH_SAMPLING_RATE_SENSORS', 'android.permission.ACTIVITY_RECOGNITION', 'android.permission.RECORD_AUDIO']) {
    const f = run(rule, subjectWith(), { app: [appWith({ permissions: ['android.permission.CAMERA', p] })] });
    assert.deepEqual(verdicts(f), ['fail'], p);
    assert.equal(f[0]!.evidence.length, 1);
    assert.match(f[0]!.evidence[0]!.text, new RegExp(p.split('.').pop()!));
  }
});

test('BIO-02 fails the camera when every scenario captures faces on an offline device', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-device' } }), { app: [appWith({ permissions: ['android.permission.CAMERA'] })] });
  assert.deepEqual(verdicts(f), ['fail']);
});

test('BIO-02 needs the app for an app scenario and is not applicable offline without one', () => {
  assert.deepEqual(run(rule, subjectWith())[0]!.missing, ['artifact:app']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'offline-device' } }))), ['not-applicable']);
});

test('BIO-02 shows what the analyzer found using an unexplained sensor permission', () => {
  const app = appWith({
    permissions: ['android.permission.ACTIVITY_RECOGNITION'],
    facts: {
      face: { present: false, sdks: [], models: [] },
      liveness: { present: false, sdks: [], models: [] },
      sensitivePermissions: [{ permission: 'android.permission.ACTIVITY_RECOGNITION', group: 'sensors', usedBy: [] }],
      unusedSensitivePermissions: ['android.permission.ACTIVITY_RECOGNITION'],
      codeAnalysed: true,
    },
  });
  const f = run(rule, subjectWith(), { app: [app] });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.evidence[0]!.text, /nothing in the code uses it/);
});
