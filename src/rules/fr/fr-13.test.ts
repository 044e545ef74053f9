import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-13.js';
import { appWith, check, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

const good = {
  scenario: { storage: 'third-party' as const, faceLeavesDevice: true, transmissionEncrypted: true, encryptedAtRest: true },
  facts: { incidents: [] },
  answers: { 'Q-FR13-ACCESS': 'yes' as const, 'Q-FR13-AUDIT': 'yes' as const, 'Q-FR13-INTRUSION': 'yes' as const, 'Q-FR13-MLPS': 'not-applicable' as const },
  evidence: [
    { kind: 'encryption-policy' as const, path: 'enc.pdf' },
    { kind: 'security-plan' as const, path: 'sec.pdf' },
    { kind: 'audit-log' as const, path: 'audit.csv' },
  ],
};

test('FR-13 passes encrypted storage and transport, access control, audit, intrusion defence, no incidents', () => {
  const f = run(rule, subjectWith(good));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass', 'not-applicable', 'pass']);
});

test('FR-13 fails face data sent over plain http', () => {
  const f = run(rule, subjectWith(good), { traffic: [trafficWith([{ url: 'http://api.example.com/face/verify', scheme: 'http', faceData: { detected: true, reason: 'base64 JPEG' } }])] });
  const c = check(f, 'FR-13.encryption')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.match(c.evidence[0]!.text, /http:\/\/api.example.com\/face\/verify/);
});

test('FR-13 fails a plain-http face endpoint in the app, not any host containing "face"', () => {
  const bad = run(rule, subjectWith(good), { app: [appWith({ hosts: ['http://api.example.com/v1/face/compare'] })] });
  assert.equal(check(bad, 'FR-13.encryption')[0]!.verdict, 'fail');
  const fine = run(rule, subjectWith(good), { app: [appWith({ hosts: ['http://www.facebook.com/sdk', 'https://api.example.com/face/compare'] })] });
  assert.equal(check(fine, 'FR-13.encryption')[0]!.verdict, 'pass');
});

test('FR-13 fails unencrypted storage', () => {
  const f = run(rule, subjectWith({ ...good, scenario: { ...good.scenario, encryptedAtRest: false } }));
  assert.equal(check(f, 'FR-13.encryption')[0]!.verdict, 'fail');
});

test('FR-13 fails a leak of face data that is not fixed (amusement company)', () => {
  const f = run(rule, subjectWith({
    ...good,
    answers: { 'Q-FR13-ACCESS': 'no', 'Q-FR13-INTRUSION': 'no' },
    facts: { incidents: [{ date: '2025-03-10', description: '网站及数据库遭攻击泄露', faceDataInvolved: true, personsAffected: 3000000, vulnerabilitiesFixed: false }] },
  }));
  assert.equal(check(f, 'FR-13.incidents')[0]!.verdict, 'fail');
  assert.equal(check(f, 'FR-13.access')[0]!.verdict, 'fail');
  assert.equal(check(f, 'FR-13.intrusion')[0]!.verdict, 'fail');
});

test('FR-13 a fixed face incident needs the incident record or retest, then passes', () => {
  const incidents = [{ date: '2025-03-10', description: '泄露', faceDataInvolved: true, vulnerabilitiesFixed: true }];
  const f = run(rule, subjectWith({ ...good, facts: { incidents } }));
  assert.deepEqual(check(f, 'FR-13.incidents')[0]!.missing, ['evidence:incident-record', 'evidence:pentest-report']);
  const ok = run(rule, subjectWith({ ...good, facts: { incidents }, evidence: [...good.evidence, { kind: 'pentest-report', path: 'retest.pdf' }] }));
  assert.equal(check(ok, 'FR-13.incidents')[0]!.verdict, 'pass');
});

test('FR-13 needs facts and answers when nothing is known', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), Array(6).fill('needs-evidence'));
  assert.deepEqual(check(f, 'FR-13.encryption')[0]!.missing, ['fact:scenario.encryptedAtRest', 'fact:scenario.transmissionEncrypted', 'fact:scenario.faceLeavesDevice', 'evidence:encryption-policy']);
  assert.deepEqual(check(f, 'FR-13.incidents')[0]!.missing, ['fact:facts.incidents']);
});
