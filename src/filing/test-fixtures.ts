// Builders for the filing tests (only for tests): a processor subject, the two actors, and dossiers whose
// attachments are real files — the document fixtures made with real tools, and the forms this library writes —
// read by describeUpload like an upload would be.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../core/paths.js';
import type { Subject } from '../subject/schema.js';
import { subjectWith, type SubjectPatch } from '../test-support/fixtures.js';
import { filingFormXlsx, processorFormXlsx } from './forms.js';
import type { Actor, AttachmentRef, Dossier, PartId } from './types.js';
import { FIL_KINDS } from './types.js';
import { attach, createDossier } from './workflow.js';
import { describeUpload } from './upload.js';
import type { FilKind } from '../rules/fil/dossier.js';

export const company: Actor = { role: 'company', id: 'u-company', name: '王经办' };
export const regulator: Actor = { role: 'regulator', id: 'u-cac', name: '省网信办审核员', province: '示例省' };
export const AT = '2026-07-01T10:00:00+08:00';
/** Timestamps a few minutes apart on one day, for ordered history. */
export const at = (n: number, day = '2026-07-01') => `${day}T10:${String(n).padStart(2, '0')}:00+08:00`;

export const CREDIT_CODE = '91310000MA1FL0000X';

/** A processor with 150,000 stored faces, one door-access scenario, a PIA and the FR-16 content answered yes. */
export function processorSubject(p: SubjectPatch = {}): Subject {
  return subjectWith({
    asOf: '2026-06-30',
    processor: {
      name: '示例物业服务有限公司',
      creditCode: CREDIT_CODE,
      province: '示例省',
      city: '示例市',
      contact: { phone: '021-00000000', email: 'dpo@example.com', address: '示例市示例路 1 号' },
      officer: { name: '李负责', contact: 'officer@example.com' },
      ...p.processor,
    },
    scenario: {
      id: 'door-access',
      name: '人脸识别门禁',
      type: 'local-verification',
      setting: 'offline-device',
      sector: 'property',
      purpose: '门禁识别',
      storage: 'device',
      retentionDays: 365,
      alternatives: ['card', 'manual-check'],
      encryptedAtRest: true,
      faceLeavesDevice: false,
      ...p.scenario,
    },
    facts: {
      faceStoredPersons: 150_000,
      faceThresholdReachedOn: '2026-03-02',
      piPersons: 160_000,
      pia: { date: '2025-08-20', version: '1.0', coversFourContents: true },
      mlpsLevel: 2,
      ...p.facts,
    },
    answers: {
      'Q-FR16-BASIC-INFO': 'yes',
      'Q-FR16-PURPOSE-METHOD': 'yes',
      'Q-FR16-COUNT-SECURITY': 'yes',
      'Q-FR16-RULES-PROCEDURES': 'yes',
      'Q-FR16-PIA': 'yes',
      'Q-FR13-ACCESS': 'yes',
      'Q-FR13-AUDIT': 'yes',
      'Q-FR13-INTRUSION': 'partial',
      ...p.answers,
    },
    evidence: p.evidence ?? [{ id: 'rules', kind: 'pi-management-policy', path: 'evidence/pi-management-policy.pdf', date: '2025-08-10', note: '人脸信息处理规则' }],
    ...(p.inspections ? { inspections: p.inspections } : {}),
    ...(p.scenarios ? { scenarios: p.scenarios } : {}),
  });
}

export const fixture = (name: string) => join(projectRoot(), 'test', 'fixtures', 'documents', name);

/** A temporary folder for uploads, removed after the callback. */
export async function withUploads<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-filing-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Uploads a fixture under a chosen name: the bytes are the fixture's, the name is what the user gave. */
export async function upload(dir: string, source: string, fileName: string, evidenceId: string): Promise<AttachmentRef> {
  const stored = join(dir, `${evidenceId}.upload`); // stored under a neutral name, as a server would
  await copyFile(source, stored);
  return describeUpload(stored, fileName, evidenceId);
}

/** Uploads bytes made in the test (the generated forms). */
export async function uploadBytes(dir: string, bytes: Buffer, fileName: string, evidenceId: string): Promise<AttachmentRef> {
  const stored = join(dir, `${evidenceId}.upload`);
  await writeFile(stored, bytes);
  return describeUpload(stored, fileName, evidenceId);
}

export type Files = Partial<Record<FilKind, Partial<Record<PartId, AttachmentRef[]>>>>;

/** Every attachment of a complete face filing: stamped PDF scans, and the generated forms as spreadsheets. */
export async function completeFiles(dir: string, subject: Subject): Promise<Files> {
  const files: Files = {};
  for (const id of FIL_KINDS) {
    const n = id.slice(-2);
    files[id] = { scan: [await upload(dir, fixture('scan.pdf'), `附件${n}.pdf`, `scan-${n}`)] };
  }
  const form07 = await filingFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  const form08 = await processorFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  files['FIL-07']!.spreadsheet = [await uploadBytes(dir, form07.buffer, form07.fileName, 'sheet-07')];
  files['FIL-08']!.spreadsheet = [await uploadBytes(dir, form08.buffer, form08.fileName, 'sheet-08')];
  return files;
}

/** Attaches files to a dossier, in attachment order. */
export function withFiles(d: Dossier, files: Files, actor: Actor = company): Dossier {
  let out = d;
  for (const [slot, parts] of Object.entries(files) as [FilKind, Partial<Record<PartId, AttachmentRef[]>>][]) {
    for (const [part, list] of Object.entries(parts) as [PartId, AttachmentRef[]][]) {
      for (const file of list) out = attach(out, actor, { slot, part, file, at: AT });
    }
  }
  return out;
}

/** A new draft face filing for the subject. */
export function draft(subject: Subject, id = 'dossier-1'): Dossier {
  return createDossier({ id, type: 'initial', actor: company, subject, at: at(0) });
}
