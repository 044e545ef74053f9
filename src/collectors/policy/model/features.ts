// Features of one sentence for the statistical layer: character 1–3-grams of the text, character bigrams of the
// two deepest headings (section context), the section topic, which items' patterns fired on the sentence, on the
// one before and on the one after it, and the sentence's length bucket. Features are 32-bit hashes (no strings
// allocated at run time); the training script also asks for their names, which the model file keeps so that a tag
// can say which features made it.
import type { PolicyItemId } from '../../../core/artifacts.js';
import type { Topic } from '../patterns/topics.js';

/** What the model sees of one sentence: built by analyze.ts, the same in training and at run time. */
export interface ModelInput {
  text: string;
  section: string[];
  topic: Topic | undefined;
  /** Items whose patterns fired on this sentence and on the previous one. */
  tags: readonly PolicyItemId[];
  prevTags: readonly PolicyItemId[];
  /** Which pattern fired per item on this sentence, as `<item>/<pattern name>` (patterns differ in precision). */
  patterns?: readonly string[];
  /** Headings, contents lists and definitions are left to the patterns. */
  eligible: boolean;
  /** Items whose patterns fired on the next sentence (absent when none). */
  nextTags?: readonly PolicyItemId[];
}

/** Feature hashes and values of one sentence; `names` is filled only when asked (training, explanations). */
export interface FeatureVector {
  hashes: number[];
  values: number[];
  names?: string[];
}

const SEED_TEXT = 0x811c9dc5;
const SEED_HEAD = 0x2f7a3b19;
const SEED_TAG = 0x5bd1e995;

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** Lower-case ASCII, every digit → 0, whitespace dropped: the characters n-grams are made of. Returns the count. */
function normalize(s: string, from: number): number {
  let n = from;
  if (CODES.length < from + s.length) CODES = grow16(CODES, from + s.length);
  const out = CODES;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c <= 32 || c === 0x3000 || c === 0xa0 || c === 0x200b) continue;
    if (c >= 65 && c <= 90) c += 32;
    else if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) c = 48;
    out[n++] = c;
  }
  return n - from;
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return finish(h);
}

