// An uploaded file as a dossier attachment: format from the bytes (the document collector's detection),
// extension from the name it was uploaded with, size and SHA-256. Reads the file; judges nothing.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { detectFormat } from '../collectors/document/detect.js';
import { sha256File } from '../collectors/document/index.js';
import type { AttachmentRef } from './types.js';

export class UploadReadError extends Error {
  constructor(readonly fileName: string, reason: string) {
    super(`cannot read the upload ${fileName}: ${reason}`);
    this.name = 'UploadReadError';
  }
}

/**
 * Describes a stored upload. `file` is where the bytes are (any name, e.g. a temp file); `fileName` is the
 * name the user uploaded it with. The evidence ID must be unique in the dossier (letters, digits, _ . -).
 */
export async function describeUpload(file: string, fileName: string, evidenceId: string): Promise<AttachmentRef> {
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new UploadReadError(fileName, 'not a regular file');
    const extension = extname(fileName).slice(1).toLowerCase();
    const { format, detail } = await detectFormat(file, extension);
    return { evidenceId, fileName, extension, format, size: st.size, sha256: await sha256File(file), detail };
  } catch (e) {
    if (e instanceof UploadReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UploadReadError(fileName, code === 'ENOENT' ? 'the stored file is gone' : code === 'EACCES' ? 'permission denied' : (e as Error).message);
  }
}
