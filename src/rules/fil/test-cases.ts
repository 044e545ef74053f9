// Test cases every FIL rule must pass, registered by each fil-0N.test.ts for its own rule (only for tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentArtifact } from '../../core/artifacts.js';
import type { Rule } from '../rule.js';
import type { SubjectPatch } from '../../test-support/fixtures.js';
import { check, documentWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';
import type { EvidenceKindId } from '../../subject/schema.js';
import { MAX_BYTES } from './dossier.js';

const DUE = { faceStoredPersons: 150_000 };

function dossier(kind: EvidenceKindId, files: { name: string; format?: DocumentArtifact['format']; size?: number; read?: boolean }[], patch: SubjectPatch = {}) {
  const subject = subjectWith({
    facts: DUE,
    ...patch,
    evidence: files.map((f) => ({ id: f.name.replace(/[^A-Za-z0-9_.-]/g, '_'), kind, path: `filing/${f.name}` })),
  });
  const docs = files
    .filter((f) => f.read !== false)
    .map((f) =>
      documentWith({
        evidenceId: f.name.replace(/[^A-Za-z0-9_.-]/g, '_'),
        evidenceKind: kind,
        format: f.format ?? 'pdf',
        extension: f.name.split('.').pop()!.toLowerCase(),
        ...(f.size !== undefined ? { size: f.size } : {}),
      }),
    );
  return { subject, docs };
}

function runDossier(rule: Rule, files: Parameters<typeof dossier>[1], patch: SubjectPatch = {}) {
  const { subject, docs } = dossier(rule.id as EvidenceKindId, files, patch);
  return run(rule, subject, { document: docs });
}

/** Cases common to all attachments: applicability, presence, unread files, inspections. */
function commonCases(rule: Rule) {
  const id = rule.id;
  test(`${id} is not applicable below 100,000 stored persons with no filing started`, () => {
    const f = runDossier(rule, [{ name: 'a.pdf' }], { facts: { faceStoredPersons: 5_000 } });
    assert.deepEqual(verdicts(f), ['not-applicable']);
    assert.match(f[0]!.message.zh, /未达到 10 万人/);
  });

  test(`${id} applies once a filing is started, whatever the count`, () => {
    const f = runDossier(rule, [], { facts: { filing: { status: 'draft' } } });
    assert.deepEqual(verdicts(f), ['needs-evidence']);
    assert.deepEqual(f[0]!.missing, [`evidence:${id}`]);
  });

  test(`${id} needs the attachment when the manifest has none`, () => {
    const f = runDossier(rule, []);
    assert.deepEqual(verdicts(f), ['needs-evidence']);
    assert.equal(f[0]!.checkId, `${id}.present`);
    assert.ok(f[0]!.missing?.includes(`evidence:${id}`));
  });

  test(`${id} needs the filing facts when neither count nor status is known and nothing is attached`, () => {
    const f = runDossier(rule, [], { facts: {} });
    assert.deepEqual(verdicts(f), ['needs-evidence']);
    assert.ok(f[0]!.missing?.includes('fact:facts.faceStoredPersons'));
  });

  test(`${id} needs the document artifact when the file was not read`, () => {
    const f = runDossier(rule, [{ name: 'a.pdf', read: false }]);
    assert.deepEqual(verdicts(check(f, `${id}.file`)), ['needs-evidence']);
    assert.ok(check(f, `${id}.file`)[0]!.missing?.includes('artifact:document'));
  });

  test(`${id} fails a PNG named .pdf and shows both the extension and the content`, () => {
    const f = runDossier(rule, [{ name: 'scan.pdf', format: 'png' }]);
    const file = check(f, `${id}.file`);
    assert.deepEqual(verdicts(file), ['fail']);
    assert.match(file[0]!.evidence[0]!.text, /\.pdf/);
    assert.match(file[0]!.evidence[0]!.text, /PNG/);
    assert.match(file[0]!.message.en, /name says \.pdf but the content is PNG/);
    assert.ok(file[0]!.remediation?.zh.includes('50 MB'));
  });

  test(`${id} fails a file over 50 MB and passes one of exactly 50 MB`, () => {
    const over = runDossier(rule, [{ name: 'a.pdf', size: MAX_BYTES + 1 }]);
    assert.deepEqual(verdicts(check(over, `${id}.file`)), ['fail']);
    assert.match(check(over, `${id}.file`)[0]!.message.en, /over the 50 MB limit/);
    const at = runDossier(rule, [{ name: 'a.pdf', size: MAX_BYTES }]);
    assert.deepEqual(verdicts(check(at, `${id}.file`)), ['pass']);
  });

  test(`${id} fails a Word document the form does not accept`, () => {
    const f = runDossier(rule, [{ name: 'a.docx', format: 'docx' }]);
    assert.deepEqual(verdicts(check(f, `${id}.file`)), ['fail']);
    assert.match(check(f, `${id}.file`)[0]!.message.en, /extension \.docx is not one the filing form accepts/);
  });

  test(`${id} follows an inspector's recorded result`, () => {
    const f = runDossier(rule, [], { inspections: [{ check: id, verdict: 'pass', note: '备案系统上传截图已核对', date: '2026-06-01' }] });
    assert.deepEqual(verdicts(f), ['pass']);
  });
}

/** FIL-01…06: one stamped scan. */
export function scanAttachmentCases(rule: Rule) {
  const id = rule.id;
  commonCases(rule);
  test(`${id} passes a stamped scan as PDF, OFD, PNG or JPG`, () => {
    for (const [name, format] of [
      ['a.pdf', 'pdf'],
      ['a.ofd', 'ofd'],
      ['a.png', 'png'],
      ['a.jpg', 'jpeg'],
      ['a.JPEG', 'jpeg'],
    ] as const) {
      const f = runDossier(rule, [{ name, format }]);
      assert.deepEqual(verdicts(f), ['pass'], name);
      assert.equal(f[0]!.checkId, `${id}.file`);
    }
  });
  test(`${id} fails a spreadsheet where a scan is required`, () => {
    const f = runDossier(rule, [{ name: 'a.xlsx', format: 'xlsx' }]);
    assert.deepEqual(verdicts(f), ['fail']);
    assert.match(f[0]!.message.en, /content format XLSX is not one this attachment accepts/);
  });
}

/** FIL-07, FIL-08: an electronic spreadsheet and a stamped scan, both. */
export function twoSlotAttachmentCases(rule: Rule) {
  const id = rule.id;
  commonCases(rule);
  test(`${id} passes an XLSX and a PDF scan`, () => {
    const f = runDossier(rule, [
      { name: 'form.xlsx', format: 'xlsx' },
      { name: 'form.pdf', format: 'pdf' },
    ]);
    assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
    assert.deepEqual(f.map((x) => x.checkId), [`${id}.file`, `${id}.spreadsheet`, `${id}.scan`]);
  });
  test(`${id} passes a WPS ET workbook and a JPG scan`, () => {
    const f = runDossier(rule, [
      { name: 'form.et', format: 'et' },
      { name: 'form.jpg', format: 'jpeg' },
    ]);
    assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass']);
  });
  test(`${id} fails when only the scan is attached: the electronic version is missing`, () => {
    const f = runDossier(rule, [{ name: 'form.pdf', format: 'pdf' }]);
    assert.deepEqual(verdicts(check(f, `${id}.spreadsheet`)), ['fail']);
    assert.deepEqual(verdicts(check(f, `${id}.scan`)), ['pass']);
  });
  test(`${id} fails when only the spreadsheet is attached: the stamped scan is missing`, () => {
    const f = runDossier(rule, [{ name: 'form.xls', format: 'xls' }]);
    assert.deepEqual(verdicts(check(f, `${id}.scan`)), ['fail']);
    assert.deepEqual(verdicts(check(f, `${id}.spreadsheet`)), ['pass']);
  });
  test(`${id} fails an XLSX renamed .xls: extension and content disagree, so no good spreadsheet`, () => {
    const f = runDossier(rule, [
      { name: 'form.xls', format: 'xlsx' },
      { name: 'form.pdf', format: 'pdf' },
    ]);
    assert.deepEqual(verdicts(check(f, `${id}.file`)), ['fail']);
    assert.match(check(f, `${id}.file`)[0]!.message.zh, /扩展名为 \.xls，实际内容为 XLSX/);
    assert.deepEqual(verdicts(check(f, `${id}.spreadsheet`)), ['fail']);
  });
  test(`${id} needs the artifact for a slot when a file was not read`, () => {
    const f = runDossier(rule, [
      { name: 'form.xlsx', format: 'xlsx', read: false },
      { name: 'form.pdf', format: 'pdf' },
    ]);
    assert.deepEqual(verdicts(check(f, `${id}.spreadsheet`)), ['needs-evidence']);
    assert.deepEqual(verdicts(check(f, `${id}.scan`)), ['pass']);
  });
}
