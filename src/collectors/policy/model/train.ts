// Training of the statistical layer (model.ts) on DEV labels only. Deterministic: fixed seed, fixed epochs,
// files in name order, so the same labels give the same bytes. Steps:
//   1. analyse each DEV policy with the patterns alone and take each sentence's model input;
//   2. a sentence is positive for an item when it overlaps a labelled span of the item by the evaluation's rule;
//   3. 4-fold cross-validation by file: out-of-fold probabilities → per item the combination (pattern only,
//      pattern OR model, or model with a veto threshold `keep` below which it may remove a pattern hit) and
//      thresholds with the best F1, counted exactly as evaluate.ts counts;
//   4. the final model on all DEV files; items where the patterns alone won are left out of the file.
// 'Sure' patterns: per item, the patterns whose hits are labelled positive in ≥ bar of (≥ 5) DEV sentences, the
// bar (0.6–0.9) chosen per item with keep, preferring the most protection that costs < minGain / 2 CV F1.
// In 'model' mode a hit of a sure pattern stands whatever the probability (the model can only add to it);
// cross-validation takes the sure set from the training folds only, as it does the weights.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { POLICY_ITEMS, type PolicyItemId } from '../../../core/artifacts.js';
import { analyzePolicyFile } from '../analyze.js';
import { overlapMatch, type LabelFile } from '../evaluate.js';
import { features, type ModelInput } from './features.js';
import { MODEL_FORMAT, type ModelFile, type ModelItem } from './model.js';

export const PARAMS = { seed: 20261122, epochs: 30, lambda: 1e-5, eta0: 0.5, minDf: 15, folds: 4, minPositives: 40, minGain: 0.01, sureMinHits: 5 };
/** Precision bars a sure pattern must reach on DEV, most protective first; chosen per item by cross-validation. */
export const SURE_BARS = [0.6, 0.7, 0.8, 0.9];

/** One DEV sentence: its features, its pattern tags, and for each item the labelled spans (ids) it matches. */
interface Example {
  file: number;
  hashes: number[];
  values: number[];
  names: string[];
  eligible: boolean;
  patternTags: Set<PolicyItemId>;
  /** The pattern that fired per item (the sentence's `why` with the model off). */
  patternWhy: Partial<Record<PolicyItemId, string>>;
  gold: Partial<Record<PolicyItemId, number[]>>;
}

export interface TrainingSet {
  files: string[];
  examples: Example[];
  /** Labelled spans per item over all files (ids are indexes into this count). */
  goldCount: Record<PolicyItemId, number>;
}

