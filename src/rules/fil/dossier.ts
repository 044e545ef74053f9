// The filing form's attachment rules (seed 001 §2.1(5), 人脸识别技术应用备案 upload form), shared by FIL-01…08
// and FR-16: which attachments, which formats each slot takes, the 50 MB limit, and when a filing is due.
// Formats are judged on the DocumentArtifact's detected format (the bytes), never on the file name.
import type { DocumentArtifact } from '../../core/artifacts.js';
import type { Evidence, Text } from '../../core/types.js';
import { FACE_FILING_THRESHOLD } from '../../obligations/compute.js';
import { EVIDENCE_KINDS, evidenceIdOf, type EvidenceItem, type Subject } from '../../subject/schema.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { factEvidence, fromInspection, needArtifact, needEvidence, needFact, t } from '../helpers.js';

type Format = DocumentArtifact['format'];
export type FilKind = 'FIL-01' | 'FIL-02' | 'FIL-03' | 'FIL-04' | 'FIL-05' | 'FIL-06' | 'FIL-07' | 'FIL-08';

/** "每个文件大小不超过50MB": read as 50 MiB, the way upload forms count. */
export const MAX_BYTES = 50 * 1024 * 1024;
export const SCAN_FORMATS: readonly Format[] = ['pdf', 'ofd', 'png', 'jpeg'];
export const SHEET_FORMATS: readonly Format[] = ['xls', 'xlsx', 'et'];
/** Extensions the form accepts ("PDF、OFD、PNG、JPG、JPEG、XLS、XLSX、ET"). */
export const FORM_EXTENSIONS: readonly string[] = ['pdf', 'ofd', 'png', 'jpg', 'jpeg', 'xls', 'xlsx', 'et'];

/**
 * Formats the bytes may have for a file name's extension. An OLE2 workbook is XLS and ET alike (the collector
 * cannot tell them apart), so .xls and .et each accept both. Extensions not listed here make no claim.
 */
