import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-02.js';
import { check, pageWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const app = { setting: 'mobile-app' as const };

test('PI-02 passes fewer than 4 clicks and a first-use prompt seen in the page audit', () => {
  const page = pageWith({ clicksToPolicy: 2, consentDialog: { present: true, buttons: ['同意', '不同意'], preTicked: false } });
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: app }), { page: [page] })), ['pass', 'pass']);
});

test('PI-02 fails 4 or more clicks and no prompt at first use, quoting the page', () => {
  const page = pageWith({ clicksToPolicy: 5, consentDialog: { present: false, buttons: [], preTicked: false } });
  const f = run(rule, subjectWith({ scenario: app }), { page: [page] });
  assert.deepEqual(verdicts(f), ['fail', 'fail']);
  assert.match(check(f, 'PI-02.clicks')[0]!.evidence[0]!.text, /5/);
  assert.equal(check(f, 'PI-02.clicks')[0]!.evidence[0]!.location, page.url);
});

test('PI-02 needs the page audit or an answer, and a recording to back a "yes"', () => {
  const f = run(rule, subjectWith({ scenario: app }));
  assert.deepEqual(check(f, 'PI-02.clicks')[0]!.missing, ['question:Q-PI02-FEW-CLICKS', 'artifact:page']);
  const g = run(rule, subjectWith({ scenario: app, answers: { 'Q-PI02-FEW-CLICKS': 'yes' } }));
  assert.deepEqual(check(g, 'PI-02.clicks')[0]!.missing, ['evidence:policy-access-recording', 'artifact:page']);
  const h = run(rule, subjectWith({ scenario: app, answers: { 'Q-PI02-FEW-CLICKS': 'yes' }, evidence: [{ kind: 'policy-access-recording', path: 'path.mp4' }] }));
  assert.equal(v(h, 'PI-02.clicks'), 'pass');
});

test('PI-02 asks an inspector when the page audit found no link to the policy', () => {
  const f = run(rule, subjectWith({ scenario: app }), { page: [pageWith({})] });
  assert.equal(v(f, 'PI-02.clicks'), 'manual');
});

test('PI-02 fails on a "no" answer even when the audited page looked fine', () => {
  const f = run(rule, subjectWith({ scenario: app, answers: { 'Q-PI02-FEW-CLICKS': 'no' } }), { page: [pageWith({ clicksToPolicy: 1 })] });
  assert.equal(v(f, 'PI-02.clicks'), 'fail');
});

test('PI-02 does not apply to an offline door device', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-device' } }));
  assert.deepEqual(verdicts(f), ['not-applicable']);
  const g = run(rule, subjectWith({ scenario: { setting: 'offline-venue', scanToOrder: true } }), { page: [pageWith({ clicksToPolicy: 6 })] });
  assert.equal(v(g, 'PI-02.clicks'), 'fail');
});
