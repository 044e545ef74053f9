import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePolicyText } from './analyze.js';
import { diffPolicies } from './diff.js';

const OLD = '更新日期：2023年1月1日\n我们会收集您的手机号码，用于注册账号。\n我们不会与第三方共享您的个人信息。';
const NEW_ = '更新日期：2024年6月1日\n我们会收集您的手机号码和位置信息，用于注册账号和推荐附近门店。\n我们会采集您的人脸图像，用于身份核验。';

test('diff: items added, removed and changed, with the sentences', () => {
  const d = diffPolicies(analyzePolicyText(OLD, 'old.txt'), analyzePolicyText(NEW_, 'new.txt'));
  const change = (id: string) => d.items.find((c) => c.item === id)?.change;
  assert.equal(change('face-info'), 'added');
  assert.equal(change('third-party-sharing'), 'removed');
  assert.equal(change('data-types'), 'changed');
  assert.equal(change('policy-update'), 'changed');
  assert.deepEqual(d.items.find((c) => c.item === 'face-info')?.addedSentences, ['我们会采集您的人脸图像，用于身份核验。']);
  assert.ok(d.facts.some((f) => f.fact === 'updatedDate' && f.before === '2023-01-01' && f.after === '2024-06-01'));
  assert.equal(d.undatedChange, false);
});

test('diff: a content change without a new date is flagged; identical texts have no changes', () => {
  const d = diffPolicies(analyzePolicyText(OLD), analyzePolicyText(OLD.replace('手机号码', '手机号码和通讯录')));
  assert.equal(d.undatedChange, true);
  const same = diffPolicies(analyzePolicyText(OLD), analyzePolicyText(OLD));
  assert.deepEqual(same.items, []);
  assert.deepEqual(same.facts, []);
});
