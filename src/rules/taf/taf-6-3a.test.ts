import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-3a.js';
import { appWith, policyWith, run, subjectWith, trafficWith, verdicts } from '../../test-support/fixtures.js';

test('TAF-6.3a passes when the operator says no profiling and the policy promises it', () => {
  const f = run(rule, subjectWith({ scenario: { usedForProfiling: false } }), {
    policy: [policyWith({ 'face-no-sharing': '人脸信息不会用于用户画像或个性化推送。' }, { face: { mentioned: true, profiling: false } })],
  });
  assert.deepEqual(verdicts(f), ['pass']);
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'quote'));
});

test('TAF-6.3a fails on the analyzer\'s face-profiling problem, quoting the sentence', () => {
  const p = policyWith({ personalization: '我们会根据您的面部特征分析年龄性别，为您推荐商品。' }, {
    face: { mentioned: true, profiling: true },
    problems: [{ id: 'face-profiling', message: { zh: '基于人脸信息画像', en: 'profiling from face' }, sentences: [0] }],
  });
  const f = run(rule, subjectWith({ scenario: { usedForProfiling: false } }), { policy: [p] });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'quote' && /面部特征/.test(e.text) && e.start === 0));
});

test('TAF-6.3a fails face data sent to an advertising SDK', () => {
  const app = appWith({ sdks: [{ id: 'adsdk', name: 'AdNet', vendor: 'AdCo', categories: ['ads'], face: false, evidence: [] }] });
  const traffic = trafficWith([{ url: 'https://ads.adco.com/collect', host: 'ads.adco.com', faceData: { detected: true, reason: 'face attributes in body' }, thirdParty: { sdkId: 'adsdk' } }]);
  const f = run(rule, subjectWith({ scenario: { usedForProfiling: false } }), { app: [app], traffic: [traffic] });
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.evidence[0]!.text, /AdNet|adsdk/);
});

test('TAF-6.3a fails labelling persons', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { labelsPersons: true } }))), ['fail']);
});

test('TAF-6.3a needs the fact or a policy statement', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:scenario.usedForProfiling', 'artifact:policy']);
  const silent = run(rule, subjectWith(), { policy: [policyWith({ purpose: '用于登录。' })] });
  assert.deepEqual(verdicts(silent), ['needs-evidence']);
});
