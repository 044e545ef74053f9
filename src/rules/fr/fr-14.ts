import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import {
  answerEvidence,
  disclosureOrPractice,
  factEvidence,
  faceAlternatives,
  fromInspection,
  needFact,
  needQuestion,
  practice,
  t,
} from '../helpers.js';

const rulesFix = t(
  '针对不满十四周岁未成年人的人脸信息，单独制定存储、使用、转移、披露等方面的专门处理规则并公开告知。',
  'Write and publish dedicated rules for the storage, use, transfer and disclosure of face information of children under 14.',
);
const consentFix = t('处理不满十四周岁未成年人人脸信息前，取得其父母或其他监护人的同意，并留存同意记录。', 'Before processing the face information of a child under 14, obtain a parent\'s or guardian\'s consent and keep the record.');
const informedFix = t(
  '向监护人充分说明处理人脸信息的必要性及对未成年人权益的影响，并提供不刷脸也能实现同一目的的替代方式（刷卡、人工核验等），使同意出于自愿。',
  'Explain to guardians why face information is necessary and how it affects the child, and offer a way to reach the same purpose without face recognition (card, manual check), so that consent is voluntary.',
);

// Guardian consent counts only if informed of the necessity and free to say no (seed 001 school case;
// SPC face recognition provisions Art.4): either failing makes the consent not a real choice.
function informedCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-14.informed-voluntary';
  const inspected = fromInspection(ctx, checkId, informedFix);
  if (inspected) return inspected;
  const bad: Evidence[] = [];
  const alt = ctx.scenario!.verifiesIdentity === false ? undefined : faceAlternatives(ctx);
  if (alt?.state === 'none') bad.push(...alt.evidence);
  const a = ctx.answer('Q-FR14-NECESSITY');
  if (a === 'no' || a === 'partial') bad.push(answerEvidence('Q-FR14-NECESSITY', a));
  if (bad.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t('监护人同意并非充分知情、自愿：未说明必要性或未提供替代方式。', 'Guardian consent is not informed and free: necessity not explained or no alternative offered.'),
      evidence: bad,
      remediation: informedFix,
    };
  }
  const missing = [...(a === undefined ? needQuestion('Q-FR14-NECESSITY') : []), ...(alt?.state === 'unknown' ? needFact('scenario.alternatives') : [])];
  if (missing.length) {
    return { checkId, verdict: 'needs-evidence', message: t('无法判断监护人同意是否充分知情、自愿。', 'Cannot tell whether guardian consent is informed and free.'), missing };
  }
  return {
    checkId,
    verdict: 'pass',
    message: t('已向监护人说明必要性，且不同意者有替代方式。', 'Guardians are told the necessity, and those who say no have an alternative.'),
    evidence: [answerEvidence('Q-FR14-NECESSITY', a), ...(alt?.evidence ?? [])],
  };
}

function guardianCheck(ctx: RuleContext): FindingDraft {
  const consent = ctx.scenario!.consent;
  if ((consent === 'none' || consent === 'bundled') && !ctx.inspection('FR-14.guardian-consent')) {
    return { checkId: 'FR-14.guardian-consent', verdict: 'fail', message: t('未取得监护人的单独同意。', 'No separate guardian consent.'), evidence: [factEvidence('scenario.consent', consent)], remediation: consentFix };
  }
  return practice(ctx, {
    checkId: 'FR-14.guardian-consent',
    question: 'Q-FR14-GUARDIAN-CONSENT',
    evidence: ['guardian-consent-record'],
    practice: t('取得未成年人父母或其他监护人的同意', 'a parent or guardian has consented'),
    remediation: consentFix,
  });
}

const rule: Rule = {
  id: 'FR-14',
  chapter: 'FR',
  title: t('不满十四周岁未成年人人脸信息', 'Face information of children under 14'),
  requirement: t(
    '处理不满十四周岁未成年人人脸信息的，应当在存储、使用、转移、披露等方面制定专门的处理规则；基于个人同意处理的，应当取得其父母或者其他监护人的同意。',
    'Processing face information of children under 14 needs dedicated rules for storage, use, transfer and disclosure, and the consent of a parent or guardian where consent is the basis.',
  ),
  source: ['Measures Art.7', 'PIPL Art.31', 'seed 001 §2.1(4)'],
  decidedBy: ['P', 'Q', 'E'],
  scope: 'scenario',
  // Where under-14s are subjects; a school whose operator has not said either way is asked.
  applies: {
    when: (s) => s.subjects?.minorsUnder14 === true || (s.subjects?.minorsUnder14 === undefined && (s.setting === 'school' || s.sector === 'education')),
    whenText: t('适用于对象包括不满十四周岁未成年人的场景。', 'Applies where children under 14 are among the subjects.'),
  },
  inputs: {
    questions: ['Q-FR14-RULES', 'Q-FR14-GUARDIAN-CONSENT', 'Q-FR14-NECESSITY'],
    evidence: ['minors-policy', 'guardian-consent-record'],
    artifacts: ['policy'],
    facts: ['scenario.subjects.minorsUnder14', 'scenario.consent', 'scenario.alternatives'],
  },
  manual: {
    method: [
      '访谈了解相关的未成年人工作机制，个人信息保护政策；',
      '查验个人信息处理者的隐私政策和产品中是否有制定专门的不满十四周岁未成年人个人信息处理规则并予以发布。',
      '查看个人信息保护管理制度，是否明确基于个人同意处理不满十四周岁未成年人的个人信息，事前需要取得未成年人的父母或者其他监护人的同意；',
      '查看处理敏感个人信息情况说明，验证是否存在处理不满十四周岁未成年人的个人信息的情况（如抽查数据库存储个人信息）；',
      '访谈了解征得未成年人的父母或其监护人的明示同意的方式。',
    ],
    evidence: [
      '不满十四周岁未成年人隐私政策等；',
      '告知机制、告知文案、告知记录等。',
      '个人信息保护管理制度；',
      '处理敏感个人信息情况说明；',
      '个人单独同意记录、隐私政策、告知同意书、来往邮件等；',
      '不满十四周岁未成年人父母或其他监护人同意的记录；',
      '产品或服务上可以进行同意的按钮、选项的截图。',
      '人脸信息台账相关记录。',
    ],
  },
  evaluate(ctx) {
    if (ctx.scenario!.subjects?.minorsUnder14 === undefined) {
      return [{ checkId: 'FR-14', verdict: 'needs-evidence', message: t('未说明对象中是否有不满十四周岁的未成年人。', 'Whether children under 14 are subjects is not given.'), missing: needFact('scenario.subjects.minorsUnder14') }];
    }
    const checks = [
      disclosureOrPractice(
        ctx,
        { checkId: 'FR-14.rules', items: ['minors'], what: t('不满十四周岁未成年人人脸信息的专门处理规则', 'dedicated rules for face information of children under 14'), remediation: rulesFix },
        { question: 'Q-FR14-RULES', evidence: ['minors-policy'] },
      ),
    ];
    // Consent is the basis unless the operator says otherwise; then only the dedicated rules apply.
    if (ctx.scenario!.consent !== 'not-required') checks.push(guardianCheck(ctx), informedCheck(ctx));
    return checks;
  },
};
export default rule;
