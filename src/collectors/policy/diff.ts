// Differences between two versions of a policy: which disclosures were added, removed or changed, and which
// facts changed. Inspectors use it to check that a change was notified (PI-01, TAF-6.1e).
import { POLICY_ITEMS, type PolicyArtifact, type PolicyItemId } from '../../core/artifacts.js';

export interface ItemChange {
  item: PolicyItemId;
  change: 'added' | 'removed' | 'changed';
  /** Supporting sentences only in the old version / only in the new one. */
  removedSentences: string[];
  addedSentences: string[];
}

export interface FactChange {
  fact: string;
  before: unknown;
  after: unknown;
}

export interface PolicyDiff {
  old: string;
  new: string;
  items: ItemChange[];
  facts: FactChange[];
  /** Content changed but neither the update date nor the effective date did. */
  undatedChange: boolean;
}

export function diffPolicies(a: PolicyArtifact, b: PolicyArtifact): PolicyDiff {
  const items: ItemChange[] = [];
  for (const id of POLICY_ITEMS) {
    const before = sentencesOf(a, id);
    const after = sentencesOf(b, id);
    const removed = [...before.keys()].filter((k) => !after.has(k)).map((k) => before.get(k)!);
    const added = [...after.keys()].filter((k) => !before.has(k)).map((k) => after.get(k)!);
    const pa = a.items[id].present;
    const pb = b.items[id].present;
    if (pa && !pb) items.push({ item: id, change: 'removed', removedSentences: removed, addedSentences: [] });
    else if (!pa && pb) items.push({ item: id, change: 'added', removedSentences: [], addedSentences: added });
    else if (pa && pb && (removed.length || added.length)) items.push({ item: id, change: 'changed', removedSentences: removed, addedSentences: added });
  }
  const facts: FactChange[] = [];
  const fa = a.facts;
  const fb = b.facts;
  const cmp = (fact: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) facts.push({ fact, before: x, after: y });
  };
  cmp('controllers', fa.controllers, fb.controllers);
  cmp('contacts', fa.contacts.map((c) => `${c.type}:${c.value}`).sort(), fb.contacts.map((c) => `${c.type}:${c.value}`).sort());
  cmp('effectiveDate', fa.effectiveDate, fb.effectiveDate);
  cmp('updatedDate', fa.updatedDate, fb.updatedDate);
  cmp('retentionDays', fa.retention.map((r) => r.days ?? r.rule).sort(), fb.retention.map((r) => r.days ?? r.rule).sort());
  cmp('dataTypes', [...fa.dataTypes].sort(), [...fb.dataTypes].sort());
  cmp('sdks', fa.sdks.map((s) => s.name).sort(), fb.sdks.map((s) => s.name).sort());
  const { retention: _ra, deletionPath: _da, ...faceA } = fa.face;
  const { retention: _rb, deletionPath: _db, ...faceB } = fb.face;
  cmp('face', faceA, faceB);
  const contentChanged = items.length > 0 || facts.some((f) => f.fact !== 'effectiveDate' && f.fact !== 'updatedDate');
  const dated = facts.some((f) => f.fact === 'effectiveDate' || f.fact === 'updatedDate');
  return { old: a.source, new: b.source, items, facts, undatedChange: contentChanged && !dated };
}

/** Sentence texts supporting an item, keyed by their text with whitespace and punctuation removed. */
function sentencesOf(p: PolicyArtifact, id: PolicyItemId): Map<string, string> {
  const m = new Map<string, string>();
  for (const i of p.items[id].sentences) {
    const t = p.sentences[i]!.text;
    m.set(t.replace(/[\s\p{P}]/gu, ''), t);
  }
  return m;
}
