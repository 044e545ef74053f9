// Reads a policy file, checks its size, recognises its format from its bytes (then its name) and extracts text.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { PolicyInputError } from '../errors.js';
import { extractDocx } from './docx.js';
import { extractHtml } from './html.js';
import { extractPdf } from './pdf.js';
import { extractMd, extractTxt } from './text.js';
import type { Extracted, PolicyFormat } from './types.js';

export type { Extracted, PolicyFormat } from './types.js';

/** Default size limit: real policies are under 1 MB; a bigger file is refused with a clear message. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export interface ExtractOptions {
  maxBytes?: number;
}

/**
 * Reads with synchronous calls (a policy is a local file under a few MB; the analysis after it is synchronous and
 * takes longer than the read): the thread pool's round trips for stat, open, read and close cost more than the
 * read itself. Still async, with the same checks, errors and rejections as before.
 */
export async function extractFile(path: string, opts: ExtractOptions = {}): Promise<Extracted> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new PolicyInputError('unsupported-format', path, 'not a regular file.');
    size = st.size;
  } catch (e) {
    if (e instanceof PolicyInputError) throw e;
    throw new PolicyInputError('not-found', path, `cannot open the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (size === 0) throw new PolicyInputError('empty', path, 'the file is empty (0 bytes).');
  if (size > max) {
    throw new PolicyInputError(
      'too-large',
      path,
      `the file is ${mb(size)}, over the ${mb(max)} limit for one policy (real policies are well under 1 MB). ` +
        'Split it, or raise the limit with --max-size if it really is one policy.',
    );
  }
  const buf = readFileSync(path);
  return extractBytes(buf, path);
}

export async function extractBytes(buf: Uint8Array, file: string): Promise<Extracted> {
  const format = sniff(buf, file);
  switch (format) {
    case 'pdf':
      return extractPdf(buf, file);
    case 'docx':
      return extractDocx(buf, file);
    case 'html':
      return extractHtml(buf, file);
    case 'md':
      return extractMd(buf, file);
    default:
      return extractTxt(buf, file);
  }
}

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => buf[i] === b);
}

export function sniff(buf: Uint8Array, file: string): PolicyFormat {
  const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new PolicyInputError('unsupported-format', file, 'this is an old binary Word/Office file (.doc); save it as .docx, PDF or text first.');
  }
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47]) || startsWith(buf, [0xff, 0xd8, 0xff]) || head.startsWith('GIF8') || startsWith(buf, [0x49, 0x49, 0x2a, 0x00])) {
    throw new PolicyInputError('needs-ocr', file, 'this is an image, not text: OCR is needed before it can be analysed.');
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt' || ext === '') return /^\s*<(?:!doctype html|html[\s>])/i.test(head) ? 'html' : 'txt';
  if (/^\s*<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return 'html';
  return 'txt';
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
