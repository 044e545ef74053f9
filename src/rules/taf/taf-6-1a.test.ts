import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-1a.js';
import { check, pageWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const faceDialog = (buttons: string[]) => ({ present: true, buttons, preTicked: false, separateForFace: true });

test('TAF-6.1a passes when refusing keeps the app usable and nothing forces face recognition', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61A-REFUSE-USABLE': 'yes', 'Q-TAF61A-NO-COERCION': 'yes' } }), {
    page: [pageWith({ refuseStillWorks: true, consentDialog: faceDialog(['同意', '拒绝']) })],
  });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('TAF-6.1a fails when the page audit shows refusing blocks the app, whatever the answer says', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61A-REFUSE-USABLE': 'yes' } }), { page: [pageWith({ refuseStillWorks: false })] });
  const r = check(f, 'TAF-6.1a.refusal')[0]!;
  assert.equal(r.verdict, 'fail');
  assert.equal(r.evidence[0]!.kind, 'page');
  assert.ok(r.remediation?.en);
});

test('TAF-6.1a fails a face prompt that offers no way to decline', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61A-NO-COERCION': 'yes' } }), { page: [pageWith({ consentDialog: faceDialog(['同意并开始刷脸']) })] });
  const c = check(f, 'TAF-6.1a.no-coercion')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.match(c.evidence[0]!.text, /同意并开始刷脸/);
});

test('TAF-6.1a does not blame a general policy dialog for lacking a refuse button', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61A-NO-COERCION': 'yes' } }), {
    page: [pageWith({ consentDialog: { present: true, buttons: ['我知道了'], preTicked: false, separateForFace: false } })],
  });
  assert.equal(check(f, 'TAF-6.1a.no-coercion')[0]!.verdict, 'pass');
});

test('TAF-6.1a fails on a "no" answer', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61A-REFUSE-USABLE': 'no' } }));
  assert.equal(check(f, 'TAF-6.1a.refusal')[0]!.verdict, 'fail');
});

test('TAF-6.1a needs the answer or a page audit, and leaves misleading wording to an inspector', () => {
  const f = run(rule, subjectWith());
  const r = check(f, 'TAF-6.1a.refusal')[0]!;
  assert.equal(r.verdict, 'needs-evidence');
  assert.deepEqual(r.missing, ['question:Q-TAF61A-REFUSE-USABLE', 'artifact:page']);
  assert.equal(check(f, 'TAF-6.1a.no-coercion')[0]!.verdict, 'manual');
});

test('TAF-6.1a refusal is not applicable where a law requires face recognition', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-TAF61A-REFUSE-USABLE': 'not-applicable' } }), { page: [pageWith({ refuseStillWorks: false })] });
  assert.equal(check(f, 'TAF-6.1a.refusal')[0]!.verdict, 'not-applicable');
});

test('TAF-6.1a follows an inspection of the whole rule', () => {
  const f = run(rule, subjectWith({ inspections: [{ check: 'TAF-6.1a', verdict: 'fail', note: '拒绝刷脸后 App 直接退出', date: '2026-06-01' }] }));
  assert.deepEqual(verdicts(f), ['fail']);
});

test('TAF-6.1a does not apply to an offline device', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-device' } }));
  assert.deepEqual(verdicts(f), ['not-applicable']);
  assert.match(f[0]!.message.en, /mobile internet applications/);
});
