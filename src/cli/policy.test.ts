import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../core/paths.js';
import { tempDir } from '../collectors/policy/test-fixtures.js';
import { policyCommand, policyDiffCommand } from './policy.js';

test('policy command: JSON for good input, exit 0', async () => {
  const r = await policyCommand([corpusDir('policies', 'drun-face-id-rules.md')], { format: 'json' });
  assert.equal(r.exitCode, 0);
  assert.equal(JSON.parse(r.output).policies[0].items['face-info'].present, true);
});

test('policy command: unusable input gives exit code 2 and names the reason; the rest is still reported', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = await policyCommand([join(dir, 'empty.txt'), corpusDir('policies', 'drun-face-id-rules.md')], { format: 'md' });
  assert.equal(r.exitCode, 2);
  assert.match(r.output, /empty\.txt` \(empty\)/);
  assert.match(r.output, /人脸信息处理规则|drun-face-id-rules/);
});

test('policy diff command: markdown report, exit 2 when a side is unusable', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'old.txt'), '隐私政策\n我们会收集您的手机号码，用于注册。');
  writeFileSync(join(dir, 'new.txt'), '隐私政策\n我们会收集您的手机号码，用于注册。\n我们会采集您的人脸图像，用于身份核验。');
  const r = await policyDiffCommand(join(dir, 'old.txt'), join(dir, 'new.txt'), { format: 'md' });
  assert.equal(r.exitCode, 0);
  assert.match(r.output, /face-info` \| 新增 added/);
  const bad = await policyDiffCommand(join(dir, 'missing.txt'), join(dir, 'new.txt'));
  assert.equal(bad.exitCode, 2);
  assert.match(bad.output, /cannot open/);
});
