import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-09.js';
import { check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const report = [{ kind: 'pia-report' as const, path: 'pia-2025.pdf', date: '2025-05-20' }];

test('FR-09 retention passes with a yes and the report, showing the keep-through date', () => {
  const f = run(rule, subjectWith({ facts: { pia: { date: '2025-05-20' } }, answers: { 'Q-FR09-RETENTION': 'yes' }, evidence: report }));
  const r = check(f, 'FR-09.retention');
  assert.deepEqual(verdicts(r), ['pass']);
  assert.ok(r[0]!.evidence.some((e) => e.kind === 'obligation' && /2028-05-20/.test(e.text)));
});

test('FR-09 retention fails on "no" and needs an answer when unanswered', () => {
  assert.deepEqual(verdicts(check(run(rule, subjectWith({ answers: { 'Q-FR09-RETENTION': 'no' } })), 'FR-09.retention')), ['fail']);
  const f = check(run(rule, subjectWith()), 'FR-09.retention');
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['question:Q-FR09-RETENTION']);
});

test('FR-09 fails when purpose or method changed after the latest PIA', () => {
  const f = check(run(rule, subjectWith({ facts: { pia: { date: '2025-05-20' }, purposeOrMethodChangedOn: '2026-03-01' } })), 'FR-09.redo-change');
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.message.en, /due 2026-03-01/);
  assert.match(f[0]!.message.en, /PIPL Art\.55/);
  assert.ok(f[0]!.remediation);
});

test('FR-09 passes a PIA redone on the change date', () => {
  const f = check(run(rule, subjectWith({ facts: { pia: { date: '2026-03-01' }, purposeOrMethodChangedOn: '2026-03-01' } })), 'FR-09.redo-change');
  assert.deepEqual(verdicts(f), ['pass']);
});

test('FR-09 without a change date asks the question; "not applicable" means nothing changed', () => {
  const asked = check(run(rule, subjectWith()), 'FR-09.redo-change');
  assert.deepEqual(asked[0]!.missing, ['question:Q-FR09-REDO']);
  assert.deepEqual(verdicts(check(run(rule, subjectWith({ answers: { 'Q-FR09-REDO': 'not-applicable' } })), 'FR-09.redo-change')), ['not-applicable']);
});

test('FR-09 incidents: none after the PIA → not applicable; one after it → the answer decides', () => {
  const none = check(run(rule, subjectWith({ facts: { pia: { date: '2025-05-20' }, incidents: [{ date: '2025-01-03', description: '旧事件' }] } })), 'FR-09.redo-incident');
  assert.deepEqual(verdicts(none), ['not-applicable']);
  const facts = { pia: { date: '2025-05-20' }, incidents: [{ date: '2026-02-01', description: '门禁服务器被入侵' }] };
  const open = check(run(rule, subjectWith({ facts })), 'FR-09.redo-incident');
  assert.deepEqual(verdicts(open), ['needs-evidence']);
  assert.deepEqual(open[0]!.missing, ['question:Q-FR09-INCIDENT-REDO']);
  const no = check(run(rule, subjectWith({ facts, answers: { 'Q-FR09-INCIDENT-REDO': 'no' } })), 'FR-09.redo-incident');
  assert.deepEqual(verdicts(no), ['fail']);
  assert.ok(no[0]!.evidence.some((e) => /门禁服务器被入侵/.test(e.text)));
});
