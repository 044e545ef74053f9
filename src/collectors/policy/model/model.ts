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
import { KERNEL_ROWS, sumKernel, type SumKernel } from './kernel.js';
import {
  CODES, extract, finish, FLAG_KINDS, FLAG_LEN, FLAG_NAMED, FLAG_NEXT, FLAG_PATTERN, FLAG_PREV, FLAG_TOPIC, flagCount, flagHash,
  HASHES, headBigramHash, headValue, LENGTH_BUCKETS, lengthBucket, mix, prepareHeads, prepareText, textStart, textValue,
  unigramHash, VALUES, type FlagKind, type ModelInput,
} from './features.js';

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
   * Open addressing over the feature hashes (linear probing, load ≤ 0.25 so a miss usually ends at the first
   * slot): a slot holds a row (-1: empty) and `hashes[row]` says whose it is. Two small arrays (2 bytes a slot,
   * 4 a row) stay in cache better than a table of hash and row per slot.
   */
  slots: Int16Array;
  hashes: Int32Array;
  mask: number;
  /**
   * Dequantised weights, one row of `stride` (items rounded up to 8 for the JavaScript loop's passes, padding 0)
   * per feature; inside the kernel's memory when there is a kernel.
   */
  w: Float32Array;
  stride: number;
  /** Per item then padding 0, as `w`'s columns. */
  bias: Float64Array;
  /** The WebAssembly sums (kernel.ts), null where WebAssembly SIMD is missing. */
  kernel: SumKernel | null;
  /** Per item (in `items` order), its sure patterns. */
  sure: Set<string>[];
  /**
   * The row of each text 1-gram by character code (-1: none), read from the table above for all 65 536 codes at
   * load, so a 1-gram needs no probe and the answer is the probe's, collisions included.
   */
  uni: Int16Array;
  /** Per flag kind (features.ts FLAG_*), the row of each flag value seen so far (-1: not in the vocabulary). */
  flagRows: Map<string, number>[];
  /** Per item: its threshold, the probability below which it removes a pattern hit, whether it may ('model' mode). */
  threshold: Float64Array;
  keep: Float64Array;
  vetoes: Uint8Array;
  /** Per modelled item, its bit (1 << index in `items`). */
  bitOf: Map<PolicyItemId, number>;
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
  if (F > 0x7fff) throw new Error('policy model: more than 32 767 features');
  if (K > 30) throw new Error('policy model: more than 30 items'); // applyModel keeps decisions as bits
  let size = 1;
  while (size * 0.25 < F) size <<= 1;
  const stride = (K + 7) & ~7;
  // the tables live in the WebAssembly kernel's memory when there is one (it reads them too)
  const kernel = K > 0 ? sumKernel(F, stride, size, K) : null;
  const hashes = kernel?.hashes ?? new Int32Array(F);
  for (let f = 0; f < F; f++) hashes[f] = hb.readInt32LE(f * 4); // Int32 view of the Uint32 hash, as features.ts hands it out
  const slots = (kernel?.slots ?? new Int16Array(size)).fill(-1);
  const mask = size - 1;
  for (let f = 0; f < F; f++) {
    // rows in file order, so of two features with one hash the first wins, as a probe finds it first
    let i = hashes[f]! & mask;
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = f;
  }
  const w = kernel?.w ?? new Float32Array(F * stride);
  for (let f = 0; f < F; f++) for (let k = 0; k < K; k++) w[f * stride + k] = wb.readInt16LE((f * K + k) * 2) * file.items[k]!.scale;
  const bias = Float64Array.from({ length: stride }, (_, k) => (k < K ? file.items[k]!.bias : 0));
  const m = { items: file.items, vocab: file.vocab, slots, hashes, mask, w, stride, bias, kernel, sure: file.items.map((it) => new Set(it.sure ?? [])), uni: kernel?.uni ?? new Int16Array(0x10000),
    flagRows: Array.from({ length: FLAG_KINDS }, () => new Map<string, number>()),
    threshold: Float64Array.from(file.items, (it) => it.threshold),
    keep: Float64Array.from(file.items, (it) => it.keep ?? it.threshold),
    vetoes: Uint8Array.from(file.items, (it) => (it.mode === 'model' ? 1 : 0)),
    bitOf: new Map(file.items.map((it, k) => [it.item, 1 << k])),
  };
  for (let c = 0; c < 0x10000; c++) m.uni[c] = lookup(m, unigramHash(c));
  return m;
}