export async function collectExamples(labels: LabelFile[], corpus: string): Promise<TrainingSet> {
  const examples: Example[] = [];
  const goldCount = Object.fromEntries(POLICY_ITEMS.map((i) => [i, 0])) as Record<PolicyItemId, number>;
  const files: string[] = [];
  for (const label of labels) {
    let inputs: ModelInput[] = [];
    const a = await analyzePolicyFile(resolve(corpus, label.file), { model: false, onModelInputs: (x) => (inputs = x) });
    const fileNo = files.push(label.file) - 1;
    const base = Object.fromEntries(POLICY_ITEMS.map((i) => [i, goldCount[i]])) as Record<PolicyItemId, number>;
    const spans = POLICY_ITEMS.map((item) => label.sentences.filter((g) => g.tags.includes(item)));
    POLICY_ITEMS.forEach((item, k) => (goldCount[item] += spans[k]!.length));
    a.sentences.forEach((s, i) => {
      const fv = features(inputs[i]!);
      const gold: Example['gold'] = {};
      POLICY_ITEMS.forEach((item, k) => {
        const ids: number[] = [];
        spans[k]!.forEach((g, j) => {
          if (overlapMatch(g, s)) ids.push(base[item] + j);
        });
        if (ids.length) gold[item] = ids;
      });
      examples.push({ file: fileNo, hashes: fv.hashes, values: fv.values, names: fv.names, eligible: inputs[i]!.eligible, patternTags: new Set(inputs[i]!.tags), patternWhy: { ...s.why }, gold });
    });
  }
  return { files, examples, goldCount };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocab {
  index: Map<number, number>;
  hashes: number[];
  names: string[];
}

/** Features seen in at least minDf eligible training sentences; named by their first occurrence. */
function buildVocab(examples: Example[]): Vocab {
  const df = new Map<number, number>();
  const name = new Map<number, string>();
  for (const e of examples) {
    if (!e.eligible) continue;
    const seen = new Set<number>();
    e.hashes.forEach((h, j) => {
      if (seen.has(h)) return;
      seen.add(h);
      df.set(h, (df.get(h) ?? 0) + 1);
      if (!name.has(h)) name.set(h, e.names[j]!);
    });
  }
  const hashes = [...df].filter(([, n]) => n >= PARAMS.minDf).map(([h]) => h);
  const index = new Map(hashes.map((h, i) => [h, i]));
  return { index, hashes, names: hashes.map((h) => name.get(h)!) };
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

function sparse(e: Example, v: Vocab): Sparse {
  const acc = new Map<number, number>();
  e.hashes.forEach((h, j) => {
    const f = v.index.get(h);
    if (f !== undefined) acc.set(f, (acc.get(f) ?? 0) + e.values[j]!);
  });
  const keys = [...acc.keys()].sort((a, b) => a - b);
  return { idx: Int32Array.from(keys), val: Float64Array.from(keys.map((k) => acc.get(k)!)) };
}

interface Weights {
  w: Float64Array;
  bias: Float64Array;
}

/** L2-regularised logistic regression per item by SGD (scaled weight vector, so updates stay sparse). */
function fit(xs: Sparse[], ys: Uint8Array[], F: number, K: number): Weights {
  const v = new Float64Array(F * K);
  const s = new Float64Array(K).fill(1);
  const bias = new Float64Array(K);
  const rand = mulberry32(PARAMS.seed);
  const order = xs.map((_, i) => i);
  const { lambda, eta0 } = PARAMS;
  let t = 0;
  const m = new Float64Array(K);
  const step = new Float64Array(K);
  for (let epoch = 0; epoch < PARAMS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { idx, val } = xs[n]!;
      const y = ys[n]!;
      const eta = eta0 / (1 + eta0 * lambda * t++);
      m.fill(0);
      for (let j = 0; j < idx.length; j++) {
        const base = idx[j]! * K;
        for (let k = 0; k < K; k++) m[k] = m[k]! + (val[j]! * v[base + k]!);
      }
      for (let k = 0; k < K; k++) {
        const p = 1 / (1 + Math.exp(-(s[k]! * m[k]! + bias[k]!)));
        const g = p - y[k]!;
        s[k] = s[k]! * (1 - eta * lambda);
        bias[k] = bias[k]! - (eta * g * 0.1);
        step[k] = (eta * g) / s[k]!;
      }
      // each weight is updated once per example, so one pass over the row per feature gives the same numbers
      // as a pass per item, with the row read once
      for (let j = 0; j < idx.length; j++) {
        const base = idx[j]! * K;
        const x = val[j]!;
        for (let k = 0; k < K; k++) v[base + k] = v[base + k]! - step[k]! * x;
      }
      for (let k = 0; k < K; k++) {
        if (s[k]! < 1e-6) {
          for (let f = 0; f < F; f++) v[f * K + k] = v[f * K + k]! * (s[k]!);
          s[k] = 1;
        }
      }
    }
  }
  for (let f = 0; f < F; f++) for (let k = 0; k < K; k++) v[f * K + k] = v[f * K + k]! * (s[k]!);
  return { w: v, bias };
}

function probs(x: Sparse, wt: Weights, K: number): Float64Array {
  const out = Float64Array.from(wt.bias);
  for (let j = 0; j < x.idx.length; j++) {
    const base = x.idx[j]! * K;
    for (let k = 0; k < K; k++) out[k] = out[k]! + (x.val[j]! * wt.w[base + k]!);
  }
  for (let k = 0; k < K; k++) out[k] = 1 / (1 + Math.exp(-out[k]!));
  return out;
}

function labelsOf(e: Example, items: PolicyItemId[]): Uint8Array {
  return Uint8Array.from(items.map((it) => (e.gold[it] ? 1 : 0)));
}

export interface Counts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  f1: number;
}

