// The quality gate: when hand labels exist in labels/policies/, per-item F1 must stay at or above the
// floors in labels/policies/floors.json. The sanity test checks the arithmetic on labels made here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_ITEMS, type PolicyItemId } from '../../core/artifacts.js';
import { analyzePolicyText } from './analyze.js';
import { computeSplit, extendSplit, countFile, evaluate, labelFileNames, labelsDir, overlapMatch, readLabels, readSplit, score } from './evaluate.js';
import { tempDir } from './test-fixtures.js';

const labels = readLabels();

test('DEV/HELD-OUT split: the first split is deterministic; later label files join DEV; held-out stays frozen', () => {
  // the labels are committed: their absence is a failure, not a skip
  assert.ok(labels.length >= 72, `${labels.length} label files in labels/policies/`);
  const names = labelFileNames();
  const saved = readSplit();
  // split.json partitions the label files exactly.
  assert.deepEqual([...saved.dev, ...saved.heldout].sort(), names);
  assert.equal(new Set([...saved.dev, ...saved.heldout]).size, names.length);
  // Rewriting it keeps it as it is (held-out frozen, nothing reshuffled).
  assert.deepEqual(extendSplit(names, saved), { dev: [...saved.dev].sort(), heldout: [...saved.heldout].sort() });
  // The first split: sha256 order, two thirds DEV, independent of input order.
  const first = [...saved.heldout, ...saved.dev.slice(0, 28)];
  const a = computeSplit(first);
  assert.deepEqual(computeSplit([...first].reverse()), a);
  assert.equal(a.dev.length, Math.round((first.length * 2) / 3));
  // A new label file joins DEV.
  assert.ok(extendSplit([...names, 'appch-new.txt.json'], saved).dev.includes('appch-new.txt.json'));
});

test('floors.json names every item with a floor between 0 and 1', () => {
  const floors = JSON.parse(readFileSync(join(labelsDir(), 'floors.json'), 'utf8')) as { f1: Record<string, number>; files: Record<string, number> };
  for (const kind of [floors.f1, floors.files]) {
    assert.deepEqual(Object.keys(kind).sort(), [...POLICY_ITEMS].sort());
    for (const v of Object.values(kind)) assert.ok(v >= 0 && v <= 1);
  }
});

test('hand-labelled policies: per-item F1, by sentence and by file, stays at or above its floor', async () => {
  assert.ok(labels.length >= 72, `${labels.length} label files in labels/policies/`);
  const floors = JSON.parse(readFileSync(join(labelsDir(), 'floors.json'), 'utf8')) as { f1: Record<PolicyItemId, number>; files: Record<PolicyItemId, number> };
  const e = await evaluate();
  const below = e.items.filter((s) => s.f1 !== null && s.f1 < (floors.f1[s.item] ?? 0)).map((s) => `${s.item} F1 ${s.f1!.toFixed(3)} < ${floors.f1[s.item]}`);
  // file level: is the item present in the policy at all (what the rules read)
  const filesBelow = e.items
    .filter((s) => s.files.f1 !== null && s.files.f1 < (floors.files[s.item] ?? 0))
    .map((s) => `${s.item} file-level F1 ${s.files.f1!.toFixed(3)} < ${floors.files[s.item]}`);
  assert.deepEqual([...below, ...filesBelow], []);
});

test('harness sanity: overlap matching and per-item precision/recall on labels written here', async () => {
  assert.ok(overlapMatch({ start: 0, end: 10 }, { start: 2, end: 8 }));
  assert.ok(!overlapMatch({ start: 0, end: 10 }, { start: 8, end: 20 }));
  assert.deepEqual(score({ gold: 4, found: 3, predicted: 6, correct: 3 }), { precision: 0.5, recall: 0.75, f1: 0.6 });
  assert.deepEqual(score({ gold: 0, found: 0, predicted: 2, correct: 0 }), { precision: 0, recall: null, f1: null });

  const text = '我们会收集您的手机号码，用于注册。\n我们不会与第三方共享您的个人信息。\n本政策更新日期：2024年1月1日。\n';
  const a = analyzePolicyText(text, 'x.txt');
  const span = (f: string) => ({ start: text.indexOf(f), end: text.indexOf(f) + f.length });
  const label = {
    file: 'x.txt',
    sentences: [
      { ...span('我们会收集您的手机号码，用于注册。'), tags: ['data-types', 'purpose'] as PolicyItemId[] },
      { ...span('我们不会与第三方共享您的个人信息。'), tags: ['third-party-sharing', 'rights'] as PolicyItemId[] },
    ],
  };
  const c = countFile(label, a);
  assert.deepEqual(c['data-types'], { gold: 1, found: 1, predicted: 1, correct: 1 });
  assert.deepEqual(c.rights, { gold: 1, found: 0, predicted: 0, correct: 0 });
  assert.deepEqual(c['policy-update'], { gold: 0, found: 0, predicted: 1, correct: 0 });
  assert.throws(() => countFile({ file: 'x.txt', sentences: [{ start: 0, end: 10_000, tags: [] }] }, a), /outside the clean text/);

  // the whole harness over a label folder and a corpus folder made here
  const dir = tempDir();
  writeFileSync(join(dir, 'x.txt'), text);
  writeFileSync(join(dir, 'x.json'), JSON.stringify(label));
  const e = await evaluate(dir, dir);
  const rights = e.items.find((s) => s.item === 'rights')!;
  assert.equal(rights.recall, 0);
  const dt = e.items.find((s) => s.item === 'data-types')!;
  assert.equal(dt.f1, 1);
  // file level: rights is labelled in the file but not present in the artifact; policy-update the other way round
  assert.deepEqual(rights.files, { gold: 1, predicted: 0, correct: 0, precision: null, recall: 0, f1: 0 });
  assert.deepEqual(e.items.find((s) => s.item === 'policy-update')!.files, { gold: 0, predicted: 1, correct: 0, precision: 0, recall: null, f1: null });
  assert.equal(dt.files.f1, 1);
  assert.ok(existsSync(join(dir, 'x.json')));
});
