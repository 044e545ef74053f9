// Literal prefilter for the pattern regexes. Each regex is read once (at load) for the strings that any match
// must contain ("用于|以便" → one of 用于, 以便; "[^。；]{0,30}?" → nothing). One pass over a sentence finds which
// of all those strings occur in it; a regex whose required strings are all absent cannot match and is not run.
// This only skips work: when the strings occur the regex itself still decides, so results are unchanged.

/** Strings of which every match contains at least one; null when nothing is required. */
type Req = string[] | null;
/**
 * What a regex node can match: `exact` is every string it can match, when there are few; `req` the most
 * selective requirement; `all` every requirement found (a match meets each of them).
 */
interface Info {
  exact?: string[];
  req: Req;
  all: string[][];
}

const MAX_SET = 64;
/** Fibonacci hashing multiplier (0x9e3779b1 as an int32). */
const HASH = -0x61c8864f;
const MAX_LEN = 24;
const EMPTY: Info = { exact: [''], req: null, all: [] };
const ANY: Info = { req: null, all: [] };

class Unsupported extends Error {}

/** Parses a regex source into its Info; throws Unsupported for syntax this reader does not handle. */
function analyse(src: string): Info {
  let i = 0;
  const peek = () => src[i];

  function alternation(): Info {
    const branches = [sequence()];
    while (peek() === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0]! : union(branches);
  }

  function sequence(): Info {
    const parts: Info[] = [];
    while (i < src.length && peek() !== '|' && peek() !== ')') parts.push(quantified(atom()));
    return concat(parts);
  }

  function atom(): Info {
    const c = src[i++]!;
    if (c === '(') {
      let zeroWidth = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) (i += 2), (zeroWidth = true);
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) (i += 3), (zeroWidth = true);
      else if (src[i] === '?') throw new Unsupported('group kind');
      const inner = alternation();
      if (src[i++] !== ')') throw new Unsupported('unclosed group');
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if ('*+?{'.includes(c)) throw new Unsupported('quantifier without atom');
    return lit(c);
  }

  function escape(): Info {
    const c = src[i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if ('dDsSwW'.includes(c)) return ANY;
    if (c === 'b' || c === 'B') return EMPTY;
    if (/[1-9k]/.test(c)) throw new Unsupported('backreference');
    const ch = escapedChar(c);
    return lit(ch);
  }

  function escapedChar(c: string): string {
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(src.slice(i, i + 4))) {
      const ch = String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
      i += 4;
      return ch;
    }
    if (c === 'x' || c === 'u' || c === 'c' || c === 'p' || c === 'P' || c === '0') throw new Unsupported('escape');
    const named: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
    if (named[c]) return named[c]!;
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported('escape');
    return c; // \. \/ \[ …
  }

  function charClass(): Info {
    const chars: string[] = [];
    let enumerable = src[i] !== '^';
    if (!enumerable) i++;
    let first = true;
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false;
      let c = src[i++]!;
      if (c === '\\') {
        const e = src[i++]!;
        if ('dDsSwWbB'.includes(e)) {
          enumerable = false;
          continue;
        }
        c = escapedChar(e);
      }
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        // a range: skip its end
        i++;
        if (src[i++] === '\\') i++;
        enumerable = false;
        continue;
      }
      chars.push(c);
    }
    if (src[i++] !== ']') throw new Unsupported('unclosed class');
    if (!enumerable || chars.length === 0 || chars.length > MAX_SET) return ANY;
    const set = [...new Set(chars)];
    return { exact: set, req: set, all: [set] };
  }

  function quantified(a: Info): Info {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '*') (min = 0), (max = Infinity), i++;
    else if (c === '+') (min = 1), (max = Infinity), i++;
    else if (c === '?') (min = 0), (max = 1), i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length;
    } else return a;
    if (peek() === '?') i++; // lazy: same strings
    if (min === 0) return max === 1 && a.exact ? { exact: [...a.exact, ''], req: null, all: [] } : ANY;
    if (min === 1 && max === 1) return a;
    return { req: a.req, all: a.all };
  }

  const info = alternation();
  if (i !== src.length) throw new Unsupported('unbalanced )');
  return info;
}

function lit(c: string): Info {
  return { exact: [c], req: [c], all: [[c]] };
}

