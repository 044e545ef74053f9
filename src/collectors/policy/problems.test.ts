import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyItemId } from '../../core/artifacts.js';
import { analyzePolicyText } from './analyze.js';

const ids = (text: string) => analyzePolicyText(text).problems.map((p) => p.id);

test('face information used for profiling is a problem, a promise not to is not', () => {
  assert.ok(ids('我们会根据您的人脸信息为您进行用户画像并推送个性化广告。').includes('face-profiling'));
  assert.ok(!ids('我们不会将人脸信息用于用户画像或个性化推送。').includes('face-profiling'));
});

test('deletion only on site, or only with exact history, is an unreasonable condition', () => {
  assert.ok(ids('如需注销账号，您需要本人携带身份证原件前往我们的营业网点办理。').includes('deletion-on-site-only'));
  assert.ok(ids('您可以在“我的-设置”中在线注销账号。').every((p) => p !== 'deletion-on-site-only'));
  // in its section, as policies write it: without context the statistical layer doubts that it is a rights sentence
  assert.ok(ids('五、您的权利\n申请删除您的个人信息时，您需要提供准确的历史交易记录以便我们核实身份。').includes('deletion-exact-history'));
});

test('vague purposes are flagged', () => {
  assert.ok(ids('我们收集您的设备信息，用于其他相关用途。').includes('vague-purpose'));
  assert.ok(!ids('我们收集您的手机号码，用于注册账号。').includes('vague-purpose'));
});

test('minors addressed without under-14 rules', () => {
  assert.ok(ids('我们非常重视对未成年人个人信息的保护。').includes('minors-without-rules'));
  assert.ok(!ids('若您是不满十四周岁的儿童，须在监护人同意后使用本服务。').includes('minors-without-rules'));
});

test('contradictions: face information said to be not stored and kept for a period', () => {
  const p = analyzePolicyText('我们不会存储您的人脸图像。\n您的人脸信息将保存3年。').problems;
  assert.ok(p.some((x) => x.id === 'contradiction' && x.sentences.length === 2));
});

test('missing items are listed; face items are required only when face information is mentioned', () => {
  const p = analyzePolicyText('我们会收集您的手机号码，用于注册账号。').problems.find((x) => x.id === 'missing-items')!;
  assert.match(p.message.en, /controller-identity/);
  assert.doesNotMatch(p.message.en, /face-retention/);
  const q = analyzePolicyText('我们会采集您的人脸图像，用于身份核验。').problems.find((x) => x.id === 'missing-items')!;
  assert.match(q.message.en, /face-retention/);
});

test('deletion hints read the pattern hits too: a rights tag the statistical layer dropped still counts', async () => {
  const { findProblems } = await import('./problems.js');
  const a = analyzePolicyText('如需注销账号，您需要本人携带身份证原件前往我们的营业网点办理。');
  const bare = a.sentences.map((s) => ({ ...s, tags: [] }));
  const found = (patternTags: PolicyItemId[][]) => findProblems(bare, a.items, a.facts, patternTags).some((p) => p.id === 'deletion-on-site-only');
  assert.ok(found([['rights']]));
  assert.ok(!found([[]]), 'neither the final tags nor the patterns say it is a rights sentence');
});
