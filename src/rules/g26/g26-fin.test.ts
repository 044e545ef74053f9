import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './g26-fin.js';
import { appWith, check, pageWith, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const FIN = { sector: 'finance' as const, alternatives: ['sms-code' as const] };
const GOOD = { 'Q-G26FIN-PARTNER-SHARING': 'yes', 'Q-G26-PI-SYSTEM': 'yes', 'Q-G26FIN-PERMISSION-SCENE': 'yes' } as const;
const docs = [
  { kind: 'consent-record' as const, path: 'consent.pdf' },
  { kind: 'pi-management-policy' as const, path: 'policy.pdf' },
];

test('G26-FIN fails a finance app that reads contacts, SMS, call logs, precise location or the app list', () => {
  for (const p of ['android.permission.READ_CONTACTS', 'android.permission.READ_SMS', 'android.permission.READ_CALL_LOG', 'android.permission.ACCESS_FINE_LOCATION', 'android.permission.QUERY_ALL_PACKAGES']) {
    const app = appWith({ permissions: ['android.permission.INTERNET', 'android.permission.CAMERA', p] });
    const f = check(run(rule, subjectWith({ scenario: FIN }), { app: [app] }), 'G26-FIN.permissions');
    assert.deepEqual(verdicts(f), ['fail'], p);
    assert.equal(f[0]!.evidence[0]!.kind, 'permission');
    assert.match(f[0]!.evidence[0]!.text, new RegExp(p.split('.').pop()!));
  }
});

test('G26-FIN also catches HarmonyOS and iOS names for the same data', () => {
  const hap = appWith({ platform: 'harmony', permissions: ['ohos.permission.READ_CONTACTS'] });
  assert.deepEqual(verdicts(check(run(rule, subjectWith({ scenario: FIN }), { app: [hap] }), 'G26-FIN.permissions')), ['fail']);
  const ipa = appWith({ platform: 'ios', usageDescriptions: { NSContactsUsageDescription: '用于风控' } });
  assert.deepEqual(verdicts(check(run(rule, subjectWith({ scenario: FIN }), { app: [ipa] }), 'G26-FIN.permissions')), ['fail']);
});

test('G26-FIN asks about coarse location, microphone and storage, and follows the answer', () => {
  const app = appWith({ permissions: ['android.permission.ACCESS_COARSE_LOCATION', 'android.permission.RECORD_AUDIO'] });
  const open = check(run(rule, subjectWith({ scenario: FIN }), { app: [app] }), 'G26-FIN.permissions');
  assert.deepEqual(verdicts(open), ['needs-evidence']);
  assert.deepEqual(open[0]!.missing, ['question:Q-G26FIN-PERMISSION-SCENE']);
  const no = check(run(rule, subjectWith({ scenario: FIN, answers: { 'Q-G26FIN-PERMISSION-SCENE': 'no' } }), { app: [app] }), 'G26-FIN.permissions');
  assert.deepEqual(verdicts(no), ['fail']);
  const yes = check(run(rule, subjectWith({ scenario: FIN, answers: { 'Q-G26FIN-PERMISSION-SCENE': 'yes' } }), { app: [app] }), 'G26-FIN.permissions');
  assert.deepEqual(verdicts(yes), ['pass']);
});

test('G26-FIN passes a finance app with only what a bank app needs, a disclosed sharing, consent and an alternative', () => {
  const app = appWith({ permissions: ['android.permission.INTERNET', 'android.permission.CAMERA', 'android.permission.USE_BIOMETRIC'] });
  const policy = policyWith({ 'third-party-sharing': '我们会向合作银行提供您的姓名、身份证号，用于贷款审批。' });
  const f = run(rule, subjectWith({ scenario: FIN, answers: GOOD, evidence: docs }), { app: [app], policy: [policy] });
  assert.deepEqual(
    f.map((x) => [x.checkId, x.verdict]),
    [
      ['G26-FIN.permissions', 'pass'],
      ['G26-FIN.third-party-disclosed', 'pass'],
      ['G26-FIN.third-party-consent', 'pass'],
      ['G26-FIN.face-only', 'pass'],
      ['G26-FIN.management', 'pass'],
    ],
  );
});

test('G26-FIN fails face as the only verification, from the scenario facts or a page audit', () => {
  const f = check(run(rule, subjectWith({ scenario: { sector: 'finance', alternatives: [] } })), 'G26-FIN.face-only');
  assert.deepEqual(verdicts(f), ['fail']);
  const p = check(run(rule, subjectWith({ scenario: { sector: 'finance' } }), { page: [pageWith({ faceAlternative: { offered: false } })] }), 'G26-FIN.face-only');
  assert.deepEqual(verdicts(p), ['fail']);
});

test('G26-FIN fails an undisclosed partner sharing and needs inputs when nothing is supplied', () => {
  const noSharing = policyWith({ purpose: '我们收集您的身份信息用于开户。' });
  const f = check(run(rule, subjectWith({ scenario: FIN, answers: GOOD, evidence: docs }), { policy: [noSharing] }), 'G26-FIN.third-party-disclosed');
  assert.deepEqual(verdicts(f), ['fail']);
  const bare = run(rule, subjectWith({ scenario: { sector: 'finance' } }));
  assert.deepEqual(verdicts(check(bare, 'G26-FIN.permissions')), ['needs-evidence']);
  assert.deepEqual(check(bare, 'G26-FIN.permissions')[0]!.missing, ['artifact:app']);
  assert.deepEqual(check(bare, 'G26-FIN.management')[0]!.missing, ['question:Q-G26-PI-SYSTEM']);
  assert.deepEqual(verdicts(check(bare, 'G26-FIN.face-only')), ['needs-evidence']);
});

test('G26-FIN applies to a financial-institution setting without a sector, and not to other sectors', () => {
  const inst = run(rule, subjectWith({ scenario: { setting: 'financial-institution' } }));
  assert.ok(inst.length > 1);
  // Offline branch without an app: permissions are not applicable rather than missing.
  assert.deepEqual(verdicts(check(inst, 'G26-FIN.permissions')), ['not-applicable']);
  const other = run(rule, subjectWith({ scenario: { sector: 'retail' } }));
  assert.deepEqual(verdicts(other), ['not-applicable']);
});

test('G26-FIN follows an inspector who found a flagged permission justified', () => {
  const app = appWith({ permissions: ['android.permission.READ_CONTACTS'] });
  const f = check(
    run(rule, subjectWith({ scenario: FIN, inspections: [{ check: 'G26-FIN.permissions', verdict: 'pass', note: '仅在转账选择收款人时调用系统联系人选择器', date: '2026-06-01' }] }), { app: [app] }),
    'G26-FIN.permissions',
  );
  assert.deepEqual(verdicts(f), ['pass']);
});
