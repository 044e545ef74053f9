// Reproduce the labelled sample: node labels/tools/select.mjs
// The 250 appch-* files, sorted by name (JS string order), are split into four strata:
//   one-line pages (≤ 2 lines after decoding) × mentions 人脸 or not, and multi-line × 人脸 or not.
// From each stratum k files are taken at evenly spaced positions floor((i + 0.5) · n / k).
// k = 2, 2, 14, 22 → 40 files, 16 of them (40 %) mentioning 人脸 as in the corpus.
// A picked file whose text is more than 20 % U+FFFD (destroyed by the scraper) is kept and labelled from what
// survives, and the next file of its stratum is added as a replacement.
import { readdirSync } from 'node:fs';
import { load, CORPUS } from './text.mjs';

const rows = readdirSync(CORPUS).filter((f) => f.startsWith('appch-')).sort().map((name) => {
  const { text } = load(name);
  const bad = [...text].filter((c) => c === '\ufffd').length;
  return { name, oneLine: text.split('\n').length <= 2, face: text.includes('人脸'), mangled: bad > 0.2 * text.length };
});
const strata = [
  [(r) => r.oneLine && r.face, 2], [(r) => r.oneLine && !r.face, 2],
  [(r) => !r.oneLine && r.face, 14], [(r) => !r.oneLine && !r.face, 22],
];
const picked = [];
for (const [test, k] of strata) {
  const s = rows.filter(test);
  for (let i = 0; i < k; i++) {
    const at = Math.floor((i + 0.5) * s.length / k);
    picked.push(s[at]);
    if (s[at].mangled) {
      const next = s.slice(at + 1).find((r) => !r.mangled);
      if (next) picked.push({ ...next, replacement: s[at].name });
    }
  }
}
picked.sort((a, b) => (a.name < b.name ? -1 : 1));
for (const r of picked) {
  console.log([r.name, r.oneLine ? 'one-line' : 'multi-line', r.face ? '人脸' : '-',
    r.mangled ? 'MANGLED' : r.replacement ? `replaces ${r.replacement}` : ''].join('\t'));
}
console.log(`${picked.length} files + drun-face-id-rules.md`);
