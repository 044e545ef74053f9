// The statistical layer: the committed file is the one the training script makes from the DEV labels, it loads
// and matches its recorded hash, predictions are deterministic, and every tag it adds says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { POLICY_ITEMS } from '../../../core/artifacts.js';
import { corpusDir } from '../../../core/paths.js';
import { analyzePolicyFile, analyzePolicyText } from '../analyze.js';
import { readLabels, splitFiles, labelsDir } from '../evaluate.js';
import type { ModelInput } from './features.js';
import { decodeModel, findFeaturesByHashes, foundFeatures, modelPath, policyModel, scoreInput, scoreInputWithoutKernel, type ModelFile } from './model.js';
import { collectExamples, train } from './train.js';

const raw = readFileSync(modelPath(), 'utf8');
const WHY = /^model:([a-z-]+) (0\.\d\d|1\.00) \((.+)\)$/;

test('the model file loads, is small and matches its recorded sha256', () => {
  const recorded = readFileSync(modelPath().replace(/\.json$/, '.sha256'), 'utf8').split(/\s+/)[0];
  assert.equal(createHash('sha256').update(raw).digest('hex'), recorded);
  assert.ok(Buffer.byteLength(raw) < 3 * 1024 * 1024);
  const m = policyModel();
  assert.ok(m);
  assert.ok(m.items.length > 0 && m.vocab.length > 0);
  for (const it of m.items) {
    assert.ok((POLICY_ITEMS as readonly string[]).includes(it.item));
    assert.ok(it.threshold > 0 && it.threshold < 1);
    assert.ok(it.mode === 'or' || it.mode === 'model');
  }
  assert.throws(() => decodeModel({ ...(JSON.parse(raw) as ModelFile), format: 'other/9' }), /format/);
});

test('predictions are deterministic: same text, same probabilities and tags', () => {
  const text = '二、我们如何收集和使用您的个人信息\n为向您提供账号注册服务，我们会收集您的手机号码。\n您可以在“我的-设置-账号注销”中注销账号。\n';
  const a = analyzePolicyText(text);
  const b = analyzePolicyText(text);
  assert.deepEqual(a.sentences, b.sentences);
  const m1 = policyModel()!;
  const m2 = decodeModel(JSON.parse(raw) as ModelFile);
  const inp = { text: '我们会收集您的手机号码用于注册', section: ['二、我们如何收集和使用'], topic: 'collect-use' as const, tags: [], prevTags: [], eligible: true };
  assert.deepEqual([...scoreInput(m1, inp)], [...scoreInput(m2, inp)]);
});

test('the fast scoring path sees the same features and gives the same probabilities, bit for bit', async () => {
  // findFeatures (1-gram table, headings reused within a section, cached flag rows) against extract's hash list,
  // and the WebAssembly sums against the JavaScript loop, on every sentence of a few corpus policies
  const m = policyModel()!;
  assert.ok(m.kernel, 'WebAssembly SIMD is available on Node 20');
  let sentences = 0;
  for (const file of ['appch-360-com.duoduo.opera.txt', 'appch-360-cn.ecook.jiachangcai.txt', 'appch-360-cn.com.yaan.txt']) {
    let inputs: ModelInput[] = [];
    await analyzePolicyFile(corpusDir('policies', file), { model: false, onModelInputs: (x) => (inputs = x) });
    for (const inp of inputs) {
      const fast = foundFeatures(m, inp);
      const ref = findFeaturesByHashes(m, inp);
      assert.deepEqual([...fast.rows], [...ref.rows], inp.text);
      assert.deepEqual([...fast.values], [...ref.values], inp.text);
      const a = [...scoreInput(m, inp)];
      const b = [...scoreInputWithoutKernel(m, inp)];
      assert.ok(a.every((p, k) => Object.is(p, b[k])), inp.text);
      sentences++;
    }
  }
  assert.ok(sentences > 300);
  // a sentence longer than the kernel takes falls back to the loop, same result
  const long = { text: '我们会收集您的手机号码用于注册。'.repeat(400), section: ['二、我们如何收集和使用'], topic: undefined, tags: [], prevTags: [], eligible: true };
  assert.deepEqual([...scoreInput(m, long)], [...scoreInputWithoutKernel(m, long)]);
});

