// Inter-annotator agreement: a second annotator labelled some policies again, blind to the first labels
// (labels/agreement/). Counting the second annotator's spans against the first's with the evaluation's rule
// gives per-item F1 between two careful humans: the ceiling any analyzer can be measured against with these
// labels. For comparison the analyzer is scored against each annotator on the same files.
// Run: node .build/<dir>/collectors/policy/agreement.js [labels/agreement]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../core/paths.js';
import { POLICY_ITEMS, type PolicyArtifact, type PolicyItemId } from '../../core/artifacts.js';
import { corpusDir } from '../../core/paths.js';
import { analyzePolicyFile } from './analyze.js';
import { addCounts, countPresence, countSpans, fileScore, itemsOf, labelsDir, pool, readLabels, score, zeroCounts, type Counts, type ItemScore, type LabelFile } from './evaluate.js';

export interface Comparison {
  /** Reference / compared: e.g. "first annotator" vs "second annotator". */
  name: string;
  items: ItemScore[];
  micro: ReturnType<typeof score>;
}

export interface Agreement {
  files: string[];
  comparisons: Comparison[];
}

function compare(name: string, pairs: { gold: LabelFile['sentences']; pred: { start: number; end: number; tags: readonly string[] }[] }[]): Comparison {
  const spans = zeroCounts();
  const presence = zeroCounts();
  for (const p of pairs) {
    addCounts(spans, countSpans(p.gold, p.pred));
    addCounts(presence, countPresence(itemsOf(p.gold), itemsOf(p.pred)));
  }
  const items = POLICY_ITEMS.map((item) => ({ item, ...spans[item], ...score(spans[item]), files: fileScore(presence[item]) }));
  return { name, items, micro: score(pool(Object.values(spans) as Counts[])) };
}

/** Second-annotator label files in `otherDir`, each compared with the first annotator's file of the same name. */
export async function agreement(otherDir: string, refDir = labelsDir(), corpus = corpusDir('policies')): Promise<Agreement> {
  const others = readLabels(otherDir);
  const refs = new Map(readLabels(refDir, new Set(others.map((o) => `${o.file}.json`))).map((r) => [r.file, r]));
  const missing = others.filter((o) => !refs.has(o.file)).map((o) => o.file);
  if (missing.length) throw new Error(`no first-annotator labels for ${missing.join(', ')} in ${refDir}`);
  const rows = await Promise.all(
    others.map(async (o) => ({ other: o, ref: refs.get(o.file)!, artifact: (await analyzePolicyFile(resolve(corpus, o.file))) as PolicyArtifact })),
  );
  const present = (a: PolicyArtifact) => POLICY_ITEMS.filter((i) => a.items[i].present).map((i) => ({ start: 0, end: 1, tags: [i] }));
  const analyzerVs = (gold: (r: (typeof rows)[number]) => LabelFile) =>
    rows.map((r) => ({ gold: gold(r).sentences, pred: r.artifact.sentences, presentOnly: present(r.artifact) }));
  const withPresence = (name: string, pairs: ReturnType<typeof analyzerVs>) => {
    // the analyzer's file-level presence is items[x].present, which can differ from "some sentence has the tag"
    const c = compare(name, pairs);
    const presence = zeroCounts();
    for (const p of pairs) addCounts(presence, countPresence(itemsOf(p.gold), itemsOf(p.presentOnly)));
    c.items = c.items.map((s) => ({ ...s, files: fileScore(presence[s.item as PolicyItemId]) }));
    return c;
  };
  return {
    files: rows.map((r) => r.other.file),
    comparisons: [
      compare('second annotator vs first', rows.map((r) => ({ gold: r.ref.sentences, pred: r.other.sentences }))),
      withPresence('analyzer vs first (trained on these files)', analyzerVs((r) => r.ref)),
      withPresence('analyzer vs second (never seen)', analyzerVs((r) => r.other)),
    ],
  };
}

export function agreementTable(a: Agreement): string {
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  const [human, ...rest] = a.comparisons;
  const head = ['| Item | Labelled (first / second) | Humans: sentence F1 | Humans: file-level F1 |', ...rest.map((c) => ` ${c.name}: sentence F1 |`)].join('');
  const rows = POLICY_ITEMS.map((item, i) => {
    const h = human!.items[i]!;
    return [`| \`${item}\` | ${h.gold} / ${h.predicted} | ${f(h.f1)} | ${f(h.files.f1)} |`, ...rest.map((c) => ` ${f(c.items[i]!.f1)} |`)].join('');
  });
  return [
    `${a.files.length} policies labelled by both annotators.`,
    '',
    head,
    `|---|---:|---:|---:|${rest.map(() => '---:|').join('')}`,
    ...rows,
    [`| **all (micro)** | | ${f(human!.micro.f1)} | |`, ...rest.map((c) => ` ${f(c.micro.f1)} |`)].join(''),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(process.argv[2] ?? resolve(projectRoot(), 'labels', 'agreement'));
  console.log(agreementTable(await agreement(dir)));
}
