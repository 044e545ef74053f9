// Check every labels/policies/*.json: file exists in the corpus with the same sha256 and text length,
// spans are inside the text, ordered and non-overlapping, tags are §8 item IDs. Prints per-item counts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, ITEMS, LABELS, CORPUS } from './text.mjs';
// Usage: node labels/tools/validate.mjs [labels-dir]

let bad = 0;
const counts = Object.fromEntries(ITEMS.map((t) => [t, 0]));
const files = Object.fromEntries(ITEMS.map((t) => [t, 0]));
// Only label files named after a corpus file (other helpers may keep e.g. thresholds in this folder).
const corpus = new Set(readdirSync(CORPUS));
const dir = process.argv[2] ? path.resolve(process.argv[2]) : LABELS;
const names = readdirSync(dir).filter((f) => f.endsWith('.json') && corpus.has(f.slice(0, -5))).sort();
for (const f of names) {
  const err = (m) => { bad++; console.error(`${f}: ${m}`); };
  const j = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
  if (`${j.file}.json` !== f) err('file name mismatch');
  if (typeof j.labeler !== 'string' || !j.labeler) err('labeler');
  const { text, sha256 } = load(j.file);
  if (j.sha256 !== sha256) err('sha256 differs from corpus file');
  if (j.textLength !== text.length) err(`textLength ${j.textLength} != ${text.length}`);
  let last = 0;
  const seen = new Set();
  for (const s of j.sentences) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length)) err(`bad span ${s.start}-${s.end}`);
    if (s.start < last) err(`overlap/order at ${s.start}`);
    last = s.end;
    if (!Array.isArray(s.tags) || s.tags.length === 0) err(`no tags at ${s.start}`);
    for (const t of s.tags) { if (!ITEMS.includes(t)) err(`unknown tag ${t}`); else { counts[t]++; seen.add(t); } }
    if (new Set(s.tags).size !== s.tags.length) err(`duplicate tag at ${s.start}`);
  }
  seen.forEach((t) => files[t]++);
}
console.log(`${names.length} label files, ${bad} problems`);
for (const t of ITEMS) console.log(`${t}\t${counts[t]}\t${files[t]}`);
process.exit(bad ? 1 : 0);
