import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './g26-hea.js';
import { appWith, check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const HOSP = { sector: 'health' as const, alternatives: ['id-document' as const, 'manual-check' as const] };
const YES = {
  'Q-G26HEA-RECORD-ACCESS': 'yes',
  'Q-G26HEA-NO-PUBLICATION': 'yes',
  'Q-G26HEA-ACCESS-ENCRYPTION': 'yes',
  'Q-G26HEA-VENDOR-STAFF': 'yes',
  'Q-G26-PI-SYSTEM': 'yes',
} as const;
const DOCS = [
  { kind: 'encryption-policy' as const, path: 'enc.pdf' },
  { kind: 'entrustment-statement' as const, path: 'ops-contract.pdf' },
  { kind: 'pi-management-policy' as const, path: 'pims.pdf' },
];

test('G26-HEA passes a hospital app with no over-collection and every practice in place', () => {
  const app = appWith({ permissions: ['android.permission.CAMERA', 'android.permission.INTERNET'] });
  const f = run(rule, subjectWith({ scenario: HOSP, answers: YES, evidence: DOCS }), { app: [app] });
  assert.deepEqual([...new Set(verdicts(f))], ['pass']);
  assert.equal(f.length, 7);
});

test('G26-HEA fails records shown without an effective identity check, and published patient images', () => {
  const f = run(rule, subjectWith({ scenario: HOSP, answers: { ...YES, 'Q-G26HEA-RECORD-ACCESS': 'no', 'Q-G26HEA-NO-PUBLICATION': 'partial' }, evidence: DOCS }));
  assert.deepEqual(verdicts(check(f, 'G26-HEA.record-access')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'G26-HEA.publication')), ['fail']);
});

test('G26-HEA fails unencrypted storage whatever the answer, and needs the document behind a yes', () => {
  const f = check(run(rule, subjectWith({ scenario: { ...HOSP, encryptedAtRest: false }, answers: YES, evidence: DOCS })), 'G26-HEA.access-encryption');
  assert.deepEqual(verdicts(f), ['fail']);
  assert.equal(f[0]!.evidence[0]!.location, 'scenario.encryptedAtRest');
  const noDoc = check(run(rule, subjectWith({ scenario: HOSP, answers: YES })), 'G26-HEA.access-encryption');
  assert.deepEqual(verdicts(noDoc), ['needs-evidence']);
  assert.deepEqual(noDoc[0]!.missing, ['evidence:encryption-policy', 'evidence:security-plan']);
});

test('G26-HEA fails a health app reading the call log; face-only for patients fails', () => {
  const app = appWith({ permissions: ['android.permission.READ_CALL_LOG'] });
  const f = run(rule, subjectWith({ scenario: { sector: 'health', alternatives: [] } }), { app: [app] });
  assert.deepEqual(verdicts(check(f, 'G26-HEA.permissions')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'G26-HEA.face-only')), ['fail']);
});

test('G26-HEA applies to a hospital setting; the face check is not applicable for experience features', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'hospital', type: 'experience' } }));
  assert.deepEqual(verdicts(check(f, 'G26-HEA.face-only')), ['not-applicable']);
  assert.deepEqual(verdicts(check(f, 'G26-HEA.vendor-staff')), ['needs-evidence']);
});
