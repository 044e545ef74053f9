// Is the dossier ready for 全部完成? The judgement on each attachment is the FIL rules' (and FR-16's), run
// through the engine on the subject with the dossier's files as its filing evidence; this module only adds
// what the rules cannot know (which upload field a file was put in, the required form fields per dossier type).
import type { ArtifactSet, DocumentArtifact } from '../core/artifacts.js';
import { emptyArtifacts } from '../core/artifacts.js';
import { worstVerdict, type Finding, type Text, type Verdict } from '../core/types.js';
import { evaluateRule } from '../engine/assess.js';
import { computeObligations } from '../obligations/compute.js';
import type { FilKind } from '../rules/fil/dossier.js';
import { filRules } from '../rules/fil/index.js';
import fr16 from '../rules/fr/fr-16.js';
import type { EvidenceItem, Subject } from '../subject/schema.js';
import { formContent, mergeFormInput, type FormInput } from './form-input.js';
import { filingFormSpec, missingFields, processorFormSpec, type MissingField } from './form-spec.js';
import { officerReport } from './forms.js';
import { REQUIRED_SLOTS, SLOT_PARTS, slotName, type AttachmentRef, type Dossier, type PartId } from './types.js';

const t = (zh: string, en: string): Text => ({ zh, en });

export interface PartReport {
  id: PartId;
  name: Text;
  files: AttachmentRef[];
  /** Files put in the wrong upload field (a scan where the spreadsheet goes…). */
  problems: Text[];
}

export interface SlotReport {
  id: FilKind;
  name: Text;
  required: boolean;
  parts: PartReport[];
  /** The FIL rule's verdict on the attachment (worst of its findings). */
  verdict: Verdict;
  findings: Finding[];
  complete: boolean;
}

export interface Issue {
  /** slot: an attachment the FIL rule does not pass; dossier: an FR-16 check; form: a form field. */
  code: 'slot' | 'dossier' | 'form' | 'unneeded';
  /** FIL-07, FR-16.content.pia, processor.legalRepresentative.name… */
  ref: string;
  message: Text;
  missing?: string[];
}

export interface Completeness {
  /** True when 全部完成 is allowed: nothing blocking. */
  complete: boolean;
  slots: SlotReport[];
  /** FR-16 findings (face filings only). */
  dossier: Finding[];
  /** Blank fields of the forms this dossier files, by path in FormInput. */
  formMissing: MissingField[];
  blocking: Issue[];
  warnings: Issue[];
}

const FORMAT_NAMES: Record<string, string> = { jpeg: 'JPEG', text: '纯文本', unknown: '无法识别' };
const formatName = (f: string) => FORMAT_NAMES[f] ?? f.toUpperCase();

/** Every file in the dossier, with the attachment and upload field it sits in. */
export function dossierFiles(d: Dossier): { slot: FilKind; part: PartId; file: AttachmentRef }[] {
  return Object.entries(d.slots).flatMap(([slot, state]) =>
    (['spreadsheet', 'scan'] as const).flatMap((part) => (state?.[part] ?? []).map((file) => ({ slot: slot as FilKind, part, file }))),
  );
}

/**
 * The subject as the FIL rules should see this dossier: its FIL evidence replaced by the dossier's files,
 * recorded inspections dropped (they judge past uploads, not these files), and a filing started (a dossier
 * exists, so the attachments are due whatever the count).
 */
export function evaluationInput(d: Dossier, subject: Subject): { subject: Subject; artifacts: ArtifactSet } {
  const files = dossierFiles(d);
  const items: EvidenceItem[] = files.map(({ slot, file }) => ({ id: file.evidenceId, kind: slot, path: file.fileName }));
  const documents: DocumentArtifact[] = files.map(({ slot, file }) => ({
    kind: 'document',
    evidenceId: file.evidenceId,
    evidenceKind: slot,
    source: file.fileName,
    size: file.size,
    format: file.format,
    sha256: file.sha256,
    extension: file.extension,
    ...(file.detail ? { detail: file.detail } : {}),
  }));
  return {
    subject: {
      ...subject,
      evidence: [...subject.evidence.filter((e) => !e.kind.startsWith('FIL-')), ...items],
      inspections: [],
      facts: { ...subject.facts, filing: { status: 'draft' } },
    },
    artifacts: { ...emptyArtifacts(), document: documents },
  };
}

function partReports(d: Dossier, id: FilKind): PartReport[] {
  const state = d.slots[id];
  return SLOT_PARTS[id].map((slot) => {
    const files = state?.[slot.id] ?? [];
    const problems = files
      .filter((f) => !slot.formats.includes(f.format))
      .map((f) =>
        t(
          `${f.fileName}：此栏位应上传${slot.name.zh}，该文件内容为 ${formatName(f.format)}`,
          `${f.fileName}: this field takes the ${slot.name.en}; the file's content is ${formatName(f.format)}`,
        ),
      );
    return { id: slot.id, name: slot.name, files, problems };
  });
}

