// Golden hashes of the policy analyzer's output over the corpus: one line per file, sha256 of the artifact's JSON
// (sentences, tags, why, items, facts, problems…) with the model on and off, or the refusal. Used to check that a
// speed change leaves the output byte-identical: dump from the old build, dump from the new one, compare.
// Usage: node scripts/policy-golden.mjs [--build dist] [--dir DIR] [--out FILE] [--check FILE]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, opt, policyDir } from './options.mjs';

const dir = policyDir();
const { analyzePolicyFile } = await import(pathToFileURL(join(build, 'collectors', 'policy', 'analyze.js')).href);

const sha = (s) => createHash('sha256').update(s).digest('hex');
const lines = [];
for (const name of readdirSync(dir).sort()) {
  const f = join(dir, name);
  const row = [name];
  for (const model of [true, false]) {
    try {
      row.push(sha(JSON.stringify(await analyzePolicyFile(f, { model }))));
    } catch (e) {
      if (e?.name !== 'PolicyInputError') throw e;
      row.push(`refused:${e.problem}`);
    }
  }
  lines.push(row.join(' '));
}
const out = lines.join('\n') + '\n';
const check = opt('--check');
if (check) {
  const want = readFileSync(check, 'utf8').split('\n');
  const diff = lines.filter((l, i) => l !== want[i]);
  console.log(diff.length ? `${diff.length} of ${lines.length} files DIFFER:\n${diff.join('\n')}` : `all ${lines.length} files identical`);
  process.exit(diff.length || want.length !== lines.length + 1 ? 1 : 0);
}
const file = opt('--out');
if (file) writeFileSync(file, out);
else process.stdout.write(out);
