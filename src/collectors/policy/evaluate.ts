// Evaluation against hand labels: labels/policies/*.json name a corpus policy and list sentences by offsets
// into the analyzer's clean text, with the items each discloses. A labelled sentence and an analyzer
// sentence match when they overlap by at least half of the shorter one. Per item:
//   precision = analyzer sentences with the tag that match a labelled sentence with the tag / analyzer sentences with the tag
//   recall    = labelled sentences with the tag that match an analyzer sentence with the tag / labelled sentences with the tag
// Run: node .build/<dir>/collectors/policy/evaluate.js [labelsDir] [corpusDir]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POLICY_ITEMS, type PolicyArtifact, type PolicyItemId } from '../../core/artifacts.js';
import { corpusDir, projectRoot } from '../../core/paths.js';
import { analyzePolicyFile } from './analyze.js';
import { PolicyInputError } from './errors.js';

export interface LabelSentence {
  start: number;
  end: number;
  tags: PolicyItemId[];
}

export interface LabelFile {
  file: string;
  labeler?: string;
  /** Length of the clean text the labels index, when the labeler recorded it. */
  textLength?: number;
  sentences: LabelSentence[];
}

export interface ItemScore {
  item: PolicyItemId;
  /** Labelled sentences with the tag, and how many the analyzer found. */
  gold: number;
  found: number;
  /** Analyzer sentences with the tag, and how many are right. */
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Evaluation {
  files: string[];
  /** Labelled files the analyzer refused (PolicyInputError): their labelled sentences all count as missed. */
  refused: { file: string; reason: string }[];
  items: ItemScore[];
  /** Over all items pooled. */
  micro: { precision: number | null; recall: number | null; f1: number | null };
}

export function labelsDir(): string {
  return join(projectRoot(), 'labels', 'policies');
}

export function readLabels(dir = labelsDir()): LabelFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'floors.json')
    .sort()
    .map((f) => {
      const l = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile;
      if (typeof l.file !== 'string' || !Array.isArray(l.sentences)) throw new Error(`${f}: not a label file ({file, sentences[]})`);
      for (const s of l.sentences) {
        for (const t of s.tags) if (!(POLICY_ITEMS as readonly string[]).includes(t)) throw new Error(`${f}: unknown item "${t}"`);
      }
      return l;
    });
}

/** Two spans match when they overlap by at least half of the shorter one. */
export function overlapMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

interface Counts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

/** Counts for one labelled file against the analyzer's artifact of that file. */
export function countFile(label: LabelFile, artifact: PolicyArtifact): Record<PolicyItemId, Counts> {
  if (label.textLength !== undefined && label.textLength !== artifact.text.length) {
    throw new Error(`${label.file}: labels index a text of ${label.textLength} characters, the analyzer's clean text has ${artifact.text.length}`);
  }
  for (const s of label.sentences) {
    if (s.start < 0 || s.end > artifact.text.length || s.end <= s.start) {
      throw new Error(`${label.file}: label span ${s.start}-${s.end} is outside the clean text (length ${artifact.text.length})`);
    }
  }
  const out = {} as Record<PolicyItemId, Counts>;
  for (const item of POLICY_ITEMS) {
    const gold = label.sentences.filter((s) => s.tags.includes(item));
    const pred = artifact.sentences.filter((s) => s.tags.includes(item));
    out[item] = {
      gold: gold.length,
      found: gold.filter((g) => pred.some((p) => overlapMatch(g, p))).length,
      predicted: pred.length,
      correct: pred.filter((p) => gold.some((g) => overlapMatch(g, p))).length,
    };
  }
  return out;
}

export function score(c: Counts): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = c.predicted ? c.correct / c.predicted : null;
  const recall = c.gold ? c.found / c.gold : null;
  // no labelled sentence for the item: F1 is undefined (precision is still shown)
  const f1 = recall === null ? null : precision === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export async function evaluate(dir = labelsDir(), corpus = corpusDir('policies')): Promise<Evaluation> {
  const labels = readLabels(dir);
  const total = Object.fromEntries(POLICY_ITEMS.map((i) => [i, { gold: 0, found: 0, predicted: 0, correct: 0 }])) as Record<PolicyItemId, Counts>;
  const refused: Evaluation['refused'] = [];
  for (const label of labels) {
    let artifact: PolicyArtifact;
    try {
      artifact = await analyzePolicyFile(resolve(corpus, label.file));
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      refused.push({ file: label.file, reason: e.problem });
      for (const s of label.sentences) for (const t of s.tags) total[t].gold++;
      continue;
    }
    const c = countFile(label, artifact);
    for (const i of POLICY_ITEMS) {
      total[i].gold += c[i].gold;
      total[i].found += c[i].found;
      total[i].predicted += c[i].predicted;
      total[i].correct += c[i].correct;
    }
  }
  const items = POLICY_ITEMS.map((item) => ({ item, ...total[item], ...score(total[item]) }));
  const pooled = items.reduce((a, x) => ({ gold: a.gold + x.gold, found: a.found + x.found, predicted: a.predicted + x.predicted, correct: a.correct + x.correct }), {
    gold: 0,
    found: 0,
    predicted: 0,
    correct: 0,
  });
  return { files: labels.map((l) => l.file), refused, items, micro: score(pooled) };
}

export function evaluationTable(e: Evaluation): string {
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  const rows = e.items.map((s) => `| \`${s.item}\` | ${s.gold} | ${s.predicted} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`);
  return [
    `${e.files.length} labelled policies${e.refused.length ? ` (${e.refused.length} refused by the analyzer, their labels counted as missed: ${e.refused.map((r) => `${r.file} (${r.reason})`).join(', ')})` : ''}.`,
    '',
    '| Item | Labelled | Tagged | Precision | Recall | F1 |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| **all (micro)** | | | ${f(e.micro.precision)} | ${f(e.micro.recall)} | ${f(e.micro.f1)} |`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const e = await evaluate(process.argv[2] ? resolve(process.argv[2]) : undefined, process.argv[3] ? resolve(process.argv[3]) : undefined);
  console.log(e.files.length ? evaluationTable(e) : `No label files in ${process.argv[2] ?? labelsDir()}.`);
}
