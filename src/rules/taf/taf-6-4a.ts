import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, policyDisclosure, practice, t } from '../helpers.js';
import { Q_DELETE_ON_EXPIRY, appScope, expiryFix, joinText, retentionWithinConsent } from './common.js';

const Q_NOT_NEEDED = 'Q-TAF64A-NO-LONGER-NEEDED';
const Q_LEGAL = 'Q-TAF64A-LEGAL-PERIOD';

const policyFix = t(
  '在隐私政策中写明人脸信息的保存期限，以及到期、业务不再需要或法定期限届满时删除。',
  'State in the privacy policy how long face information is kept and that it is deleted when that period ends, when the business no longer needs it, or when a legal period expires.',
);
const notNeededFix = t(
  '用户注销账户、关闭刷脸功能或业务停止时，及时删除人脸信息并留存删除日志。',
  'Delete face information promptly when the account is closed, the face feature is switched off or the service stops, and keep the deletion logs.',
);
const legalFix = t('法定存储期限届满时及时删除人脸信息。', 'Delete face information promptly when a statutory storage period ends.');

const rule: Rule = {
  id: 'TAF-6.4a',
  chapter: 'TAF',
  title: t('满足删除条件时及时删除人脸信息', 'Face information deleted when a deletion condition is met'),
  requirement: t(
    '满足下列任一条件时应及时删除人脸信息：(1) 超出授权同意的存储期限；(2) 超出业务所必需；(3) 法律法规规定的存储期限届满。',
    'Face information is deleted promptly when any of these holds: (1) the consented storage period is exceeded; (2) the business no longer needs it; (3) a statutory storage period has expired.',
  ),
  source: ['TAF 6.4 a)', 'seed 003 §6.4'],
  decidedBy: ['P', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: {
    artifacts: ['policy'],
    questions: [Q_DELETE_ON_EXPIRY, Q_NOT_NEEDED, Q_LEGAL],
    facts: ['scenario.retentionDays', 'scenario.consentedRetentionDays'],
  },
  manual: {
    method: ['查看到期删除机制和删除日志；注销测试账户或关闭刷脸功能后，确认人脸信息已不可检索。'],
    evidence: ['删除截图、删除日志', '隐私政策文件'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.4a', joinText(policyFix, expiryFix, notNeededFix, legalFix));
    if (whole) return [whole];
    return [
      policyDisclosure(ctx, {
        checkId: 'TAF-6.4a.policy',
        items: ['face-retention'],
        what: t('人脸信息的保存期限及到期删除', 'how long face information is kept and its deletion after'),
        remediation: policyFix,
      }),
      periodExceeded(ctx),
      practice(ctx, {
        checkId: 'TAF-6.4a.no-longer-needed',
        question: Q_NOT_NEEDED,
        practice: t('人脸信息不再为业务所必需时及时删除', 'face information is deleted once the business no longer needs it'),
        remediation: notNeededFix,
      }),
      practice(ctx, {
        checkId: 'TAF-6.4a.legal-period',
        question: Q_LEGAL,
        practice: t('法定存储期限届满时及时删除人脸信息', 'face information is deleted when a statutory period ends'),
        remediation: legalFix,
      }),
    ];
  },
};

/** (1): deleted once the consented period ends — the kept period against the consented one, and the operator's answer. */
function periodExceeded(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.4a.period-exceeded';
  const period = retentionWithinConsent(ctx, checkId, expiryFix);
  const answer = practice(ctx, {
    checkId,
    question: Q_DELETE_ON_EXPIRY,
    practice: t('超出授权存储期限后及时删除人脸信息', 'face information is deleted once the authorised period ends'),
    remediation: expiryFix,
  });
  // One finding: a fail from either wins; then the answer; a kept period within the consented one also shows deletion on time.
  if (period.verdict === 'fail') return period;
  if (answer.verdict !== 'needs-evidence') {
    return answer.verdict === 'pass' && period.verdict === 'pass' ? { ...answer, evidence: [...(answer.evidence ?? []), ...(period.evidence ?? [])] } : answer;
  }
  if (period.verdict === 'pass') return period;
  return { ...answer, missing: [...(answer.missing ?? []), ...(period.missing ?? [])] };
}
export default rule;
