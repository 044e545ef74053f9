import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './g26-tra.js';
import { appWith, check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const TRA = { sector: 'transport' as const };

test('G26-TRA fails SMS or call-log access in a ticketing app outright', () => {
  const app = appWith({ permissions: ['android.permission.READ_SMS', 'android.permission.ACCESS_FINE_LOCATION'] });
  const f = check(run(rule, subjectWith({ scenario: TRA }), { app: [app] }), 'G26-TRA.permissions');
  assert.deepEqual(verdicts(f), ['fail']);
  assert.equal(f[0]!.evidence.length, 1);
  assert.match(f[0]!.evidence[0]!.text, /READ_SMS/);
});

test('G26-TRA asks whether location, contacts, microphone and storage are requested only where needed', () => {
  const app = appWith({ permissions: ['android.permission.ACCESS_FINE_LOCATION', 'android.permission.RECORD_AUDIO', 'android.permission.WRITE_EXTERNAL_STORAGE', 'android.permission.READ_CONTACTS'] });
  const open = check(run(rule, subjectWith({ scenario: TRA }), { app: [app] }), 'G26-TRA.permissions');
  assert.deepEqual(verdicts(open), ['needs-evidence']);
  assert.equal(open[0]!.evidence.length, 4);
  const no = check(run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-PERMISSION-SCENE': 'partial' } }), { app: [app] }), 'G26-TRA.permissions');
  assert.deepEqual(verdicts(no), ['fail']);
  const yes = check(run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-PERMISSION-SCENE': 'yes' } }), { app: [app] }), 'G26-TRA.permissions');
  assert.deepEqual(verdicts(yes), ['pass']);
});

test('G26-TRA fails forced registration for parking and passes when parking works without login', () => {
  const no = check(run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-PARKING-NO-LOGIN': 'no' } })), 'G26-TRA.parking');
  assert.deepEqual(verdicts(no), ['fail']);
  assert.ok(no[0]!.remediation?.zh.includes('车牌'));
  const yes = check(run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-PARKING-NO-LOGIN': 'yes' } })), 'G26-TRA.parking');
  assert.deepEqual(verdicts(yes), ['pass']);
});

test('G26-TRA fails an unfixed leak and passes protected itineraries', () => {
  const leak = check(
    run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-LEAK-PREVENTION': 'yes' }, facts: { incidents: [{ date: '2026-02-01', description: '快递面单信息被批量导出出售' }] } })),
    'G26-TRA.leak',
  );
  assert.deepEqual(verdicts(leak), ['fail']);
  assert.match(leak[0]!.evidence[0]!.text, /面单/);
  const ok = check(
    run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-LEAK-PREVENTION': 'yes' }, facts: { incidents: [{ date: '2025-02-01', description: '旧事件', vulnerabilitiesFixed: true }] } })),
    'G26-TRA.leak',
  );
  assert.deepEqual(verdicts(ok), ['pass']);
  const unknown = check(run(rule, subjectWith({ scenario: TRA })), 'G26-TRA.leak');
  assert.deepEqual(unknown[0]!.missing, ['question:Q-G26TRA-LEAK-PREVENTION']);
});

test('G26-TRA checks ticket-agent sharing in the policy and the consent answer', () => {
  const policy = policyWith({ 'third-party-sharing': '为完成出票，我们会向航空公司及票务代理提供乘机人姓名和证件号。' });
  const f = run(rule, subjectWith({ scenario: TRA, answers: { 'Q-G26TRA-AGENT-SHARING': 'yes' }, evidence: [{ kind: 'consent-record', path: 'c.pdf' }] }), { policy: [policy] });
  assert.deepEqual(verdicts(check(f, 'G26-TRA.third-party-disclosed')), ['pass']);
  assert.deepEqual(verdicts(check(f, 'G26-TRA.third-party-consent')), ['pass']);
});

test('G26-TRA does not apply outside transport', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { sector: 'finance' } }))), ['not-applicable']);
});
