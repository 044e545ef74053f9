// What the problem and statement finders see of a sentence, and small shared helpers.
import type { PolicyItemId, PolicyProblem, PolicyProblemId, PolicyStatement, PolicyStatementId } from '../../../core/artifacts.js';
import { SENTENCE_LITERALS } from '../literals.js';
import { findMatch } from '../negation.js';

export interface HintSentence {
  text: string;
  /** Final tags (after the statistical layer). */
  tags: readonly PolicyItemId[];
  /** A cell of an SDK list (a row or a region under an SDK heading): it speaks for the SDK, not the policy holder. */
  sdk: boolean;
  heading: boolean;
  /** The heading path, if any: sentences of one section form a passage. */
  section: readonly string[] | undefined;
  /** Bits of the hint regexes (`hint`) that may match: their required strings occur (`hintMask`). */
  may: number;
}

/**
 * A hint regex with a literal prefilter: registered in the sentence scan (literals.ts), so that a regex whose
 * required strings are absent from a sentence is not run on it. `bit` 0: no prefilter (always run).
 */
export interface Hint {
  re: RegExp;
  bit: number;
}

/** Literal-set ids of the registered hint regexes, by bit. */
const HINT_SETS: number[] = [];
/** Every registered hint (literals.test.ts checks their prefilters on corpus sentences). */
export const HINTS: Hint[] = [];

/** Registers a hint regex; the first 31 with a prefilter get a bit of `HintSentence.may`, the rest always run. */
export function hint(re: RegExp): Hint {
  const id = SENTENCE_LITERALS.add(re);
  const h = { re, bit: 0 };
  if (id >= 0 && HINT_SETS.length < 31) h.bit = 1 << (HINT_SETS.push(id) - 1);
  HINTS.push(h);
  return h;
}

/** After `SENTENCE_LITERALS.scan(sentence)`: the bits of the hint regexes that may match it. */
export function hintMask(): number {
  let mask = 0;
  for (let b = 0; b < HINT_SETS.length; b++) if (SENTENCE_LITERALS.has(HINT_SETS[b]!)) mask |= 1 << b;
  return mask;
}

/** False when the sentence lacks the strings any match of `h` needs. */
const may = (s: HintSentence, h: Hint): boolean => (s.may & h.bit) === h.bit;

/** `h` matches the sentence. */
export const matches = (s: HintSentence, h: Hint): boolean => may(s, h) && h.re.test(s.text);

/** Sentences longer than this are page text the splitter could not cut: too loose to read a statement from. */
export const LONG = 200;

/** True when `re` matches somewhere in `text` without a negator governing the match. */
export const affirmed = (text: string, re: RegExp): boolean => findMatch(text, re, false) >= 0;

/** `affirmed` for a hint regex, with its prefilter. */
export const affirmedIn = (s: HintSentence, h: Hint): boolean => may(s, h) && affirmed(s.text, h.re);

export const tagged = (s: HintSentence, ...items: PolicyItemId[]): boolean => items.some((i) => s.tags.includes(i));

/** Indexes of the sentences that pass `test` (a plain loop: this runs per sentence for every hint). */
export function where(sentences: readonly HintSentence[], test: (s: HintSentence) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) if (test(sentences[i]!)) out.push(i);
  return out;
}

export function problem(id: PolicyProblemId, zh: string, en: string, sentences: number[]): PolicyProblem[] {
  return sentences.length ? [{ id, message: { zh, en }, sentences }] : [];
}

export function statement(id: PolicyStatementId, zh: string, en: string, sentences: number[]): PolicyStatement[] {
  return sentences.length ? [{ id, message: { zh, en }, sentences }] : [];
}
