// The statistical layer next to the patterns: one logistic regression per item over the features of
// features.ts, trained on the DEV labels by scripts/train-policy-model.mjs. Per item the file says how it
// combines with the patterns (chosen by cross-validation inside DEV):
//   'or'    — tag when a pattern fired or the model's probability reaches the item's threshold;
//   'model' — tag when the probability reaches the threshold (the pattern result is one of its features);
//             a pattern hit is removed only when the probability is below `keep` (≤ threshold), and a hit of
//             one of the item's 'sure' patterns (precision ≥ 0.9 on DEV) always stands. Both chosen by the
//             training script's cross-validation inside DEV.
// A tag the model adds records `model:<item> <probability> (<top features>)` in `why`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_ITEMS, type PolicyItemId, type PolicySentence } from '../../../core/artifacts.js';
import { projectRoot } from '../../../core/paths.js';
import { extract, HASHES, VALUES, type ModelInput } from './features.js';

export const MODEL_FORMAT = 'faceaudit-policy-model/1';

export interface ModelItem {
  item: PolicyItemId;
  mode: 'or' | 'model';
  threshold: number;
  /** 'model' mode: a pattern hit is removed only below this probability (absent: the threshold). */
  keep?: number;
  /** 'model' mode: names of the patterns whose hits the model cannot remove. */
  sure?: string[];
  bias: number;
  /** Weights are stored as Int16 × scale. */
  scale: number;
}

/** The JSON file as written by the training script. */
export interface ModelFile {
  format: string;
  comment: string;
  params: Record<string, number>;
  items: ModelItem[];
  /** Feature names, in the order of `hashes` and of the weight rows. */
  vocab: string[];
  /** base64 of the little-endian Uint32 feature hashes. */
  hashes: string;
  /** base64 of little-endian Int16 weights, row per feature, column per item. */
  weights: string;
  /** Cross-validation record per item (DEV, by file folds): pattern-only vs chosen combination. */
  cv: Record<string, unknown>;
}

export interface LoadedModel {
  items: ModelItem[];
  vocab: string[];
  /**
   * Open addressing over the feature hashes (linear probing, load ≤ 0.25 so a miss — most n-grams — usually ends
   * at the first slot): `keys` holds the hash, `rows` its weight row, -1 for an empty slot. An empty slot's key is
   * `empty`, a value that is no feature's hash, so a probe reads only `keys` until it finds the hash or `empty`.
   */
  keys: Int32Array;
  rows: Int32Array;
  empty: number;
  mask: number;
  /** Dequantised weights, one row of `stride` (items rounded up to 8, padding 0) per feature. */
  w: Float32Array;
  stride: number;
  /** Per item (in `items` order), its sure patterns. */
  sure: Set<string>[];
}

export function modelPath(): string {
  return join(projectRoot(), 'src', 'collectors', 'policy', 'model', 'policy-model.json');
}

export function decodeModel(file: ModelFile): LoadedModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`policy model: format ${file.format}, expected ${MODEL_FORMAT}`);
  const hb = Buffer.from(file.hashes, 'base64');
  const wb = Buffer.from(file.weights, 'base64');
  const F = file.vocab.length;
  const K = file.items.length;
  if (hb.length !== F * 4 || wb.length !== F * K * 2) throw new Error('policy model: hashes or weights do not match the vocabulary size');
  const hashes = new Int32Array(F);
  for (let f = 0; f < F; f++) hashes[f] = hb.readInt32LE(f * 4); // Int32 view of the Uint32 hash, as features.ts hands it out
  let empty = 0;
  while (hashes.includes(empty)) empty++;
  let size = 1;
  while (size * 0.25 < F) size <<= 1;
  const keys = new Int32Array(size).fill(empty);
  const rows = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let f = 0; f < F; f++) {
    const h = hashes[f]!;
    let i = h & mask;
    while (rows[i] !== -1) i = (i + 1) & mask;
    keys[i] = h;
    rows[i] = f;
  }
  const stride = (K + 7) & ~7;
  const w = new Float32Array(F * stride);
  for (let f = 0; f < F; f++) for (let k = 0; k < K; k++) w[f * stride + k] = wb.readInt16LE((f * K + k) * 2) * file.items[k]!.scale;
  return { items: file.items, vocab: file.vocab, keys, rows, empty, mask, w, stride, sure: file.items.map((it) => new Set(it.sure ?? [])) };
}

const ORDER = new Map<PolicyItemId, number>(POLICY_ITEMS.map((id, i) => [id, i]));

let loaded: LoadedModel | null | undefined;

/** The committed model, read once on first use; null when the file is absent (the patterns then work alone). */
export function policyModel(): LoadedModel | null {
  if (loaded === undefined) {
    let raw: string;
    try {
      raw = readFileSync(modelPath(), 'utf8');
    } catch {
      return (loaded = null);
    }
    loaded = decodeModel(JSON.parse(raw) as ModelFile);
  }
  return loaded;
}

// rows and values found by the last scoreInput, for explanations without a second lookup
let found = new Int32Array(4096);
let foundValues = new Float64Array(4096);
let foundCount = 0;
const sums = new Float64Array(8);

