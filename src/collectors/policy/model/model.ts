// The statistical layer next to the patterns: one logistic regression per item over the features of
// features.ts, trained on the DEV labels by scripts/train-policy-model.mjs. Per item the file says how it
// combines with the patterns (chosen by cross-validation inside DEV):
//   'or'    — tag when a pattern fired or the model's probability reaches the item's threshold;
//   'model' — tag when the probability reaches the threshold (the pattern result is one of its features).
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
  /** Open addressing, pairs (hash, row + 1) side by side so a probe reads one cache line; row + 1 = 0 is empty. */
  table: Int32Array;
  mask: number;
  /** Dequantised weights, one row of `stride` (items rounded up to 8) per feature. */
  w: Float32Array;
  stride: number;
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
  // load ≤ 0.25: most n-grams are not in the vocabulary, and a miss then ends at the first empty slot
  let size = 1;
  while (size * 0.25 < F) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  for (let f = 0; f < F; f++) {
    const h = hb.readUInt32LE(f * 4);
    let i = h & mask;
    while (table[i * 2 + 1] !== 0) i = (i + 1) & mask;
    table[i * 2] = h | 0;  // Int32 view of the Uint32 hash, as features.ts hands it out
    table[i * 2 + 1] = f + 1;
  }
  const stride = (K + 7) & ~7;
  const w = new Float32Array(F * stride);
  for (let f = 0; f < F; f++) for (let k = 0; k < K; k++) w[f * stride + k] = wb.readInt16LE((f * K + k) * 2) * file.items[k]!.scale;
  return { items: file.items, vocab: file.vocab, table, mask, w, stride };
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

function row(m: LoadedModel, h: number): number {
  const t = m.table;
  const key = h;
  let i = h & m.mask;
  for (;;) {
    const f = t[i * 2 + 1]!;
    if (f === 0) return -1;
    if (t[i * 2] === key) return f - 1;
    i = (i + 1) & m.mask;
  }
}

// rows and values found by the last scoreInput, for explanations without a second lookup
let found = new Int32Array(4096);
let foundValues = new Float64Array(4096);
let foundCount = 0;

/** Probabilities per model item (in `m.items` order) for the sentence. */
export function scoreInput(m: LoadedModel, inp: ModelInput, out = new Float64Array(m.items.length)): Float64Array {
  const K = m.items.length;
  const S = m.stride;
  for (let k = 0; k < K; k++) out[k] = m.items[k]!.bias;
  const n = extract(inp);
  if (found.length < n) {
    found = new Int32Array(n * 2);
    foundValues = new Float64Array(n * 2);
  }
  let c = 0;
  const w = m.w;
  for (let j = 0; j < n; j++) {
    const f = row(m, HASHES[j]!);
    if (f < 0) continue;
    const v = VALUES[j]!;
    found[c] = f;
    foundValues[c++] = v;
    const base = f * S;
    for (let k = 0; k < K; k++) out[k] = out[k]! + v * w[base + k]!;
  }
  foundCount = c;
  for (let k = 0; k < K; k++) out[k] = 1 / (1 + Math.exp(-out[k]!));
  return out;
}

/** The features that pushed item k up the most in the sentence last scored, by name (repeats summed). */
export function topFeatures(m: LoadedModel, k: number, n = 3): string[] {
  const byRow = new Map<number, number>();
  for (let j = 0; j < foundCount; j++) {
    const f = found[j]!;
    byRow.set(f, (byRow.get(f) ?? 0) + foundValues[j]! * m.w[f * m.stride + k]!);
  }
  const top: [number, number][] = [];
  for (const e of byRow) {
    if (e[1] <= 0) continue;
    // keep the n largest (ties: lower row first), insertion into a short list
    let i = top.length;
    while (i > 0 && (top[i - 1]![1] < e[1] || (top[i - 1]![1] === e[1] && top[i - 1]![0] > e[0]))) i--;
    if (i < n) {
      top.splice(i, 0, e);
      if (top.length > n) top.pop();
    }
  }
  return top.map(([f]) => m.vocab[f]!);
}

/**
 * Applies the model to the sentences (tags from the patterns already set), in place. `inputs[i]` belongs to
 * `sentences[i]`. Items the model does not cover keep their pattern tags.
 */
export function applyModel(m: LoadedModel, inputs: ModelInput[], sentences: PolicySentence[]): void {
  const p = new Float64Array(m.items.length);
  inputs.forEach((inp, i) => {
    if (!inp.eligible) return;
    const s = sentences[i]!;
    scoreInput(m, inp, p);
    let changed = false;
    m.items.forEach((it, k) => {
      const has = s.tags.includes(it.item);
      const hit = p[k]! >= it.threshold;
      if (has && !hit && it.mode === 'model') {
        s.tags = s.tags.filter((t) => t !== it.item);
        if (s.why) delete s.why[it.item];
        changed = true;
      } else if (!has && hit) {
        changed = true;
        s.tags.push(it.item);
        (s.why ??= {})[it.item] = `model:${it.item} ${p[k]!.toFixed(2)} (${topFeatures(m, k).join(', ')})`;
      }
    });
    if (!changed) return;
    s.tags.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
    if (s.why && !s.tags.length) delete s.why;
  });
}
