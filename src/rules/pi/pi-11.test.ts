import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-11.js';
import { check, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const allYes = {
  'Q-PI11-ACCESS-RULES': 'yes',
  'Q-PI11-OPS-LIMITS': 'yes',
  'Q-PI11-ENCRYPTION': 'yes',
  'Q-PI11-SENSITIVE-LOGS': 'yes',
  'Q-PI11-PENTEST': 'yes',
  'Q-PI11-OFFICER-TRAINING': 'yes',
} as const;
const docs = [
  { kind: 'pi-management-policy' as const, path: 'rules.pdf' },
  { kind: 'audit-log' as const, path: 'audit.xlsx' },
  { kind: 'encryption-policy' as const, path: 'keys.pdf' },
  { kind: 'pentest-report' as const, path: 'pentest-2026.pdf' },
  { kind: 'training-record' as const, path: 'training.xlsx' },
];

test('PI-11 passes the six measures a)–f) answered yes with documents, and HTTPS traffic', () => {
  const tr = trafficWith([{ personalData: ['phone'] }]);
  const f = run(rule, subjectWith({ answers: allYes, evidence: docs }), { traffic: [tr] });
  assert.deepEqual(
    f.map((x) => x.checkId),
    ['PI-11.access-control', 'PI-11.ops-limits', 'PI-11.encryption', 'PI-11.logging', 'PI-11.testing', 'PI-11.officer-training', 'PI-11.transport'],
  );
  assert.ok(verdicts(f).every((x) => x === 'pass'));
});

test('PI-11 fails the amusement company: face data stored unencrypted, no pen tests', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-venue', sector: 'entertainment', encryptedAtRest: false }, answers: { ...allYes, 'Q-PI11-PENTEST': 'no' }, evidence: docs }));
  const enc = check(f, 'PI-11.encryption')[0]!;
  assert.equal(enc.verdict, 'fail');
  assert.equal(enc.evidence[0]!.location, 'scenario[s1].encryptedAtRest');
  assert.equal(v(f, 'PI-11.testing'), 'fail');
  assert.equal(check(f, 'PI-11.transport').length, 0);
});

test('PI-11 fails personal data sent over plain HTTP', () => {
  const tr = trafficWith([{ url: 'http://api.example.com/member', scheme: 'http', personalData: ['phone', 'idcard'] }]);
  const f = run(rule, subjectWith({ answers: allYes, evidence: docs }), { traffic: [tr] });
  const t = check(f, 'PI-11.transport')[0]!;
  assert.equal(t.verdict, 'fail');
  assert.match(t.evidence[0]!.text, /http:\/\/api\.example\.com\/member/);
});

test('PI-11 needs answers, and documents for a "yes"', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-PI11-PENTEST': 'yes' } }));
  assert.deepEqual(check(f, 'PI-11.testing')[0]!.missing, ['evidence:pentest-report']);
  assert.deepEqual(check(f, 'PI-11.logging')[0]!.missing, ['question:Q-PI11-SENSITIVE-LOGS']);
});
