// Trains the policy analyzer's statistical layer on the DEV labels only (labels/policies/split.json) and writes
// src/collectors/policy/model/policy-model.json and its .sha256. Deterministic: same labels → same bytes.
// Needs a build: node scripts/train-policy-model.mjs [--build dist] [--out FILE] [--check]
//   --build DIR  the tsc output folder to import the analyzer from (default dist)
//   --check      train and compare with the committed file instead of writing (exit 1 when they differ)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { args, build, opt } from './options.mjs';

const load = (p) => import(pathToFileURL(join(build, 'collectors', 'policy', p)).href);
const { readLabels, splitFiles, labelsDir } = await load('evaluate.js');
const { collectExamples, train } = await load('model/train.js');
const { modelPath } = await load('model/model.js');
const { corpusDir } = await import(pathToFileURL(join(build, 'core', 'paths.js')).href);

const out = resolve(opt('--out', modelPath()));
const labels = readLabels(labelsDir(), splitFiles('dev'));
const t0 = performance.now();
const set = await collectExamples(labels, corpusDir('policies'));
const r = train(set);
console.log(`DEV: ${set.files.length} files, ${set.examples.length} sentences; trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(r.report.join('\n'));
console.log(`${r.file.items.length} items modelled, ${r.file.vocab.length} features, ${r.json.length} bytes, sha256 ${r.sha256}`);
if (args.includes('--check')) {
  const same = readFileSync(out, 'utf8') === r.json;
  console.log(same ? 'committed model reproduced byte for byte' : 'committed model DIFFERS from the retrained one');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, r.json);
writeFileSync(out.replace(/\.json$/, '.sha256'), `${r.sha256}  ${out.split('/').pop()}\n`);
console.log(`wrote ${out}`);
