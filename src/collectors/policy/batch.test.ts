import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBatch, listPolicyFiles } from './batch.js';
import { tempDir } from './test-fixtures.js';

test('batch: folders are walked, each file yields an artifact or its input error, progress is reported', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), '隐私政策\n我们会收集您的手机号码，用于注册账号。');
  writeFileSync(join(dir, 'sub', 'b.md'), '# 个人信息处理规则\n我们不会共享您的个人信息。');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.jpg'), 'not a policy');
  const files = await listPolicyFiles([dir, join(dir, 'missing.txt')]);
  assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), ['a.txt', 'empty.txt', 'sub/b.md', 'missing.txt']);
  const progress: number[] = [];
  const out: string[] = [];
  for await (const r of analyzeBatch(files, { onProgress: (done) => progress.push(done) })) {
    out.push('artifact' in r ? `ok ${r.artifact.sentences.length}` : `error ${r.error.problem}`);
  }
  assert.deepEqual(out, ['ok 2', 'error empty', 'ok 2', 'error not-found']);
  assert.deepEqual(progress, [1, 2, 3, 4]);
});