/** Probabilities per model item (in `m.items` order) for the sentence. */
export function scoreInput(m: LoadedModel, inp: ModelInput, out = new Float64Array(m.items.length)): Float64Array {
  const n = extract(inp);
  if (found.length < n) {
    found = new Int32Array(n * 2);
    foundValues = new Float64Array(n * 2);
  }
  const { keys, rows, empty, mask } = m;
  // locals, not the module bindings, inside the loops (V8 keeps them in registers)
  const H = HASHES;
  const V = VALUES;
  const fr = found;
  const fv = foundValues;
  let c = 0;
  for (let j = 0; j < n; j++) {
    const h = H[j]!;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const key = keys[i]!;
      if (key === h) {
        const f = rows[i]!;
        if (f >= 0) {
          fr[c] = f;
          fv[c++] = V[j]!;
        }
        break;
      }
      if (key === empty) break;
    }
  }
  foundCount = c;
  // score = bias + Σ value × weight in feature order (the same sums, bit for bit, as one feature at a time);
  // eight items per pass so that each found row is read once per pass and the sums stay in registers
  const K = m.items.length;
  const S = m.stride;
  const w = m.w;
  const bias = (k: number) => (k < K ? m.items[k]!.bias : 0);
  for (let g = 0; g < K; g += 8) {
    let a0 = bias(g), a1 = bias(g + 1), a2 = bias(g + 2), a3 = bias(g + 3);
    let a4 = bias(g + 4), a5 = bias(g + 5), a6 = bias(g + 6), a7 = bias(g + 7);
    for (let j = 0; j < c; j++) {
      const v = fv[j]!;
      const b = fr[j]! * S + g;
      a0 += v * w[b]!;
      a1 += v * w[b + 1]!;
      a2 += v * w[b + 2]!;
      a3 += v * w[b + 3]!;
      a4 += v * w[b + 4]!;
      a5 += v * w[b + 5]!;
      a6 += v * w[b + 6]!;
      a7 += v * w[b + 7]!;
    }
    sums[0] = a0;
    sums[1] = a1;
    sums[2] = a2;
    sums[3] = a3;
    sums[4] = a4;
    sums[5] = a5;
    sums[6] = a6;
    sums[7] = a7;
    for (let k = g; k < K && k < g + 8; k++) out[k] = 1 / (1 + Math.exp(-sums[k - g]!));
  }
  return out;
}

// per-row sums of one item's contributions (topFeatures): rows touched in this call have stamp === epoch
let acc = new Float64Array(0);
let stamp = new Int32Array(0);
let touched = new Int32Array(0);
let epoch = 0;

/** The features that pushed item k up the most in the sentence last scored, by name (repeats summed). */
export function topFeatures(m: LoadedModel, k: number, n = 3): string[] {
  const F = m.vocab.length;
  if (acc.length < F) {
    acc = new Float64Array(F);
    stamp = new Int32Array(F);
    touched = new Int32Array(F);
    epoch = 0;
  }
  if (++epoch === 0x7fffffff) {
    stamp.fill(0);
    epoch = 1;
  }
  let u = 0;
  for (let j = 0; j < foundCount; j++) {
    const f = found[j]!;
    const x = foundValues[j]! * m.w[f * m.stride + k]!;
    if (stamp[f] !== epoch) {
      stamp[f] = epoch;
      acc[f] = 0 + x;
      touched[u++] = f;
    } else acc[f] = acc[f]! + x;
  }
  const top: [number, number][] = [];
  for (let t = 0; t < u; t++) {
    const f = touched[t]!;
    const v = acc[f]!;
    if (v <= 0) continue;
    // keep the n largest (ties: lower row first), insertion into a short list
    let i = top.length;
    while (i > 0 && (top[i - 1]![1] < v || (top[i - 1]![1] === v && top[i - 1]![0] > f))) i--;
    if (i < n) {
      top.splice(i, 0, [f, v]);
      if (top.length > n) top.pop();
    }
  }
  return top.map(([f]) => m.vocab[f]!);
}

/**
 * Applies the model to the sentences (tags from the patterns already set), in place. `inputs[i]` belongs to
 * `sentences[i]`. Items the model does not cover keep their pattern tags; so do hits of an item's sure patterns
 * and hits the model doubts only mildly (probability ≥ keep); their `why` stays the pattern's name.
 */
export function applyModel(m: LoadedModel, inputs: ModelInput[], sentences: PolicySentence[]): void {
  const p = new Float64Array(m.items.length);
  for (let i = 0; i < inputs.length; i++) {
    const inp = inputs[i]!;
    if (!inp.eligible) continue;
    const s = sentences[i]!;
    scoreInput(m, inp, p);
    let changed = false;
    for (let k = 0; k < m.items.length; k++) {
      const it = m.items[k]!;
      const has = s.tags.length !== 0 && s.tags.includes(it.item);
      const hit = p[k]! >= it.threshold;
      if (has && !hit && it.mode === 'model' && p[k]! < (it.keep ?? it.threshold) && !m.sure[k]!.has(s.why?.[it.item] ?? '')) {
        s.tags = s.tags.filter((t) => t !== it.item);
        if (s.why) delete s.why[it.item];
        changed = true;
      } else if (!has && hit) {
        changed = true;
        s.tags.push(it.item);
        (s.why ??= {})[it.item] = `model:${it.item} ${p[k]!.toFixed(2)} (${topFeatures(m, k).join(', ')})`;
      }
    }
    if (!changed) continue;
    s.tags.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
    if (s.why && !s.tags.length) delete s.why;
  }
}
