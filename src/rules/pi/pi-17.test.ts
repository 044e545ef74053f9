import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-17.js';
import { appWith, check, policyFromSentences, run, subjectWith, verdicts, statementHint } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const adsApp = appWith({ sdks: [{ id: 'pangle', name: 'Pangle', vendor: 'ByteDance', categories: ['ads'], face: false, evidence: ['package com.bytedance.sdk.openadsdk'] }] });

test('PI-17 passes disclosure, a switch, tag deletion and a tested stop', () => {
  const policy = policyFromSentences([
    ['我们会根据您的浏览记录向您进行个性化推荐和广告推送。', ['personalization']],
    ['您可在“设置-隐私-个性化推荐”中关闭个性化推荐。', ['withdraw-consent']],
    ['您可在“我的-兴趣标签”中删除个人标签。', ['rights']],
  ], { statements: [statementHint('personalization-use', [0]), statementHint('personalization-off', [1]), statementHint('tag-deletion', [2])] });
  const f = run(rule, subjectWith({ scenario: { setting: 'mobile-app' }, answers: { 'Q-PI17-OFF-STOPS-COLLECTION': 'yes' }, evidence: [{ kind: 'test-report', path: 'off-test.pdf' }] }), { app: [adsApp], policy: [policy] });
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass']);
});

test('PI-17 fails an advertising SDK the policy does not explain, with no switch', () => {
  const policy = policyFromSentences([['我们收集手机号用于登录。', ['purpose']]]);
  const f = run(rule, subjectWith({ scenario: { setting: 'mobile-app' } }), { app: [adsApp], policy: [policy] });
  const d = check(f, 'PI-17.disclosure')[0]!;
  assert.equal(d.verdict, 'fail');
  assert.match(d.evidence[0]!.text, /Pangle/);
  assert.equal(v(f, 'PI-17.switch-off'), 'fail');
  assert.equal(v(f, 'PI-17.tag-deletion'), 'needs-evidence');
});

test('PI-17 fails the Putuo supermarkets labelling shoppers as suspected thieves without consent', () => {
  const s = subjectWith({ scenario: { setting: 'offline-venue', sector: 'retail', labelsPersons: true, consent: 'none', usedForProfiling: true } });
  const f = run(rule, s);
  const l = check(f, 'PI-17.labels')[0]!;
  assert.equal(l.verdict, 'fail');
  assert.deepEqual(l.evidence.map((e) => e.location), ['scenario[s1].labelsPersons', 'scenario[s1].consent']);
  assert.deepEqual(check(f, 'PI-17.disclosure')[0]!.missing, ['artifact:policy']);
});

test('PI-17 is not applicable without any sign of profiling, and needs inputs when unknown', () => {
  const none = run(rule, subjectWith({ scenario: { setting: 'mobile-app', usedForProfiling: false } }), { app: [appWith()], policy: [policyFromSentences([['我们收集手机号用于登录。', ['purpose']]])] });
  assert.deepEqual(verdicts(none), ['not-applicable']);
  const unknown = run(rule, subjectWith({ scenario: { setting: 'mobile-app' } }));
  assert.deepEqual(unknown[0]!.missing, ['fact:scenario.usedForProfiling', 'artifact:app', 'artifact:policy']);
});
