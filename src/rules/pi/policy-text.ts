// Reading tagged policy sentences: which sentences carry a tag, which match a pattern, their context.
// The policy analyzer tags sentences; these helpers only look at its output (no file parsing here).
import type { Evidence } from '../../core/types.js';
import type { PolicyArtifact, PolicyItemId, PolicyProblemId, PolicyStatementId } from '../../core/artifacts.js';
import { quote } from '../helpers.js';

export interface Hit {
  policy: PolicyArtifact;
  index: number;
}

export const hitText = (h: Hit): string => h.policy.sentences[h.index]?.text ?? '';
export const quoteHit = (h: Hit): Evidence => quote(h.policy, h.index);

/** Sentences carrying any of the tags (all sentences when `tags` is empty). */
export function sentencesTagged(policies: PolicyArtifact[], tags: PolicyItemId[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const policy of policies) {
    policy.sentences.forEach((s, index) => {
      if (tags.length === 0 || s.tags.some((t) => tags.includes(t))) hits.push({ policy, index });
    });
  }
  return hits;
}

/** Sentences (optionally only those with one of the tags) whose text matches every pattern. */
export function matching(policies: PolicyArtifact[], patterns: RegExp | RegExp[], tags: PolicyItemId[] = []): Hit[] {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return sentencesTagged(policies, tags).filter((h) => list.every((re) => re.test(hitText(h))));
}

/**
 * The sentence and its neighbourhood: the sentences of the same section when the analyzer gave sections,
 * otherwise `radius` sentences either side. Used to see what a passage says around a tagged sentence.
 */
export function around(h: Hit, radius = 2): Hit[] {
  const { policy, index } = h;
  const section = policy.sentences[index]?.section?.join('\u0000');
  const out: Hit[] = [];
  policy.sentences.forEach((s, i) => {
    const near = Math.abs(i - index) <= radius;
    const same = section !== undefined && section !== '' && s.section?.join('\u0000') === section;
    if (near || same) out.push({ policy, index: i });
  });
  return out;
}

/** A policy that is itself the dedicated under-14 rules (儿童个人信息保护规则 …): the analyzer reads its title. */
export function isMinorsPolicy(policy: PolicyArtifact): boolean {
  return policy.facts.minorsDocument === true;
}

/** Sentences behind the analyzer's problem hints with these IDs, in sentence order, each once. */
export function problemHits(policies: PolicyArtifact[], ...ids: PolicyProblemId[]): Hit[] {
  return hitsOf(policies, (p) => p.problems.filter((x) => (ids as string[]).includes(x.id)));
}

/** Sentences behind the statements with these IDs (see PolicyArtifact.facts.statements). */
export function statementHits(policies: PolicyArtifact[], ...ids: PolicyStatementId[]): Hit[] {
  return hitsOf(policies, (p) => (p.facts.statements ?? []).filter((x) => ids.includes(x.id)));
}

function hitsOf(policies: PolicyArtifact[], pick: (p: PolicyArtifact) => { sentences: number[] }[]): Hit[] {
  return policies.flatMap((policy) => [...new Set(pick(policy).flatMap((x) => x.sentences))].sort((a, b) => a - b).map((index) => ({ policy, index })));
}

/** Which of the items one policy carries (quoting the first sentence of each) and which it lacks. */
export function itemsIn(policy: PolicyArtifact, items: PolicyItemId[]): { found: Evidence[]; missing: PolicyItemId[] } {
  const found: Evidence[] = [];
  const missing: PolicyItemId[] = [];
  for (const item of items) {
    const first = policy.items[item]?.present ? policy.items[item].sentences[0] : undefined;
    if (first !== undefined) found.push(quote(policy, first));
    else missing.push(item);
  }
  return { found, missing };
}