const joinTexts = (xs: Text[], zhSep = '；', enSep = '; '): Text => t(xs.map((x) => x.zh).join(zhSep), xs.map((x) => x.en).join(enSep));

/** What the person entered, with the dossier's trigger dates (which the deadlines count from) on top. */
export function enteredForms(d: Dossier): FormInput {
  return mergeFormInput(d.form, {
    ...(d.trigger.changedOn ? { change: { changedOn: d.trigger.changedOn } } : {}),
    ...(d.trigger.stoppedOn ? { deregistration: { stoppedOn: d.trigger.stoppedOn } } : {}),
  });
}

/** Which form fields must be filled before this kind of dossier can be submitted, and the forms' blanks. */
function formIssues(d: Dossier, subject: Subject, asOf: string): { blocking: Issue[]; warnings: Issue[]; missing: MissingField[] } {
  const toIssue = (m: MissingField): Issue => ({
    code: 'form',
    ref: m.key,
    message: t(`表单未填写：${m.section.zh} — ${m.label.zh}`, `Form field blank: ${m.section.en} — ${m.label.en}`),
  });
  if (d.type === 'officer-report') {
    const r = officerReport(subject, enteredForms(d), { filledOn: asOf, change: d.trigger.changedOn !== undefined });
    const must = new Set(r.blocking.map((m) => m.key));
    return { blocking: r.blocking.map(toIssue), warnings: r.missing.filter((m) => !must.has(m.key)).map(toIssue), missing: r.missing };
  }
  const input = { ...formContent(subject, enteredForms(d)), filledOn: asOf };
  const missing = [
    ...missingFields(filingFormSpec(input, d.type)),
    ...(d.type === 'deregistration' ? [] : missingFields(processorFormSpec(input)).filter((m) => !m.key.startsWith('filledOn'))),
  ];
  const unique = [...new Map(missing.map((m) => [m.key, m])).values()];
  const must = new Set(d.type === 'change' ? ['change.description'] : d.type === 'deregistration' ? ['deregistration.reason'] : []);
  return {
    blocking: unique.filter((m) => must.has(m.key)).map(toIssue),
    warnings: unique.filter((m) => !must.has(m.key)).map(toIssue),
    missing: unique,
  };
}

/** Judges the dossier as 全部完成 would: every required attachment passes its FIL rule, FR-16 has no fail. */
export function checkCompleteness(d: Dossier, subject: Subject, asOf: string): Completeness {
  const input = evaluationInput(d, subject);
  const obligations = computeObligations(input.subject, asOf);
  const required = new Set(REQUIRED_SLOTS[d.type]);
  const present = new Set(dossierFiles(d).map((x) => x.slot));
  const blocking: Issue[] = [];
  const warnings: Issue[] = [];

  const slots: SlotReport[] = filRules
    .filter((r) => required.has(r.id as FilKind) || present.has(r.id as FilKind))
    .map((rule) => {
      const id = rule.id as FilKind;
      const findings = evaluateRule(rule, input.subject, input.artifacts, asOf, obligations);
      const verdict = worstVerdict(findings.map((f) => f.verdict));
      const parts = partReports(d, id);
      const placement = parts.flatMap((p) => p.problems);
      const complete = verdict === 'pass' && placement.length === 0;
      const name = t(slotName(id), rule.title.en.replace(/^Filing attachment: /, ''));
      if (!required.has(id)) {
        warnings.push({ code: 'unneeded', ref: id, message: t(`本类备案不需要《${name.zh}》，提交时将一并报送。`, `This kind of filing does not need the ${name.en}; it will be sent anyway.`) });
      } else if (!complete) {
        const said = joinTexts([...findings.filter((f) => f.verdict !== 'pass').map((f) => f.message), ...placement]);
        blocking.push({
          code: 'slot',
          ref: id,
          message: t(`《${name.zh}》未达到提交要求：${said.zh}`, `${id} ${name.en} is not ready: ${said.en}`),
          missing: [...new Set(findings.flatMap((f) => f.missing ?? []))],
        });
      }
      return { id, name, required: required.has(id), parts, verdict, findings, complete };
    });

  let dossier: Finding[] = [];
  if (d.type === 'initial' || d.type === 'change') {
    dossier = evaluateRule(fr16, input.subject, input.artifacts, asOf, obligations);
    for (const f of dossier) {
      if (f.checkId === 'FR-16.attachments' || f.verdict === 'pass' || f.verdict === 'not-applicable') continue;
      const issue: Issue = { code: 'dossier', ref: f.checkId, message: f.message, ...(f.missing ? { missing: f.missing } : {}) };
      (f.verdict === 'fail' ? blocking : warnings).push(issue);
    }
  }

  const form = formIssues(d, subject, asOf);
  blocking.push(...form.blocking);
  warnings.push(...form.warnings);
  return { complete: blocking.length === 0, slots, dossier, formMissing: form.missing, blocking, warnings };
}
