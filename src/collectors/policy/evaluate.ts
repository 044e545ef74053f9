// Evaluation against hand labels: labels/policies/*.json name a corpus policy and list sentences by offsets
// into the analyzer's clean text, with the items each discloses. A labelled sentence and an analyzer
// sentence match when they overlap by at least half of the shorter one. Per item:
//   precision = analyzer sentences with the tag that match a labelled sentence with the tag / analyzer sentences with the tag
//   recall    = labelled sentences with the tag that match an analyzer sentence with the tag / labelled sentences with the tag
// Run: node .build/<dir>/collectors/policy/evaluate.js [labelsDir] [corpusDir] [--split dev|heldout|all]
//        [--show-errors ITEM] (DEV only: the false negatives and false positives of one item, to tune on)
//        [--write-split] (writes labels/policies/split.json from the label file names)
// DEV / HELD-OUT: label files sorted by the sha256 of their file name; the first two thirds are DEV. Tuning
// looks only at DEV errors; HELD-OUT is scored, never printed sentence by sentence.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  /** File level: is the item present in the policy at all (what the rules read)? */
  files: { gold: number; predicted: number; correct: number; precision: number | null; recall: number | null; f1: number | null };
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

/** JSON files in the label folder that are not label files. */
const NOT_LABELS = new Set(['floors.json', 'split.json']);

export type SplitName = 'dev' | 'heldout' | 'all';

export interface Split {
  comment?: string;
  dev: string[];
  heldout: string[];
}

/** Label file names sorted by the sha256 of the name; the first two thirds (rounded) are DEV, the rest HELD-OUT. */
export function computeSplit(labelFiles: string[]): Split {
  const h = (f: string) => createHash('sha256').update(f).digest('hex');
  const sorted = [...labelFiles].sort((a, b) => (h(a) < h(b) ? -1 : h(a) > h(b) ? 1 : 0));
  const n = Math.round((sorted.length * 2) / 3);
  return { dev: sorted.slice(0, n).sort(), heldout: sorted.slice(n).sort() };
}

const SPLIT_COMMENT =
  'HELD-OUT is frozen: the first 42 label files were sorted by sha256 of the file name, the first two thirds went to DEV, the rest to HELD-OUT. Label files added later join DEV (so held-out figures stay comparable). Written by evaluate.js --write-split.';

/** Keeps an existing split's HELD-OUT as it is and puts label files it does not know into DEV. */
export function extendSplit(labelFiles: string[], existing: Split | undefined): Split {
  if (!existing) return computeSplit(labelFiles);
  const held = new Set(existing.heldout);
  return { dev: labelFiles.filter((f) => !held.has(f)).sort(), heldout: existing.heldout.filter((f) => labelFiles.includes(f)).sort() };
}

export function labelFileNames(dir = labelsDir()): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !NOT_LABELS.has(f)).sort() : [];
}

export function readSplit(dir = labelsDir()): Split {
  const p = join(dir, 'split.json');
  if (!existsSync(p)) throw new Error(`${p} is missing: run evaluate.js --write-split`);
  return JSON.parse(readFileSync(p, 'utf8')) as Split;
}

/** The label file names (…txt.json) a split selects; undefined for all. */
export function splitFiles(name: SplitName, dir = labelsDir()): Set<string> | undefined {
  if (name === 'all') return undefined;
  const s = readSplit(dir);
  return new Set(name === 'dev' ? s.dev : s.heldout);
}

export function readLabels(dir = labelsDir(), only?: Set<string>): LabelFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !NOT_LABELS.has(f))
    .sort()
    .filter((f) => !only || only.has(f))
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

export interface Counts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

interface Tagged {
  start: number;
  end: number;
  tags: readonly string[];
}

/**
 * File-level presence, what the rules read (`items[x].present`): per item, the files whose labels have it
 * (gold), the files where it was found present (predicted) and both (correct; found = correct).
 */
