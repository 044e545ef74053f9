import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerEvidence, documentEvidence, faceAlternatives, fromInspection, needArtifact, needFact, needQuestion, notApplicable, pageAuditable, t } from '../helpers.js';

const altFix = t(
  '提供刷卡、密码、手机验证码、人工核验等非人脸验证方式，个人拒绝刷脸时可立即选用，且不明显更繁琐。',
  'Offer a non-face way to verify (card, password, SMS code, manual check) that a person who refuses face recognition can use at once and that is not markedly more cumbersome.',
);

function alternativeCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-10.alternative';
  const inspected = fromInspection(ctx, checkId, altFix);
  if (inspected) return inspected;
  const alt = faceAlternatives(ctx);
  if (alt.state === 'none') {
    return { checkId, verdict: 'fail', message: t('人脸识别是唯一的验证方式，拒绝者没有其他合理方式。', 'Face recognition is the only way to verify; those who refuse have no reasonable alternative.'), evidence: alt.evidence, remediation: altFix };
  }
  if (alt.state === 'offered') {
    const logs = ctx.evidence('verification-log').map(documentEvidence);
    return { checkId, verdict: 'pass', message: t('提供了非人脸的验证方式。', 'A non-face way to verify is offered.'), evidence: [...alt.evidence, ...logs] };
  }
  const a = ctx.answer('Q-FR10-ALTERNATIVE');
  if (a === 'no' || a === 'partial') {
    return { checkId, verdict: 'fail', message: t('自查答复：未提供非人脸的验证方式。', 'The self-inspection answer says no non-face way is offered.'), evidence: [answerEvidence('Q-FR10-ALTERNATIVE', a)], remediation: altFix };
  }
  return {
    checkId,
    verdict: 'needs-evidence',
    message: t('未说明拒绝刷脸者可用的其他验证方式。', 'The ways offered to those who refuse face recognition are not given.'),
    ...(a !== undefined ? { evidence: [answerEvidence('Q-FR10-ALTERNATIVE', a)] } : {}),
    missing: [...needFact('scenario.alternatives'), ...(pageAuditable(ctx.scenario) ? needArtifact('page') : []), ...(a === undefined ? needQuestion('Q-FR10-ALTERNATIVE') : [])],
  };
}

// "Reasonable and convenient" is a judgement: a page audit or a "no" can fail it, the operator's test
// records can show it, otherwise an inspector tests it on site (seed 001 §2.1(1) 查验方法 2).
function convenienceCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-10.convenience';
  const inspected = fromInspection(ctx, checkId, altFix);
  if (inspected) return inspected;
  if (faceAlternatives(ctx).state === 'none') {
    return notApplicable(checkId, t('没有替代方式可比较（见 FR-10.alternative）。', 'No alternative to compare (see FR-10.alternative).'));
  }
  // Page audits count the alternative's steps but not the face flow's, so they inform, not decide.
  const seen: Evidence[] = ctx.artifacts.page
    .filter((p) => p.faceAlternative?.offered && p.faceAlternative.steps !== undefined)
    .map((p) => ({ kind: 'page', text: `替代方式 ${p.faceAlternative!.steps} 步 / alternative takes ${p.faceAlternative!.steps} steps`, location: p.url }));
  const a = ctx.answer('Q-FR10-CONVENIENT');
  if (a === 'no' || a === 'partial') {
    return { checkId, verdict: 'fail', message: t('自查答复：替代方式明显更繁琐或不能立即使用。', 'The self-inspection answer says the alternative is markedly more cumbersome or not at once available.'), evidence: [answerEvidence('Q-FR10-CONVENIENT', a), ...seen], remediation: altFix };
  }
  const records = ctx.evidence('verification-log', 'test-report');
  if (a === 'yes' && records.length) {
    return { checkId, verdict: 'pass', message: t('替代方式可立即使用且不明显更繁琐，有记录为证。', 'The alternative is available at once and not markedly more cumbersome, as records show.'), evidence: [answerEvidence('Q-FR10-CONVENIENT', a), ...records.map(documentEvidence), ...seen] };
  }
  return {
    checkId,
    verdict: 'manual',
    message: t('需现场测试：拒绝刷脸后替代入口是否立即出现、耗时与便捷度。', 'Test on site: does the alternative appear at once on refusal, how long does it take, how convenient is it.'),
    evidence: [...(a !== undefined ? [answerEvidence('Q-FR10-CONVENIENT', a)] : []), ...records.map(documentEvidence), ...seen],
  };
}

const rule: Rule = {
  id: 'FR-10',
  chapter: 'FR',
  title: t('人脸识别不作为唯一验证方式', 'Face recognition is not the only way to verify'),
  requirement: t(
    '实现相同目的或者达到同等业务要求，存在其他非人脸识别技术方式的，不得将人脸识别技术作为唯一验证方式；个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式。',
    'Where another, non-face method meets the same purpose, face recognition is not the only way to verify; a person who refuses gets another reasonable, convenient way.',
  ),
  source: ['Measures Art.10', 'seed 001 §2.1(1)', 'seed 001 §2.2(5)'],
  decidedBy: ['W', 'Q', 'A', 'E'],
  scope: 'scenario',
  // Only where face recognition verifies identity: experience features have nothing to replace, and
  // public-security identification (verifiesIdentity false) is not a way in that a person chooses.
  applies: {
    when: (s) => s.verifiesIdentity === true || (s.verifiesIdentity === undefined && s.type !== 'experience'),
    whenText: t('仅适用于以人脸识别验证身份的场景。', 'Applies only where face recognition verifies identity.'),
  },
  inputs: {
    questions: ['Q-FR10-ALTERNATIVE', 'Q-FR10-CONVENIENT'],
    evidence: ['verification-log', 'test-report', 'scenario-list'],
    artifacts: ['page'],
    facts: ['scenario.alternatives', 'scenario.verifiesIdentity'],
  },
  manual: {
    method: [
      '调阅企业业务场景清单，确认刷脸的唯一目的是否仅为身份验证或门禁考勤等。是否可以用刷卡、密码、手机验证码、人工核对等方式达到同等目的。若存在替代方式，即不符合“唯一验证”豁免条件。',
      '现场测试：在刷脸闸机/考勤机/APP流程中，故意选择“拒绝刷脸”，观察系统是否立即提供其他验证入口。记录替代方案的实际耗时与便捷度，若明显繁琐或不可用，视为未提供“合理、便捷”方式。',
      '检查是否有用户拒绝刷脸后的替代验证记录（日志、截图、纸质登记簿）。',
    ],
    evidence: ['验证记录', '业务场景清单', '隐私政策等'],
  },
  evaluate(ctx) {
    return [alternativeCheck(ctx), convenienceCheck(ctx)];
  },
};
export default rule;