/** Exactly evaluate.ts's counts for one item given which sentences are tagged. */
export function counts(set: TrainingSet, item: PolicyItemId, tagged: (e: Example, n: number) => boolean): Counts {
  const found = new Set<number>();
  let predicted = 0;
  let correct = 0;
  set.examples.forEach((e, n) => {
    if (!tagged(e, n)) return;
    predicted++;
    const g = e.gold[item];
    if (g) {
      correct++;
      for (const id of g) found.add(id);
    }
  });
  const gold = set.goldCount[item];
  const p = predicted ? correct / predicted : 0;
  const r = gold ? found.size / gold : 0;
  return { gold, found: found.size, predicted, correct, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Per item, the patterns precise enough to stand against the model: over the eligible sentences of `use`, at least
 * sureMinHits hits and precision ≥ bar (a hit is correct when the sentence matches a labelled span).
 */
export function surePatterns(set: TrainingSet, item: PolicyItemId, bar: number, use: (e: Example) => boolean): Set<string> {
  const hits = new Map<string, [number, number]>();
  for (const e of set.examples) {
    const name = e.patternWhy[item];
    if (!e.eligible || !name || !use(e)) continue;
    const h = hits.get(name) ?? [0, 0];
    h[0]++;
    if (e.gold[item]) h[1]++;
    hits.set(name, h);
  }
  return new Set([...hits].filter(([, [n, ok]]) => n >= PARAMS.sureMinHits && ok / n >= bar).map(([name]) => name).sort());
}

/**
 * counts()'s F1 for "tag when p ≥ t, or a pattern hit with p ≥ keep (or sure, when `sure`)", over precomputed
 * arrays: the grid of thresholds × keeps is too slow through counts().
 */
function scorer(set: TrainingSet, item: PolicyItemId, oof: (Float64Array | undefined)[], k: number, isSure: (e: Example) => boolean) {
  const p: number[] = [];
  const hit: boolean[] = [];
  const sure: boolean[] = [];
  const gold: (number[] | undefined)[] = [];
  let predicted0 = 0;
  let correct0 = 0;
  const found0 = new Set<number>();
  set.examples.forEach((e, n) => {
    const q = oof[n];
    if (q) {
      p.push(q[k]!);
      hit.push(e.patternTags.has(item));
      sure.push(isSure(e));
      gold.push(e.gold[item]);
    } else if (e.patternTags.has(item)) {
      predicted0++;
      const g = e.gold[item];
      if (g) {
        correct0++;
        for (const id of g) found0.add(id);
      }
    }
  });
  const G = set.goldCount[item];
  const stamp = new Int32Array(G);
  let epoch = 0;
  return (t: number, keep: number, useSure: boolean): number => {
    epoch++;
    for (const id of found0) stamp[id] = epoch;
    let found = found0.size;
    let predicted = predicted0;
    let correct = correct0;
    for (let i = 0; i < p.length; i++) {
      if (!(p[i]! >= t || (hit[i] && (keep === 0 || p[i]! >= keep || (useSure && sure[i]))))) continue;
      predicted++;
      const g = gold[i];
      if (!g) continue;
      correct++;
      for (const id of g) {
        if (stamp[id] !== epoch) {
          stamp[id] = epoch;
          found++;
        }
      }
    }
    const pr = predicted ? correct / predicted : 0;
    const rc = G ? found / G : 0;
    return pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  };
}

interface Chosen {
  item: PolicyItemId;
  mode: 'or' | 'model';
  threshold: number;
  keep: number;
  sure: string[];
}

const THRESHOLDS = Array.from({ length: 37 }, (_, i) => Math.round((0.05 + i * 0.025) * 1000) / 1000);

export interface TrainResult {
  file: ModelFile;
  json: string;
  sha256: string;
  report: string[];
}

export function train(set: TrainingSet): TrainResult {
  const items = POLICY_ITEMS.filter((it) => !it.startsWith('face-') && set.goldCount[it] >= PARAMS.minPositives);
  const K = items.length;
  const eligible = set.examples.map((e, n) => (e.eligible ? n : -1)).filter((n) => n >= 0);
  // out-of-fold probabilities: files in name order, file i in fold i mod folds
  const oof: (Float64Array | undefined)[] = new Array(set.examples.length);
  for (let fold = 0; fold < PARAMS.folds; fold++) {
    const trainIdx = eligible.filter((n) => set.examples[n]!.file % PARAMS.folds !== fold);
    const testIdx = eligible.filter((n) => set.examples[n]!.file % PARAMS.folds === fold);
    const vocab = buildVocab(trainIdx.map((n) => set.examples[n]!));
    const wt = fit(
      trainIdx.map((n) => sparse(set.examples[n]!, vocab)),
      trainIdx.map((n) => labelsOf(set.examples[n]!, items)),
      vocab.hashes.length,
      K,
    );
    for (const n of testIdx) oof[n] = probs(sparse(set.examples[n]!, vocab), wt, K);
  }
  // per item: the combination with the best out-of-fold F1; the model must beat the patterns by minGain. A tag
  // is made when p ≥ threshold; a pattern hit is removed only when p < keep (keep ≤ threshold; keep 0 = pattern
  // OR model) and its pattern is not sure. The veto is used only as far as it pays: the smallest keep whose best
  // F1 is within minGain / 2 of the best over all (threshold, keep).
  const chosen: Chosen[] = [];
  const cv: Record<string, unknown> = {};
  const report: string[] = [
    '| item | DEV labelled | CV F1 patterns | CV F1 pattern OR model | CV F1 model alone (old rule) | CV F1 chosen | chosen (threshold, keep) | sure patterns |',
    '|---|---:|---:|---:|---:|---:|---|---|',
  ];
  const r = (x: number) => Math.round(x * 1000) / 1000;
  items.forEach((item, k) => {
    const pat = counts(set, item, (e) => e.patternTags.has(item));
    // candidates in order of preference (least veto first): OR, then per sure bar (lowest first) each keep
    const cands: { bar: number; keep: number; f1: number; t: number }[] = [];
    let alone = { f1: -1, t: 0 };
    SURE_BARS.forEach((bar, b) => {
      // sure patterns per fold, from that fold's training files
      const sureOf = Array.from({ length: PARAMS.folds }, (_, fold) => surePatterns(set, item, bar, (e) => e.file % PARAMS.folds !== fold));
      const f1Of = scorer(set, item, oof, k, (e) => {
        const w = e.patternWhy[item];
        return !!w && sureOf[e.file % PARAMS.folds]!.has(w);
      });
      for (const keep of b === 0 ? [0, ...THRESHOLDS] : THRESHOLDS) {
        const c = { bar, keep, f1: -1, t: 0 };
        for (const t of THRESHOLDS) {
          if (keep > t) continue;
          const f1 = f1Of(t, keep, true);
          if (f1 > c.f1) Object.assign(c, { f1, t });
        }
        cands.push(c);
      }
      if (b === 0) {
        for (const t of THRESHOLDS) {
          const fA = f1Of(t, t, false);
          if (fA > alone.f1) alone = { f1: fA, t };
        }
      }
    });
    cands.sort((a, b) => (a.keep === 0 ? 0 : 1) - (b.keep === 0 ? 0 : 1) || a.bar - b.bar || a.keep - b.keep);
    const top = Math.max(...cands.map((c) => c.f1));
    const or = cands[0]!;
    const pick = cands.find((c) => c.f1 >= top - PARAMS.minGain / 2)!;
    const keep = pick.keep;
    const mode: 'pattern' | 'or' | 'model' = pick.f1 < pat.f1 + PARAMS.minGain ? 'pattern' : keep === 0 ? 'or' : 'model';
    const sure = mode === 'model' ? [...surePatterns(set, item, pick.bar, () => true)] : [];
    cv[item] = { patterns: r(pat.f1), or: { f1: r(or.f1), threshold: or.t }, modelAlone: { f1: r(alone.f1), threshold: alone.t }, chosen: mode, f1: r(mode === 'pattern' ? pat.f1 : pick.f1), threshold: pick.t, keep, sureBar: pick.bar };
    const how = mode === 'pattern' ? 'pattern' : mode === 'or' ? `or @${pick.t}` : `model @${pick.t}, keep ${keep}, sure ≥ ${pick.bar}`;
    report.push(`| \`${item}\` | ${pat.gold} | ${pat.f1.toFixed(3)} | ${or.f1.toFixed(3)} @${or.t} | ${alone.f1.toFixed(3)} @${alone.t} | ${(mode === 'pattern' ? pat.f1 : pick.f1).toFixed(3)} | ${how} | ${sure.join(', ') || '—'} |`);
    if (mode !== 'pattern') chosen.push({ item, mode, threshold: pick.t, keep, sure });
  });

  // the final model: all DEV files, only the chosen items
  const finalItems = chosen.map((c) => c.item);
  const vocab = buildVocab(eligible.map((n) => set.examples[n]!));
  const xs = eligible.map((n) => sparse(set.examples[n]!, vocab));
  const wt = fit(xs, eligible.map((n) => labelsOf(set.examples[n]!, finalItems)), vocab.hashes.length, finalItems.length);
  const file = serialise(vocab, wt, chosen, cv, set);
  const json = JSON.stringify(file) + '\n';
  return { file, json, sha256: createHash('sha256').update(json).digest('hex'), report };
}

function serialise(vocab: Vocab, wt: Weights, chosen: Chosen[], cv: Record<string, unknown>, set: TrainingSet): ModelFile {
  const F = vocab.hashes.length;
  const K = chosen.length;
  const scale = chosen.map((_, k) => {
    let max = 0;
    for (let f = 0; f < F; f++) max = Math.max(max, Math.abs(wt.w[f * K + k]!));
    return max > 0 ? max / 32767 : 1;
  });
  const q = new Int16Array(F * K);
  for (let f = 0; f < F; f++) for (let k = 0; k < K; k++) q[f * K + k] = Math.round(wt.w[f * K + k]! / scale[k]!);
  // drop features whose weights all round to zero: they cannot move a score
  const keep: number[] = [];
  for (let f = 0; f < F; f++) {
    let any = false;
    for (let k = 0; k < K && !any; k++) any = q[f * K + k] !== 0;
    if (any) keep.push(f);
  }
  const hb = Buffer.alloc(keep.length * 4);
  const wb = Buffer.alloc(keep.length * K * 2);
  keep.forEach((f, r) => {
    hb.writeUInt32LE(vocab.hashes[f]!, r * 4);
    for (let k = 0; k < K; k++) wb.writeInt16LE(q[f * K + k]!, (r * K + k) * 2);
  });
  const items: ModelItem[] = chosen.map((c, k) => ({ item: c.item, mode: c.mode, threshold: c.threshold, ...(c.mode === 'model' ? { keep: c.keep, sure: c.sure } : {}), bias: Math.round(wt.bias[k]! * 1e6) / 1e6, scale: scale[k]! }));
  return {
    format: MODEL_FORMAT,
    comment: `Logistic regression per item over character 1-3-grams, heading bigrams, section topic and pattern results; trained by scripts/train-policy-model.mjs on the DEV labels only (${set.files.length} files of labels/policies/split.json). Do not edit: retrain.`,
    params: PARAMS,
    items,
    vocab: keep.map((f) => vocab.names[f]!),
    hashes: hb.toString('base64'),
    weights: wb.toString('base64'),
    cv,
  };
}
