import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerEvidence, fromInspection, needArtifact, needQuestion, signals, t } from '../helpers.js';
import { problemHits, quoteHit } from './policy-text.js';
import { consumerFacing, observedPractice, pageEvidence } from './util.js';

const Q_REFUSAL = 'Q-PI05-SERVICE-ON-REFUSAL';
const Q_INDUCE = 'Q-PI05-NO-INDUCEMENT';
const Q_UPDATE = 'Q-PI05-NO-FORCED-UPDATE';

const rem = {
  refusal: t('不以用户不同意提供非必要个人信息或撤回同意为由拒绝提供产品或服务。', 'Do not refuse the product or service because a user declines non-necessary information or withdraws consent.'),
  inducement: t('停止以红包、抽奖、积分等利益诱导用户提供个人信息或开启与当前功能无关的权限。', 'Stop using red packets, lotteries or points to induce users to give information or grant permissions unrelated to the feature.'),
  update: t('隐私政策更新时明确告知不同意更新内容对服务的影响范围，不得以停止服务强制用户接受。', 'When the policy changes, say what declining the update affects, and do not force acceptance by stopping the service.'),
};

function inducement(ctx: RuleContext): FindingDraft {
  const id = 'PI-05.inducement';
  const inspected = fromInspection(ctx, id, rem.inducement);
  if (inspected) return inspected;
  const a = ctx.answer(Q_INDUCE);
  if (a === 'no' || a === 'partial' || a === false) {
    return { checkId: id, verdict: 'fail', message: t('自查答复存在以利益诱导提供个人信息或开启权限。', 'Answered that rewards are used to obtain information or permissions.'), evidence: [answerEvidence(Q_INDUCE, a)], remediation: rem.inducement };
  }
  const hits = problemHits(ctx.artifacts.policy, 'reward-for-data');
  if (hits.length) {
    // A reward next to a permission may be lawful (contacting a prize winner); an inspector judges the link.
    return {
      checkId: id,
      verdict: 'manual',
      message: t('隐私政策中奖励活动与权限/个人信息出现在同一句，需人工判断是否与功能无关的诱导。', 'The policy ties a reward to a permission or personal data; an inspector must judge whether it is an unrelated inducement.'),
      evidence: hits.slice(0, 3).map(quoteHit),
    };
  }
  if (a === 'yes' || a === true) return { checkId: id, verdict: 'pass', message: t('未以利益诱导提供个人信息或开启权限。', 'No rewards are used to obtain information or permissions.'), evidence: [answerEvidence(Q_INDUCE, a)] };
  return { checkId: id, verdict: 'needs-evidence', message: t('未回答是否存在利益诱导。', 'Not answered whether rewards are used as inducement.'), missing: needQuestion(Q_INDUCE) };
}

function update(ctx: RuleContext): FindingDraft {
  const id = 'PI-05.policy-update';
  const inspected = fromInspection(ctx, id, rem.update);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  const forced = problemHits(policies, 'forced-update-consent');
  if (forced.length) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('隐私政策要求不同意更新内容的用户停止使用，强制接受更新后的政策。', 'The policy tells users who decline an update to stop using the service: forced acceptance.'),
      evidence: forced.slice(0, 3).map(quoteHit),
      remediation: rem.update,
    };
  }
  const a = ctx.answer(Q_UPDATE);
  if (a === 'no' || a === 'partial' || a === false) {
    return { checkId: id, verdict: 'fail', message: t('自查答复存在强制同意更新后隐私政策的情况。', 'Answered that users are forced to accept the updated policy.'), evidence: [answerEvidence(Q_UPDATE, a)], remediation: rem.update };
  }
  const deemed = problemHits(policies, 'deemed-consent');
  if (deemed.length) {
    return {
      checkId: id,
      verdict: 'manual',
      message: t('隐私政策以“继续使用即视为同意”处理更新，需人工核实拒绝更新后是否被剥夺服务。', 'The policy treats continued use as consent to updates; an inspector must check whether declining strips the user of the service.'),
      evidence: deemed.slice(0, 3).map(quoteHit),
    };
  }
  if (a === 'yes' || a === true) return { checkId: id, verdict: 'pass', message: t('未强制用户同意更新后的隐私政策。', 'Users are not forced to accept the updated policy.'), evidence: [answerEvidence(Q_UPDATE, a)] };
  return {
    checkId: id,
    verdict: 'needs-evidence',
    message: t('无法判断是否强制同意更新后的隐私政策。', 'Cannot tell whether users are forced to accept an updated policy.'),
    missing: [...needQuestion(Q_UPDATE), ...(policies.length ? [] : needArtifact('policy'))],
  };
}

const rule: Rule = {
  id: 'PI-05',
  chapter: 'PI',
  title: t('不得强制收集非必要个人信息', 'No forced collection of non-necessary information'),
  requirement: t(
    '不得以个人不同意处理非必要个人信息或撤回同意为由拒绝提供产品或服务；不得以红包、抽奖等诱导开启无关权限；不得强制同意更新后的隐私政策。',
    'No refusal of service because non-necessary information is declined or consent withdrawn; no red packets or lotteries to induce unrelated permissions; no forced acceptance of an updated policy.',
  ),
  source: ['seed 001 §2.2(3)', 'PIPL Art.16'],
  decidedBy: ['W', 'P', 'Q'],
  scope: 'scenario',
  applies: {
    when: consumerFacing,
    whenText: t('仅适用于线下消费场所和 App、小程序、H5。', 'Applies to consumption venues and apps, mini-programs and H5 pages.'),
  },
  inputs: { artifacts: ['page', 'policy'], questions: [Q_REFUSAL, Q_INDUCE, Q_UPDATE] },
  manual: {
    method: [
      '遍历APP，确认是否存在欺诈、诱骗等不正当方式，比如赠送加分、话费诱导用户填写个人信息或打开可收集个人信息权限，隐瞒收集个人信息的真实目的。例如：参与红包、抽奖等活动向用户申请通讯录权限，与当前功能没有逻辑关系。',
      '检测应用业务功能确认是否存在强制要求用户同意更新后的隐私政策并强制剥夺用户权益的行为；是否明确告知用户不同意更新后的隐私政策影响服务的范围。',
    ],
    evidence: ['个人信息保护管理制度；', '隐私政策或用户协议。'],
  },
  evaluate(ctx) {
    const refusal = signals();
    for (const p of ctx.artifacts.page) {
      if (p.refuseStillWorks === undefined) continue;
      (p.refuseStillWorks ? refusal.good : refusal.bad).push(pageEvidence(p, p.refuseStillWorks ? '拒绝后仍可使用 / usable after refusing' : '拒绝后无法使用 / blocked after refusing'));
    }
    if (ctx.artifacts.page.length === 0) refusal.missing.push(...needArtifact('page'));
    return [
      observedPractice(
        ctx,
        { checkId: 'PI-05.refusal', question: Q_REFUSAL, practice: t('拒绝提供非必要个人信息或撤回同意后仍提供服务', 'service continues after non-necessary information is declined or consent withdrawn'), remediation: rem.refusal },
        refusal,
        { fail: t('拒绝提供个人信息后无法获得服务。', 'Service is refused after declining to give personal information.'), pass: t('拒绝提供非必要个人信息后仍可获得服务。', 'Service continues after declining non-necessary information.') },
      ),
      inducement(ctx),
      update(ctx),
    ];
  },
};
export default rule;
