import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-09.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;

test('PI-09 passes answers backed by the disclosure statement, PIA report and contracts', () => {
  const f = run(
    rule,
    subjectWith({
      answers: { 'Q-PI09-DISCLOSURE-CONSENT': 'yes', 'Q-PI09-PIA-BEFORE-PROVISION': 'yes', 'Q-PI09-ENTRUSTMENT-CONTRACT': 'yes' },
      evidence: [
        { kind: 'disclosure-statement', path: 'disclosure.pdf' },
        { kind: 'pia-report', path: 'pia.pdf', date: '2026-01-10' },
        { kind: 'entrustment-statement', path: 'dpa.pdf' },
      ],
    }),
  );
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
});

test('PI-09 fails a "no" answer and a "not applicable" that contradicts sharing with third parties', () => {
  const f = run(
    rule,
    subjectWith({ scenario: { sharedWithThirdParties: true }, answers: { 'Q-PI09-DISCLOSURE-CONSENT': 'no', 'Q-PI09-PIA-BEFORE-PROVISION': 'not-applicable' } }),
  );
  assert.equal(v(f, 'PI-09.public-disclosure'), 'fail');
  const pia = check(f, 'PI-09.pia')[0]!;
  assert.equal(pia.verdict, 'fail');
  assert.ok(pia.evidence.some((e) => e.location === 'scenario[s1].sharedWithThirdParties'));
});

test('PI-09 needs answers and, for a "yes", the proving documents', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-PI09-PIA-BEFORE-PROVISION': 'yes', 'Q-PI09-ENTRUSTMENT-CONTRACT': 'not-applicable' } }));
  assert.deepEqual(check(f, 'PI-09.public-disclosure')[0]!.missing, ['question:Q-PI09-DISCLOSURE-CONSENT']);
  assert.deepEqual(check(f, 'PI-09.pia')[0]!.missing, ['evidence:pia-report']);
  assert.equal(v(f, 'PI-09.contract'), 'not-applicable');
});