test('the kernel sums any item count in one pass, bit for bit as the JavaScript loop', async () => {
  // models made from the committed one by picking item columns (repeats allowed): odd and even counts up to 30
  const file = JSON.parse(raw) as ModelFile;
  const K = file.items.length;
  const wb = Buffer.from(file.weights, 'base64');
  const pick = (cols: number[]): ModelFile => {
    const out = Buffer.alloc(file.vocab.length * cols.length * 2);
    for (let f = 0; f < file.vocab.length; f++) cols.forEach((k, j) => out.writeInt16LE(wb.readInt16LE((f * K + k) * 2), (f * cols.length + j) * 2));
    return { ...file, items: cols.map((k) => file.items[k]!), weights: out.toString('base64') };
  };
  let inputs: ModelInput[] = [];
  await analyzePolicyFile(corpusDir('policies', 'appch-360-cn.com.yaan.txt'), { model: false, onModelInputs: (x) => (inputs = x) });
  for (const n of [1, 2, 7, 9, 16, 17, 30]) {
    const m = decodeModel(pick(Array.from({ length: n }, (_, j) => (j * 5 + 3) % K)));
    assert.ok(m.kernel);
    for (const inp of inputs) {
      const a = [...scoreInput(m, inp)];
      const b = [...scoreInputWithoutKernel(m, inp)];
      assert.equal(a.length, n);
      assert.ok(a.every((p, k) => Object.is(p, b[k])), `${n} items: ${inp.text}`);
    }
  }
  // the picked columns score as the full model's: column j of the 7-item model is item (5j + 3) mod K
  const full = policyModel()!;
  const m7 = decodeModel(pick(Array.from({ length: 7 }, (_, j) => (j * 5 + 3) % K)));
  const inp = inputs.find((x) => x.eligible)!;
  const pf = [...scoreInput(full, inp)];
  assert.deepEqual([...scoreInput(m7, inp)], Array.from({ length: 7 }, (_, j) => pf[(j * 5 + 3) % K]));
  assert.throws(() => decodeModel(pick(Array.from({ length: 31 }, (_, j) => j % K))), /30 items/);
});

test('a sentence tagged by the model carries a why naming the item, its probability and the top features', async () => {
  const a = await analyzePolicyFile(corpusDir('policies', 'appch-360-com.duoduo.opera.txt'));
  const byModel = a.sentences.flatMap((s) => Object.entries(s.why ?? {}).filter(([, w]) => w.startsWith('model:')).map(([item, w]) => ({ s, item, w })));
  assert.ok(byModel.length > 0, 'the model tags something in a real policy');
  const items = new Set(policyModel()!.items.map((i) => i.item as string));
  for (const { s, item, w } of byModel) {
    const m = WHY.exec(w);
    assert.ok(m, w);
    assert.equal(m[1], item);
    assert.ok(items.has(item));
    assert.ok(s.tags.includes(item as (typeof POLICY_ITEMS)[number]));
    assert.ok(Number(m[2]) >= policyModel()!.items.find((i) => i.item === item)!.threshold - 0.005);
  }
  // every tag says why, model or pattern
  for (const s of a.sentences) for (const t of s.tags) assert.ok(s.why?.[t], `${t} without why: ${s.text}`);
  // with the model off only pattern names remain
  const p = await analyzePolicyFile(corpusDir('policies', 'appch-360-com.duoduo.opera.txt'), { model: false });
  assert.ok(p.sentences.every((s) => Object.values(s.why ?? {}).every((w) => !w.startsWith('model:'))));
});

test('the training script reproduces the committed model byte for byte from the DEV labels', async () => {
  const set = await collectExamples(readLabels(labelsDir(), splitFiles('dev')), corpusDir('policies'));
  assert.equal(set.files.length, 58);
  const r = train(set);
  assert.equal(r.json, raw);
});