/** The weight row of a feature hash, -1 when it is not in the vocabulary. */
function lookup(m: Pick<LoadedModel, 'slots' | 'hashes' | 'mask'>, h: number): number {
  const { slots, hashes, mask } = m;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const f = slots[i]!;
    if (f < 0 || hashes[f] === h) return f;
  }
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

/** The rows of the text's 1–3-grams (n characters in CODES, value v each) into `found` from 0; returns the count. */
function textFeatures(m: LoadedModel, n: number, v: number): number {
  // locals, not the module bindings, inside the loops (V8 keeps them in registers)
  const { slots, hashes, mask, uni } = m;
  const cs = CODES;
  const fr = found;
  const fv = foundValues;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const a = cs[i]!;
    const f1 = uni[a]!;
    if (f1 >= 0) {
      fr[c] = f1;
      fv[c++] = v;
    }
    if (i + 1 >= n) break;
    const h2 = mix(textStart(a), cs[i + 1]!);
    // the 2-gram, then the 3-gram (inlined probes: this is the hottest loop of the layer)
    for (let h = finish(h2), j = h & mask; ; j = (j + 1) & mask) {
      const f = slots[j]!;
      if (f < 0) break;
      if (hashes[f] === h) {
        fr[c] = f;
        fv[c++] = v;
        break;
      }
    }
    if (i + 2 >= n) continue;
    for (let h = finish(mix(h2, cs[i + 2]!)), j = h & mask; ; j = (j + 1) & mask) {
      const f = slots[j]!;
      if (f < 0) break;
      if (hashes[f] === h) {
        fr[c] = f;
        fv[c++] = v;
        break;
      }
    }
  }
  return c;
}

/**
 * Finds the vocabulary rows of the sentence's features, in the order of features.ts `extract` (the sums below
 * depend on that order), into `found`/`foundValues`; returns their count. Same features as `extract` without
 * materialising the hashes of the misses; 1-grams come from `uni`, the headings' features from the previous
 * sentence when the section is the same (model.test.ts checks both against `extract`).
 */
export function findFeatures(m: LoadedModel, inp: ModelInput): number {
  const n = prepareText(inp);
  const most = n * 3 + 64;
  if (found.length < most) {
    found = new Int32Array(most * 2);
    foundValues = new Float64Array(most * 2);
  }
  const v = textValue(n);
  const kernel = m.kernel;
  let c: number;
  if (kernel && n * 3 <= KERNEL_ROWS) {
    // the loop of textFeatures in WebAssembly (kernel.ts text)
    kernel.codes.set(CODES.subarray(0, n));
    c = kernel.text(n);
    found.set(kernel.rows.subarray(0, c));
    foundValues.fill(v, 0, c);
  } else c = textFeatures(m, n, v);
  c = headFeatures(m, inp, n, c);
  // the flags and the context features, in extractFlags' order
  const flags = c + flagCount(inp);
  if (flags > found.length) grow(flags);
  if (inp.topic) c = flag(m, FLAG_TOPIC, inp.topic, c);
  for (const t of inp.tags) c = flag(m, FLAG_PATTERN, t, c);
  for (const t of inp.prevTags) c = flag(m, FLAG_PREV, t, c);
  if (inp.patterns) for (const p of inp.patterns) c = flag(m, FLAG_NAMED, p, c);
  if (inp.nextTags) for (const t of inp.nextTags) c = flag(m, FLAG_NEXT, t, c);
  c = flag(m, FLAG_LEN, LENGTH_BUCKETS[lengthBucket(inp.text)]!, c);
  return (foundCount = c);
}

function grow(n: number): void {
  const f = new Int32Array(n * 2);
  f.set(found);
  found = f;
  const v = new Float64Array(n * 2);
  v.set(foundValues);
  foundValues = v;
}

function flag(m: LoadedModel, kind: FlagKind, value: string, c: number): number {
  const rows = m.flagRows[kind]!;
  let f = rows.get(value);
  if (f === undefined) rows.set(value, (f = lookup(m, flagHash(kind, value))));
  if (f >= 0) {
    found[c] = f;
    foundValues[c++] = 1;
  }
  return c;
}

// the headings' rows and value for the last section seen (consecutive sentences mostly share their headings)
let headModel: LoadedModel | undefined;
let headSection: readonly string[] = [];
let headRows = new Int32Array(0);
let headValueOf = 0;