export function countPresence(goldItems: ReadonlySet<string>, predItems: ReadonlySet<string>): Record<PolicyItemId, Counts> {
  const out = {} as Record<PolicyItemId, Counts>;
  for (const item of POLICY_ITEMS) {
    const g = goldItems.has(item) ? 1 : 0;
    const both = g && predItems.has(item) ? 1 : 0;
    out[item] = { gold: g, found: both, predicted: predItems.has(item) ? 1 : 0, correct: both };
  }
  return out;
}

export function itemsOf(spans: readonly Tagged[]): Set<string> {
  return new Set(spans.flatMap((s) => s.tags));
}

export function addCounts(into: Record<PolicyItemId, Counts>, c: Record<PolicyItemId, Counts>): void {
  for (const i of POLICY_ITEMS) {
    into[i].gold += c[i].gold;
    into[i].found += c[i].found;
    into[i].predicted += c[i].predicted;
    into[i].correct += c[i].correct;
  }
}

export function zeroCounts(): Record<PolicyItemId, Counts> {
  return Object.fromEntries(POLICY_ITEMS.map((i) => [i, { gold: 0, found: 0, predicted: 0, correct: 0 }])) as Record<PolicyItemId, Counts>;
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
  return countSpans(label.sentences, artifact.sentences);
}

