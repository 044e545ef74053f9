// Text encoding detection: BOM first, then UTF-16 without BOM, strict UTF-8, GB18030, and files that mix
// UTF-8 and GB18030 line by line (scraped pages sometimes do). Detected, never assumed.
import { PolicyInputError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gbStrict = new TextDecoder('gb18030', { fatal: true });
const gbLoose = new TextDecoder('gb18030');

/** Decodes bytes as text and removes a BOM. Throws PolicyInputError for empty or binary input. */
export function decodeText(buf: Uint8Array, file = '<input>'): Decoded {
  if (buf.length === 0) throw new PolicyInputError('empty', file, 'the file is empty (0 bytes).');
  const d = detect(buf);
  const text = d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
  if (text.trim() === '') throw new PolicyInputError('empty', file, 'the file contains only whitespace.');
  const bad = badChars(text);
  if (bad.replacement > bad.sample * 0.05 + 2 && bad.control <= bad.sample * 0.02) {
    throw new PolicyInputError(
      'corrupt',
      file,
      `the text is damaged: ${pct(bad.replacement, bad.sample)} of its characters are U+FFFD replacement characters. ` +
        'It was saved after a failed decoding (for example GBK read as UTF-8) and the original cannot be recovered; get the policy again from its source.',
    );
  }
  if (bad.control + bad.replacement > bad.sample * 0.02 + 2) {
    throw new PolicyInputError('binary', file, 'the file is binary data, not text in any supported encoding (UTF-8, UTF-16, GB18030).');
  }
  return { text, encoding: d.encoding };
}

function detect(buf: Uint8Array): Decoded {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: decodeUtf8Loose(buf.subarray(3)), encoding: 'utf-8-bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  const utf8 = tryUtf8(buf);
  // valid UTF-8 without a zero byte in the guess's sample: utf16Guess would answer no (its zero-byte tests need
  // zeros, its CJK tests need invalid UTF-8), so skip it
  if (utf8 !== undefined && buf.subarray(0, UTF16_SAMPLE * 2).indexOf(0) < 0) return { text: utf8, encoding: 'utf-8' };
  const u16 = utf16Guess(buf);
  if (u16) return { text: new TextDecoder(u16).decode(buf), encoding: u16 };
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // not UTF-8 as a whole: GB18030, or a mix
  try {
    return { text: gbStrict.decode(buf), encoding: 'gb18030' };
  } catch {
    return decodeMixed(buf);
  }
}

function tryUtf8(buf: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(buf);
  } catch {
    return undefined;
  }
}

function decodeUtf8Loose(buf: Uint8Array): string {
  try {
    return utf8Strict.decode(buf);
  } catch {
    return decodeMixed(buf).text;
  }
}

/**
 * UTF-16 without BOM. ASCII-heavy text has a zero byte in every other position; Chinese text has its high
 * bytes in the CJK block (0x4E–0x9F), CJK punctuation (0x30) or full-width forms (0xFF).
 */
const UTF16_SAMPLE = 8192;

function utf16Guess(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(buf.length >> 1, UTF16_SAMPLE);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  let hiOdd = 0;
  let hiEven = 0;
  // without zero bytes only the CJK tests below can answer yes: stop once neither can reach its 90 %
  const zeros = buf.subarray(0, 2 * pairs).indexOf(0) >= 0;
  for (let i = 0; i < pairs; i++) {
    const a = buf[2 * i]!;
    const b = buf[2 * i + 1]!;
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
    if (isUtf16High(b)) hiOdd++;
    if (isUtf16High(a)) hiEven++;
    const rest = pairs - i - 1;
    if (!zeros && hiOdd + rest <= pairs * 0.9 && hiEven + rest <= pairs * 0.9) return undefined;
  }
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  // Chinese UTF-16: nearly every high byte in the ranges above, and not valid UTF-8 (checked by the caller's order).
  if (hiOdd > pairs * 0.9 && hiEven < pairs * 0.6 && !isUtf8(buf)) return 'utf-16le';
  if (hiEven > pairs * 0.9 && hiOdd < pairs * 0.6 && !isUtf8(buf)) return 'utf-16be';
  return undefined;
}

function isUtf16High(b: number): boolean {
  return b === 0 || b === 0x30 || b === 0xff || (b >= 0x4e && b <= 0x9f);
}

function isUtf8(buf: Uint8Array): boolean {
  try {
    utf8Strict.decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Line by line: each line as UTF-8 when valid, else GB18030. Newline bytes never occur inside either's multibyte sequences. */
function decodeMixed(buf: Uint8Array): Decoded {
  const parts: string[] = [];
  let utf8Lines = 0;
  let gbLines = 0;
  let start = 0;
  while (start <= buf.length) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    const line = buf.subarray(start, end);
    let s: string;
    if (isAscii(line)) s = latin(line);
    else {
      try {
        s = utf8Strict.decode(line);
        utf8Lines++;
      } catch {
        s = gbLoose.decode(line);
        gbLines++;
      }
    }
    parts.push(s);
    start = end + 1;
  }
  const encoding = utf8Lines > 0 && gbLines > 0 ? 'mixed(utf-8,gb18030)' : utf8Lines > 0 ? 'utf-8' : 'gb18030';
  return { text: parts.join('\n'), encoding };
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

function latin(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** What badChars counts: control characters other than \t \n \f \r, DEL, U+FFFD. */
const BAD_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

/** Control characters (other than whitespace) and replacement characters in the first 64K: a text has almost none. */
function badChars(text: string): { control: number; replacement: number; sample: number } {
  const sample = Math.min(text.length, 65536);
  // nearly every text has none: one regex search is faster than the loop below
  if (!BAD_CHAR.test(sample < text.length ? text.slice(0, sample) : text)) return { control: 0, replacement: 0, sample };
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replacement++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return { control, replacement, sample };
}

function pct(n: number, of: number): string {
  return `${Math.round((n / of) * 100)}%`;
}