function grow16(a: Uint16Array, n: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

// reused buffers: scoring a sentence allocates nothing
/** Normalised characters of the last `prepare` call. */
export let CODES = new Uint16Array(1024);
/** Hashes and values of the last `extract` call. */
export let HASHES = new Int32Array(4096);
export let VALUES = new Float64Array(4096);

function room(n: number): void {
  if (HASHES.length >= n) return;
  const h = new Int32Array(n * 2);
  h.set(HASHES);
  HASHES = h;
  const v = new Float64Array(n * 2);
  v.set(VALUES);
  VALUES = v;
}

/**
 * Normalises the sentence's text and then its two deepest headings (each cut to 40 characters) into CODES:
 * the text's characters are CODES[0, returned count), the headings' follow, HEAD_LENGTH of them.
 */
export function prepare(inp: ModelInput): number {
  const n = normalize(inp.text, 0);
  prepareHeads(inp, n);
  return n;
}

/** The headings' part of `prepare`, written to CODES from `from`; sets and returns HEAD_LENGTH. */
export function prepareHeads(inp: ModelInput, from: number): number {
  const heads = inp.section.length > 2 ? inp.section.slice(-2) : inp.section;
  let hn = 0;
  for (const h of heads) hn += normalize(h.length > 40 ? h.slice(0, 40) : h, from + hn);
  return (HEAD_LENGTH = hn);
}

/** The text's part of `prepare` alone (model.ts reuses the headings' features within a section). */
export function prepareText(inp: ModelInput): number {
  return normalize(inp.text, 0);
}

/** Characters of the headings after the text in CODES, set by `prepare`. */
export let HEAD_LENGTH = 0;

/** The value of each text n-gram of a sentence of n characters: 1/√count, so long and short sentences weigh alike. */
export function textValue(n: number): number {
  const total = n * 3 - 3;
  return total > 0 ? 1 / Math.sqrt(total) : 1;
}

/** The value of each heading bigram, for hn heading characters (only used when hn > 1). */
export function headValue(hn: number): number {
  return 1 / Math.sqrt(hn - 1);
}

/** Hash of a text 1-gram, and the running hash a 2- or 3-gram extends (`finish` turns it into the feature hash). */
export const unigramHash = (a: number) => finish(mix(SEED_TEXT, a));
export const textStart = (a: number) => mix(SEED_TEXT, a);
export const headBigramHash = (a: number, b: number) => finish(mix(mix(SEED_HEAD, a), b));
export { mix, finish };

/**
 * Fills HASHES/VALUES with the sentence's features and returns their count; `names`, when given, receives each
 * feature's name in the same order (training and explanations). model.ts scores the same features in the same
 * order without this intermediate list (model.test.ts checks they agree).
 */
export function extract(inp: ModelInput, names?: string[]): number {
  // text 1–3-grams, each occurrence worth 1/√count so long and short sentences weigh alike
  const n = prepare(inp);
  const hn = HEAD_LENGTH;
  room(n * 3 + hn + flagCount(inp));
  let k = 0;
  const v = textValue(n);
  // locals, not the module bindings, inside the loops (V8 keeps them in registers)
  const H = HASHES;
  const V = VALUES;
  const cs = CODES;
  for (let i = 0; i < n; i++) {
    const a = cs[i]!;
    const h1 = textStart(a);
    H[k] = finish(h1);
    V[k++] = v;
    if (names) names.push(String.fromCharCode(a));
    if (i + 1 < n) {
      const h2 = mix(h1, cs[i + 1]!);
      H[k] = finish(h2);
      V[k++] = v;
      if (names) names.push(String.fromCharCode(a, cs[i + 1]!));
      if (i + 2 < n) {
        H[k] = finish(mix(h2, cs[i + 2]!));
        V[k++] = v;
        if (names) names.push(String.fromCharCode(a, cs[i + 1]!, cs[i + 2]!));
      }
    }
  }
  // bigrams of the two deepest headings (section numbering normalised like the text)
  if (hn > 1) {
    const hv = headValue(hn);
    for (let i = n; i + 1 < n + hn; i++) {
      H[k] = headBigramHash(cs[i]!, cs[i + 1]!);
      V[k++] = hv;
      if (names) names.push('§' + String.fromCharCode(cs[i]!, cs[i + 1]!));
    }
  }
  return extractFlags(inp, k, names);
}

/** How many flag and context features `extractFlags` writes for the sentence. */
export function flagCount(inp: ModelInput): number {
  return (inp.topic ? 1 : 0) + inp.tags.length + inp.prevTags.length + (inp.patterns?.length ?? 0) + (inp.nextTags?.length ?? 0) + 1;
}

/** Sentence length in characters (of the raw text), in five buckets: heading-like fragments, short, medium, long, very long. */
export function lengthBucket(text: string): number {
  const len = text.length;
  return len < 12 ? 0 : len < 25 ? 1 : len < 50 ? 2 : len < 100 ? 3 : 4;
}
/** The `len:` feature's value per bucket. */
export const LENGTH_BUCKETS = ['0', '1', '2', '3', '4'] as const;

/**
 * Writes the sentence's flag features (topic, pattern items, previous sentence's items, named patterns, next
 * sentence's items, length bucket), value 1, to HASHES/VALUES from index k; returns the new count. model.ts
 * `findFeatures` visits them in the same order.
 */
export function extractFlags(inp: ModelInput, k: number, names?: string[]): number {
  room(k + flagCount(inp));
  const flag = (kind: FlagKind, value: string) => {
    HASHES[k] = flagHash(kind, value);
    VALUES[k++] = 1;
    if (names) names.push(FLAG_PREFIX[kind] + value);
  };
  if (inp.topic) flag(FLAG_TOPIC, inp.topic);
  for (const t of inp.tags) flag(FLAG_PATTERN, t);
  for (const t of inp.prevTags) flag(FLAG_PREV, t);
  if (inp.patterns) for (const p of inp.patterns) flag(FLAG_NAMED, p);
  // context (sixth round): the items whose patterns fired on the next sentence, then the length bucket
  if (inp.nextTags) for (const t of inp.nextTags) flag(FLAG_NEXT, t);
  flag(FLAG_LEN, LENGTH_BUCKETS[lengthBucket(inp.text)]!);
  return k;
}

/**
 * Kinds of flag feature: the section topic, an item whose pattern fired, the same on the previous sentence, a
 * named pattern, the same on the next sentence, the length bucket.
 */
export const FLAG_TOPIC = 0;
export const FLAG_PATTERN = 1;
export const FLAG_PREV = 2;
export const FLAG_NAMED = 3;
export const FLAG_NEXT = 4;
export const FLAG_LEN = 5;
export type FlagKind = 0 | 1 | 2 | 3 | 4 | 5;
const FLAG_PREFIX = ['topic:', 'pattern:', 'prev:', 'pattern:', 'next:', 'len:'] as const;
export const FLAG_KINDS = FLAG_PREFIX.length;
const flagHashes: Map<string, number>[] = FLAG_PREFIX.map(() => new Map());

/** The hash of a flag feature (cached: flags come from a small set of names). */
export function flagHash(kind: FlagKind, value: string): number {
  const cache = flagHashes[kind]!;
  let h = cache.get(value);
  if (h === undefined) cache.set(value, (h = hashString(SEED_TAG, FLAG_PREFIX[kind] + value)));
  return h;
}

/** The features as plain arrays, with names (training). */
export function features(inp: ModelInput): Required<FeatureVector> {
  const names: string[] = [];
  const k = extract(inp, names);
  return { hashes: Array.from(HASHES.subarray(0, k), (h) => h >>> 0), values: Array.from(VALUES.subarray(0, k)), names };
}

