// Corpus counts of the policy analyzer's problem hints and statements, and of the verdicts of the rules that read
// them (a default app subject, one policy at a time). Prints to the terminal only: never save its sample output in
// the repository (the corpus stays outside it).
// Usage: node scripts/policy-problems.mjs [--build dist] [--dir DIR] [--show ID [--n 12] [--seed 1]]
//   --show ID prints a sample of the sentences behind problem/statement ID (or a rule check ID: its fail quotes).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, opt, policyDir } from './options.mjs';

const dir = policyDir();
const load = (p) => import(pathToFileURL(join(build, p)).href);
const { analyzePolicyFile } = await load('collectors/policy/analyze.js');
const { run, subjectWith } = await load('test-support/fixtures.js');
const rules = await Promise.all(['rules/pi/pi-03.js', 'rules/pi/pi-05.js', 'rules/pi/pi-06.js', 'rules/pi/pi-07.js', 'rules/pi/pi-17.js', 'rules/fr/fr-11.js'].map(async (p) => (await load(p)).default));
const subject = subjectWith();

const fires = new Map(); // id → [{file, sentences}]
const verdicts = new Map(); // checkId → Map(verdict → count)
const quotes = new Map(); // checkId → [{file, text}] for fails
const add = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);
let files = 0;
for (const name of readdirSync(dir).sort()) {
  let a;
  try {
    a = await analyzePolicyFile(join(dir, name));
  } catch (e) {
    if (e?.name === 'PolicyInputError') continue;
    throw e;
  }
  files++;
  const hints = [...a.problems, ...(a.facts.statements ?? [])];
  const seen = new Set();
  for (const h of hints) {
    if (seen.has(h.id)) continue;
    seen.add(h.id);
    add(fires, h.id, { file: name, sentences: hints.filter((x) => x.id === h.id).flatMap((x) => x.sentences).map((i) => a.sentences[i]?.text ?? '') });
  }
  for (const rule of rules) {
    for (const f of run(rule, subject, { policy: [a] })) {
      const m = verdicts.get(f.checkId) ?? verdicts.set(f.checkId, new Map()).get(f.checkId);
      m.set(f.verdict, (m.get(f.verdict) ?? 0) + 1);
      if (f.verdict === 'fail' || f.verdict === 'manual') add(quotes, f.checkId, { file: name, sentences: f.evidence.map((e) => e.text) });
    }
  }
}

const show = opt('--show');
if (show) {
  const n = Number(opt('--n', '12'));
  let seed = Number(opt('--seed', '1'));
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const list = [...(fires.get(show) ?? quotes.get(show) ?? [])];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  for (const x of list.slice(0, n)) {
    console.log(`== ${x.file}`);
    for (const s of x.sentences.slice(0, 3)) console.log(`   ${s.slice(0, 220)}`);
  }
  console.log(`(${list.length} policies)`);
} else {
  console.log(`${files} policies analysed\n\nhint (problem or statement)  policies`);
  for (const [id, list] of [...fires].sort()) console.log(`${id.padEnd(30)}${String(list.length).padStart(5)}`);
  console.log('\ncheck                         verdicts');
  for (const [id, m] of [...verdicts].sort()) console.log(`${id.padEnd(30)}${[...m].sort().map(([v, c]) => `${v} ${c}`).join(', ')}`);
}
