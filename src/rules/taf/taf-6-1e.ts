import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { factEvidence, fromInspection, needArtifact, policyDisclosure, practice, t } from '../helpers.js';
import { appScope, joinText } from './common.js';

const Q_RECONSENT = 'Q-TAF61E-RECONSENT';

const noticeFix = t(
  '人脸信息的处理目的或方式变化后，及时更新隐私政策，并在政策中说明更新的告知方式。',
  'After the purpose or method of face processing changes, update the privacy policy promptly, and say in it how changes are announced.',
);
const reconsentFix = t(
  '人脸信息用于超出原目的直接或合理关联范围的新用途前，更新告知内容并重新征得用户同意。',
  'Before using face information for a purpose not directly or reasonably related to the stated one, update the notice and ask for consent again.',
);

const rule: Rule = {
  id: 'TAF-6.1e',
  chapter: 'TAF',
  title: t('超出原目的时更新告知并重新取得同意', 'New purposes: update the notice and ask consent again'),
  requirement: t(
    '收集人脸信息超出所声称目的具有直接或合理关联的范围时，应及时更新明示告知的内容并征得用户授权同意。',
    'Where face information is collected beyond what is directly or reasonably related to the stated purpose, the notice is updated promptly and consent obtained again.',
  ),
  source: ['TAF 6.1 e)', 'seed 003 §6.1'],
  decidedBy: ['P', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy'], questions: [Q_RECONSENT], facts: ['facts.purposeOrMethodChangedOn'] },
  manual: {
    method: ['查看隐私政策的历史版本和更新说明，确认人脸信息处理目的或方式变更后已更新告知内容，并通过弹窗等方式重新征得同意。'],
    evidence: ['隐私政策历史版本及更新说明', '重新征得同意的界面截图或记录'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.1e', joinText(noticeFix, reconsentFix));
    if (whole) return [whole];
    return [
      noticeUpdated(ctx),
      practice(ctx, {
        checkId: 'TAF-6.1e.reconsent',
        question: Q_RECONSENT,
        practice: t('新增人脸信息用途时更新告知并重新取得同意', 'a new use of face information brings an updated notice and fresh consent'),
        remediation: reconsentFix,
      }),
    ];
  },
};

/**
 * (1) The notice is updated: after a recorded change of purpose or method the policy must be dated on or after it;
 * with no change recorded, the policy must at least say how updates are announced.
 */
function noticeUpdated(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.1e.notice-updated';
  const changed = ctx.subject.facts.purposeOrMethodChangedOn;
  if (!changed) {
    return policyDisclosure(ctx, {
      checkId,
      items: ['policy-update'],
      what: t('政策更新及告知方式', 'how policy updates are made and announced'),
      remediation: noticeFix,
    });
  }
  const inspected = fromInspection(ctx, checkId, noticeFix);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  const change = factEvidence('facts.purposeOrMethodChangedOn', changed);
  if (!policies.length) {
    return { checkId, verdict: 'needs-evidence', message: t('未提供隐私政策，无法判断变更后是否更新告知。', 'No policy supplied to see whether the notice was updated after the change.'), missing: needArtifact('policy') };
  }
  const dated = policies.flatMap((p) => {
    const d = p.facts.updatedDate ?? p.facts.effectiveDate;
    return d ? [{ d, ev: { kind: 'fact', text: d, location: `${p.source}#facts.${p.facts.updatedDate ? 'updatedDate' : 'effectiveDate'}` } as Evidence }] : [];
  });
  const current = dated.filter((x) => x.d >= changed);
  if (current.length) {
    return { checkId, verdict: 'pass', message: t('处理目的或方式变更后，隐私政策已更新。', 'The policy was updated after the change of purpose or method.'), evidence: [change, ...current.map((x) => x.ev)] };
  }
  if (dated.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t(`人脸信息处理目的或方式于 ${changed} 变更，隐私政策此后未更新。`, `The purpose or method of face processing changed on ${changed}; the policy has not been updated since.`),
      evidence: [change, ...dated.map((x) => x.ev)],
      remediation: noticeFix,
    };
  }
  return {
    checkId,
    verdict: 'manual',
    message: t(
      '隐私政策未标注生效或更新日期，需检查人员比对政策版本，确认变更后已更新。',
      'The policy carries no effective or update date; an inspector must compare its versions to confirm it was updated after the change.',
    ),
    evidence: [change],
  };
}
export default rule;