function union(branches: Info[]): Info {
  const exact = branches.every((b) => b.exact) ? dedupe(branches.flatMap((b) => b.exact!)) : undefined;
  const req = branches.every((b) => b.req) ? minimal(branches.flatMap((b) => b.req!)) : null;
  if (exact && exact.length <= MAX_SET) {
    const r = reqOf(exact);
    return { exact, req: r, all: r ? [r] : [] };
  }
  return { req, all: req ? [req] : [] };
}

function concat(parts: Info[]): Info {
  if (parts.length === 0) return EMPTY;
  // consecutive exact parts multiply into one run of strings; each run and each other part is a candidate
  const candidates: string[][] = [];
  let run = [''];
  let whole = true;
  for (const p of parts) {
    const next = p.exact ? product(run, p.exact) : undefined;
    if (next) {
      run = next;
      continue;
    }
    whole = false;
    pushReq(candidates, reqOf(run));
    if (p.exact) run = p.exact;
    else {
      candidates.push(...p.all);
      run = [''];
    }
  }
  pushReq(candidates, reqOf(run));
  if (whole) {
    const r = reqOf(run);
    return { exact: run, req: r, all: r ? [r] : [] };
  }
  return { req: best(candidates), all: candidates };
}

function pushReq(out: string[][], r: Req): void {
  if (r) out.push(r);
}

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_SET) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  if (out.some((s) => s.length > MAX_LEN)) return undefined;
  return dedupe(out);
}

/** A set of strings as a requirement: none when one of them is empty. */
function reqOf(strings: string[]): Req {
  return strings.some((s) => s === '') ? null : minimal(strings);
}

/** Drops strings that contain another string of the set (the shorter one is required anyway). */
function minimal(strings: string[]): string[] {
  const u = dedupe(strings).sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of u) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

function dedupe(strings: string[]): string[] {
  return [...new Set(strings)];
}

/** The most selective requirement: longest shortest string, then fewest strings. */
function best(cands: string[][]): Req {
  let top: string[] | null = null;
  let topScore = -Infinity;
  for (const c of cands) {
    const sc = score(c);
    if (sc > topScore) (top = c), (topScore = sc);
  }
  return top;
}

function score(c: string[]): number {
  const shortest = Math.min(...c.map((s) => s.length));
  return Math.min(shortest, 3) * 1000 - c.length;
}

/** ASCII upper case → lower case; the scan folds the text the same way. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function parse(re: RegExp): Info | null {
  if (re.flags.includes('u') || re.flags.includes('v')) return null;
  try {
    return analyse(re.source);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A requirement folded to ASCII lower case; null when it cannot be checked by folding ASCII alone. */
function folded(strings: string[], caseless: boolean): string[] | null {
  const out = strings.map((s) => String.fromCharCode(...[...s].map((ch) => fold(ch.charCodeAt(0)))));
  // case-insensitive literals must be ASCII or caseless, so that folding ASCII alone is enough
  if (caseless && out.some((s) => [...s].some((ch) => ch.charCodeAt(0) > 127 && ch.toLowerCase() !== ch.toUpperCase()))) return null;
  if (out.some((s) => s.length === 0)) return null;
  return minimal(out);
}

/**
 * Required strings of a regex (every match contains one of them), folded to ASCII lower case; null when
 * nothing can be required (or the syntax is beyond this reader, or case-insensitive matching could reach
 * characters outside ASCII).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  const info = parse(re);
  return info?.req ? folded(info.req, re.flags.includes('i')) : null;
}

const MAX_SETS = 4;

/** Several requirements of a regex, each met by every match (the most selective first, at most MAX_SETS). */
export function requiredSets(re: RegExp): string[][] {
  const info = parse(re);
  if (!info?.req) return [];
  const sets: string[][] = [];
  const seen = new Set<string>();
  for (const r of [info.req, ...info.all]) {
    const f = folded(r, re.flags.includes('i'));
    if (!f) return []; // one set beyond the folding rule: do not trust the others either
    const key = [...f].sort().join('\u0000');
    if (!seen.has(key)) seen.add(key), sets.push(f);
  }
  return sets.sort((a, b) => score(b) - score(a)).slice(0, MAX_SETS);
}

