import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { analyzeApp } from './analyze.js';
import { analyzeFiles, analyzeFolder, listPackageFiles } from './batch.js';
import { tempDir } from './testzip.js';

test('a folder is analysed in two worker threads, results in folder order, same as one by one', { timeout: 120_000 }, async () => {
  const dir = corpusDir('apps');
  const files = listPackageFiles(dir);
  assert.ok(files.length >= 12, `${files.length} files`);
  const seen: number[] = [];
  const results = await analyzeFolder(dir, { workers: 2, onResult: (_r, done) => seen.push(done) });
  assert.deepEqual(seen, files.map((_, i) => i + 1));
  assert.deepEqual(results.map((r) => r.file), files);
  for (const r of results) assert.ok(r.artifact, `${r.file}: ${r.error?.message}`);
  const alone = await analyzeApp(files[files.length - 1]!);
  assert.deepEqual(results[results.length - 1]!.artifact, alone);
});

test('bad files in a batch carry their error; the others still succeed', async () => {
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, 'a.apk'), 'not a zip');
    const results = await analyzeFiles([join(t.dir, 'a.apk'), join(corpusDir('apps'), 'androguard-multidex.apk')], { workers: 2 });
    assert.equal(results[0]!.error?.code, 'not-a-package');
    assert.equal(results[1]!.artifact?.classCount, 2);
  } finally {
    t.done();
  }
});

test('an unreadable folder is a clear error', () => {
  assert.throws(() => listPackageFiles('/nonexistent/folder'), /cannot list the folder/);
});
