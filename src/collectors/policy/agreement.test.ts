import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/paths.js';
import { agreement, agreementTable } from './agreement.js';
import { readLabels, readSplit } from './evaluate.js';
import { tempDir } from './test-fixtures.js';

const TEXT = '我们会收集您的手机号码，用于注册。\n我们不会与第三方共享您的个人信息。\n如有疑问请致电400-800-1234。\n';
const span = (f: string) => ({ start: TEXT.indexOf(f), end: TEXT.indexOf(f) + f.length });

test('agreement: two annotators counted against each other by sentence and by file, and the analyzer against each', async () => {
  const root = tempDir();
  const first = join(root, 'first');
  const second = join(root, 'second');
  mkdirSync(first);
  mkdirSync(second);
  writeFileSync(join(root, 'x.txt'), TEXT);
  const label = (sentences: object[]) => JSON.stringify({ file: 'x.txt', sentences });
  writeFileSync(
    join(first, 'x.txt.json'),
    label([
      { ...span('我们会收集您的手机号码，用于注册。'), tags: ['data-types', 'purpose'] },
      { ...span('如有疑问请致电400-800-1234。'), tags: ['controller-contact'] },
    ]),
  );
  // the second annotator agrees on data-types, misses purpose, and adds sharing
  writeFileSync(
    join(second, 'x.txt.json'),
    label([
      { ...span('我们会收集您的手机号码，用于注册。'), tags: ['data-types'] },
      { ...span('我们不会与第三方共享您的个人信息。'), tags: ['third-party-sharing'] },
      { ...span('如有疑问请致电400-800-1234。'), tags: ['controller-contact'] },
    ]),
  );
  const a = await agreement(second, first, root);
  const humans = a.comparisons[0]!;
  const item = (id: string) => humans.items.find((s) => s.item === id)!;
  assert.equal(item('data-types').f1, 1);
  assert.equal(item('purpose').recall, 0);
  assert.equal(item('third-party-sharing').precision, 0);
  assert.equal(item('third-party-sharing').files.f1, null); // the first annotator never has it
  // micro: 2 of 3 reference sentence-tags found, 2 of 3 compared sentence-tags right
  assert.ok(Math.abs(humans.micro.f1! - 2 / 3) < 1e-9);
  assert.equal(a.comparisons.length, 3);
  assert.match(agreementTable(a), /1 policies labelled by both annotators/);

  // a second-annotator file without a first-annotator file is an error, not a silent skip
  writeFileSync(join(second, 'y.txt.json'), JSON.stringify({ file: 'y.txt', sentences: [] }));
  await assert.rejects(agreement(second, first, root), /no first-annotator labels for y\.txt/);
});

test('the committed second annotation covers only DEV files that have first labels', () => {
  const dir = join(projectRoot(), 'labels', 'agreement');
  const second = readLabels(dir);
  assert.ok(second.length >= 10);
  const split = readLabels(join(projectRoot(), 'labels', 'policies'));
  const names = new Set(split.map((l) => l.file));
  const held = new Set(readSplit().heldout);
  for (const s of second) {
    assert.ok(names.has(s.file), `${s.file} has no first labels`);
    assert.ok(!held.has(`${s.file}.json`), `${s.file} is HELD-OUT: a second annotation must not read held-out files`);
  }
});
