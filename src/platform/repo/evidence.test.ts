import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { projectRoot } from '../../core/paths.js';
import { EvidenceStore } from '../evidence-store.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { eachDatabase, seedWorld, type World } from '../testing.js';
import { grantSubject } from './grants.js';
import { createFiling, saveFiling } from './filings.js';
import { attach } from '../../filing/index.js';
import { deleteEvidence, evidenceForAssessment, evidenceToTempFile, getEvidence, listEvidence, openEvidence, putEvidence } from './evidence.js';

const sample = (name: string) => join(projectRoot(), 'examples', 'evidence', name);

async function readAll(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

eachDatabase('evidence files', (get) => {
  let w: World;
  let store: EvidenceStore;
  const dir = () => get().dir;
  before(async () => {
    w = await seedWorld(get().db);
    store = await EvidenceStore.open({ dir: join(dir(), 'evidence'), key: randomBytes(32), log: () => undefined });
  });
  const actions = async () => (await get().db.selectFrom('audit_log').select(['action', 'object_id']).orderBy('seq').execute()).map((r) => `${r.action}:${r.object_id}`);

  test('a PDF stored from a path: row, encrypted file, detected format, audit entry', async () => {
    const { db } = get();
    const rec = await putEvidence(db, store, w.companyA.member, { subjectId: w.companyA.subject.id, kind: 'pia-report', originalName: 'C:\\docs\\pia-report.pdf', source: sample('pia-report.pdf') });
    assert.equal(rec.format, 'pdf');
    assert.equal(rec.originalName, 'pia-report.pdf');
    assert.equal(rec.size, statSync(sample('pia-report.pdf')).size);
    const { stream } = await openEvidence(db, store, w.companyA.admin, rec.id, { purpose: 'download' });
    assert.deepEqual(await readAll(stream), readFileSync(sample('pia-report.pdf')));
    const log = await actions();
    assert.ok(log.includes(`evidence.upload:${rec.id}`));
    assert.ok(log.includes(`evidence.download:${rec.id}`));
  });

  test('a stream upload is spooled privately, checked by content, and the spool removed', async () => {
    const { db } = get();
    const rec = await putEvidence(db, store, w.companyA.member, { subjectId: w.companyA.subject.id, kind: 'signage-photo', originalName: 'photo.jpg', source: createReadStream(sample('signage-photo.png')) });
    // Named .jpg, but the bytes are PNG: the content decides.
    assert.equal(rec.format, 'png');
    assert.deepEqual(readdirSync(join(store.dir, '.spool')), []);
  });

  test('filing attachments: format by content (a text file named .pdf is refused), 50 MB limit (413)', async () => {
    const { db } = get();
    const fake = join(dir(), 'licence.pdf');
    writeFileSync(fake, '这不是 PDF，只是改了扩展名的文本。\n');
    await assert.rejects(
      putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'FIL-01', originalName: 'licence.pdf', source: fake }),
      (e: unknown) => e instanceof InvalidInputError && e.status === 415 && /text/.test(e.message),
    );
    const big = join(dir(), 'big.pdf');
    copyFileSync(sample('pia-report.pdf'), big);
    appendFileSync(big, Buffer.alloc(50 * 1024 * 1024));
    await assert.rejects(
      putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'FIL-06', originalName: 'big.pdf', source: big }),
      (e: unknown) => e instanceof InvalidInputError && e.status === 413 && /50\.0 MB/.test(e.message),
    );
    // The same file is fine as ordinary evidence (200 MB limit).
    const ok = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'pia-supporting', originalName: 'big.pdf', source: big });
    assert.equal(ok.format, 'pdf');
    // A stream upload over the limit stops early, leaving nothing behind.
    await assert.rejects(
      putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'FIL-06', originalName: 'big.pdf', source: createReadStream(big) }),
      (e: unknown) => e instanceof InvalidInputError && e.status === 413,
    );
    assert.deepEqual(readdirSync(join(store.dir, '.spool')), []);
    const rows = await db.selectFrom('evidence_files').select('kind').where('kind', 'in', ['FIL-01', 'FIL-06']).execute();
    assert.deepEqual(rows, []);
  });

  test('an app package must be a zip container; a renamed PDF is refused', async () => {
    const { db } = get();
    await assert.rejects(
      putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'app-package', originalName: 'app.apk', source: sample('notice.pdf') }),
      (e: unknown) => e instanceof InvalidInputError && e.status === 415,
    );
    await assert.rejects(putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'made-up', originalName: 'x.pdf', source: sample('notice.pdf') }), /unknown evidence kind/);
  });

  test('tenant isolation: company B, an ungranted evaluator and a regulator cannot see or fetch A\'s files', async () => {
    const { db } = get();
    const [rec] = await listEvidence(db, w.companyA.admin, w.companyA.subject.id, 'pia-report');
    assert.ok(rec);
    for (const outsider of [w.companyB.admin, w.evaluator.user, w.regulator.user]) {
      await assert.rejects(getEvidence(db, outsider, rec.id), NotFoundError);
      await assert.rejects(openEvidence(db, store, outsider, rec.id), NotFoundError);
      await assert.rejects(listEvidence(db, outsider, w.companyA.subject.id), NotFoundError);
      await assert.rejects(
        putEvidence(db, store, outsider, { subjectId: w.companyA.subject.id, kind: 'pia-report', originalName: 'x.pdf', source: sample('notice.pdf') }),
        NotFoundError,
      );
      await assert.rejects(deleteEvidence(db, store, outsider, rec.id), NotFoundError);
    }
  });

  test('a granted evaluator reads the files and adds 留存证据, but no filing attachments', async () => {
    const { db } = get();
    await grantSubject(db, w.companyA.admin, w.companyA.subject.id, w.evaluator.orgId);
    const files = await listEvidence(db, w.evaluator.user, w.companyA.subject.id);
    assert.ok(files.length >= 2);
    const mine = await putEvidence(db, store, w.evaluator.user, { subjectId: w.companyA.subject.id, kind: 'interview-record', originalName: 'interview.pdf', source: sample('notice.pdf') });
    assert.equal(mine.orgId, w.evaluator.orgId);
    await assert.rejects(
      putEvidence(db, store, w.evaluator.user, { subjectId: w.companyA.subject.id, kind: 'FIL-05', originalName: 'x.pdf', source: sample('notice.pdf') }),
      ForbiddenError,
    );
    // The company sees what the evaluator attached.
    assert.ok((await listEvidence(db, w.companyA.member, w.companyA.subject.id)).some((f) => f.id === mine.id));
  });

  test('decrypting for a tool: a 0600 temp file with the original bytes, audited, removed by cleanup', async () => {
    const { db } = get();
    const [rec] = await listEvidence(db, w.companyA.admin, w.companyA.subject.id, 'pia-report');
    const tmp = await evidenceToTempFile(db, store, w.companyA.admin, rec!.id, 'analyze');
    assert.equal(statSync(tmp.path).mode & 0o777, 0o600);
    assert.deepEqual(readFileSync(tmp.path), readFileSync(sample('pia-report.pdf')));
    await tmp.cleanup();
    assert.deepEqual(readdirSync(join(store.dir, '.spool')), []);
    assert.ok((await actions()).includes(`evidence.analyze:${rec!.id}`));
  });

  test('a changed file on disk is refused on read with a clear error', async () => {
    const { db } = get();
    const rec = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'audit-log', originalName: 'audit-log.pdf', source: sample('audit-log.pdf') });
    const key = (await db.selectFrom('evidence_files').select('storage_key').where('id', '=', rec.id).executeTakeFirstOrThrow()).storage_key;
    const b = readFileSync(store.pathOf(key));
    b.writeUInt8(b.readUInt8(500) ^ 0xff, 500);
    writeFileSync(store.pathOf(key), b);
    await assert.rejects(openEvidence(db, store, w.companyA.admin, rec.id, { verifyFirst: true }), /failed authentication/);
    await assert.rejects(evidenceToTempFile(db, store, w.companyA.admin, rec.id), /failed authentication/);
  });

  test('deletion: row kept as deleted, file removed, audited; refused for a submitted filing\'s attachment', async () => {
    const { db } = get();
    const rec = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'deletion-record', originalName: 'd.pdf', source: sample('deletion-record.pdf') });
    const key = (await db.selectFrom('evidence_files').select('storage_key').where('id', '=', rec.id).executeTakeFirstOrThrow()).storage_key;
    await deleteEvidence(db, store, w.companyA.member, rec.id);
    assert.throws(() => statSync(store.pathOf(key)), /ENOENT/);
    await assert.rejects(getEvidence(db, w.companyA.admin, rec.id), NotFoundError);
    const row = await db.selectFrom('evidence_files').select(['deleted_at', 'deleted_by']).where('id', '=', rec.id).executeTakeFirstOrThrow();
    assert.ok(row.deleted_at);
    assert.equal(row.deleted_by, w.companyA.member.userId);
    assert.ok((await actions()).includes(`evidence.delete:${rec.id}`));

    // Attached to a filing that went to the regulator: kept.
    const scan = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'FIL-05', originalName: 'c.pdf', source: sample('notice.pdf') });
    const f = await createFiling(db, w.companyA.admin, { subjectId: w.companyA.subject.id, type: 'initial' });
    const file = { evidenceId: scan.id, fileName: 'c.pdf', extension: 'pdf', format: 'pdf' as const, size: scan.size, sha256: scan.sha256 };
    const d = attach(f.dossier, { role: 'company', id: w.companyA.admin.userId }, { slot: 'FIL-05', part: 'scan', file });
    await saveFiling(db, w.companyA.admin, f.id, { dossier: d, expectedVersion: f.version, action: 'filing.attach' });
    await db.updateTable('filings').set({ status: 'submitted' }).where('id', '=', f.id).execute();
    await assert.rejects(deleteEvidence(db, store, w.companyA.admin, scan.id), ConflictError);
  });

  test('stored evidence feeds the engine without decryption: manifest items and DocumentArtifacts', async () => {
    const { db } = get();
    const records = await listEvidence(db, w.companyA.admin, w.companyA.subject.id);
    const { items, documents } = evidenceForAssessment(records);
    assert.equal(items.length, documents.length);
    const pia = documents.find((d) => d.evidenceKind === 'pia-report')!;
    assert.equal(pia.format, 'pdf');
    assert.equal(pia.extension, 'pdf');
    assert.match(pia.sha256, /^[0-9a-f]{64}$/);
    assert.ok(items.every((i) => i.id && documents.some((d) => d.evidenceId === i.id)));
  });

  test('a spreadsheet made with exceljs is detected as XLSX and fits the FIL-07 spreadsheet slot', async () => {
    const { db } = get();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('备案表').addRow(['单位名称', 'A 公司']);
    const xlsx = join(dir(), 'form.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const rec = await putEvidence(db, store, w.companyA.admin, { subjectId: w.companyA.subject.id, kind: 'FIL-07', originalName: '备案表.xlsx', source: xlsx });
    assert.equal(rec.format, 'xlsx');
  });

  test('sweepOrphans: removes a dead writer\'s temp file, stale spool and unreferenced files; keeps live ones', async () => {
    const { db } = get();
    const live = await listEvidence(db, w.companyA.admin, w.companyA.subject.id);
    const sub = join(store.dir, 'ab');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub, { recursive: true });
    const host = (await import('node:os')).hostname().replace(/[^A-Za-z0-9.]/g, '_');
    writeFileSync(join(sub, `.tmp-${host}-999999999-00000000-abcdef`), 'half'); // a pid that cannot exist
    writeFileSync(join(sub, `.tmp-${host}-${process.pid}-00000000-abcdef`), 'half'); // our pid, an earlier process
    writeFileSync(join(sub, `.tmp-elsewhere-1-00000000-abcdef`), 'another machine, still writing?');
    writeFileSync(join(store.dir, '.spool', `spool-${host}-999999999-00000000-abcdef.pdf`), 'plain');
    const ours = store.spoolPath('pdf');
    writeFileSync(ours, 'ours, in progress');
    const orphanKey = 'ab' + EvidenceStore.newStorageKey().slice(2);
    writeFileSync(join(sub, `${orphanKey}.fae`), 'complete but no row');
    // A young unreferenced file survives the default grace (a writer may be about to insert its row).
    // Leftovers of dead processes on this host go at once; our own spool file and other hosts' files stay.
    assert.deepEqual(await store.sweepOrphans(db), { tempFiles: 2, spoolFiles: 1, unreferenced: 0 });
    const r = await store.sweepOrphans(db, { unreferencedGraceMs: 0 });
    assert.deepEqual(r, { tempFiles: 0, spoolFiles: 0, unreferenced: 1 });
    // (live rows' files whose random key starts with "ab" share the folder: they must stay, and are left out here)
    const liveKeys = new Set((await db.selectFrom('evidence_files').select('storage_key').execute()).map((x) => `${x.storage_key}.fae`));
    const inSub = () => readdirSync(sub).filter((f) => !liveKeys.has(f));
    assert.deepEqual(inSub(), ['.tmp-elsewhere-1-00000000-abcdef'], 'young files of other hosts wait for the grace period');
    assert.deepEqual(readdirSync(join(store.dir, '.spool')), [basename(ours)]);
    // Past the grace period, they go too.
    assert.deepEqual(await store.sweepOrphans(db, { graceMs: 0, unreferencedGraceMs: 0 }), { tempFiles: 1, spoolFiles: 1, unreferenced: 0 });
    // Every live row's file is still there and decrypts.
    for (const rec of live) {
      const key = (await db.selectFrom('evidence_files').select('storage_key').where('id', '=', rec.id).executeTakeFirstOrThrow()).storage_key;
      if (rec.kind !== 'audit-log') await store.verify(key, rec.sha256); // the audit-log one was tampered above
    }
  });
});
