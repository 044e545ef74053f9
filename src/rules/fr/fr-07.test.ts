import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-07.js';
import { evaluateRule } from '../../engine/assess.js';
import { emptyArtifacts } from '../../core/artifacts.js';
import type { Obligation } from '../../obligations/types.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const obligation = (status: Obligation['status']): Obligation => ({
  kind: 'request-response',
  ruleId: 'PI-15',
  title: { zh: '权利请求答复', en: 'Rights request answer' },
  trigger: { date: '2026-05-06', text: { zh: '收到删除请求', en: 'deletion request received' } },
  due: '2026-05-27',
  rule: { zh: '15个工作日', en: '15 working days' },
  status,
});

test('FR-07 passes a published rights channel and timely answers', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR07-TIMELY': 'yes' } }), { policy: [policyWith({ rights: '您可通过“我的-人脸管理”查阅、更正、删除人脸信息。' })] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('FR-07 passes an offline rights channel answered yes with the rules attached', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR07-RIGHTS': 'yes', 'Q-FR07-TIMELY': 'yes' }, evidence: [{ kind: 'pi-management-policy', path: 'rules.pdf' }] }));
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('FR-07 fails a refused deletion request (gym that would not delete)', () => {
  const s = subjectWith({ answers: { 'Q-FR07-RIGHTS': 'no' }, facts: { requests: [{ type: 'deletion', receivedOn: '2026-05-06', answeredOn: '2026-05-07', refused: true }] } });
  const f = run(rule, s);
  assert.deepEqual(verdicts(f), ['fail', 'fail']);
  assert.equal(check(f, 'FR-07.response')[0]!.evidence[0]!.location, 'facts.requests[0]');
});

test('FR-07 fails a request answered late, passes one answered in time (from computed obligations)', () => {
  const s = subjectWith({ answers: { 'Q-FR07-RIGHTS': 'yes' }, facts: { requests: [{ type: 'deletion', receivedOn: '2026-05-06', answeredOn: '2026-06-20' }] } });
  const late = evaluateRule(rule, s, emptyArtifacts(), '2026-06-30', [obligation('done-late')]);
  assert.equal(check(late, 'FR-07.response')[0]!.verdict, 'fail');
  assert.equal(check(late, 'FR-07.response')[0]!.evidence[0]!.kind, 'obligation');
  const ok = evaluateRule(rule, s, emptyArtifacts(), '2026-06-30', [obligation('done')]);
  assert.equal(check(ok, 'FR-07.response')[0]!.verdict, 'pass');
});

test('FR-07 fails a policy without rights, needs inputs when nothing is given', () => {
  const f = run(rule, subjectWith(), { policy: [policyWith({ purpose: '用于门禁' })] });
  assert.equal(check(f, 'FR-07.channel')[0]!.verdict, 'fail');
  const none = run(rule, subjectWith());
  assert.deepEqual(verdicts(none), ['needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(none, 'FR-07.response')[0]!.missing, ['question:Q-FR07-TIMELY']);
});
