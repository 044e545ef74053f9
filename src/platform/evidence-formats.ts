// What may be stored as evidence, judged by content (magic bytes), never by name: formats per kind and size limits.
// The filing attachment rules (FIL-01…08: formats per slot, 50 MB) come from src/rules/fil/dossier.ts.
import { open } from 'node:fs/promises';
import { detectFormat, type Detection } from '../collectors/document/detect.js';
import { ATTACHMENT_SLOTS, MAX_BYTES as FILING_MAX_BYTES, type FilKind, type Slot } from '../rules/fil/dossier.js';
import { EVIDENCE_KINDS, type EvidenceKindId } from '../subject/schema.js';

/** Every evidence kind of the subject model, plus app packages uploaded for analysis. */
export const STORED_KINDS = { ...EVIDENCE_KINDS, 'app-package': '应用安装包（APK、AAB、IPA、HAP 等）' } as const;
export type StoredKind = keyof typeof STORED_KINDS;
export const isStoredKind = (k: string): k is StoredKind => Object.hasOwn(STORED_KINDS, k);

export type StoredFormat = Detection['format'] | 'mp4';

/** Largest file the store takes at all (an app package). */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;
export { FILING_MAX_BYTES };

/** Slots of each filing attachment, as the filing form has them (seed 001; same as src/rules/fil/fil-0N.ts). */
export const FILING_SLOTS: Record<FilKind, readonly Slot[]> = ATTACHMENT_SLOTS;
export const isFilingKind = (k: string): k is FilKind => Object.hasOwn(FILING_SLOTS, k);

const DOCUMENTS: readonly StoredFormat[] = ['pdf', 'ofd', 'png', 'jpeg', 'xlsx', 'xls', 'et', 'docx', 'doc', 'text', 'zip'];
/** Kinds whose 留存证据 include screen recordings (录屏). */
const RECORDINGS = new Set<string>(['consent-screenshot', 'policy-access-recording']);

export interface KindLimits {
  formats: readonly StoredFormat[];
  maxBytes: number;
}

export function limitsFor(kind: StoredKind): KindLimits {
  if (isFilingKind(kind)) return { formats: [...new Set(FILING_SLOTS[kind].flatMap((s) => s.formats))], maxBytes: FILING_MAX_BYTES };
  // APK, AAB, XAPK, APKS, IPA, HAP, AAR, JAR are all zip containers; the analyzer checks which.
  if (kind === 'app-package') return { formats: ['zip'], maxBytes: MAX_EVIDENCE_BYTES };
  if (RECORDINGS.has(kind)) return { formats: [...DOCUMENTS, 'mp4'], maxBytes: MAX_EVIDENCE_BYTES };
  return { formats: DOCUMENTS, maxBytes: MAX_EVIDENCE_BYTES };
}

/** The document collector's detection, plus MP4/QuickTime recordings (ISO BMFF 'ftyp' box at byte 4). */
export async function detectStoredFormat(file: string, extension: string): Promise<{ format: StoredFormat; detail: string }> {
  const d = await detectFormat(file, extension);
  if (d.format !== 'unknown') return d;
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await fh.read(head, 0, 12, 0);
    if (bytesRead === 12 && head.toString('latin1', 4, 8) === 'ftyp') {
      return { format: 'mp4', detail: `ISO base media file (ftyp brand ${head.toString('latin1', 8, 12).trim()}): MP4/MOV video` };
    }
  } finally {
    await fh.close();
  }
  return d;
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a file may not be stored under this kind, or undefined when it may. Messages in Chinese and English. */
export function rejectReason(kind: StoredKind, file: { format: StoredFormat; size: number; detail: string }): string | undefined {
  const { formats, maxBytes } = limitsFor(kind);
  if (file.size > maxBytes) return `文件 ${mib(file.size)} 超过 ${mib(maxBytes)} 上限 / the file is ${mib(file.size)}, over the ${mib(maxBytes)} limit for ${kind}`;
  if (file.size === 0) return '文件为空 / the file is empty';
  if (!formats.includes(file.format)) {
    return `内容格式 ${file.format} 不是 ${kind} 接受的格式（${formats.join('、')}） / the content is ${file.format} (${file.detail}), which ${kind} does not accept (${formats.join(', ')})`;
  }
  return undefined;
}

/** Formats one slot of a filing attachment accepts. */
export function slotFormats(kind: FilKind, slot: Slot['id']): readonly StoredFormat[] | undefined {
  return FILING_SLOTS[kind].find((s) => s.id === slot)?.formats;
}

export type { EvidenceKindId, FilKind, Slot };