const EXTENSION_FORMATS: Record<string, readonly Format[]> = {
  pdf: ['pdf'],
  ofd: ['ofd'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  xls: ['xls', 'et'],
  et: ['et', 'xls'],
  xlsx: ['xlsx'],
  doc: ['doc'],
  wps: ['doc'],
  docx: ['docx'],
  zip: ['zip', 'ofd', 'xlsx', 'docx'],
  txt: ['text'],
};

export interface Slot {
  id: 'scan' | 'spreadsheet';
  formats: readonly Format[];
  name: Text;
}
export const SCAN_SLOT: Slot = { id: 'scan', formats: SCAN_FORMATS, name: t('加盖公章的原件扫描件（PDF、OFD、PNG、JPG、JPEG）', 'stamped scan of the original (PDF, OFD, PNG, JPG, JPEG)') };
export const SHEET_SLOT: Slot = { id: 'spreadsheet', formats: SHEET_FORMATS, name: t('电子版表格（XLS、XLSX、ET）', 'electronic spreadsheet (XLS, XLSX, ET)') };

/** Upload fields of each attachment on the filing form: one place for the rules, the dossier and the platform. */
export const ATTACHMENT_SLOTS: Record<FilKind, Slot[]> = {
  'FIL-01': [SCAN_SLOT],
  'FIL-02': [SCAN_SLOT],
  'FIL-03': [SCAN_SLOT],
  'FIL-04': [SCAN_SLOT],
  'FIL-05': [SCAN_SLOT],
  'FIL-06': [SCAN_SLOT],
  'FIL-07': [SHEET_SLOT, SCAN_SLOT],
  'FIL-08': [SHEET_SLOT, SCAN_SLOT],
};

export interface Attachment {
  id: FilKind;
  /** English name; the Chinese one is EVIDENCE_KINDS[id]. */
  en: string;
  slots: Slot[];
}

// ---- When the filing is due -------------------------------------------------------------------------

export type Due = { state: 'due' | 'not-due' | 'unknown'; evidence: Evidence[]; why: Text };

/** A filing is due when stored faces reach 100,000 persons or the processor has started one. */
export function filingDue(subject: Subject): Due {
  const n = subject.facts.faceStoredPersons;
  const status = subject.facts.filing?.status;
  const ev: Evidence[] = [
    ...(n !== undefined ? [factEvidence('facts.faceStoredPersons', n)] : []),
    ...(status !== undefined ? [factEvidence('facts.filing.status', status)] : []),
  ];
  if (n !== undefined && n >= FACE_FILING_THRESHOLD) {
    return { state: 'due', evidence: ev, why: t(`人脸信息存储 ${n} 人，达到 10 万人备案门槛。`, `${n} persons' face information stored: at or above the 100,000 filing threshold.`) };
  }
  if (status !== undefined && status !== 'none') {
    return { state: 'due', evidence: ev, why: t(`已启动备案（状态：${status}）。`, `A filing has been started (status: ${status}).`) };
  }
  if (n !== undefined) {
    return {
      state: 'not-due',
      evidence: ev,
      why: t(
        `人脸信息存储 ${n} 人，未达到 10 万人备案门槛，且未启动备案，无需提交备案材料。`,
        `${n} persons' face information stored, below the 100,000 filing threshold, and no filing started: no filing dossier is due.`,
      ),
    };
  }
  return {
    state: 'unknown',
    evidence: ev,
    why: t('未提供人脸信息存储人数或备案状态，无法判断是否需要备案。', 'Neither the number of persons whose face information is stored nor a filing status is given: cannot tell whether a filing is due.'),
  };
}

// ---- One document ------------------------------------------------------------------------------------

export interface DocumentJudgement {
  item: EvidenceItem;
  doc?: DocumentArtifact;
  problems: Text[];
}

const fmtName = (f: Format) => ({ jpeg: 'JPEG', text: '纯文本/text', unknown: '无法识别/unknown' } as Record<string, string>)[f] ?? f.toUpperCase();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The manifest items of an attachment kind and what is wrong with each collected file. */
export function judgeDocuments(ctx: RuleContext, a: Attachment): DocumentJudgement[] {
  const allowed = new Set(a.slots.flatMap((s) => s.formats));
  return ctx.subject.evidence
    .filter((e) => e.kind === a.id)
    .map((item) => {
      const doc = ctx.artifacts.document.find((d) => d.evidenceId === evidenceIdOf(item) && d.evidenceKind === item.kind);
      if (!doc) return { item, problems: [] };
      const problems: Text[] = [];
      const fromExt = EXTENSION_FORMATS[doc.extension];
      const ext = doc.extension ? `.${doc.extension}` : '(无扩展名/no extension)';
      if (fromExt && !fromExt.includes(doc.format)) {
        problems.push(t(`扩展名为 ${ext}，实际内容为 ${fmtName(doc.format)}，二者不符`, `the name says ${ext} but the content is ${fmtName(doc.format)}`));
      }
      if (!FORM_EXTENSIONS.includes(doc.extension)) {
        problems.push(t(`扩展名 ${ext} 不在备案系统接受的格式之列`, `the extension ${ext} is not one the filing form accepts`));
      }
      if (!allowed.has(doc.format)) {
        problems.push(
          t(
            `内容格式 ${fmtName(doc.format)} 不是该附件接受的格式（${[...allowed].map(fmtName).join('、')}）`,
            `the content format ${fmtName(doc.format)} is not one this attachment accepts (${[...allowed].map(fmtName).join(', ')})`,
          ),
        );
      }
      if (doc.size > MAX_BYTES) {
        problems.push(t(`文件大小 ${mb(doc.size)} MB，超过 50 MB 上限`, `the file is ${mb(doc.size)} MB, over the 50 MB limit`));
      }
      return { item, doc, problems };
    });
}

export function docEvidence(j: DocumentJudgement): Evidence {
  const d = j.doc;
  if (!d) return { kind: 'document', text: `${EVIDENCE_KINDS[j.item.kind]}: 未读取到文件 / file not read`, location: j.item.path };
  const facts = `扩展名/extension .${d.extension || '-'}; 内容/content ${fmtName(d.format)}; ${d.size} bytes; sha256 ${d.sha256}`;
  const issues = j.problems.length ? ` — ${j.problems.map((p) => p.zh).join('；')} / ${j.problems.map((p) => p.en).join('; ')}` : '';
  return { kind: 'document', text: `${EVIDENCE_KINDS[j.item.kind]}: ${facts}${d.detail ? ` (${d.detail})` : ''}${issues}`, location: j.item.path };
}

// ---- One attachment ----------------------------------------------------------------------------------

export function remediationFor(a: Attachment): Text {
  const zh = EVIDENCE_KINDS[a.id];
  return a.slots.length > 1
    ? t(
        `同时准备《${zh}》电子版（XLS、XLSX 或 ET）和加盖公章的原件扫描件（PDF、OFD、PNG、JPG 或 JPEG），每个文件不超过 50 MB，文件扩展名与实际格式一致（不要只改扩展名，应另存为所需格式）。`,
        `Prepare both the electronic ${a.en} (XLS, XLSX or ET) and a stamped scan of the original (PDF, OFD, PNG, JPG or JPEG), each at most 50 MB, with a file extension that matches the real format (save as the format needed; do not just rename).`,
      )
    : t(
        `上传加盖公章的《${zh}》原件扫描件，格式为 PDF、OFD、PNG、JPG 或 JPEG，不超过 50 MB，文件扩展名与实际格式一致（不要只改扩展名，应另存为所需格式）。`,
        `Upload a stamped scan of the original ${a.en} as PDF, OFD, PNG, JPG or JPEG, at most 50 MB, with a file extension that matches the real format (save as the format needed; do not just rename).`,
      );
}

/** All checks of one attachment: filing due, present in the manifest, each file well-formed, each slot filled. */
export function evaluateAttachment(ctx: RuleContext, a: Attachment): FindingDraft[] {
  const remediation = remediationFor(a);
  const zh = EVIDENCE_KINDS[a.id];
  const inspected = fromInspection(ctx, a.id, remediation);
  if (inspected) return [inspected];

  const due = filingDue(ctx.subject);
  const judged = judgeDocuments(ctx, a);
  if (due.state === 'not-due') return [{ checkId: a.id, verdict: 'not-applicable', message: due.why, evidence: due.evidence }];
  if (judged.length === 0) {
    return [
      {
        checkId: `${a.id}.present`,
        verdict: 'needs-evidence',
        message: t(`证据清单中没有《${zh}》。${due.state === 'unknown' ? due.why.zh : ''}`, `The evidence manifest has no ${a.en}. ${due.state === 'unknown' ? due.why.en : ''}`.trim()),
        evidence: due.evidence,
        missing: [...needEvidence(a.id), ...(due.state === 'unknown' ? needFact('facts.faceStoredPersons', 'facts.filing.status') : [])],
      },
    ];
  }

  const out: FindingDraft[] = [];
  const bad = judged.filter((j) => j.problems.length > 0);
  const unread = judged.filter((j) => !j.doc);
  if (bad.length) {
    out.push({
      checkId: `${a.id}.file`,
      verdict: 'fail',
      message: t(
        `《${zh}》文件不符合备案系统要求：${bad.map((j) => `${j.item.path}：${j.problems.map((p) => p.zh).join('，')}`).join('；')}。`,
        `The ${a.en} file does not meet the filing form's rules: ${bad.map((j) => `${j.item.path}: ${j.problems.map((p) => p.en).join(', ')}`).join('; ')}.`,
      ),
      evidence: bad.map(docEvidence),
      remediation,
    });
  } else if (unread.length) {
    out.push({
      checkId: `${a.id}.file`,
      verdict: 'needs-evidence',
      message: t(`《${zh}》文件未被读取（文件缺失或未收集），无法核对格式和大小。`, `The ${a.en} file was not read (missing or not collected): cannot check its format and size.`),
      evidence: unread.map(docEvidence),
      missing: needArtifact('document'),
    });
  } else {
    out.push({
      checkId: `${a.id}.file`,
      verdict: 'pass',
      message: t(`《${zh}》文件格式和大小符合备案系统要求。`, `The ${a.en} file's format and size meet the filing form's rules.`),
      evidence: judged.map(docEvidence),
    });
  }

  // Attachments with two slots (spreadsheet + scan) need a good file in each.
  if (a.slots.length > 1) {
    for (const slot of a.slots) {
      const good = judged.filter((j) => j.doc && j.problems.length === 0 && slot.formats.includes(j.doc.format));
      const checkId = `${a.id}.${slot.id}`;
      if (good.length) {
        out.push({ checkId, verdict: 'pass', message: t(`已提供《${zh}》${slot.name.zh}。`, `The ${a.en} is attached as ${slot.name.en}.`), evidence: good.map(docEvidence) });
      } else if (unread.length) {
        out.push({
          checkId,
          verdict: 'needs-evidence',
          message: t(`未读取到可作为《${zh}》${slot.name.zh}的文件。`, `No file read that could be the ${a.en} ${slot.name.en}.`),
          evidence: unread.map(docEvidence),
          missing: needArtifact('document'),
        });
      } else {
        out.push({
          checkId,
          verdict: 'fail',
          message: t(`缺少符合要求的《${zh}》${slot.name.zh}。`, `No well-formed ${slot.name.en} of the ${a.en} is attached.`),
          evidence: judged.map(docEvidence),
          remediation,
        });
      }
    }
  }
  return out;
}

// ---- Rule metadata shared by FIL-01…08 ---------------------------------------------------------------

/** Builds a FIL rule for one attachment of the filing form. */
export function filRule(a: Attachment): Rule {
  const zh = EVIDENCE_KINDS[a.id];
  const two = a.slots.length > 1;
  return {
    id: a.id,
    chapter: 'FIL',
    title: t(`备案附件：${zh}`, `Filing attachment: ${a.en}`),
    requirement: two
      ? t(
          `人脸识别技术应用备案须上传《${zh}》电子版（XLS、XLSX、ET）及加盖公章的原件扫描件（PDF、OFD、PNG、JPG、JPEG），每个文件不超过 50MB。`,
          `The face recognition filing needs the ${a.en} both as an electronic spreadsheet (XLS, XLSX, ET) and as a stamped scan of the original (PDF, OFD, PNG, JPG, JPEG), each file at most 50 MB.`,
        )
      : t(
          `人脸识别技术应用备案须上传加盖公章的《${zh}》原件扫描件，格式为 PDF、OFD、PNG、JPG、JPEG，每个文件不超过 50MB。`,
          `The face recognition filing needs a stamped scan of the original ${a.en} as PDF, OFD, PNG, JPG or JPEG, each file at most 50 MB.`,
        ),
    source: ['seed 001 §2.1(5) filing form', 'Measures Art.15'],
    decidedBy: ['E'],
    scope: 'processor',
    inputs: {
      evidence: [a.id],
      artifacts: ['document'],
      facts: ['facts.faceStoredPersons', 'facts.filing.status'],
    },
    manual: {
      method: ['判断人脸信息存储数量是否达到10万人；', '是否在 https://grxxbh.cacdtsc.cn 网站上提交备案材料。'],
      evidence: ['材料上传相关截图'],
    },
    evaluate: (ctx) => evaluateAttachment(ctx, a),
  };
}
