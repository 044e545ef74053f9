import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-3b.js';
import { appWith, check, policyWith, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

const upload = (scheme: 'http' | 'https') =>
  trafficWith([{ url: `${scheme}://api.example.com/face/compare`, scheme, faceData: { detected: true, reason: 'base64 JPEG in body' } }]);
const remotePolicy = policyWith({ 'face-purpose-method': '刷脸认证时，我们将您的人脸图像加密上传至服务器比对。' }, { face: { mentioned: true, processing: 'remote' } });
const localSdk = { id: 'l', name: 'LocalFace', vendor: 'V', categories: ['face-recognition' as const], face: true, comparison: 'local' as const, evidence: [] };

test('TAF-6.3b fails an experience scenario whose capture shows face data sent', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'experience', verifiesIdentity: false } }), { traffic: [upload('https')] });
  const l = check(f, 'TAF-6.3b.local-only')[0]!;
  assert.equal(l.verdict, 'fail');
  assert.match(l.evidence[0]!.text, /face\/compare/);
  assert.equal(check(f, 'TAF-6.3b.no-identity')[0]!.verdict, 'pass');
});

test('TAF-6.3b fails experience face info used for identity', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'experience', faceLeavesDevice: false, verifiesIdentity: true } }));
  assert.equal(check(f, 'TAF-6.3b.no-identity')[0]!.verdict, 'fail');
});

test('TAF-6.3b passes local verification kept on the device', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification', faceLeavesDevice: false } }));
  assert.deepEqual(f.map((x) => `${x.checkId}:${x.verdict}`), ['TAF-6.3b.local-only:pass']);
});

test('TAF-6.3b passes local verification shown by a local SDK and a capture without face data', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification' } }), {
    app: [appWith({ sdks: [localSdk] })],
    traffic: [trafficWith([{ url: 'https://api.example.com/login' }])],
  });
  assert.deepEqual(verdicts(f), ['pass']);
});

test('TAF-6.3b fails a local-verification scenario whose policy says face info goes to a server', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification', faceLeavesDevice: false } }), { policy: [remotePolicy] });
  assert.deepEqual(verdicts(f), ['fail']);
});

test('TAF-6.3b fails remote verification over plain HTTP', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'separate' }, answers: { 'Q-TAF63B-MINIMUM-SENT': 'yes' } }), {
    traffic: [upload('http')],
    policy: [remotePolicy],
  });
  const e = check(f, 'TAF-6.3b.encryption')[0]!;
  assert.equal(e.verdict, 'fail');
  assert.match(e.evidence[0]!.text, /^POST http:/);
});

test('TAF-6.3b passes remote verification over HTTPS with the user told and consenting', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'separate' }, answers: { 'Q-TAF63B-MINIMUM-SENT': 'yes' } }), {
    traffic: [upload('https')],
    policy: [remotePolicy],
  });
  assert.deepEqual(
    f.map((x) => `${x.checkId}:${x.verdict}`),
    ['TAF-6.3b.encryption:pass', 'TAF-6.3b.minimum:pass', 'TAF-6.3b.consent:pass'],
  );
});

test('TAF-6.3b fails a remote scenario whose policy tells users processing is local', () => {
  const p = policyWith({ 'face-purpose-method': '人脸信息仅在本机处理。' }, { face: { mentioned: true, processing: 'local' } });
  const f = run(rule, subjectWith({ scenario: { consent: 'separate', transmissionEncrypted: true } }), { policy: [p] });
  assert.equal(check(f, 'TAF-6.3b.consent')[0]!.verdict, 'fail');
});

test('TAF-6.3b fails remote transmission without consent', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'none' } }), { policy: [remotePolicy] });
  assert.equal(check(f, 'TAF-6.3b.consent')[0]!.verdict, 'fail');
});

test('TAF-6.3b leaves an unclassified processing statement to an inspector', () => {
  const p = policyWith({ 'face-purpose-method': '我们通过人脸识别技术核验您的身份。' }, { face: { mentioned: true } });
  const f = run(rule, subjectWith({ scenario: { consent: 'separate' } }), { policy: [p] });
  assert.equal(check(f, 'TAF-6.3b.consent')[0]!.verdict, 'manual');
});

test('TAF-6.3b needs inputs for a remote scenario with none', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'TAF-6.3b.encryption')[0]!.missing, ['fact:scenario.transmissionEncrypted', 'artifact:traffic']);
  assert.deepEqual(check(f, 'TAF-6.3b.consent')[0]!.missing, ['artifact:policy', 'fact:scenario.consent']);
});

test('TAF-6.3b remote checks are not applicable when nothing leaves the device', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'hybrid', faceLeavesDevice: false } }));
  assert.deepEqual(verdicts(f), ['not-applicable', 'not-applicable', 'not-applicable']);
});

test('TAF-6.3b needs the fact, or an app and a capture, for a local scenario', () => {
  const f = run(rule, subjectWith({ scenario: { type: 'local-verification' } }), { traffic: [trafficWith([{ url: 'https://api.example.com/login' }])] });
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:scenario.faceLeavesDevice', 'artifact:app', 'artifact:traffic']);
});
