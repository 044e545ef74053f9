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
  if (codes.length < from + s.length) codes = grow16(codes, from + s.length);
  const out = codes;
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
let codes = new Uint16Array(1024);
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
 * Fills HASHES/VALUES with the sentence's features and returns their count; `names`, when given, receives each
 * feature's name in the same order (training and explanations).
 */
export function extract(inp: ModelInput, names?: string[]): number {
  // text 1–3-grams, each occurrence worth 1/√count so long and short sentences weigh alike
  const n = normalize(inp.text, 0);
  const heads = inp.section.length > 2 ? inp.section.slice(-2) : inp.section;
  let hn = 0;
  for (const h of heads) hn += normalize(h.length > 40 ? h.slice(0, 40) : h, n + hn);
  room(n * 3 + hn + inp.tags.length * 2 + inp.prevTags.length + (inp.nextTags?.length ?? 0) + 3);
  let k = 0;
  const total = n * 3 - 3;
  const v = total > 0 ? 1 / Math.sqrt(total) : 1;
  // locals, not the module bindings, inside the loops (V8 keeps them in registers)
  const H = HASHES;
  const V = VALUES;
  const cs = codes;
  for (let i = 0; i < n; i++) {
    const a = cs[i]!;
    const h1 = mix(SEED_TEXT, a);
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
    const hv = 1 / Math.sqrt(hn - 1);
    for (let i = n; i + 1 < n + hn; i++) {
      H[k] = finish(mix(mix(SEED_HEAD, cs[i]!), cs[i + 1]!));
      V[k++] = hv;
      if (names) names.push('§' + String.fromCharCode(cs[i]!, cs[i + 1]!));
    }
  }
  const flag = (name: string) => {
    HASHES[k] = hashOf(name);
    VALUES[k++] = 1;
    if (names) names.push(name);
  };
  if (inp.topic) flag(TOPIC[inp.topic] ??= `topic:${inp.topic}`);
  for (const t of inp.tags) flag(PATTERN[t] ??= `pattern:${t}`);
  for (const t of inp.prevTags) flag(PREV[t] ??= `prev:${t}`);
  if (inp.patterns) for (const p of inp.patterns) flag(NAMED[p] ??= `pattern:${p}`);
  return extractContext(inp, k, names);
}

/** Sentence length in characters, in five buckets: headings-like fragments, short, medium, long, very long. */
const LEN_NAMES = ['len:0', 'len:1', 'len:2', 'len:3', 'len:4'];
const LEN_HASHES = LEN_NAMES.map((name) => hashString(SEED_TAG, name));
const NEXT: Partial<Record<string, string>> = {};

/**
 * Context features from slot k on (sixth round): the items whose patterns fired on the next sentence and the
 * sentence's length bucket, one feature each. Returns the new count.
 */
function extractContext(inp: ModelInput, k: number, names?: string[]): number {
  const H = HASHES;
  const V = VALUES;
  if (inp.nextTags) {
    for (const t of inp.nextTags) {
      const name = (NEXT[t] ??= `next:${t}`);
      H[k] = hashOf(name);
      V[k++] = 1;
      if (names) names.push(name);
    }
  }
  const len = inp.text.length;
  const b = len < 12 ? 0 : len < 25 ? 1 : len < 50 ? 2 : len < 100 ? 3 : 4;
  H[k] = LEN_HASHES[b]!;
  V[k++] = 1;
  if (names) names.push(LEN_NAMES[b]!);
  return k;
}

const TOPIC: Partial<Record<string, string>> = {};
const PATTERN: Partial<Record<string, string>> = {};
const PREV: Partial<Record<string, string>> = {};
const NAMED: Partial<Record<string, string>> = {};

/** The features as plain arrays, with names (training). */
export function features(inp: ModelInput): Required<FeatureVector> {
  const names: string[] = [];
  const k = extract(inp, names);
  return { hashes: Array.from(HASHES.subarray(0, k), (h) => h >>> 0), values: Array.from(VALUES.subarray(0, k)), names };
}

const flagHashes = new Map<string, number>();
function hashOf(name: string): number {
  let h = flagHashes.get(name);
  if (h === undefined) flagHashes.set(name, (h = hashString(SEED_TAG, name)));
  return h;
}
