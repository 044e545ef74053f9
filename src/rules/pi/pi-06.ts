import type { Rule } from '../rule.js';
import { fromInspection, needArtifact, notApplicable, practice, t } from '../helpers.js';
import { around, hitText, matching, quoteHit } from './policy-text.js';

const Q_SWITCH = 'Q-PI06-SWITCH-WORKS';

/** Collection justified by improving service, developing products or security (认定方法 4.5). */
const IMPROVE = /(改善|提升|提高|优化|改进|完善).{0,8}(服务|体验|质量|产品|功能)|(研发|开发)新(的)?产品|新产品(的)?(研发|开发)|(增强|提高|提升|保障).{0,4}安全性/;
const COLLECT = /收集|获取|采集|读取|调用|记录|使用您?的/;
/** Optional add-on features and announced future changes: consent is asked for them separately. */
const OPT_IN = /附加(功能|服务)|扩展功能|可选|(另行|再次|单独|重新).{0,4}(征得|取得|获得|征求)|推出新的|新的或优化后的功能|变更.{0,8}(目的|方式)/;
/** A functional purpose in the same sentence: then improvement is not the only reason (seed: 仅以改善服务…). */
const FUNCTIONAL = /登录|注册|实名|身份(验证|核验|认证)|完成.{0,6}(交易|支付|订单|下单)|配送|客服|实现.{0,10}(基本|核心)?功能|提供.{0,4}(基本|核心)(业务)?(功能|服务)/;
const RESTRICTION = /仅可用于|仅用于|仅会|不会|不得|无权|禁止/;
/** A way to switch the collection off, near the sentence. */
const OFF = /关闭|撤回|退出|取消授权|拒绝|停止(收集|使用)|设置.{0,10}开关/;
/** Consent forced for such reasons: refusing means losing the service. */
const FORCED = /(不同意|拒绝|不提供).{0,30}(无法|不能|将无法|将不能)(使用|继续|享受|获得)/;

const rem = {
  purpose: t(
    '对仅以改善服务、提升体验、研发新产品、增强安全性为目的的收集，提供关闭途径，且不得以拒绝为由停止服务。',
    'For collection whose only reason is improving service or experience, developing products or security, offer a way to switch it off, and do not stop the service when a user refuses.',
  ),
  works: t('验证并修复关闭途径：关闭后应停止相应的个人信息收集。', 'Test and fix the switch: once turned off, the collection must stop.'),
};

const rule: Rule = {
  id: 'PI-06',
  chapter: 'PI',
  title: t('不得以改善服务等为由强制收集', 'No forced collection "to improve service"'),
  requirement: t(
    '不得以改善服务质量、提升使用体验、研发新产品、增强安全性等为由强制要求同意收集个人信息；以此类理由收集的，提供有效的关闭方式。',
    'Consent is not forced "to improve service or experience, develop products or security"; where information is collected for such reasons, a working way to switch it off exists.',
  ),
  source: ['seed 001 §2.2(3)', '认定方法 4.5'],
  decidedBy: ['P', 'Q', 'E'],
  scope: 'processor',
  inputs: { artifacts: ['policy'], questions: [Q_SWITCH], evidence: ['test-report'] },
  manual: {
    method: ['核查隐私政策，确认是否存在仅以改善服务质量或程序功能收集个人信息的行为；若存在是否提供了关闭收集个人信息的方式或途径；', '验证关闭途径的有效性。'],
    evidence: ['个人信息保护相关的管理制度。'],
  },
  evaluate(ctx) {
    const policies = ctx.artifacts.policy;
    const pid = 'PI-06.purpose';
    const wid = 'PI-06.switch-works';
    const inspected = fromInspection(ctx, pid, rem.purpose);
    if (policies.length === 0 && !inspected) {
      const missing = needArtifact('policy');
      return [
        { checkId: pid, verdict: 'needs-evidence', message: t('未提供隐私政策。', 'No privacy policy supplied.'), missing },
        { checkId: wid, verdict: 'needs-evidence', message: t('未提供隐私政策，无法判断是否存在此类收集。', 'No policy supplied to see whether such collection exists.'), missing },
      ];
    }
// Long run-on "sentences" are page text the splitter could not cut; restrictions (仅可用于, 不会) are not collection.
    const hits = matching(policies, [IMPROVE, COLLECT]).filter((h) => {
      const s = hitText(h);
      return s.length <= 200 && !OPT_IN.test(s) && !FUNCTIONAL.test(s) && !RESTRICTION.test(s);
    });
    const forced = hits.filter((h) => FORCED.test(hitText(h)));
    const withSwitch = hits.filter((h) => !FORCED.test(hitText(h)) && around(h).some((n) => OFF.test(hitText(n))));
    const without = hits.filter((h) => !forced.includes(h) && !withSwitch.includes(h));
    let purpose = inspected;
    if (!purpose) {
      if (forced.length || without.length) {
        purpose = {
          checkId: pid,
          verdict: 'fail',
          message: forced.length
            ? t('隐私政策以改善服务等为由要求同意收集，拒绝则无法使用。', 'The policy makes consent to collection "to improve service" a condition of use.')
            : t('隐私政策以改善服务、研发产品或安全为由收集个人信息，但未提供关闭途径。', 'The policy collects information to improve service, develop products or for security, with no way to switch it off.'),
          evidence: [...forced, ...without].slice(0, 5).map(quoteHit),
          remediation: rem.purpose,
        };
      } else if (withSwitch.length) {
        purpose = { checkId: pid, verdict: 'pass', message: t('以改善服务等为由的收集均提供了关闭途径。', 'Collection for service improvement comes with a way to switch it off.'), evidence: withSwitch.slice(0, 5).map(quoteHit) };
      } else {
        purpose = {
          checkId: pid,
          verdict: 'pass',
          message: t('隐私政策中未发现以改善服务等为由的收集（关键词核对）。', 'No collection "to improve service" found in the policy (keyword check).'),
          evidence: policies.map((p) => ({ kind: 'quote' as const, text: `${p.sentences.length} sentences checked`, location: p.source })),
        };
      }
    }
    const works =
      withSwitch.length === 0 && !ctx.inspection(wid)
        ? notApplicable(wid, t('没有需要验证的关闭途径。', 'No switch to test.'))
        : practice(ctx, { checkId: wid, question: Q_SWITCH, evidence: ['test-report'], practice: t('关闭途径有效：关闭后停止收集', 'the switch works: collection stops once it is off'), remediation: rem.works });
    return [purpose, works];
  },
};
export default rule;
