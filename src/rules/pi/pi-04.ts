import type { Rule } from '../rule.js';
import { factEvidence, needArtifact, needFact, signals, t } from '../helpers.js';
import { clearChoice } from './consent-ui.js';
import { consumerFacing, observedPractice, pageEvidence } from './util.js';

const Q_BINDING = 'Q-PI04-NO-FORCED-BINDING';
const Q_BUTTONS = 'Q-PI04-CLEAR-BUTTONS';
const Q_TICKED = 'Q-PI04-NOT-PRETICKED';
const Q_REFUSAL = 'Q-PI04-REFUSAL-KEEPS-FEATURES';
const BINDINGS = ['membership', 'follow-official-account', 'wechat-binding'] as const;

const rem = {
  binding: t('取消“关注公众号、注册会员、绑定微信”等前置条件，未绑定的用户也能使用基础服务。', 'Drop following an official account, member registration or WeChat binding as preconditions; users who do not bind still get the basic service.'),
  buttons: t('授权弹窗使用“同意”“拒绝”等表意明确的按钮，不使用“我知道了”等含糊语句。', 'Use clear buttons such as 同意 (agree) and 拒绝 (refuse) in consent dialogs, not vague ones such as 我知道了 (got it).'),
  ticked: t('取消默认勾选，由用户主动勾选或点击同意。', 'Remove pre-ticked boxes; let the user tick or click agree actively.'),
  refusal: t('用户拒绝授权后，其他业务功能应能正常使用。', 'After a user refuses consent, other features keep working.'),
};

const rule: Rule = {
  id: 'PI-04',
  chapter: 'PI',
  title: t('不得强制关注绑定、默认勾选或含糊授权', 'No forced binding, pre-ticked boxes or vague consent buttons'),
  requirement: t(
    '不得将关注公众号、注册会员、绑定微信作为使用的前置条件；以“同意”“拒绝”等明确按钮征得同意，不用“我知道了”；不得默认勾选；拒绝授权不影响其他功能的正常使用。',
    'Following an official account, member registration or WeChat binding are not preconditions; consent uses clear 同意/拒绝 buttons, not 我知道了; no pre-ticked boxes; refusing does not break other features.',
  ),
  source: ['seed 001 §2.2(2)', '认定方法 3.4'],
  decidedBy: ['W', 'Q', 'E'],
  scope: 'scenario',
  applies: {
    when: consumerFacing,
    whenText: t('仅适用于线下消费场所和 App、小程序、H5。', 'Applies to consumption venues and apps, mini-programs and H5 pages.'),
  },
  inputs: {
    artifacts: ['page'],
    facts: ['scenario.requiredForService'],
    questions: [Q_BINDING, Q_BUTTONS, Q_TICKED, Q_REFUSAL],
    evidence: ['consent-screenshot', 'third-party-list'],
  },
  manual: {
    method: [
      '模拟未绑定微信/公众号的用户尝试使用基础服务,记录是否出现“必须绑定否则无法使用”的阻断提示,验证是否存在“捆绑同意”强制授权。',
      '确认是否通过显著的方式征得用户同意(使用表意明确的按钮禁止采用“我知道了”等含糊不清的语句,采用“同意”“拒绝”等明确的语义),验证是否存在默认勾选、强制捆绑授权,用户拒绝授权后影响其他业务功能的正常使用。',
      '查验隐私政策或第三方共享信息清单是否明确告知用户收集人脸信息的范围、使用方式、第三方共享情况。',
    ],
    evidence: ['个人信息保护相关的管理制度、第三方共享信息清单等;', '征得用户明确同意的界面(截屏录屏等)。'],
  },
  evaluate(ctx) {
    const s = ctx.scenario!;
    const pages = ctx.artifacts.page;
    const noPage = pages.length === 0 ? needArtifact('page') : [];

    const binding = signals();
    if (s.requiredForService) {
      const forced = s.requiredForService.filter((r) => (BINDINGS as readonly string[]).includes(r));
      (forced.length ? binding.bad : binding.good).push(factEvidence('scenario.requiredForService', s.requiredForService));
    } else binding.missing.push(...needFact('scenario.requiredForService'));

    const buttons = signals();
    const ticked = signals();
    for (const p of pages) {
      const d = p.consentDialog;
      if (!d?.present) continue;
      (clearChoice(d.buttons) ? buttons.good : buttons.bad).push(pageEvidence(p, `授权弹窗按钮 / consent buttons: ${d.buttons.join(' | ') || '(none)'}`));
      (d.preTicked ? ticked.bad : ticked.good).push(pageEvidence(p, d.preTicked ? '同意选项默认勾选 / consent pre-ticked' : '未默认勾选 / not pre-ticked'));
    }
    buttons.missing.push(...noPage);
    ticked.missing.push(...noPage);

    const refusal = signals();
    for (const p of pages) {
      if (p.refuseStillWorks === undefined) continue;
      (p.refuseStillWorks ? refusal.good : refusal.bad).push(pageEvidence(p, p.refuseStillWorks ? '拒绝后仍可使用 / usable after refusing' : '拒绝后无法使用 / blocked after refusing'));
    }
    refusal.missing.push(...noPage);

    return [
      observedPractice(
        ctx,
        { checkId: 'PI-04.binding', question: Q_BINDING, evidence: ['consent-screenshot'], practice: t('未将关注公众号、注册会员、绑定微信作为使用前提', 'following an account, registering or binding WeChat is not a precondition'), remediation: rem.binding },
        binding,
        { fail: t('使用基础服务须先注册会员、关注公众号或绑定微信。', 'The basic service requires member registration, following an official account or binding WeChat.'), pass: t('使用基础服务无需注册会员、关注公众号或绑定微信。', 'The basic service needs no membership, account following or WeChat binding.') },
      ),
      observedPractice(
        ctx,
        { checkId: 'PI-04.buttons', question: Q_BUTTONS, evidence: ['consent-screenshot'], practice: t('授权按钮使用“同意”“拒绝”等明确语义', 'consent buttons say 同意 / 拒绝 clearly'), remediation: rem.buttons },
        buttons,
        { fail: t('授权弹窗没有明确的“同意”和“拒绝”按钮（如只有“我知道了”）。', 'The consent dialog lacks clear agree and refuse buttons (e.g. only 我知道了).'), pass: t('授权弹窗有明确的“同意”和“拒绝”按钮。', 'The consent dialog has clear agree and refuse buttons.') },
      ),
      observedPractice(
        ctx,
        { checkId: 'PI-04.pre-ticked', question: Q_TICKED, evidence: ['consent-screenshot'], practice: t('授权选项未默认勾选', 'consent options are not pre-ticked'), remediation: rem.ticked },
        ticked,
        { fail: t('同意选项被默认勾选。', 'The consent option is pre-ticked.'), pass: t('同意选项未默认勾选。', 'The consent option is not pre-ticked.') },
      ),
      observedPractice(
        ctx,
        { checkId: 'PI-04.refusal', question: Q_REFUSAL, evidence: ['consent-screenshot'], practice: t('拒绝授权后其他业务功能正常使用', 'other features work after refusing consent'), remediation: rem.refusal },
        refusal,
        { fail: t('拒绝授权后无法继续使用。', 'Refusing consent blocks further use.'), pass: t('拒绝授权后仍可正常使用其他功能。', 'Other features work after refusing consent.') },
      ),
    ];
  },
};
export default rule;