/** Per item: reference spans against predicted spans (an analyzer's sentences or a second annotator's). */
export function countSpans(gold: readonly Tagged[], pred: readonly Tagged[]): Record<PolicyItemId, Counts> {
  const out = {} as Record<PolicyItemId, Counts>;
  for (const item of POLICY_ITEMS) {
    const g = gold.filter((s) => s.tags.includes(item));
    const p = pred.filter((s) => s.tags.includes(item));
    out[item] = {
      gold: g.length,
      found: g.filter((x) => p.some((y) => overlapMatch(x, y))).length,
      predicted: p.length,
      correct: p.filter((y) => g.some((x) => overlapMatch(x, y))).length,
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

export async function evaluate(dir = labelsDir(), corpus = corpusDir('policies'), only?: Set<string>): Promise<Evaluation> {
  const labels = readLabels(dir, only);
  const total = zeroCounts();
  const presence = zeroCounts();
  const refused: Evaluation['refused'] = [];
  for (const label of labels) {
    let artifact: PolicyArtifact;
    try {
      artifact = await analyzePolicyFile(resolve(corpus, label.file));
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      refused.push({ file: label.file, reason: e.problem });
      addCounts(total, countSpans(label.sentences, []));
      addCounts(presence, countPresence(itemsOf(label.sentences), new Set()));
      continue;
    }
    addCounts(total, countFile(label, artifact));
    const present = new Set(POLICY_ITEMS.filter((i) => artifact.items[i].present));
    addCounts(presence, countPresence(itemsOf(label.sentences), present));
  }
  const items = POLICY_ITEMS.map((item) => ({ item, ...total[item], ...score(total[item]), files: fileScore(presence[item]) }));
  return { files: labels.map((l) => l.file), refused, items, micro: score(pool(Object.values(total))) };
}

export function fileScore(c: Counts): ItemScore['files'] {
  return { gold: c.gold, predicted: c.predicted, correct: c.correct, ...score(c) };
}

export function pool(cs: readonly Counts[]): Counts {
  return cs.reduce((a, x) => ({ gold: a.gold + x.gold, found: a.found + x.found, predicted: a.predicted + x.predicted, correct: a.correct + x.correct }), {
    gold: 0,
    found: 0,
    predicted: 0,
    correct: 0,
  });
}

export function evaluationTable(e: Evaluation): string {
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  const rows = e.items.map(
    (s) => `| \`${s.item}\` | ${s.gold} | ${s.predicted} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${s.files.gold} / ${s.files.predicted} / ${s.files.correct} | ${f(s.files.f1)} |`,
  );
  return [
    `${e.files.length} labelled policies${e.refused.length ? ` (${e.refused.length} refused by the analyzer, their labels counted as missed: ${e.refused.map((r) => `${r.file} (${r.reason})`).join(', ')})` : ''}.`,
    '',
    '| Item | Labelled | Tagged | Precision | Recall | F1 | Files labelled / found / both | File-level F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    `| **all (micro)** | | | ${f(e.micro.precision)} | ${f(e.micro.recall)} | ${f(e.micro.f1)} | | ${f(score(pool(e.items.map((s) => ({ ...s.files, found: s.files.correct })))).f1)} |`,
  ].join('\n');
}

/**
 * The errors of one item on the given label files: labelled sentences the analyzer missed (with the tags it
 * gave the overlapping sentence) and sentences it tagged that no label supports (with the pattern that fired).
 */
export async function itemErrors(item: PolicyItemId, labels: LabelFile[], corpus = corpusDir('policies')): Promise<string[]> {
  const out: string[] = [];
  const clip = (t: string) => (t.length > 160 ? t.slice(0, 160) + '…' : t).replace(/\n/g, ' ');
  for (const label of labels) {
    let a: PolicyArtifact;
    try {
      a = await analyzePolicyFile(resolve(corpus, label.file));
    } catch {
      continue;
    }
    const gold = label.sentences.filter((s) => s.tags.includes(item));
    const pred = a.sentences.filter((s) => s.tags.includes(item));
    for (const g of gold) {
      if (pred.some((p) => overlapMatch(g, p))) continue;
      const p = a.sentences.find((x) => overlapMatch(g, x));
      out.push(`FN ${label.file}@${g.start} [${p?.section?.join(' / ') ?? ''}] {${p?.tags.join(',') ?? 'no sentence'}} ${clip(a.text.slice(g.start, g.end))}`);
    }
    for (const p of pred) {
      if (gold.some((g) => overlapMatch(g, p))) continue;
      const l = label.sentences.find((g) => overlapMatch(g, p));
      out.push(`FP ${label.file}@${p.start} (${p.why?.[item] ?? '?'}) [${p.section?.join(' / ') ?? ''}] {gold:${l?.tags.join(',') ?? ''}} ${clip(p.text)}`);
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const splitName = (flag('--split') ?? 'all') as SplitName;
  const errorsOf = flag('--show-errors') as PolicyItemId | undefined;
  const writeSplit = args.includes('--write-split');
  const positional = args.filter((a) => !a.startsWith('--'));
  const dir = positional[0] ? resolve(positional[0]) : labelsDir();
  const corpus = positional[1] ? resolve(positional[1]) : undefined;
  if (!['dev', 'heldout', 'all'].includes(splitName)) throw new Error(`--split must be dev, heldout or all, not ${splitName}`);
  if (writeSplit) {
    const split = extendSplit(labelFileNames(dir), existsSync(join(dir, 'split.json')) ? readSplit(dir) : undefined);
    const body = { comment: SPLIT_COMMENT, ...split };
    writeFileSync(join(dir, 'split.json'), JSON.stringify(body, null, 2) + '\n');
    console.log(`split.json: ${split.dev.length} dev, ${split.heldout.length} held-out`);
  } else if (errorsOf) {
    // errors are shown for DEV files only: HELD-OUT sentences must not be read while tuning
    if (!(POLICY_ITEMS as readonly string[]).includes(errorsOf)) throw new Error(`unknown item ${errorsOf}`);
    const lines = await itemErrors(errorsOf, readLabels(dir, splitFiles('dev', dir)), corpus);
    console.log(lines.join('\n'));
    console.log(`${lines.filter((l) => l.startsWith('FN')).length} FN, ${lines.filter((l) => l.startsWith('FP')).length} FP on DEV`);
  } else {
    const e = await evaluate(dir, corpus, splitFiles(splitName, dir));
    console.log(`split: ${splitName}`);
    console.log(e.files.length ? evaluationTable(e) : `No label files in ${dir}.`);
  }
}
