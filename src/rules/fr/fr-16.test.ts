import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-16.js';
import { emptyArtifacts, type DocumentArtifact } from '../../core/artifacts.js';
import { evaluateRule } from '../../engine/assess.js';
import type { Obligation } from '../../obligations/types.js';
import type { EvidenceKindId } from '../../subject/schema.js';
import { check, documentWith, run, subjectWith, verdicts, type SubjectPatch } from '../../test-support/fixtures.js';

const SCANS: EvidenceKindId[] = ['FIL-01', 'FIL-02', 'FIL-03', 'FIL-04', 'FIL-05', 'FIL-06'];
const CONTENT_YES = {
  'Q-FR16-BASIC-INFO': 'yes',
  'Q-FR16-PURPOSE-METHOD': 'yes',
  'Q-FR16-COUNT-SECURITY': 'yes',
  'Q-FR16-RULES-PROCEDURES': 'yes',
  'Q-FR16-PIA': 'yes',
} as const;

/** A complete dossier: six scans, and the two forms as XLSX + PDF; `change` alters the documents. */
function fullDossier(change: (docs: DocumentArtifact[]) => DocumentArtifact[] = (d) => d, patch: SubjectPatch = {}) {
  const files: { id: string; kind: EvidenceKindId; format: DocumentArtifact['format']; ext: string }[] = [
    ...SCANS.map((kind) => ({ id: `${kind}-scan`, kind, format: 'pdf' as const, ext: 'pdf' })),
    { id: 'FIL-07-xlsx', kind: 'FIL-07', format: 'xlsx', ext: 'xlsx' },
    { id: 'FIL-07-scan', kind: 'FIL-07', format: 'pdf', ext: 'pdf' },
    { id: 'FIL-08-xlsx', kind: 'FIL-08', format: 'xlsx', ext: 'xlsx' },
    { id: 'FIL-08-scan', kind: 'FIL-08', format: 'pdf', ext: 'pdf' },
  ];
  const subject = subjectWith({
    facts: { faceStoredPersons: 230_000 },
    answers: CONTENT_YES,
    ...patch,
    evidence: [...files.map((f) => ({ id: f.id, kind: f.kind, path: `filing/${f.id}.${f.ext}` })), { kind: 'pi-management-policy', path: 'policy.pdf' }],
  });
  const docs = change(files.map((f) => documentWith({ evidenceId: f.id, evidenceKind: f.kind, format: f.format, extension: f.ext })));
  return { subject, docs };
}

test('FR-16 passes a complete, well-formed dossier with the Art.15 content confirmed', () => {
  const { subject, docs } = fullDossier();
  const f = run(rule, subject, { document: docs });
  assert.deepEqual([...new Set(verdicts(f))], ['pass']);
  assert.deepEqual(f.map((x) => x.checkId), [
    'FR-16.attachments',
    'FR-16.content.basic-info',
    'FR-16.content.purpose-method',
    'FR-16.content.count-security',
    'FR-16.content.rules-procedures',
    'FR-16.content.pia',
  ]);
});

test('FR-16 fails and lists the FIL items that fail', () => {
  const { subject, docs } = fullDossier((d) =>
    d
      .filter((x) => x.evidenceId !== 'FIL-08-xlsx') // electronic basic-information form missing
      .map((x) => (x.evidenceId === 'FIL-02-scan' ? { ...x, format: 'png' as const } : x)), // PNG named .pdf
  );
  // The FIL-08 spreadsheet item is dropped from the manifest too, so only its scan remains.
  const s = { ...subject, evidence: subject.evidence.filter((e) => e.id !== 'FIL-08-xlsx') };
  const f = check(run(rule, s, { document: docs }), 'FR-16.attachments');
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.message.en, /these attachments fail: FIL-02, FIL-08\./);
  assert.match(f[0]!.message.zh, /FIL-02（法定代表人身份证件）/);
  assert.ok(f[0]!.evidence.some((e) => /^FIL-02: .*PNG/.test(e.text)));
  assert.ok(f[0]!.remediation?.zh.includes('全部完成'));
});

test('FR-16 needs the documents when FIL items are listed but not read, naming what is missing', () => {
  const { subject } = fullDossier();
  const f = check(run(rule, subject, { document: [] }), 'FR-16.attachments');
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['artifact:document']);
});

test('FR-16 fails a content item the operator says is missing from the filing', () => {
  const { subject, docs } = fullDossier(undefined, { answers: { ...CONTENT_YES, 'Q-FR16-COUNT-SECURITY': 'no' } });
  const f = run(rule, subject, { document: docs });
  assert.deepEqual(verdicts(check(f, 'FR-16.content.count-security')), ['fail']);
  assert.deepEqual(verdicts(check(f, 'FR-16.attachments')), ['pass']);
});

test('FR-16 needs the content answers when they are not given', () => {
  const { subject, docs } = fullDossier(undefined, { answers: {} });
  const f = run(rule, subject, { document: docs });
  assert.deepEqual(verdicts(check(f, 'FR-16.content.pia')), ['needs-evidence']);
  assert.deepEqual(check(f, 'FR-16.content.pia')[0]!.missing, ['question:Q-FR16-PIA']);
});

test('FR-16 fails when the CAC returned the filing, and passes the review once a number is issued', () => {
  const returned = fullDossier(undefined, { facts: { faceStoredPersons: 230_000, filing: { status: 'returned', submittedOn: '2026-03-02' } } });
  const r = check(run(rule, returned.subject, { document: returned.docs }), 'FR-16.review');
  assert.deepEqual(verdicts(r), ['fail']);
  const filed = fullDossier(undefined, { facts: { faceStoredPersons: 230_000, filing: { status: 'filed', number: '京人脸备2026001' } } });
  const p = check(run(rule, filed.subject, { document: filed.docs }), 'FR-16.review');
  assert.deepEqual(verdicts(p), ['pass']);
  assert.match(p[0]!.message.zh, /京人脸备2026001/);
});

test('FR-16 shows the filing deadline beside an incomplete dossier', () => {
  const { subject } = fullDossier();
  const ob: Obligation = {
    kind: 'filing',
    ruleId: 'FR-15',
    title: { zh: '人脸识别技术应用备案', en: 'Face recognition filing' },
    trigger: { date: '2026-03-02', text: { zh: '达到 10 万人', en: 'reached 100,000' } },
    due: '2026-04-14',
    rule: { zh: '30 个工作日', en: '30 working days' },
    status: 'overdue',
  };
  const f = evaluateRule(rule, subject, { ...emptyArtifacts(), document: [] }, '2026-06-30', [ob]);
  const a = check(f, 'FR-16.attachments')[0]!;
  assert.ok(a.evidence.some((e) => e.kind === 'obligation' && /2026-04-14/.test(e.text)));
});

test('FR-16 is not applicable below the threshold with no filing started', () => {
  const f = run(rule, subjectWith({ facts: { faceStoredPersons: 99_999 } }));
  assert.deepEqual(verdicts(f), ['not-applicable']);
});

test('FR-16 first needs to know whether a filing is due when nothing says so', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['fact:facts.faceStoredPersons', 'fact:facts.filing.status']);
});