/** Appends the rows of the headings' bigrams after the text's `c` rows (text of n characters in CODES). */
function headFeatures(m: LoadedModel, inp: ModelInput, n: number, c: number): number {
  if (headModel !== m || !sameStrings(inp.section, headSection)) {
    headModel = m;
    headSection = [...inp.section]; // a copy: the caller may reuse its array
    const hn = prepareHeads(inp, n);
    const rows: number[] = [];
    if (hn > 1) {
      headValueOf = headValue(hn);
      for (let i = n; i + 1 < n + hn; i++) {
        const f = lookup(m, headBigramHash(CODES[i]!, CODES[i + 1]!));
        if (f >= 0) rows.push(f);
      }
    }
    headRows = Int32Array.from(rows);
  }
  if (c + headRows.length > found.length) grow(c + headRows.length);
  for (let i = 0; i < headRows.length; i++) {
    found[c] = headRows[i]!;
    foundValues[c++] = headValueOf;
  }
  return c;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The rows found through `extract`'s hash list (the reference for `findFeatures`; tests). */
export function findFeaturesByHashes(m: LoadedModel, inp: ModelInput): { rows: Int32Array; values: Float64Array } {
  const n = extract(inp);
  const rows: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < n; j++) {
    const f = lookup(m, HASHES[j]!);
    if (f >= 0) (rows.push(f), values.push(VALUES[j]!));
  }
  return { rows: Int32Array.from(rows), values: Float64Array.from(values) };
}

/** The rows and values `findFeatures` found for the sentence (tests). */
export function foundFeatures(m: LoadedModel, inp: ModelInput): { rows: Int32Array; values: Float64Array } {
  const c = findFeatures(m, inp);
  return { rows: found.slice(0, c), values: foundValues.slice(0, c) };
}

/** Probabilities per model item (in `m.items` order) for the sentence. */
export function scoreInput(m: LoadedModel, inp: ModelInput, out = new Float64Array(m.items.length)): Float64Array {
  const c = findFeatures(m, inp);
  scored++;
  if (m.kernel && c <= KERNEL_ROWS) kernelSums(m, m.kernel, c, out);
  else loopSums(m, c, out);
  return out;
}

