import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCompleteness, evaluationInput } from './completeness.js';
import { IncompleteDossierError } from './errors.js';
import { attach, detach, startDeregistration, submit, approve } from './workflow.js';
import { SLOT_PARTS } from './types.js';
import { describeUpload, UploadReadError } from './upload.js';
import { company, completeFiles, draft, fixture, processorSubject, regulator, upload, withFiles, withUploads, type Files } from './test-fixtures.js';

const subject = processorSubject();
const ASOF = '2026-07-01';

/** Real uploads, read once: complete files, a PNG renamed .pdf, a real PNG, the XLS fixture. */
const up = await withUploads(async (dir) => ({
  files: await completeFiles(dir, subject),
  pngAsPdf: await upload(dir, fixture('scan.png'), '统一社会信用代码证件.pdf', 'png-as-pdf'),
  png: await upload(dir, fixture('scan.png'), '统一社会信用代码证件.png', 'real-png'),
  xls: await upload(dir, fixture('sheet.xls'), '个人信息处理者基本情况表.xls', 'real-xls'),
  docx: await upload(dir, fixture('letter.docx'), '承诺书.docx', 'word'),
}));
const files: Files = up.files;
const without = (slot: keyof Files, part?: 'scan' | 'spreadsheet'): Files => {
  const out: Files = { ...files };
  if (part) out[slot] = { ...files[slot], [part]: [] };
  else delete out[slot];
  return out;
};
const check = (f: Files, s = subject) => checkCompleteness(withFiles(draft(s), f), s, ASOF);

test('the uploads were read from their bytes: the generated forms are XLSX, the scans PDF', () => {
  assert.equal(files['FIL-07']!.spreadsheet![0]!.format, 'xlsx');
  assert.equal(files['FIL-08']!.spreadsheet![0]!.format, 'xlsx');
  assert.equal(files['FIL-01']!.scan![0]!.format, 'pdf');
  assert.equal(up.pngAsPdf.format, 'png');
  assert.equal(up.pngAsPdf.extension, 'pdf');
});

test('a dossier with every attachment is complete: each FIL rule passes', () => {
  const c = check(files);
  assert.equal(c.complete, true, JSON.stringify(c.blocking, null, 1));
  assert.deepEqual(c.slots.map((s) => [s.id, s.verdict, s.complete]), [
    ['FIL-01', 'pass', true],
    ['FIL-02', 'pass', true],
    ['FIL-03', 'pass', true],
    ['FIL-04', 'pass', true],
    ['FIL-05', 'pass', true],
    ['FIL-06', 'pass', true],
    ['FIL-07', 'pass', true],
    ['FIL-08', 'pass', true],
  ]);
  assert.deepEqual(c.slots.find((s) => s.id === 'FIL-07')!.findings.map((f) => f.checkId), ['FIL-07.file', 'FIL-07.spreadsheet', 'FIL-07.scan']);
  // FR-16 ran too, on the same files, and passes the attachments and the answered content.
  assert.ok(c.dossier.length > 0);
  assert.ok(c.dossier.every((f) => f.verdict === 'pass'), JSON.stringify(c.dossier.filter((f) => f.verdict !== 'pass')));
});

test('a missing stamped scan of FIL-07 blocks submission', () => {
  const c = check(without('FIL-07', 'scan'));
  assert.equal(c.complete, false);
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-07']);
  const slot = c.slots.find((s) => s.id === 'FIL-07')!;
  assert.equal(slot.findings.find((f) => f.checkId === 'FIL-07.scan')!.verdict, 'fail');
  assert.equal(slot.findings.find((f) => f.checkId === 'FIL-07.spreadsheet')!.verdict, 'pass');
  assert.match(c.blocking[0]!.message.zh, /人脸识别技术应用情况备案表.*扫描件/);
  assert.throws(() => submit(withFiles(draft(subject), without('FIL-07', 'scan')), company, subject), IncompleteDossierError);
});

test('a missing electronic FIL-08 blocks submission too', () => {
  const c = check(without('FIL-08', 'spreadsheet'));
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-08']);
  assert.match(c.blocking[0]!.message.en, /electronic spreadsheet/);
});

test('a PNG named .pdf is judged by its content and blocks submission', () => {
  const f: Files = { ...files, 'FIL-01': { scan: [up.pngAsPdf] } };
  const c = check(f);
  assert.equal(c.complete, false);
  const slot = c.slots.find((s) => s.id === 'FIL-01')!;
  assert.equal(slot.verdict, 'fail');
  assert.match(c.blocking[0]!.message.en, /name says \.pdf but the content is PNG/);
  assert.throws(() => submit(withFiles(draft(subject), f), company, subject), (e: unknown) => e instanceof IncompleteDossierError && e.completeness.blocking[0]!.ref === 'FIL-01');
});

test('the same PNG under its own name is an accepted scan', () => {
  const c = check({ ...files, 'FIL-01': { scan: [up.png] } });
  assert.equal(c.complete, true, JSON.stringify(c.blocking));
});

test('a real XLS workbook is an accepted electronic FIL-08', () => {
  const c = check({ ...files, 'FIL-08': { ...files['FIL-08'], spreadsheet: [up.xls] } });
  assert.equal(c.complete, true, JSON.stringify(c.blocking));
});

test('a Word document where a scan is required is refused', () => {
  const c = check({ ...files, 'FIL-05': { scan: [up.docx] } });
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-05']);
  assert.match(c.blocking[0]!.message.en, /extension \.docx is not one the filing form accepts/);
});

test('a file over 50 MB blocks; the size is the one the collector measured', () => {
  const big = { ...files['FIL-06']!.scan![0]!, size: 50 * 1024 * 1024 + 1 };
  const c = check({ ...files, 'FIL-06': { scan: [big] } });
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-06']);
  assert.match(c.blocking[0]!.message.en, /over the 50 MB limit/);
});

