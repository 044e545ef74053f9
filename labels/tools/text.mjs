// Shared text loading for the policy labels: the same decoding the analyzer contract uses for .txt
// (BOM removed, UTF-8 else GB18030, UTF-16 by BOM, CRLF -> LF). Offsets are JS string indexes.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ITEMS = [
  'controller-identity', 'controller-contact', 'purpose', 'data-types', 'processing-method', 'retention',
  'rights', 'withdraw-consent', 'complaint-channel', 'security-measures', 'incident-notice', 'minors',
  'sensitive-pi', 'third-party-sharing', 'sdk-list', 'cross-border', 'personalization', 'policy-update',
  'face-info', 'face-purpose-method', 'face-retention', 'face-separate-consent', 'face-alternative',
  'face-deletion', 'face-no-sharing',
];

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '..', '..');
export const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus', 'policies');
export const LABELS = path.resolve(REPO, 'labels', 'policies');

export function decode(bytes) {
  let text;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const b = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(b); }
    catch { text = new TextDecoder('gb18030').decode(b); }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n/g, '\n');
}

export function load(name) {
  const bytes = readFileSync(path.join(CORPUS, name));
  return { bytes, text: decode(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}

// Sentence spans [start,end) for viewing/labelling: split after 。！？； (and ASCII !?;), at newlines, and
// before inline list markers (1、 1. （1） 一、 （一） •) so one-line scraped pages still split into items.
const ENDERS = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
const MARKER = /(?<=[\s：:，,）)】\]>]|^)(?:\d{1,2}(?:\.\d{1,2})*[、．](?!\d)|\d{1,2}\.(?![\d\w])|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[•●▪■◆➤√]|第[一二三四五六七八九十]{1,3}[条章部分])/gu;

export function sentences(text) {
  const cuts = new Set([0, text.length]);
  for (let i = 0; i < text.length; i++) if (ENDERS.has(text[i])) cuts.add(i + 1);
  for (const m of text.matchAll(MARKER)) cuts.add(m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    let s = sorted[k], e = sorted[k + 1];
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