/** `scoreInput` with the JavaScript sums even where the kernel is available (tests compare the two). */
export function scoreInputWithoutKernel(m: LoadedModel, inp: ModelInput, out = new Float64Array(m.items.length)): Float64Array {
  loopSums(m, findFeatures(m, inp), out);
  scored++;
  return out;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The sums of kernel.ts: every item in one call. */
function kernelSums(m: LoadedModel, kernel: SumKernel, c: number, out: Float64Array): void {
  kernel.rows.set(found.subarray(0, c));
  kernel.values.set(foundValues.subarray(0, c));
  const K = m.items.length;
  const io = kernel.io;
  io.set(m.bias.subarray(0, kernel.items));
  kernel.sum(c, 0);
  for (let k = 0; k < K; k++) out[k] = logistic(io[32 + k]!);
}

/**
 * score = bias + Σ value × weight in feature order (the same sums, bit for bit, as one feature at a time);
 * eight items per pass so that each found row is read once per pass and the sums stay in registers.
 */
function loopSums(m: LoadedModel, c: number, out: Float64Array): void {
  const fr = found;
  const fv = foundValues;
  const K = m.items.length;
  const S = m.stride;
  const w = m.w;
  const bias = m.bias;
  for (let g = 0; g < K; g += 8) {
    let a0 = bias[g]!, a1 = bias[g + 1]!, a2 = bias[g + 2]!, a3 = bias[g + 3]!;
    let a4 = bias[g + 4]!, a5 = bias[g + 5]!, a6 = bias[g + 6]!, a7 = bias[g + 7]!;
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
    for (let k = g; k < K && k < g + 8; k++) out[k] = logistic(sums[k - g]!);
  }
}

// explanations: the distinct rows of the sentence last scored, in order of first occurrence (`uniq`), and per
// found feature the index of its row among them (`slotOf`); built once per sentence, shared by its model tags.
// Rows are told apart with a small open-addressing table (`table`: distinct index + 1, 0 empty) that stays in
// the first-level cache, unlike a mark per vocabulary row.
let scored = 0; // scoreInput calls so far
let distinctOf = -1; // the call the distinct rows belong to
let distinct = 0;
let uniq = new Int32Array(0);
let slotOf = new Int32Array(0);
let acc = new Float64Array(0);
let table = new Int32Array(0);

function distinctRows(): void {
  if (distinctOf === scored) return;
  distinctOf = scored;
  const c = foundCount;
  if (slotOf.length < c) {
    slotOf = new Int32Array(found.length);
    uniq = new Int32Array(found.length);
    acc = new Float64Array(found.length);
  }
  let size = 16;
  while (size < c * 2) size <<= 1;
  if (table.length < size) table = new Int32Array(size);
  // locals, not the module bindings, inside the loop
  const t = table;
  const fr = found;
  const un = uniq;
  const so = slotOf;
  t.fill(0, 0, size);
  const mask = size - 1;
  let u = 0;
  for (let j = 0; j < c; j++) {
    const f = fr[j]!;
    let i = Math.imul(f, 0x9e3779b1) & mask;
    while (t[i] !== 0 && un[t[i]! - 1] !== f) i = (i + 1) & mask;
    if (t[i] === 0) {
      un[u++] = f;
      t[i] = u;
    }
    so[j] = t[i]! - 1;
  }
  distinct = u;
}

/** The features that pushed item k up the most in the sentence last scored, by name (repeats summed). */
export function topFeatures(m: LoadedModel, k: number, n = 3): string[] {
  distinctRows();
  const { w, stride } = m;
  const a = acc;
  const so = slotOf;
  const fr = found;
  const fv = foundValues;
  const un = uniq;
  const d = distinct;
  a.fill(0, 0, d);
  // each row's contributions summed in feature order (0 + x first, as the sums have always been made)
  for (let j = 0, c = foundCount; j < c; j++) a[so[j]!] = a[so[j]!]! + fv[j]! * w[fr[j]! * stride + k]!;
  // the n largest (ties: lower row first), by insertion into short lists
  const rows: number[] = [];
  const vals: number[] = [];
  for (let x = 0; x < d; x++) {
    const v = a[x]!;
    if (v <= 0) continue;
    const f = un[x]!;
    let i = rows.length;
    while (i > 0 && (vals[i - 1]! < v || (vals[i - 1]! === v && rows[i - 1]! > f))) i--;
    if (i >= n) continue;
    if (rows.length < n) (rows.push(0), vals.push(0));
    for (let q = rows.length - 1; q > i; q--) (rows[q] = rows[q - 1]!, vals[q] = vals[q - 1]!);
    rows[i] = f;
    vals[i] = v;
  }
  return rows.map((f) => m.vocab[f]!);
}

/**
 * Applies the model to the sentences (tags from the patterns already set), in place. `inputs[i]` belongs to
 * `sentences[i]`. Items the model does not cover keep their pattern tags; so do hits of an item's sure patterns
 * and hits the model doubts only mildly (probability ≥ keep); their `why` stays the pattern's name.
 */
export function applyModel(m: LoadedModel, inputs: ModelInput[], sentences: PolicySentence[]): void {
  const K = m.items.length;
  const p = new Float64Array(K);
  const { threshold, keep, vetoes } = m;
  for (let i = 0; i < inputs.length; i++) {
    const inp = inputs[i]!;
    if (!inp.eligible) continue;
    const s = sentences[i]!;
    scoreInput(m, inp, p);
    // decide every item first (bit k: item k), then change the sentence only if something changed
    let has = 0;
    for (const t of s.tags) has |= m.bitOf.get(t) ?? 0;
    let added = 0;
    let removed = 0;
    for (let k = 0; k < K; k++) {
      const pk = p[k]!;
      const bit = 1 << k;
      if (pk >= threshold[k]!) {
        if (!(has & bit)) added |= bit;
      } else if (has & bit && vetoes[k] && pk < keep[k]! && !m.sure[k]!.has(s.why?.[m.items[k]!.item] ?? '')) {
        removed |= bit;
      }
    }
    if (added | removed) retag(m, s, p, added, removed);
  }
}

/** Removes and adds the model's decisions (bit k: item k) on one sentence, tags back in POLICY_ITEMS order. */
function retag(m: LoadedModel, s: PolicySentence, p: Float64Array, added: number, removed: number): void {
  for (let k = 0; k < m.items.length; k++) {
    const item = m.items[k]!.item;
    if (removed & (1 << k)) {
      s.tags = s.tags.filter((t) => t !== item);
      if (s.why) delete s.why[item];
    } else if (added & (1 << k)) {
      s.tags.push(item);
      (s.why ??= {})[item] = `model:${item} ${p[k]!.toFixed(2)} (${topFeatures(m, k).join(', ')})`;
    }
  }
  s.tags.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  if (s.why && !s.tags.length) delete s.why;
}
