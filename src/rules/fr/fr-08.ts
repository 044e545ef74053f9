import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerEvidence, documentEvidence, factEvidence, fromInspection, needEvidence, needFact, needQuestion, practice, t } from '../helpers.js';

const beforeFix = t(
  '在处理人脸信息前开展个人信息保护影响评估，形成评估报告；新增或变更的人脸识别应用先评估后上线。',
  'Carry out the personal information protection impact assessment before processing face information and keep the report; assess any new or changed face recognition use before it goes live.',
);
const contentsFix = t(
  '影响评估报告应覆盖四项内容：处理目的和方式是否合法、正当、必要；对个人权益的影响及降低不利影响措施的有效性；泄露、篡改、丢失、毁损或被非法获取、出售、使用的风险及危害；保护措施是否合法、有效并与风险相适应。',
  'The impact assessment covers four things: whether purpose and method are lawful, proper and necessary; the impact on individuals and whether mitigations work; the risks of leak, tampering, loss, destruction or illegal acquisition, sale or use, and the harm; whether protection measures are lawful, effective and proportionate.',
);
const recordsFix = t('对人脸信息处理情况进行记录（处理情况记录、人脸信息台账）。', 'Record the processing of face information (processing records, a face information ledger).');

/** PIPL, which first required a PIA before processing sensitive PI (Art.55), came into force on this day. */
const PIPL_IN_FORCE = '2021-11-01';

function beforeCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-08.before';
  const inspected = fromInspection(ctx, checkId, beforeFix);
  if (inspected) return inspected;
  const { pia, processingStartedOn: start } = ctx.subject.facts;
  const a = ctx.answer('Q-FR08-BEFORE');
  if (a === 'no' || a === 'partial') {
    return { checkId, verdict: 'fail', message: t('自查答复：处理前未开展影响评估。', 'The self-inspection answer says no PIA was done before processing.'), evidence: [answerEvidence('Q-FR08-BEFORE', a)], remediation: beforeFix };
  }
  const reports = ctx.evidence('pia-report', 'FIL-06');
  if (!pia) {
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('未提供影响评估的日期和报告。', 'No impact assessment date or report given.'),
      missing: [...needFact('facts.pia'), ...(reports.length ? [] : needEvidence('pia-report')), ...(a === undefined ? needQuestion('Q-FR08-BEFORE') : [])],
    };
  }
  const ev = [factEvidence('facts.pia.date', pia.date), ...(start ? [factEvidence('facts.processingStartedOn', start)] : [])];
  if (!start) {
    return { checkId, verdict: 'needs-evidence', message: t('未说明人脸信息处理的开始日期，无法判断评估是否在事前。', 'The date processing started is not given, so it cannot be told whether the PIA came first.'), evidence: ev, missing: needFact('facts.processingStartedOn') };
  }
  // Processing begun before PIPL had no prior-assessment duty at its start; a PIA must exist now.
  if (pia.date > start && start >= PIPL_IN_FORCE) {
    return { checkId, verdict: 'fail', message: t('影响评估晚于人脸信息处理开始日期，未在事前开展。', 'The impact assessment is dated after processing began, not before it.'), evidence: ev, remediation: beforeFix };
  }
  if (!reports.length) {
    return { checkId, verdict: 'needs-evidence', message: t('评估日期符合要求，但未附影响评估报告。', 'The PIA date is in order, but no report is attached.'), evidence: ev, missing: needEvidence('pia-report') };
  }
  return {
    checkId,
    verdict: 'pass',
    message: pia.date <= start
      ? t('处理前已开展影响评估。', 'The impact assessment was done before processing.')
      : t('处理始于个人信息保护法施行前，现已开展影响评估。', 'Processing began before PIPL was in force; an impact assessment now exists.'),
    evidence: [...ev, ...reports.map(documentEvidence)],
  };
}

function contentsCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-08.contents';
  const inspected = fromInspection(ctx, checkId, contentsFix);
  if (inspected) return inspected;
  const covers = ctx.subject.facts.pia?.coversFourContents;
  if (covers === undefined) {
    return { checkId, verdict: 'needs-evidence', message: t('未说明影响评估是否覆盖四项法定内容。', 'Whether the PIA covers the four required contents is not given.'), missing: needFact('facts.pia.coversFourContents') };
  }
  const ev = [factEvidence('facts.pia.coversFourContents', covers), ...ctx.evidence('pia-report', 'FIL-06', 'pia-supporting').map(documentEvidence)];
  return covers
    ? { checkId, verdict: 'pass', message: t('影响评估覆盖四项法定内容。', 'The PIA covers the four required contents.'), evidence: ev }
    : { checkId, verdict: 'fail', message: t('影响评估未覆盖四项法定内容。', 'The PIA does not cover the four required contents.'), evidence: ev, remediation: contentsFix };
}

const rule: Rule = {
  id: 'FR-08',
  chapter: 'FR',
  title: t('事前开展个人信息保护影响评估并记录处理情况', 'Impact assessment before processing; processing recorded'),
  requirement: t(
    '应用人脸识别技术处理人脸信息，应当事前进行个人信息保护影响评估，覆盖：处理目的、方式是否合法正当必要；对个人权益的影响及降低不利影响的措施；泄露等风险及危害；保护措施是否合法有效并与风险相适应；并对处理情况进行记录。',
    'Before processing face information, carry out a personal information protection impact assessment covering lawfulness, propriety and necessity; impact and mitigation; risks of leak and the like; whether measures are lawful, effective and proportionate; and record the processing.',
  ),
  source: ['Measures Art.9', 'PIPL Art.55', 'PIPL Art.56'],
  decidedBy: ['E', 'Q'],
  scope: 'processor',
  inputs: {
    questions: ['Q-FR08-BEFORE', 'Q-FR08-RECORDS'],
    evidence: ['pia-report', 'FIL-06', 'pia-supporting', 'processing-record', 'face-ledger'],
    facts: ['facts.pia.date', 'facts.pia.coversFourContents', 'facts.processingStartedOn'],
  },
  manual: {
    method: ['查验个人信息保护影响评估报告，是否对其他个人信息处理者提供其处理的个人信息情形开展个人信息保护影响评估。'],
    evidence: ['提供个人信息保护影响评估报告', '提供个人信息保护影响评估所需的其他佐证材料'],
  },
  evaluate(ctx) {
    return [
      beforeCheck(ctx),
      contentsCheck(ctx),
      practice(ctx, {
        checkId: 'FR-08.records',
        question: 'Q-FR08-RECORDS',
        evidence: ['processing-record', 'face-ledger'],
        practice: t('对人脸信息处理情况进行记录', 'the processing of face information is recorded'),
        remediation: recordsFix,
      }),
    ];
  },
};
export default rule;
