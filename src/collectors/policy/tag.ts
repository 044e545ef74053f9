// Tags sentences with the items of requirements.md §8. Each tag records the name of the pattern that fired.
import type { PolicyItemId } from '../../core/artifacts.js';
import { isWordAlternation, SENTENCE_LITERALS as LITERALS } from './literals.js';
import { findMatch } from './negation.js';
import { ITEM_PATTERNS, type ItemPatterns, type Pattern, type SentenceContext } from './patterns/index.js';
import type { Topic } from './patterns/topics.js';

export interface TagResult {
  tags: PolicyItemId[];
  why: Partial<Record<PolicyItemId, string>>;
  /**
   * `<item>/<pattern>` for each entry of `why`, in its order (the model's pattern features): strings made once
   * per pattern, since a fresh string per sentence costs an allocation and, as a map key, a hash each time.
   */
  keys: string[];
}

/** What a definition can disclose: the sensitive PI or minors it defines, the PI types it lists, face information. */
const DEFINITION_ITEMS = new Set<PolicyItemId>(['sensitive-pi', 'minors', 'data-types', 'face-info']);
/** A face statement is also a statement of the general item. */
const IMPLIES: [PolicyItemId, PolicyItemId][] = [
  ['face-retention', 'retention'],
  ['face-no-sharing', 'third-party-sharing'],
];

export function tagSentence(c: SentenceContext): TagResult {
  const tags: PolicyItemId[] = [];
  const why: Partial<Record<PolicyItemId, string>> = {};
  const keys: string[] = [];
  LITERALS.scan(c.text);
  const readsTopic = c.topic ? ITEMS_READING.get(c.topic) : undefined;
  for (let n = 0; n < ITEM_PATTERNS.length; n++) {
    const item = ITEM_PATTERNS[n]!;
    if (c.definition && !DEFINITION_ITEMS.has(item.item)) continue;
    // the gate is a cheap necessary condition for the text patterns; SDK table cells and sentences in a chapter
    // of the item's topic are read by position too, so they bypass it
    if (item.gate && !c.sdkRegion && !readsTopic?.[n]) {
      const open = LITERALS.has(GATE_SETS[n]!) && (GATE_WORDS[n]! || item.gate.test(c.text));
      if (!open) continue;
    }
    const pre = PREPARED[n]!;
    for (let k = 0; k < item.patterns.length; k++) {
      const q = pre[k]!;
      // a pattern whose regexes need strings the sentence lacks cannot fire
      if (!LITERALS.has(q.re) || !LITERALS.has(q.and)) continue;
      const p = item.patterns[k]!;
      if (fires(p, c, q)) {
        tags.push(item.item);
        why[item.item] = p.name;
        keys.push(q.key);
        break;
      }
    }
  }
  for (let n = 0; n < IMPLIES.length; n++) {
    const [from, to] = IMPLIES[n]!;
    // an item has a why exactly when it is in tags
    if (tags.length > 1 && tags.includes(from) && !tags.includes(to)) {
      tags.push(to);
      why[to] = `implied-by-${from}`;
      keys.push(IMPLIED_KEYS[n]!);
    }
  }
  return { tags, why, keys };
}

/**
 * Per pattern: the literal sets (literals.ts) its `re`, `and` and `unless` need (-1: none), and whether the scan
 * alone decides the regex (a plain alternation of words, not run on blanked text).
 */
interface Prepared {
  re: number;
  and: number;
  unless: number;
  reWords: boolean;
  andWords: boolean;
  unlessWords: boolean;
  /** `<item>/<pattern name>`, TagResult.keys. */
  key: string;
}

const IMPLIED_KEYS = IMPLIES.map(([from, to]) => `${to}/implied-by-${from}`);
const words = (re: RegExp | undefined, id: number) => !!re && id >= 0 && isWordAlternation(re);
const GATE_SETS = ITEM_PATTERNS.map((item) => LITERALS.add(item.gate));
const GATE_WORDS = ITEM_PATTERNS.map((item, n) => words(item.gate, GATE_SETS[n]!));
const PREPARED: Prepared[][] = ITEM_PATTERNS.map((item) =>
  item.patterns.map((p) => {
    const re = LITERALS.add(p.re, p.stripTitles);
    const and = LITERALS.add(p.and);
    const unless = LITERALS.add(p.unless);
    return { re, and, unless, reWords: !p.stripTitles && words(p.re, re), andWords: words(p.and, and), unlessWords: words(p.unless, unless), key: `${item.item}/${p.name}` };
  }),
);

/** Per item (ITEM_PATTERNS order), the section topics some pattern of the item reads. */
const ITEM_TOPICS: Set<Topic>[] = ITEM_PATTERNS.map((item: ItemPatterns) => new Set(item.patterns.flatMap((p) => p.topic ?? [])));
/** Per topic, per item (ITEM_PATTERNS order): does some pattern of the item read the topic (one lookup per sentence). */
const ITEMS_READING = new Map<Topic, boolean[]>(
  [...new Set(ITEM_TOPICS.flatMap((t) => [...t]))].map((topic) => [topic, ITEM_TOPICS.map((t) => t.has(topic))]),
);

/** `q`: the pattern's literal sets; tagSentence has checked that the `re` and `and` sets occur. */
function fires(p: Pattern, c: SentenceContext, q: Prepared): boolean {
  if (c.heading && !p.onHeading) return false;
  if (p.face && !c.face) return false;
  if (p.faceWord && !c.faceWord) return false;
  if (p.notSdk && c.sdkRow) return false;
  if (p.section && !p.section.test(c.section)) return false;
  if (p.topic && !(c.topic && p.topic.includes(c.topic))) return false;
  if (p.sdkRegion && !c.sdkRegion) return false;
  if (p.test && !p.test(c)) return false;
  if (p.re) {
    const text = p.stripTitles ? withoutTitles(c.text) : c.text;
    if (p.affirm || p.negated) {
      if (findMatch(text, p.re, !!p.negated) < 0) return false;
    } else if (!q.reWords && !p.re.test(text)) return false;
  }
  if (p.and && !q.andWords && !p.and.test(c.text)) return false;
  if (p.unless && LITERALS.has(q.unless) && (q.unlessWords || p.unless.test(c.text))) return false;
  return true;
}

/** 《…》 blanked with spaces of the same length, so offsets still hold. */
export function withoutTitles(text: string): string {
  return text.includes('《') ? text.replace(/《[^》]{0,60}》/g, (m) => ' '.repeat(m.length)) : text;
}
