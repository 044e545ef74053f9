// FR-16: the filing dossier is complete and well-formed — all eight attachments (FIL-01…08) in order, the
// content Measures Art.15 asks for present, and the CAC's review outcome where there is one.
import type { Evidence, Verdict } from '../../core/types.js';
import { worstVerdict } from '../../core/types.js';
import { obligationEvidence } from '../../obligations/describe.js';
import { EVIDENCE_KINDS, type EvidenceKindId } from '../../subject/schema.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { factEvidence, fromInspection, needFact, practice, t } from '../helpers.js';
import { filRules } from '../fil/index.js';
import { filingDue } from '../fil/dossier.js';

const remediation = t(
  '按备案系统附件要求补齐并更正全部八项材料（格式、大小、电子版与加盖公章扫描件），在系统中“暂存”核对后点击“全部完成”提交。',
  'Complete and correct all eight attachments the filing system asks for (format, size, electronic version and stamped scan), check them after saving a draft (暂存), then submit with 全部完成.',
);
const returnedFix = t(
  '按省级网信部门退回意见修改备案材料和个人信息处理者信息后重新提交。',
  'Correct the filing materials and the processor information as the provincial CAC asked when it returned the filing, and submit again.',
);

/** Measures Art.15 filing content, each confirmed by the operator and proved by the attachment that carries it. */
const CONTENT: { word: string; question: string; evidence: EvidenceKindId[]; zh: string; en: string; fixZh: string; fixEn: string }[] = [
  {
    word: 'basic-info',
    question: 'Q-FR16-BASIC-INFO',
    evidence: ['FIL-08'],
    zh: '备案材料载明个人信息处理者的基本情况',
    en: "the filing states the processor's basic situation",
    fixZh: '按模板完整填写《个人信息处理者基本情况表》。',
    fixEn: 'Fill in the processor basic information form completely, using the template.',
  },
  {
    word: 'purpose-method',
    question: 'Q-FR16-PURPOSE-METHOD',
    evidence: ['FIL-07'],
    zh: '备案材料载明人脸信息的处理目的和处理方式',
    en: 'the filing states the purpose and method of processing face information',
    fixZh: '在《人脸识别技术应用情况备案表》中写明具体的处理目的（如门禁识别、员工考勤）和处理方式（本地比对、远程核验等）。',
    fixEn: 'State in the filing form the concrete purpose (e.g. door access, staff attendance) and method (on-device comparison, remote verification…).',
  },
  {
    word: 'count-security',
    question: 'Q-FR16-COUNT-SECURITY',
    evidence: ['FIL-07'],
    zh: '备案材料载明存储的人脸信息数量和安全保护措施',
    en: 'the filing states the number of persons whose face information is stored and the security measures',
    fixZh: '在备案表中填写存储的人脸信息数量（按人数）及加密、访问控制、安全审计等保护措施。',
    fixEn: 'Give in the filing form the number of persons whose face information is stored and the protection measures (encryption, access control, audit…).',
  },
  {
    word: 'rules-procedures',
    question: 'Q-FR16-RULES-PROCEDURES',
    evidence: ['FIL-07', 'pi-management-policy'],
    zh: '备案材料载明人脸信息处理规则和操作规程',
    en: 'the filing includes the processing rules and operating procedures for face information',
    fixZh: '在备案材料中附上人脸信息处理规则和操作规程（个人信息保护管理制度）。',
    fixEn: 'Include the face information processing rules and operating procedures (the PI protection management rules) in the filing.',
  },
  {
    word: 'pia',
    question: 'Q-FR16-PIA',
    evidence: ['FIL-06'],
    zh: '备案材料附有覆盖所备案人脸识别应用的个人信息保护影响评估报告',
    en: 'the filing includes a PIA report covering the face recognition use filed',
    fixZh: '附上针对本人脸识别应用、现行有效的个人信息保护影响评估报告（加盖公章扫描件）。',
    fixEn: 'Attach the current PIA report for this face recognition use (stamped scan).',
  },
];

/** Evidence of a FIL finding, prefixed with its rule ID. */
const tagged = (id: string, ev: Evidence[] | undefined): Evidence[] => (ev ?? []).map((e) => ({ ...e, text: `${id}: ${e.text}` }));
/** The same document shows up under several checks of one attachment: list it once. */
const unique = (ev: Evidence[]): Evidence[] => [...new Map(ev.map((e) => [`${e.kind}|${e.location}|${e.text}`, e])).values()];

function attachmentsCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-16.attachments';
  const results = filRules.map((r) => {
    const findings = r.evaluate(ctx);
    return { id: r.id, verdict: worstVerdict(findings.map((f) => f.verdict)) as Verdict, findings };
  });
  const failing = results.filter((r) => r.verdict === 'fail');
  const pending = results.filter((r) => r.verdict === 'needs-evidence' || r.verdict === 'manual');
  const filing = ctx.obligations.filter((o) => o.kind === 'filing');
  const deadline: Evidence[] = filing.map(obligationEvidence);
  const name = (id: string) => EVIDENCE_KINDS[id as EvidenceKindId];
  if (failing.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t(
        `备案材料不完整或不合规，以下附件不符合要求：${failing.map((r) => `${r.id}（${name(r.id)}）`).join('、')}。`,
        `The filing dossier is incomplete or malformed; these attachments fail: ${failing.map((r) => r.id).join(', ')}.`,
      ),
      evidence: [...unique(failing.flatMap((r) => r.findings.filter((f) => f.verdict === 'fail').flatMap((f) => tagged(r.id, f.evidence)))), ...deadline],
      remediation,
    };
  }
  if (pending.length) {
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t(
        `以下备案附件尚无法核对：${pending.map((r) => `${r.id}（${name(r.id)}）`).join('、')}。`,
        `These filing attachments cannot be checked yet: ${pending.map((r) => r.id).join(', ')}.`,
      ),
      evidence: deadline,
      missing: [...new Set(pending.flatMap((r) => r.findings.flatMap((f) => f.missing ?? [])))],
    };
  }
  return {
    checkId,
    verdict: 'pass',
    message: t('八项备案附件齐全，格式和大小符合备案系统要求。', 'All eight filing attachments are present, in accepted formats and sizes.'),
    evidence: unique(results.flatMap((r) => r.findings.flatMap((f) => tagged(r.id, f.evidence)))),
  };
}

function reviewCheck(ctx: RuleContext): FindingDraft | undefined {
  const filing = ctx.subject.facts.filing;
  if (filing?.status === 'returned') {
    return (
      fromInspection(ctx, 'FR-16.review', returnedFix) ?? {
        checkId: 'FR-16.review',
        verdict: 'fail',
        message: t('省级网信部门审核后退回了备案材料。', 'The provincial CAC returned the filing after review.'),
        evidence: [factEvidence('facts.filing.status', filing.status), ...(filing.submittedOn ? [factEvidence('facts.filing.submittedOn', filing.submittedOn)] : [])],
        remediation: returnedFix,
      }
    );
  }
  if (filing?.status === 'filed') {
    return {
      checkId: 'FR-16.review',
      verdict: 'pass',
      message: filing.number
        ? t(`已取得备案编号 ${filing.number}。`, `Filing number ${filing.number} issued.`)
        : t('备案状态为已备案。', 'The filing status is filed.'),
      evidence: [factEvidence('facts.filing.status', filing.status), ...(filing.number ? [factEvidence('facts.filing.number', filing.number)] : [])],
    };
  }
  return undefined;
}

const rule: Rule = {
  id: 'FR-16',
  chapter: 'FR',
  title: t('备案材料齐全、规范', 'Filing dossier complete and well-formed'),
  requirement: t(
    '人脸识别技术应用备案材料齐全（FIL-01 至 FIL-08 八项附件，格式、大小符合要求），并载明处理者基本情况、处理目的和方式、存储数量和安全保护措施、处理规则和操作规程、个人信息保护影响评估报告。',
    'The filing dossier is complete (all eight attachments FIL-01…FIL-08 in accepted formats and sizes) and states the processor\'s basic situation, purpose and method, number stored and security measures, processing rules and operating procedures, and the PIA report.',
  ),
  source: ['Measures Art.15', 'seed 001 §2.1(5) filing form'],
  decidedBy: ['E', 'O', 'Q'],
  scope: 'processor',
  inputs: {
    evidence: ['FIL-01', 'FIL-02', 'FIL-03', 'FIL-04', 'FIL-05', 'FIL-06', 'FIL-07', 'FIL-08', 'pi-management-policy'],
    artifacts: ['document'],
    facts: ['facts.faceStoredPersons', 'facts.filing.status', 'facts.filing.number'],
    questions: CONTENT.map((c) => c.question),
  },
  manual: {
    method: [
      '判断人脸信息存储数量是否达到10万人；',
      '是否在 https://grxxbh.cacdtsc.cn 网站上提交备案材料。',
      '查验备案材料：包括提交的个人信息处理者基本情况表、个人信息保护影响评估报告是否符合要求。',
      '查验个人信息处理者基本信息：包括提交的统一社会信用代码证件、经办人授权委托书、承诺书等是否符合要求。',
    ],
    evidence: ['材料上传相关截图'],
  },
  evaluate(ctx) {
    const inspected = fromInspection(ctx, 'FR-16', remediation);
    if (inspected) return [inspected];
    const due = filingDue(ctx.subject);
    if (due.state === 'not-due') return [{ checkId: 'FR-16', verdict: 'not-applicable', message: due.why, evidence: due.evidence }];
    // Whether a dossier is due at all comes first; asking about its content before that is noise.
    if (due.state === 'unknown' && !ctx.subject.evidence.some((e) => e.kind.startsWith('FIL-'))) {
      return [{ checkId: 'FR-16', verdict: 'needs-evidence', message: due.why, evidence: due.evidence, missing: needFact('facts.faceStoredPersons', 'facts.filing.status') }];
    }
    const out: FindingDraft[] = [attachmentsCheck(ctx)];
    for (const c of CONTENT) {
      out.push(
        practice(ctx, {
          checkId: `FR-16.content.${c.word}`,
          question: c.question,
          evidence: c.evidence,
          practice: t(c.zh, c.en),
          remediation: t(c.fixZh, c.fixEn),
        }),
      );
    }
    const review = reviewCheck(ctx);
    if (review) out.push(review);
    return out;
  },
};
export default rule;