/**
 * True when `re` is a plain alternation of words (用于|以便|目的), so that "one of its required literals occurs"
 * is exactly "it matches" and a scan decides it without running it.
 */
export function isWordAlternation(re: RegExp): boolean {
  if (re.flags !== '' && re.flags !== 'i') return false;
  const parts = re.source.split('|');
  if (parts.some((p) => p === '' || /[\\^$.*+?()[\]{}]/.test(p))) return false;
  // without the i flag, folding ASCII letters would make the scan looser than the regex
  if (re.flags === '' && parts.some((p) => /[A-Za-z]/.test(p))) return false;
  return requiredLiterals(re) !== null;
}

/**
 * The requirements of many regexes. `add` registers a regex (its requirements are sets of literals, each set met
 * by every match) and returns an id (-1: no prefilter); `scan` marks the sets whose literals occur in a text;
 * `has(id)` then says whether the regex may match it (every one of its sets occurs).
 */
export class LiteralIndex {
  private literals: string[] = [];
  private litIds = new Map<string, number>();
  private setsOfLit: number[][] = [];
  private setCount = 0;
  private setIds = new Map<string, number>();
  /** Per registered regex, the sets it needs (all of them). */
  private groups: number[][] = [];
  private groupStart = new Int32Array(0);
  private groupEnd = new Int32Array(0);
  private groupSets = new Int32Array(0);
  // built tables: a trie of the literals (ASCII folded) — root children by character, deeper edges in an
  // open-addressing table keyed by (node << 16 | character) — and the sets of each literal, as flat typed arrays
  private built = false;
  private rootChild = new Uint16Array(65536);
  private edgeBits = 0;
  private edgeKeys = new Int32Array(0);
  private edgeNode = new Int32Array(0);
  /** Literal ending at each trie node, or -1. */
  private nodeLit = new Int32Array(0);
  /** Per trie node: a 32-bit filter of the next characters (code & 31) of its edges; most walks stop on it. */
  private nodeNext = new Int32Array(0);
  private setStart = new Int32Array(0);
  private setEnd = new Int32Array(0);
  private setList = new Int32Array(0);
  private litStamp = new Int32Array(0);
  private setStamp = new Int32Array(0);
  private stamp = 0;
  private lastText: string | undefined;

  /**
   * Registers a regex; returns its id for `has` (-1: nothing to check). `blanked`: the regex runs on a copy with
   * parts blanked to spaces, so requirements with spaces are left out.
   */
  add(re: RegExp | undefined, blanked = false): number {
    if (!re) return -1;
    const sets = requiredSets(re)
      .filter((lits) => !(blanked && lits.some((l) => /\s/.test(l))))
      .map((lits) => this.addSet(lits));
    if (!sets.length) return -1;
    this.groups.push(sets);
    this.built = false;
    return this.groups.length - 1;
  }

  private addSet(lits: string[]): number {
    const key = [...lits].sort().join('\u0000');
    const known = this.setIds.get(key);
    if (known !== undefined) return known;
    const id = this.setCount++;
    this.setIds.set(key, id);
    for (const l of lits) {
      let li = this.litIds.get(l);
      if (li === undefined) {
        li = this.literals.length;
        this.literals.push(l);
        this.litIds.set(l, li);
        this.setsOfLit.push([]);
      }
      this.setsOfLit[li]!.push(id);
    }
    return id;
  }

