// Plain text and Markdown. The clean text is the decoded file with the BOM removed and CRLF turned into LF,
// nothing else, so that offsets can be checked against the file by anyone.
import { decodeText } from '../decode.js';
import type { Extracted } from './types.js';

export function extractTxt(buf: Uint8Array, file: string): Extracted {
  const d = decodeText(buf, file);
  return { text: d.text.replace(/\r\n/g, '\n'), format: 'txt', encoding: d.encoding };
}

export function extractMd(buf: Uint8Array, file: string): Extracted {
  const d = decodeText(buf, file);
  const text = d.text.replace(/\r\n/g, '\n');
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text.slice(0, 4096));
  return { text, format: 'md', encoding: d.encoding, skip: fm ? [{ start: 0, end: fm[0].length }] : undefined };
}
