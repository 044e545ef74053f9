import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-1e.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const dated = (updatedDate: string) => {
  const p = policyWith({ 'policy-update': '本政策更新后，我们将通过弹窗通知您。' });
  p.facts.updatedDate = updatedDate;
  return p;
};

test('TAF-6.1e passes when the policy says how updates are announced and re-consent is practised', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61E-RECONSENT': 'yes' } }), { policy: [dated('2025-01-01')] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('TAF-6.1e fails when the purpose changed after the policy was last updated', () => {
  const f = run(rule, subjectWith({ facts: { purposeOrMethodChangedOn: '2026-03-01' }, answers: { 'Q-TAF61E-RECONSENT': 'yes' } }), { policy: [dated('2025-12-01')] });
  const n = check(f, 'TAF-6.1e.notice-updated')[0]!;
  assert.equal(n.verdict, 'fail');
  assert.match(n.message.en, /2026-03-01/);
});

test('TAF-6.1e passes the notice once the policy is updated after the change', () => {
  const f = run(rule, subjectWith({ facts: { purposeOrMethodChangedOn: '2026-03-01' } }), { policy: [dated('2026-03-05')] });
  assert.equal(check(f, 'TAF-6.1e.notice-updated')[0]!.verdict, 'pass');
});

test('TAF-6.1e fails a "no" answer on re-consent and a policy silent on updates', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61E-RECONSENT': 'no' } }), { policy: [policyWith({ purpose: '用于登录。' })] });
  assert.deepEqual(verdicts(f), ['fail', 'fail']);
});

test('TAF-6.1e needs the policy and the answer', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence']);
});

test('TAF-6.1e leaves an undated policy after a change to an inspector', () => {
  const f = run(rule, subjectWith({ facts: { purposeOrMethodChangedOn: '2026-03-01' } }), { policy: [policyWith({ purpose: '用于登录。' })] });
  assert.equal(check(f, 'TAF-6.1e.notice-updated')[0]!.verdict, 'manual');
});

test('TAF-6.1e re-consent is not applicable when purposes never changed', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61E-RECONSENT': 'not-applicable' } }));
  assert.equal(check(f, 'TAF-6.1e.reconsent')[0]!.verdict, 'not-applicable');
});
