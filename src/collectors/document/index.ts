// Evidence document collector: one DocumentArtifact per item of the subject's evidence manifest — size,
// SHA-256 (streamed), format from the bytes, extension. It never judges; the FIL rules do.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DocumentArtifact } from '../../core/artifacts.js';
import { evidenceIdOf, type EvidenceItem, type Subject } from '../../subject/schema.js';
import { detectFormat } from './detect.js';

export { detectFormat } from './detect.js';

export interface DocumentError {
  evidenceId: string;
  /** The path as written in the manifest. */
  path: string;
  message: string;
}

export type DocumentResult = { ok: true; artifact: DocumentArtifact } | { ok: false; error: DocumentError };

/** SHA-256 of a file, read as a stream (constant memory, whatever the size). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

function explain(e: unknown, shown: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `file not found: ${shown}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied reading ${shown}`;
  if (code === 'EISDIR') return `${shown} is a folder, not a file`;
  if (code === 'ELOOP') return `${shown}: too many symbolic links`;
  return `cannot read ${shown}: ${(e as Error).message}`;
}

/** Collects one manifest item. Never throws for a bad file: returns an error result instead. */
export async function collectDocument(item: EvidenceItem, subjectDir: string): Promise<DocumentResult> {
  const evidenceId = evidenceIdOf(item);
  const source = resolve(subjectDir, item.path);
  const fail = (message: string): DocumentResult => ({ ok: false, error: { evidenceId, path: item.path, message } });
  try {
    const st = await stat(source);
    if (st.isDirectory()) return fail(`${item.path} is a folder, not a file`);
    if (!st.isFile()) return fail(`${item.path} is not a regular file`);
    const extension = extname(source).slice(1).toLowerCase();
    const { format, detail } = await detectFormat(source, extension);
    const sha256 = await sha256File(source);
    return {
      ok: true,
      artifact: { kind: 'document', evidenceId, evidenceKind: item.kind, source, size: st.size, format, sha256, extension, detail },
    };
  } catch (e) {
    return fail(explain(e, item.path));
  }
}

/**
 * Collects every item of the subject's evidence manifest (paths relative to the subject file's folder).
 * Items are read one after another: documents are few, and this keeps memory and open files low.
 */
export async function collectDocuments(
  subject: Subject,
  subjectDir: string,
): Promise<{ artifacts: DocumentArtifact[]; errors: DocumentError[] }> {
  const artifacts: DocumentArtifact[] = [];
  const errors: DocumentError[] = [];
  for (const item of subject.evidence) {
    const r = await collectDocument(item, subjectDir);
    if (r.ok) artifacts.push(r.artifact);
    else errors.push(r.error);
  }
  return { artifacts, errors };
}