  private build(): void {
    // nodes: 0 is the root; edges collected in a Map first, then laid out in the typed table
    const edges = new Map<number, number>();
    const lits: number[] = [-1];
    this.rootChild.fill(0);
    this.literals.forEach((l, li) => {
      let node = 0;
      for (let k = 0; k < l.length; k++) {
        const c = l.charCodeAt(k);
        let next = node === 0 ? this.rootChild[c]! : (edges.get((node << 16) | c) ?? 0);
        if (next === 0) {
          next = lits.length;
          lits.push(-1);
          if (node === 0) this.rootChild[c] = next;
          else edges.set((node << 16) | c, next);
        }
        node = next;
      }
      lits[node] = li;
    });
    if (lits.length >= 0x8000) throw new Error('literal index: too many trie nodes');
    this.nodeLit = Int32Array.from(lits);
    this.nodeNext = new Int32Array(lits.length);
    for (const k of edges.keys()) this.nodeNext[k >>> 16]! |= 1 << (k & 31);
    let bits = 4;
    while (1 << bits < edges.size * 4) bits++;
    this.edgeBits = bits;
    this.edgeKeys = new Int32Array(1 << bits).fill(-1);
    this.edgeNode = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (const [k, node] of edges) {
      let h = Math.imul(k, HASH) >>> (32 - bits);
      while (this.edgeKeys[h] !== -1) h = (h + 1) & mask;
      this.edgeKeys[h] = k;
      this.edgeNode[h] = node;
    }
    this.setStart = new Int32Array(this.literals.length);
    this.setEnd = new Int32Array(this.literals.length);
    const setList: number[] = [];
    this.setsOfLit.forEach((sets, li) => {
      this.setStart[li] = setList.length;
      setList.push(...sets);
      this.setEnd[li] = setList.length;
    });
    this.setList = Int32Array.from(setList);
    this.groupStart = new Int32Array(this.groups.length);
    this.groupEnd = new Int32Array(this.groups.length);
    const groupSets: number[] = [];
    this.groups.forEach((sets, g) => {
      this.groupStart[g] = groupSets.length;
      groupSets.push(...sets);
      this.groupEnd[g] = groupSets.length;
    });
    this.groupSets = Int32Array.from(groupSets);
    this.litStamp = new Int32Array(this.literals.length);
    this.setStamp = new Int32Array(this.setCount);
    this.stamp = 0;
    this.lastText = undefined;
    this.built = true;
  }

  /**
   * Marks the sets whose literals occur in `text` (ASCII folded). Repeated calls with the same text are free.
   * `doc`, `start`, `end`: `text` is doc.slice(start, end); reading the document (a flat string) is faster than
   * reading a slice of it character by character.
   */
  scan(text: string, doc = text, start = 0, end = text.length): void {
    if (!this.built) this.build();
    if (text === this.lastText) return;
    this.lastText = text;
    const stamp = ++this.stamp;
    const rootChild = this.rootChild;
    const edgeKeys = this.edgeKeys;
    const edgeNode = this.edgeNode;
    const nodeLit = this.nodeLit;
    const nodeNext = this.nodeNext;
    const litStamp = this.litStamp;
    const shift = 32 - this.edgeBits;
    const mask = (1 << this.edgeBits) - 1;
    const n = end;
    for (let i = start; i < n; i++) {
      let node = rootChild[fold(doc.charCodeAt(i))]!;
      // walk the trie from position i as far as the text follows it
      for (let j = i + 1; node !== 0; j++) {
        const li = nodeLit[node]!;
        if (li >= 0 && litStamp[li] !== stamp) this.mark(li, stamp);
        if (j >= n) break;
        const c = fold(doc.charCodeAt(j));
        if (((nodeNext[node]! >>> (c & 31)) & 1) === 0) break;
        const key = (node << 16) | c;
        let h = Math.imul(key, HASH) >>> shift;
        let k = edgeKeys[h]!;
        while (k !== key && k !== -1) {
          h = (h + 1) & mask;
          k = edgeKeys[h]!;
        }
        node = k === -1 ? 0 : edgeNode[h]!;
      }
    }
  }

  private mark(li: number, stamp: number): void {
    if (this.litStamp[li] === stamp) return;
    this.litStamp[li] = stamp;
    const setList = this.setList;
    const setStamp = this.setStamp;
    for (let j = this.setStart[li]!, e = this.setEnd[li]!; j < e; j++) setStamp[setList[j]!] = stamp;
  }

  /** After `scan(text)`: false when the regex registered as `id` cannot match `text`. */
  has(id: number): boolean {
    if (id < 0) return true;
    const stamp = this.stamp;
    const setStamp = this.setStamp;
    const groupSets = this.groupSets;
    for (let j = this.groupStart[id]!, e = this.groupEnd[id]!; j < e; j++) if (setStamp[groupSets[j]!] !== stamp) return false;
    return true;
  }
}

/** The index every sentence regex registers in (tag.ts, lexicon.ts, analyze.ts): one scan per sentence serves all. */
export const SENTENCE_LITERALS = new LiteralIndex();
