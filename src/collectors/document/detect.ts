// Tells a document's format from its bytes, never from its name — except where the bytes cannot tell
// (an OLE2 workbook is XLS or WPS ET alike), where the name picks among what the bytes allow, and says so.
import { open } from 'node:fs/promises';
import type { DocumentArtifact } from '../../core/artifacts.js';
import { OLE2_MAGIC, Ole2Error, ole2Entries } from './ole2.js';
import { scanZipEntries } from './zip-entries.js';

export type DocumentFormat = DocumentArtifact['format'];

export interface Detection {
  format: DocumentFormat;
  /** What the bytes showed and, where it matters, what they cannot tell. */
  detail: string;
}

const HEAD = 4096;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1'), Buffer.from('PK\x07\x08', 'latin1')];
const PDF = Buffer.from('%PDF-', 'latin1');
/** Acrobat accepts the header anywhere in the first 1024 bytes; so do we, and say where it was. */
const PDF_WINDOW = 1024;

/** Zip entries that decide the format, checked on each name as the central directory is read. */
function zipKind(name: string): { format: DocumentFormat; detail: string } | undefined {
  if (/^\/?ofd\.xml$/i.test(name)) return { format: 'ofd', detail: 'zip package with OFD.xml at its root (OFD, GB/T 33190)' };
  if (name === 'xl/workbook.xml') return { format: 'xlsx', detail: 'zip package with xl/workbook.xml (Office Open XML workbook)' };
  if (name === 'word/document.xml') return { format: 'docx', detail: 'zip package with word/document.xml (Office Open XML document)' };
  return undefined;
}

/** An OLE2 file's kind, from its directory entry names. */
function ole2Kind(names: Set<string>, extension: string): Detection {
  if (names.has('EncryptedPackage')) {
    return { format: 'unknown', detail: "OLE2 file holding an EncryptedPackage stream: a password-protected Office Open XML file; its real format cannot be read" };
  }
  const book = names.has('Workbook') ? 'Workbook' : names.has('Book') ? 'Book' : undefined;
  if (book) {
    const note = "XLS (Excel 97–2003) and WPS ET files share this container; the bytes cannot tell them apart, so the extension picks";
    return extension === 'et'
      ? { format: 'et', detail: `OLE2 compound file with stream '${book}' (a BIFF workbook); ${note}: et` }
      : { format: 'xls', detail: `OLE2 compound file with stream '${book}' (a BIFF workbook); ${note}: xls` };
  }
  if (names.has('WordDocument')) {
    return { format: 'doc', detail: "OLE2 compound file with stream 'WordDocument' (Word 97–2003 or WPS writer document)" };
  }
  if (names.has('PowerPoint Document')) {
    return { format: 'unknown', detail: "OLE2 compound file with stream 'PowerPoint Document' (a PPT presentation)" };
  }
  const shown = [...names].filter((n) => n !== 'Root Entry').slice(0, 8);
  return { format: 'unknown', detail: `OLE2 compound file of no known document kind (entries: ${shown.join(', ') || 'none'})` };
}

function isText(head: Buffer): boolean {
  if (head.length === 0) return false;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  // Plain UTF-8 without control bytes other than tab, line breaks and form feed. Up to 3 trailing bytes
  // may be a character cut by the read window.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      const s = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return !/[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(s);
    } catch {
      // try with one byte fewer
    }
  }
  return false;
}

/** Detects the format of a file from its magic bytes (and a zip's or OLE2 file's directory). */
export async function detectFormat(file: string, extension: string): Promise<Detection> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    if (size === 0) return { format: 'unknown', detail: 'empty file (0 bytes)' };
    const head = Buffer.alloc(Math.min(HEAD, size));
    await fh.read(head, 0, head.length, 0);
    const starts = (sig: Buffer) => head.length >= sig.length && head.subarray(0, sig.length).equals(sig);

    if (starts(PDF)) return { format: 'pdf', detail: 'PDF header %PDF- at byte 0' };
    const pdfAt = head.subarray(0, PDF_WINDOW).indexOf(PDF);
    if (pdfAt > 0) return { format: 'pdf', detail: `PDF header %PDF- at byte ${pdfAt} (junk before it)` };
    if (starts(PNG)) return { format: 'png', detail: 'PNG signature' };
    if (starts(JPEG)) return { format: 'jpeg', detail: 'JPEG SOI marker FF D8 FF' };
    if (ZIP_SIGNATURES.some(starts)) {
      try {
        const { found, entries } = await scanZipEntries(file, zipKind);
        return found ?? { format: 'zip', detail: `zip archive (${entries} entries) without OFD.xml, xl/workbook.xml or word/document.xml` };
      } catch (e) {
        return { format: 'unknown', detail: `zip signature, but the central directory cannot be read: ${(e as Error).message}` };
      }
    }
    if (starts(OLE2_MAGIC)) {
      try {
        const entries = await ole2Entries(fh, size);
        return ole2Kind(new Set(entries.map((e) => e.name)), extension);
      } catch (e) {
        if (e instanceof Ole2Error) return { format: 'unknown', detail: `OLE2 signature, but the directory cannot be read: ${e.message}` };
        throw e;
      }
    }
    if (isText(head)) return { format: 'text', detail: 'plain text (no binary signature; decodes as text)' };
    return { format: 'unknown', detail: `no known signature (first bytes ${head.subarray(0, 8).toString('hex')})` };
  } finally {
    await fh.close();
  }
}
