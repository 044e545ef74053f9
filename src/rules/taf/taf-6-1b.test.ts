import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-1b.js';
import { check, pageWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.1b passes a face-specific pop-up with separate consent', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'separate' } }), {
    page: [pageWith({ consentDialog: { present: true, buttons: ['同意', '拒绝'], preTicked: false, separateForFace: true } })],
  });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('TAF-6.1b passes on the answer and written consent without a page audit', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'written' }, answers: { 'Q-TAF61B-EXPLICIT': 'yes' } }));
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('TAF-6.1b fails when only the general policy dialog is shown and the box is pre-ticked', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'separate' }, answers: { 'Q-TAF61B-EXPLICIT': 'yes' } }), {
    page: [pageWith({ consentDialog: { present: true, buttons: ['同意'], preTicked: true, separateForFace: false } })],
  });
  assert.equal(check(f, 'TAF-6.1b.explicit')[0]!.verdict, 'fail');
  const c = check(f, 'TAF-6.1b.consent')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.match(c.evidence[0]!.text, /pre-ticked/);
});

test('TAF-6.1b fails consent bundled into other terms', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'bundled' } }));
  assert.equal(check(f, 'TAF-6.1b.consent')[0]!.verdict, 'fail');
});

test('TAF-6.1b needs the answer, a page audit and the consent fact when nothing is given', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'TAF-6.1b.explicit')[0]!.missing, ['question:Q-TAF61B-EXPLICIT', 'artifact:page']);
  assert.deepEqual(check(f, 'TAF-6.1b.consent')[0]!.missing, ['fact:scenario.consent']);
});

test('TAF-6.1b leaves a claimed exemption from consent to an inspector', () => {
  const f = run(rule, subjectWith({ scenario: { consent: 'not-required' } }));
  assert.equal(check(f, 'TAF-6.1b.consent')[0]!.verdict, 'manual');
});
