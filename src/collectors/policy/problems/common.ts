// What the problem and statement finders see of a sentence, and small shared helpers.
import type { PolicyItemId, PolicyProblem, PolicyProblemId, PolicyStatement, PolicyStatementId } from '../../../core/artifacts.js';
import { findMatch } from '../negation.js';

export interface HintSentence {
  text: string;
  /** Final tags (after the statistical layer). */
  tags: readonly PolicyItemId[];
  /** A cell of an SDK list (a row or a region under an SDK heading): it speaks for the SDK, not the policy holder. */
  sdk: boolean;
  heading: boolean;
  /** The heading path joined, '' outside any section: sentences of one section form a passage. */
  section: string;
}

/** Sentences longer than this are page text the splitter could not cut: too loose to read a statement from. */
export const LONG = 200;

/** True when `re` matches somewhere in `text` without a negator governing the match. */
export const affirmed = (text: string, re: RegExp): boolean => findMatch(text, re, false) >= 0;

export const tagged = (s: HintSentence, ...items: PolicyItemId[]): boolean => items.some((i) => s.tags.includes(i));

/** Indexes of the sentences that pass `test`. */
export const where = (sentences: readonly HintSentence[], test: (s: HintSentence) => boolean): number[] =>
  sentences.flatMap((s, i) => (test(s) ? [i] : []));

export function problem(id: PolicyProblemId, zh: string, en: string, sentences: number[]): PolicyProblem[] {
  return sentences.length ? [{ id, message: { zh, en }, sentences }] : [];
}

export function statement(id: PolicyStatementId, zh: string, en: string, sentences: number[]): PolicyStatement[] {
  return sentences.length ? [{ id, message: { zh, en }, sentences }] : [];
}
