// Evidence files: rows plus the encrypted store. Uploads are checked by content (format and size per kind),
// encrypted to their final name, and only then get a row; every read, download and deletion is audited.
import { open, rm, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { DocumentArtifact } from '../../core/artifacts.js';
import { EVIDENCE_KINDS, type EvidenceItem } from '../../subject/schema.js';
import { allows, auditActor, requireSubject, scopedEvidence, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { EvidenceStore } from '../evidence-store.js';
import { detectStoredFormat, isFilingKind, isStoredKind, limitsFor, rejectReason, type StoredFormat, type StoredKind } from '../evidence-formats.js';

export interface EvidenceRecord {
  id: string;
  orgId: string;
  subjectId: string;
  kind: StoredKind;
  scenarioId: string | null;
  note: string | null;
  originalName: string;
  size: number;
  sha256: string;
  format: StoredFormat;
  formatDetail: string;
  createdBy: string;
  createdAt: string;
}

export function toEvidenceRecord(r: Row<'evidence_files'>): EvidenceRecord {
  return {
    id: r.id,
    orgId: r.org_id,
    subjectId: r.subject_id,
    kind: r.kind as StoredKind,
    scenarioId: r.scenario_id,
    note: r.note,
    originalName: r.original_name,
    size: r.size,
    sha256: r.sha256,
    format: r.format as StoredFormat,
    formatDetail: r.format_detail,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export interface PutEvidenceInput {
  subjectId: string;
  kind: string;
  /** The name the uploader gave; kept for display only (the format comes from the bytes). */
  originalName: string;
  /** A file on disk, or a stream (an upload), which is first spooled to a private 0600 file for the format check. */
  source: string | Readable;
  scenarioId?: string;
  note?: string;
  /** Bytes encrypted so far. */
  onProgress?: (bytes: number) => void;
}

function cleanName(name: string): string {
  const n = basename(name.replace(/\\/g, '/'))
    .replace(/[\x00-\x1f\x7f]/g, '')
    .trim()
    .slice(0, 255);
  return n || 'unnamed';
}

async function spool(store: EvidenceStore, source: Readable, extension: string, maxBytes: number): Promise<string> {
  const path = store.spoolPath(extension);
  const fh = await open(path, 'wx', 0o600);
  try {
    let size = 0;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new InvalidInputError(`the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`, 413);
      let off = 0;
      while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
    }
    await fh.close();
    return path;
  } catch (e) {
    source.destroy();
    await fh.close().catch(() => undefined);
    await rm(path, { force: true });
    throw e;
  }
}

/**
 * Stores an evidence file for a subject. The company (admin, member) may store any kind; a granted evaluator
 * 留存证据 kinds only (not filing attachments or app packages). Rejects by content: InvalidInputError 415 for a
 * format the kind does not take, 413 over its size limit (50 MB for FIL-01…08, 200 MB otherwise).
 */
export async function putEvidence(db: Db, store: EvidenceStore, actor: Actor, input: PutEvidenceInput): Promise<EvidenceRecord> {
  const subject = await requireSubject(db, actor, input.subjectId, 'read');
  if (!isStoredKind(input.kind)) throw new InvalidInputError(`unknown evidence kind: ${input.kind}`);
  const kind = input.kind;
  const asCompany = allows(actor, subject, 'write');
  const asEvaluator = allows(actor, subject, 'inspect') && !isFilingKind(kind) && kind !== 'app-package';
  if (!asCompany && !asEvaluator) throw new ForbiddenError(`your role may not store ${kind} evidence for this subject`);

  const originalName = cleanName(input.originalName);
  const extension = extname(originalName).slice(1).toLowerCase();
  const { maxBytes } = limitsFor(kind);
  const spooled = typeof input.source === 'string' ? undefined : await spool(store, input.source, extension, maxBytes);
  const plain = spooled ?? (input.source as string);
  const storageKey = EvidenceStore.newStorageKey();
  let written = false;
  try {
    const st = await stat(plain);
    const detected = await detectStoredFormat(plain, extension);
    const reason = rejectReason(kind, { ...detected, size: st.size });
    if (reason) throw new InvalidInputError(reason, st.size > maxBytes ? 413 : 415);

    const { size, sha256 } = await store.write(plain, storageKey, { maxBytes, ...(input.onProgress ? { onProgress: input.onProgress } : {}) });
    written = true;
    const row: Row<'evidence_files'> = {
      id: newId(),
      org_id: actor.orgId,
      subject_id: subject.id,
      kind,
      scenario_id: input.scenarioId ?? null,
      note: input.note ?? null,
      original_name: originalName,
      size,
      sha256,
      format: detected.format,
      format_detail: detected.detail,
      storage_key: storageKey,
      created_by: actor.userId,
      created_at: nowIso(),
      deleted_at: null,
      deleted_by: null,
    };
    await inTx(db, async (trx) => {
      await trx.insertInto('evidence_files').values(row).execute();
      await audit(trx, {
        action: 'evidence.upload',
        objectType: 'evidence',
        objectId: row.id,
        actor: auditActor(actor),
        orgId: subject.org_id,
        subjectId: subject.id,
        detail: { kind, name: originalName, size, sha256, format: detected.format },
      });
    });
    return toEvidenceRecord(row);
  } catch (e) {
    // No row was committed: the file must not stay (a sweep would catch it, but do not leave it for one).
    if (written) await store.remove(storageKey).catch(() => undefined);
    throw e;
  } finally {
    if (spooled) await rm(spooled, { force: true });
  }
}

/** Evidence metadata visible to the actor (NotFoundError otherwise). Not audited: it holds no file content. */
export async function getEvidence(db: Db, actor: Actor, id: string): Promise<EvidenceRecord> {
  const r = await scopedEvidence(db, actor).selectAll('evidence_files').where('evidence_files.id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('evidence file');
  return toEvidenceRecord(r);
}

/** A subject's live evidence, oldest first. */
export async function listEvidence(db: Db, actor: Actor, subjectId: string, kind?: string): Promise<EvidenceRecord[]> {
  await requireSubject(db, actor, subjectId, 'read');
  let q = scopedEvidence(db, actor).selectAll('evidence_files').where('evidence_files.subject_id', '=', subjectId);
  if (kind) q = q.where('evidence_files.kind', '=', kind);
  return (await q.orderBy('evidence_files.created_at').orderBy('evidence_files.id').execute()).map(toEvidenceRecord);
}

async function auditRead(db: Db, actor: Actor, rec: EvidenceRecord, purpose: string): Promise<void> {
  const owner = await db.selectFrom('subjects').select('org_id').where('id', '=', rec.subjectId).executeTakeFirstOrThrow();
  await audit(db, {
    action: `evidence.${purpose}`,
    objectType: 'evidence',
    objectId: rec.id,
    actor: auditActor(actor),
    orgId: owner.org_id,
    subjectId: rec.subjectId,
    detail: { kind: rec.kind, name: rec.originalName },
  });
}

export type ReadPurpose = 'view' | 'download' | 'export';

/**
 * The plaintext of an evidence file as a stream, audited (the entry is written before the stream is returned).
 * With verifyFirst the whole file is authenticated before any byte is handed out (reads it twice).
 */
export async function openEvidence(
  db: Db,
  store: EvidenceStore,
  actor: Actor,
  id: string,
  opts: { purpose?: ReadPurpose; verifyFirst?: boolean } = {},
): Promise<{ record: EvidenceRecord; stream: Readable }> {
  const record = await getEvidence(db, actor, id);
  const storageKey = (await db.selectFrom('evidence_files').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;
  if (opts.verifyFirst) await store.verify(storageKey, record.sha256);
  await auditRead(db, actor, record, opts.purpose ?? 'download');
  return { record, stream: await store.openStream(storageKey) };
}

/**
 * Decrypts an evidence file to a private temp file (0600, in the store's spool folder) for a tool that needs a
 * path (the app analyzer). Tag and sha256 are checked before it returns. Call cleanup() when done.
 */
export async function evidenceToTempFile(
  db: Db,
  store: EvidenceStore,
  actor: Actor,
  id: string,
  purpose = 'process',
): Promise<{ record: EvidenceRecord; path: string; cleanup: () => Promise<void> }> {
  const record = await getEvidence(db, actor, id);
  const storageKey = (await db.selectFrom('evidence_files').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;
  const path = store.spoolPath(extname(record.originalName).slice(1).toLowerCase());
  await auditRead(db, actor, record, purpose);
  await store.decryptToFile(storageKey, path, record.sha256);
  return { record, path, cleanup: () => rm(path, { force: true }) };
}

/**
 * Deletes an evidence file: the row is marked deleted (kept for the audit trail) and the encrypted file removed.
 * Refused while it is attached to a filing that is no longer a draft; detached from drafts.
 */
export async function deleteEvidence(db: Db, store: EvidenceStore, actor: Actor, id: string): Promise<void> {
  const record = await getEvidence(db, actor, id);
  const subject = await requireSubject(db, actor, record.subjectId, 'read');
  const mayDelete = allows(actor, subject, 'write') || (allows(actor, subject, 'inspect') && record.orgId === actor.orgId);
  if (!mayDelete) throw new ForbiddenError('your role may not delete this evidence file');
  const storageKey = await inTx(db, async (trx) => {
    const held = await trx
      .selectFrom('filing_attachments as fa')
      .innerJoin('filings as f', 'f.id', 'fa.filing_id')
      .select(['f.id', 'f.status'])
      .where('fa.evidence_id', '=', id)
      .where('f.status', '!=', 'draft')
      .executeTakeFirst();
    if (held) throw new ConflictError(`the file is part of filing ${held.id} (${held.status}) and cannot be deleted`);
    await trx.deleteFrom('filing_attachments').where('evidence_id', '=', id).execute();
    const r = await trx
      .updateTable('evidence_files')
      .set({ deleted_at: nowIso(), deleted_by: actor.userId })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .returning('storage_key')
      .executeTakeFirst();
    if (!r) throw new NotFoundError('evidence file');
    await audit(trx, {
      action: 'evidence.delete',
      objectType: 'evidence',
      objectId: id,
      actor: auditActor(actor),
      orgId: subject.org_id,
      subjectId: subject.id,
      detail: { kind: record.kind, name: record.originalName, sha256: record.sha256 },
    });
    return r.storage_key;
  });
  // After commit: a crash here leaves a file no live row names, which sweepOrphans removes.
  await store.remove(storageKey);
}

/**
 * The subject's evidence as the engine wants it: manifest items (id = evidence id) and DocumentArtifacts made
 * from the stored detection, so an assessment needs no decryption. App packages are left out (analyse them).
 */
export function evidenceForAssessment(records: EvidenceRecord[]): { items: EvidenceItem[]; documents: DocumentArtifact[] } {
  const docs = records.filter((r) => Object.hasOwn(EVIDENCE_KINDS, r.kind));
  return {
    items: docs.map((r) => ({
      id: r.id,
      kind: r.kind as EvidenceItem['kind'],
      path: r.originalName,
      ...(r.scenarioId ? { scenario: r.scenarioId } : {}),
      ...(r.note ? { note: r.note } : {}),
    })),
    documents: docs.map((r) => ({
      kind: 'document',
      evidenceId: r.id,
      evidenceKind: r.kind,
      source: r.originalName,
      size: r.size,
      format: r.format === 'mp4' ? 'unknown' : r.format,
      sha256: r.sha256,
      extension: extname(r.originalName).slice(1).toLowerCase(),
      detail: r.formatDetail,
    })),
  };
}
