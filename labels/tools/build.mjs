// Turn a label spec (labels/specs/<file>.spec) into labels/policies/<file>.json.
// Spec lines: "<i>[-<j>]: <code> <code> …" tags sentence i (or each of i..j) of show.mjs's numbering;
// "<i>+<j>: …" merges sentences i..j into one span; "<i>-<j> /re/: …" tags only those of i..j whose text
// matches re (used for columns of SDK tables); "#" starts a comment. Codes are in CODES below.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load, sentences, ITEMS, REPO, LABELS } from './text.mjs';

export const CODES = {
  ci: 'controller-identity', cc: 'controller-contact', pu: 'purpose', dt: 'data-types', pm: 'processing-method',
  re: 'retention', ri: 'rights', wc: 'withdraw-consent', cp: 'complaint-channel', sm: 'security-measures',
  in: 'incident-notice', mi: 'minors', se: 'sensitive-pi', ts: 'third-party-sharing', sdk: 'sdk-list',
  cb: 'cross-border', pe: 'personalization', pol: 'policy-update', fi: 'face-info', fpm: 'face-purpose-method',
  fre: 'face-retention', fsc: 'face-separate-consent', fal: 'face-alternative', fde: 'face-deletion',
  fns: 'face-no-sharing',
};

const BARE = /^[\\s\\d一二三四五六七八九十、.．()（）]*$/u;

export function build(name, outDir = LABELS, specDir = path.join(REPO, 'labels', 'specs'), labeler = 'helper-labels') {
  const spec = readFileSync(path.join(specDir, `${name}.spec`), 'utf8');
  const { text, sha256 } = load(name);
  const segs = sentences(text);
  const byStart = new Map();
  spec.split('\n').forEach((raw, ln) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const m = /^(\d+)(?:([-+])(\d+))?(?:\s+\/(.+)\/)?\s*:\s*(.+)$/.exec(line);
    if (!m) throw new Error(`${name}.spec:${ln + 1}: bad line ${raw}`);
    const i = +m[1], j = m[3] ? +m[3] : i;
    const only = m[4] ? new RegExp(m[4], 'u') : null;
    // "-code" removes a tag given by an earlier line.
    const tags = m[5].split(/\s+/).map((c) => {
      const id = CODES[c.replace(/^-/, '')];
      if (!id) throw new Error(`${name}.spec:${ln + 1}: unknown code ${c}`);
      return c.startsWith('-') ? `-${id}` : id;
    });
    if (j < i || !segs[j]) throw new Error(`${name}.spec:${ln + 1}: bad index ${i}-${j} (have ${segs.length})`);
    // A bare list marker ("1、", "（六）") is not a sentence: never tag it.
    const spans = m[2] === '+' ? [{ start: segs[i].start, end: segs[j].end }]
      : segs.slice(i, j + 1).filter((s) => !BARE.test(text.slice(s.start, s.end)))
        .filter((s) => !only || only.test(text.slice(s.start, s.end)));
    for (const s of spans) {
      const prev = byStart.get(s.start);
      if (prev && prev.end !== s.end) throw new Error(`${name}.spec:${ln + 1}: conflicting span at ${s.start}`);
      const set = new Set(prev?.tags ?? []);
      tags.forEach((t) => (t.startsWith('-') ? set.delete(t.slice(1)) : set.add(t)));
      byStart.set(s.start, { start: s.start, end: s.end, tags: set });
    }
  });
  const out = [...byStart.values()].filter((s) => s.tags.size > 0).sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end, tags: ITEMS.filter((t) => s.tags.has(t)) }));
  const json = { file: name, labeler, textLength: text.length, sha256, sentences: out };
  writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(json, null, 1) + '\n');
  return json;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --out DIR writes elsewhere (used for the face supplement in labels/policies-face/).
  const args = process.argv.slice(2);
  const o = args.indexOf('--out');
  const outDir = o >= 0 ? path.resolve(args.splice(o, 2)[1]) : LABELS;
  // --specs DIR reads the specs from elsewhere (a second annotator's, labels/agreement/specs/), --labeler NAME.
  const sp = args.indexOf('--specs');
  const specDir = sp >= 0 ? path.resolve(args.splice(sp, 2)[1]) : undefined;
  const lb = args.indexOf('--labeler');
  const labeler = lb >= 0 ? args.splice(lb, 2)[1] : undefined;
  for (const name of args) {
    const j = build(name, outDir, specDir, labeler);
    console.log(`${name}: ${j.sentences.length} labelled sentences`);
  }
}
