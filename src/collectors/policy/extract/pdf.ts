// PDF text layer with pdfjs-dist (legacy build, for Node). Visual lines are joined back into paragraphs;
// a PDF with pages but (almost) no text is a scan: it needs OCR, which this analyzer does not do.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PolicyInputError } from '../errors.js';
import type { Extracted } from './types.js';

interface Line {
  text: string;
  x1: number;
  y: number;
  h: number;
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const LIST_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．\s]|第[一二三四五六七八九十百\d]+[章条节]|[•·●■◆▪\-–])/;

export async function extractPdf(buf: Uint8Array, file: string): Promise<Extracted> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(buf),
      cMapUrl: join(pdfjsDir, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const msg = (e as Error).message;
    if (/password/i.test(msg)) throw new PolicyInputError('corrupt', file, 'the PDF is password-protected; supply an unprotected copy.');
    throw new PolicyInputError('corrupt', file, `the PDF cannot be read (${msg}).`);
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(joinLines(toLines(content.items as unknown[])));
      page.cleanup();
    }
    const text = pages.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text.replace(/\s/g, '').length < 20) {
      throw new PolicyInputError(
        'needs-ocr',
        file,
        `the PDF has ${doc.numPages} page(s) but no text layer (a scanned image): OCR is needed before it can be analysed.`,
      );
    }
    return { text, format: 'pdf' };
  } finally {
    await doc.destroy();
  }
}

function toLines(items: unknown[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  for (const it of items) {
    const item = it as { str?: string; hasEOL?: boolean; transform?: number[]; width?: number; height?: number };
    if (typeof item.str !== 'string') continue;
    const t = item.transform ?? [1, 0, 0, 1, 0, 0];
    const x = t[4] ?? 0;
    const y = t[5] ?? 0;
    const h = Math.abs(item.height ?? t[3] ?? 10) || 10;
    if (cur && Math.abs(cur.y - y) > h * 0.5 && item.str.trim() !== '') {
      lines.push(cur);
      cur = undefined;
    }
    if (!cur) cur = { text: '', x1: x, y, h };
    cur.text += item.str;
    if (item.str.trim() !== '') cur.x1 = Math.max(cur.x1, x + (item.width ?? 0));
    if (item.hasEOL) {
      lines.push(cur);
      cur = undefined;
    }
  }
  if (cur) lines.push(cur);
  return lines.filter((l) => l.text.trim() !== '');
}

/** Joins wrapped visual lines: a line that reaches the right margin and does not end a sentence continues. */
function joinLines(lines: Line[]): string {
  const right = Math.max(0, ...lines.map((l) => l.x1));
  let out = '';
  lines.forEach((l, i) => {
    const text = l.text.trim();
    out += text;
    const next = lines[i + 1];
    if (!next) return;
    const full = l.x1 >= right - l.h * 2;
    const gap = Math.abs(l.y - next.y);
    const ends = /[。！？；：:!?]$/.test(text);
    const cont = full && !ends && gap < l.h * 1.9 && !LIST_START.test(next.text);
    if (!cont) out += '\n';
    else if (/[A-Za-z0-9,.]$/.test(text) && /^[A-Za-z0-9]/.test(next.text.trim())) out += ' ';
  });
  return out;
}
