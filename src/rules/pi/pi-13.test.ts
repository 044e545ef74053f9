import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-13.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const restaurant = { setting: 'mini-program' as const, sector: 'catering' as const, scanToOrder: true };

test('PI-13 passes scan-to-order that needs only order and payment information', () => {
  const f = run(rule, subjectWith({ scenario: { ...restaurant, requiredForService: ['order', 'payment'] } }));
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
});

test('PI-13 fails a forced phone number (membership), location and login', () => {
  const f = run(rule, subjectWith({ scenario: { ...restaurant, requiredForService: ['order', 'payment', 'membership', 'location', 'account'] } }));
  assert.deepEqual(verdicts(f), ['fail', 'fail', 'fail']);
  assert.equal(check(f, 'PI-13.phone')[0]!.evidence[0]!.location, 'scenario.requiredForService');
});

test('PI-13 decides from answers when the facts are not given; needs them otherwise', () => {
  const f = run(rule, subjectWith({ scenario: restaurant, answers: { 'Q-PI13-PHONE-OPTIONAL': 'no', 'Q-PI13-LOCATION-OPTIONAL': 'yes' } }));
  assert.equal(v(f, 'PI-13.phone'), 'fail');
  assert.equal(v(f, 'PI-13.location'), 'pass');
  assert.deepEqual(check(f, 'PI-13.account')[0]!.missing, ['question:Q-PI13-ACCOUNT-OPTIONAL', 'fact:scenario.requiredForService']);
});

test('PI-13 applies only to scan-to-order', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'mini-program' } }))), ['not-applicable']);
});
