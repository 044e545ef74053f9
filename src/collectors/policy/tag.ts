// Tags sentences with the items of requirements.md §8. Each tag records the name of the pattern that fired.
import type { PolicyItemId } from '../../core/artifacts.js';
import { findMatch } from './negation.js';
import { ITEM_PATTERNS, type ItemPatterns, type Pattern, type SentenceContext } from './patterns/index.js';
import type { Topic } from './patterns/topics.js';

export interface TagResult {
  tags: PolicyItemId[];
  why: Partial<Record<PolicyItemId, string>>;
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
  for (let n = 0; n < ITEM_PATTERNS.length; n++) {
    const item = ITEM_PATTERNS[n]!;
    if (c.definition && !DEFINITION_ITEMS.has(item.item)) continue;
    // the gate is a cheap necessary condition for the text patterns; SDK table cells and sentences in a chapter
    // of the item's topic are read by position too, so they bypass it
    if (item.gate && !c.sdkRegion && !(c.topic && ITEM_TOPICS[n]!.has(c.topic)) && !item.gate.test(c.text)) continue;
    for (const p of item.patterns) {
      if (fires(p, c)) {
        tags.push(item.item);
        why[item.item] = p.name;
        break;
      }
    }
  }
  for (const [from, to] of IMPLIES) {
    if (why[from] && !why[to]) {
      tags.push(to);
      why[to] = `implied-by-${from}`;
    }
  }
  return { tags, why };
}

/** Per item (ITEM_PATTERNS order), the section topics some pattern of the item reads. */
const ITEM_TOPICS: Set<Topic>[] = ITEM_PATTERNS.map((item: ItemPatterns) => new Set(item.patterns.flatMap((p) => p.topic ?? [])));

function fires(p: Pattern, c: SentenceContext): boolean {
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
    } else if (!p.re.test(text)) return false;
  }
  if (p.and && !p.and.test(c.text)) return false;
  if (p.unless && p.unless.test(c.text)) return false;
  return true;
}

/** 《…》 blanked with spaces of the same length, so offsets still hold. */
function withoutTitles(text: string): string {
  return text.includes('《') ? text.replace(/《[^》]{0,60}》/g, (m) => ' '.repeat(m.length)) : text;
}
