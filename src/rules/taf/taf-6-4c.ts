import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, manual, needArtifact, t } from '../helpers.js';
import { appScope, itemQuote, joinText, problemEvidence } from './common.js';

/** Policy problems the analyzer emits for unreasonable deletion conditions (TAF 6.4c gives these two examples). */
export const DELETION_CONDITION_PROBLEMS = ['deletion-on-site-only', 'deletion-exact-history'] as const;

const policyFix = t(
  '取消“仅限现场办理”“须提供精确历史操作记录”等不合理的删除条件，提供线上可直接操作的删除方式。',
  'Drop unreasonable deletion conditions such as "in person only" or "give your exact operation history", and offer deletion users can do online directly.',
);
const practiceFix = t('删除人脸信息时只进行必要的身份核验，不附加不合理条件。', 'Ask only for the identity check deletion needs; add no unreasonable conditions.');

const rule: Rule = {
  id: 'TAF-6.4c',
  chapter: 'TAF',
  title: t('不设置不合理的删除条件', 'No unreasonable conditions on deletion'),
  requirement: t(
    '不应设置不合理的删除条件，如仅提供现场办理、要求用户填写精确的历史操作记录等。',
    'No unreasonable conditions are set for deletion, such as in-person handling only or requiring an exact history of past operations.',
  ),
  source: ['TAF 6.4 c)', 'seed 003 §6.4'],
  decidedBy: ['P', 'W'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy'] },
  manual: {
    method: ['按隐私政策所述方式申请删除人脸信息，确认无需到现场办理、无需提供精确历史操作记录等不合理条件。'],
    evidence: ['删除申请过程截图或录屏', '隐私政策文件'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.4c', joinText(policyFix, practiceFix));
    if (whole) return [whole];
    return [
      policyConditions(ctx),
      manual(ctx, 'TAF-6.4c.in-practice', t('实际申请删除人脸信息，确认没有不合理条件', 'request deletion of face information and confirm no unreasonable condition is imposed'), practiceFix),
    ];
  },
};

/** The policy's deletion method: the analyzer's problems for unreasonable conditions fail; a stated method without them passes. */
function policyConditions(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.4c.policy';
  const inspected = fromInspection(ctx, checkId, policyFix);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  if (!policies.length) {
    return { checkId, verdict: 'needs-evidence', message: t('未提供隐私政策文本，无法判断删除条件。', 'No privacy policy supplied to judge deletion conditions.'), missing: needArtifact('policy') };
  }
  const bad = problemEvidence(policies, DELETION_CONDITION_PROBLEMS);
  if (bad.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t('隐私政策为删除设置了不合理条件（仅限现场办理或须提供精确历史记录）。', 'The policy sets unreasonable deletion conditions (in person only, or an exact operation history).'),
      evidence: bad,
      remediation: policyFix,
    };
  }
  const stated = itemQuote(policies, 'face-deletion') ?? itemQuote(policies, 'rights');
  if (stated) {
    return {
      checkId,
      verdict: 'pass',
      message: t('隐私政策所述删除方式未设置不合理条件。', 'The deletion method in the policy sets no unreasonable condition.'),
      evidence: [stated],
    };
  }
  return {
    checkId,
    verdict: 'manual',
    message: t('隐私政策未说明删除方式，无从判断删除条件，需检查人员实际申请删除。', 'The policy gives no deletion method to judge; an inspector must request deletion in practice.'),
  };
}
export default rule;