test('files swapped between the spreadsheet and scan fields block, though the FIL rule alone would pass', () => {
  const f07 = files['FIL-07']!;
  const c = check({ ...files, 'FIL-07': { spreadsheet: f07.scan!, scan: f07.spreadsheet! } });
  const slot = c.slots.find((s) => s.id === 'FIL-07')!;
  assert.equal(slot.verdict, 'pass');
  assert.equal(slot.complete, false);
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-07']);
  assert.match(c.blocking[0]!.message.zh, /此栏位应上传电子版表格/);
});

test('an inspector’s recorded pass for FIL-01 does not stand in for the file', () => {
  const s = processorSubject({ inspections: [{ check: 'FIL-01', verdict: 'pass', note: '截图已核对', date: '2026-06-01' }] });
  const c = check(without('FIL-01'), s);
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-01']);
  assert.ok(c.blocking[0]!.missing?.includes('evidence:FIL-01'));
  assert.equal(evaluationInput(withFiles(draft(s), files), s).subject.inspections.length, 0);
});

test('a voluntary filing below 100,000 persons still needs every attachment (a dossier means a filing started)', () => {
  const s = processorSubject({ facts: { faceStoredPersons: 5_000 } });
  const c = check(without('FIL-02'), s);
  assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-02']);
  assert.equal(c.slots.find((x) => x.id === 'FIL-02')!.verdict, 'needs-evidence');
});

test('a subject whose last filing was returned can submit again (the old status is not judged)', () => {
  const s = processorSubject({ facts: { faceStoredPersons: 150_000, filing: { status: 'returned' } } });
  assert.equal(check(files, s).complete, true);
});

test('FR-16: a self-inspection answer that the PIA is not in the filing blocks; an unanswered one only warns', () => {
  const no = check(files, processorSubject({ answers: { 'Q-FR16-PIA': 'no' } }));
  assert.deepEqual(no.blocking.map((b) => b.ref), ['FR-16.content.pia']);
  const unanswered = processorSubject({ answers: {} });
  // processorSubject merges answers: drop them all for this case.
  const bare = { ...unanswered, answers: {} };
  const c = check(files, bare);
  assert.equal(c.complete, true);
  assert.ok(c.warnings.some((w) => w.ref === 'FR-16.content.pia' && w.missing?.includes('question:Q-FR16-PIA')));
});

test('form blanks are warnings for a first filing, listed by their path', () => {
  const c = check(files);
  assert.ok(c.formMissing.some((m) => m.key === 'processor.legalRepresentative.name'));
  assert.ok(c.warnings.some((w) => w.code === 'form' && w.ref === 'processor.legalRepresentative.name'));
});

test('deregistration: only FIL-01…05 and FIL-07 are required; an extra PIA scan is only a warning', () => {
  const filed = approve(submit(withFiles(draft(subject), files), company, subject), regulator, 'A-2026-0001');
  const d = startDeregistration(filed, { id: 'd1', actor: company, stoppedOn: '2026-09-01' });
  let x = withFiles(d, files);
  x = { ...x, form: { deregistration: { reason: '停止使用' } } };
  const c = checkCompleteness(x, subject, ASOF);
  assert.equal(c.complete, true, JSON.stringify(c.blocking));
  assert.deepEqual(c.warnings.filter((w) => w.code === 'unneeded').map((w) => w.ref), ['FIL-06', 'FIL-08']);
  assert.equal(c.dossier.length, 0, 'FR-16 (all eight attachments) is for first and change filings only');
  const missingForm = checkCompleteness(detach(x, company, { evidenceId: 'scan-03' }), subject, ASOF);
  assert.deepEqual(missingForm.blocking.map((b) => b.ref), ['FIL-03']);
  const noReason = checkCompleteness({ ...x, form: {} }, subject, ASOF);
  assert.deepEqual(noReason.blocking.map((b) => b.ref), ['deregistration.reason']);
});

test('attaching after a check changes the result: completeness is computed, never stored', () => {
  const d = withFiles(draft(subject), without('FIL-04'));
  assert.equal(checkCompleteness(d, subject, ASOF).complete, false);
  const fixed = attach(d, company, { slot: 'FIL-04', part: 'scan', file: files['FIL-04']!.scan![0]! });
  assert.equal(checkCompleteness(fixed, subject, ASOF).complete, true);
});

test('the upload fields per attachment agree with the FIL rules: two (spreadsheet + scan) exactly where the rule checks both', () => {
  for (const slot of check(files).slots) {
    const ruleHasSheet = slot.findings.some((f) => f.checkId === `${slot.id}.spreadsheet`);
    assert.equal(SLOT_PARTS[slot.id].length === 2, ruleHasSheet, slot.id);
  }
});

test('describeUpload: an empty upload is format unknown and refused; a vanished file is a clear error', async () => {
  await withUploads(async (dir) => {
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    await writeFile(join(dir, 'empty'), '');
    const empty = await describeUpload(join(dir, 'empty'), '承诺书.pdf', 'empty');
    assert.equal(empty.format, 'unknown');
    assert.equal(empty.size, 0);
    const c = check({ ...files, 'FIL-05': { scan: [empty] } });
    assert.deepEqual(c.blocking.map((b) => b.ref), ['FIL-05']);
    await assert.rejects(describeUpload(join(dir, 'gone'), '承诺书.pdf', 'gone'), (e: unknown) => e instanceof UploadReadError && /承诺书\.pdf: the stored file is gone/.test(e.message));
    await assert.rejects(describeUpload(dir, 'folder.pdf', 'dir'), /not a regular file/);
  });
});
