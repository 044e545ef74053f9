import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { canRefuse, fromInspection, manual, practice, quote, t } from '../helpers.js';

const remediation = t(
  '不得以办理业务、提升服务质量等为由误导、欺诈、胁迫个人接受人脸识别；如实说明人脸识别非必需，并提供“拒绝”选项和其他方式。',
  'Do not mislead, deceive or coerce people into face verification on the pretext of handling business or improving service; say truthfully that it is not required, and offer a "refuse" option and other ways.',
);


function coercionCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-11.no-coercion';
  const inspected = fromInspection(ctx, checkId, remediation);
  if (inspected) return inspected;
  // A face consent dialog that can only be accepted leaves no choice but face verification.
  const forced: Evidence[] = ctx.artifacts.page
    .filter((p) => p.consentDialog?.present && p.consentDialog.separateForFace === true && !canRefuse(p.consentDialog.buttons))
    .map((p) => ({ kind: 'page', text: `人脸验证弹窗只能接受 / face dialog can only be accepted: ${p.consentDialog!.buttons.join(' / ') || '(no buttons)'}`, location: p.url }));
  if (forced.length) {
    return { checkId, verdict: 'fail', message: t('人脸验证弹窗不提供拒绝选项，胁迫个人接受。', 'The face verification dialog offers no way to refuse.'), evidence: forced, remediation };
  }
  return practice(ctx, {
    checkId,
    question: 'Q-FR11-NO-COERCION',
    practice: t('未以办理业务、提升服务等为由误导、欺诈、胁迫个人接受人脸识别验证', 'no one is misled, deceived or coerced into face verification on the pretext of business or better service'),
    remediation,
  });
}

function pretextCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-11.pretext';
  // Art.12 names these pretexts; the analyzer's face-pretext hint is a face sentence giving them as the reason.
  const hits: Evidence[] = ctx.artifacts.policy.flatMap((p) => p.problems.filter((x) => x.id === 'face-pretext').flatMap((x) => x.sentences.map((i) => quote(p, i))));
  if (!hits.length) {
    return fromInspection(ctx, checkId, remediation) ?? {
      checkId,
      verdict: 'pass',
      message: t('处理规则未以办理业务、提升服务为由要求人脸识别。', 'The processing rules do not give business or better service as the reason for face verification.'),
    };
  }
  const m = manual(ctx, checkId, t('处理规则以办理业务或提升服务为由要求人脸识别，判断是否构成误导或胁迫', 'the rules give business or better service as the reason for face verification; judge whether that misleads or coerces'), remediation);
  return m.verdict === 'manual' ? { ...m, evidence: hits } : m;
}

const rule: Rule = {
  id: 'FR-11',
  chapter: 'FR',
  title: t('不得误导、欺诈、胁迫接受人脸识别', 'No misleading, deceiving or coercing into face verification'),
  requirement: t(
    '不得以办理业务、提升服务质量等为由，误导、欺诈、胁迫个人接受人脸识别技术验证个人身份。',
    'No one may be misled, deceived or coerced into face verification on the pretext of handling business or improving service.',
  ),
  source: ['Measures Art.12'],
  decidedBy: ['W', 'P', 'Q'],
  scope: 'scenario',
  inputs: {
    questions: ['Q-FR11-NO-COERCION'],
    artifacts: ['page', 'policy'],
  },
  manual: {
    method: [
      '拒绝授权后是否仍可完成基础功能；系统是否出现“必须同意否则无法使用”的强制提示；连续拒绝后是否限制后续服务（如24小时内禁止再次申请）。',
    ],
    evidence: ['收集用户人脸信息界面（截屏录屏）等', '访谈记录'],
  },
  evaluate(ctx) {
    const findings = [coercionCheck(ctx)];
    if (ctx.artifacts.policy.length) findings.push(pretextCheck(ctx));
    return findings;
  },
};
export default rule;
