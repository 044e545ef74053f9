import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-04.js';
import { check, pageWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const good = pageWith({ consentDialog: { present: true, buttons: ['同意', '拒绝'], preTicked: false }, refuseStillWorks: true });

test('PI-04 passes clear buttons, nothing pre-ticked, refusal keeps features, no binding required', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'mini-program', requiredForService: ['order', 'payment'] } }), { page: [good] });
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass']);
});

test('PI-04 fails 我知道了, a pre-ticked box and refusal that blocks use, quoting the page', () => {
  const bad = pageWith({ consentDialog: { present: true, buttons: ['我知道了'], preTicked: true }, refuseStillWorks: false });
  const f = run(rule, subjectWith({ scenario: { setting: 'mini-program' } }), { page: [bad] });
  assert.equal(v(f, 'PI-04.buttons'), 'fail');
  assert.match(check(f, 'PI-04.buttons')[0]!.evidence[0]!.text, /我知道了/);
  assert.equal(v(f, 'PI-04.pre-ticked'), 'fail');
  assert.equal(v(f, 'PI-04.refusal'), 'fail');
});

test('PI-04 fails forced membership or official-account follow from the scenario facts', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-venue', sector: 'fitness', requiredForService: ['membership', 'face'] } }));
  const b = check(f, 'PI-04.binding')[0]!;
  assert.equal(b.verdict, 'fail');
  assert.equal(b.evidence[0]!.location, 'scenario.requiredForService');
  assert.ok(b.remediation?.en);
});

test('PI-04 needs the page audit or answers with screenshots', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'h5' }, answers: { 'Q-PI04-CLEAR-BUTTONS': 'yes' } }));
  assert.deepEqual(check(f, 'PI-04.buttons')[0]!.missing, ['evidence:consent-screenshot', 'artifact:page']);
  assert.deepEqual(check(f, 'PI-04.binding')[0]!.missing, ['question:Q-PI04-NO-FORCED-BINDING', 'fact:scenario.requiredForService']);
  const g = run(rule, subjectWith({ scenario: { setting: 'h5' }, answers: { 'Q-PI04-CLEAR-BUTTONS': 'yes' }, evidence: [{ kind: 'consent-screenshot', path: 'dialog.png' }] }));
  assert.equal(v(g, 'PI-04.buttons'), 'pass');
});

test('PI-04 does not apply to a public-place security camera or an office door', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'public-place' } }))), ['not-applicable']);
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { setting: 'offline-device', sector: 'property' } }))), ['not-applicable']);
});
