import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { factEvidence, fromInspection, needFact, needQuestion, policyDisclosure, practice, t } from '../helpers.js';

const periodFix = t(
  '按处理目的确定最短的人脸信息保存期限并写入处理规则；智能体验类功能在操作完成后即删除人脸信息。',
  'Set the shortest retention of face information the purpose needs and write it into the processing rules; experience features delete face information once the operation is done.',
);
const deleteFix = t(
  '保存期限届满即删除人脸信息（自动删除或有记录的删除流程），并留存删除日志或截图。',
  'Delete face information when the retention period ends (automatically or by a recorded procedure) and keep the deletion logs or screenshots.',
);

function periodCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-06.period';
  const inspected = fromInspection(ctx, checkId, periodFix);
  if (inspected) return inspected;
  const s = ctx.scenario!;
  const days = s.retentionDays;
  // Experience features (beautify, effects) are not linked to identity: face info is needed only
  // during the operation (TAF 6.2d, 6.3c), so any retention is longer than the purpose needs.
  if (days !== undefined && days > 0 && s.type === 'experience' && s.verifiesIdentity !== true) {
    return {
      checkId,
      verdict: 'fail',
      message: t('智能体验类功能在操作后仍保存人脸信息。', 'An experience feature keeps face information after the operation.'),
      evidence: [factEvidence('scenario.type', s.type), factEvidence('scenario.retentionDays', days)],
      remediation: periodFix,
    };
  }
  const f = practice(ctx, {
    checkId,
    question: 'Q-FR06-MINIMUM',
    practice: t('人脸信息保存期限为实现目的所需的最短时间', 'face information is kept no longer than the purpose needs'),
    remediation: periodFix,
  });
  if (days === undefined) {
    if (f.verdict === 'fail') return f;
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('未说明人脸信息的保存期限。', 'The retention period of face information is not given.'),
      evidence: f.evidence ?? [],
      missing: [...needFact('scenario.retentionDays'), ...(ctx.answer('Q-FR06-MINIMUM') === undefined ? needQuestion('Q-FR06-MINIMUM') : [])],
    };
  }
  return { ...f, evidence: [factEvidence('scenario.retentionDays', days), ...(f.evidence ?? [])] };
}

const rule: Rule = {
  id: 'FR-06',
  chapter: 'FR',
  title: t('保存期限最短，届满删除', 'Shortest retention, deleted on expiry'),
  requirement: t(
    '人脸信息的保存期限不得超过实现处理目的所必需的最短时间；保存期限届满应当删除。',
    'Face information is kept no longer than the minimum the purpose needs and deleted when the period ends.',
  ),
  source: ['Measures Art.8', 'PIPL Art.19', 'PIPL Art.47'],
  decidedBy: ['P', 'Q'],
  scope: 'scenario',
  inputs: {
    questions: ['Q-FR06-MINIMUM', 'Q-FR06-DELETE'],
    evidence: ['deletion-record'],
    artifacts: ['policy'],
    facts: ['scenario.retentionDays', 'scenario.type', 'scenario.verifiesIdentity'],
  },
  manual: {
    method: ['测试设备功能，确认数据可删；查看处理记录。'],
    evidence: ['功能报告、删除截图', '删除日志、操作记录'],
  },
  evaluate(ctx) {
    const findings = [
      periodCheck(ctx),
      practice(ctx, {
        checkId: 'FR-06.deletion',
        question: 'Q-FR06-DELETE',
        evidence: ['deletion-record'],
        practice: t('保存期限届满即删除人脸信息', 'face information is deleted when the retention period ends'),
        remediation: deleteFix,
      }),
    ];
    // Where processing rules are published they must state the retention (FR-02 covers offline notices).
    if (ctx.artifacts.policy.length) {
      findings.push(
        policyDisclosure(ctx, { checkId: 'FR-06.disclosed', items: ['face-retention'], what: t('人脸信息保存期限', 'retention period of face information'), remediation: periodFix }),
      );
    }
    return findings;
  },
};
export default rule;
