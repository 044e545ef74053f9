// Purposes and scope of collection: collection justified only by improving the service (认定方法 4.5, PI-06),
// consent to it forced, a way to switch collection off, and open-ended scope (认定方法 2.4, PI-03).
import type { PolicyProblem, PolicyStatement } from '../../../core/artifacts.js';
import { affirmedIn, hint, LONG, matches, problem, statement, tagged, where, type HintSentence } from './common.js';

/** The seed's pretexts: improving service, experience or quality, developing products, "enhanced security". */
const PRETEXT = hint(new RegExp(
  [
    '(?:改善|改进|提升|提高|优化|完善)[^。；，,]{0,8}?(?:服务|体验|质量|产品|功能)',
    '(?:研发|开发)(?:新的?)(?:产品|功能|服务)|新(?:产品|功能)(?:的)?(?:研发|开发)',
    '(?:增强|提高|提升|保障)[^。；，,]{0,4}安全性',
  ].join('|'),
));
const COLLECT = hint(/收集|获取|采集|读取|调用|记录/);
/**
 * A concrete purpose in the same sentence, so improvement is not the only reason (seed: 仅以改善服务…): a
 * function (providing the service — not "a better service" —, login, payment, delivery, answering requests), protecting the
 * user's account or money, a legal duty, or personalisation (its own rule, PI-17).
 */
const CONCRETE = new RegExp(
  [
    '(?:向|为|给)(?:您|你|用户)提供(?!更|优|最|良好)|(?:用于|用来|来|以)提供(?:并|和|及|、)|(?:和|及|并)提供(?:服务|产品)|提供(?:、|并|和|及)(?:维护|改进|改善|优化)',
    '登录|注册|实名|身份[^。；，,]{0,6}(?:识别|验证|核验|认证)|完成[^。；，,]{0,6}(?:交易|支付|订单|下单)|(?:查询|追踪|跟踪)[^。；，,]{0,4}订单|投诉|配送|客服',
    '实现[^。；，,]{0,16}功能|响应您|回应您|提供[^。；，,]{0,4}(?:基本|核心)(?:业务)?(?:功能|服务)',
    '(?:账户|账号|帐户|帐号|交易|资金|支付|财产)(?:和|及|与|、)?(?:[^。；，,]{0,4})安全|欺诈|诈骗|风控|风险控制|反洗钱',
    '(?:法律|法规|监管)[^。；，,]{0,6}(?:要求|规定)|遵守|履行[^。；，,]{0,6}义务',
    '个性化|推荐|推送|广告|匹配|感兴趣',
  ].join('|'),
);
/** Announced future changes, optional add-ons, asking again: consent is sought for those separately. */
const ASK_AGAIN =
  /附加(?:功能|服务)|扩展功能|可选|(?:另行|再次|单独|重新|事先|事前|另外)[^。；]{0,6}(?:征得|取得|获得|征求|告知|说明|通知)|推出新的|新的或优化后的功能|变更[^。；]{0,8}(?:目的|方式)|(?:并)?不(?:会)?影响[^。；]{0,6}(?:正常)?使用/;
/** Rules for others (第三方不得…) and data that no longer identify anyone are not collection of personal information. */
const NOT_COLLECTION = /不得|无权|禁止|去标识化|匿名|无法识别|不能识别|难以[^。；]{0,12}识别|无法[^。；]{0,6}(?:识别|定位)[^。；]{0,4}特定|统计(?:性)?数据|汇总/;
/** Declining means losing the service. */
const FORCED = hint(/(?:不同意|拒绝|不提供|未提供|不授权)[^。；]{0,30}(?:无法|不能|将无法|将不能|不能够)(?:正常)?(?:使用|继续|享受|获得)/);
/**
 * A way for the user to stop a collection: the user can switch off, withdraw or refuse (您可以…关闭), a settings
 * switch, or refusing leaves the service usable. "在您注销账号时，我们将停止使用" is a consequence, not a switch.
 */
const OFF = hint(new RegExp(
  [
    '(?:您|你|用户)[^。；]{0,6}(?:可以|可|有权|能够|随时)[^。；]{0,30}?(?:关闭|撤回|退出|取消授权|拒绝|停止(?:收集|使用|授权))',
    '设置[^。；]{0,10}(?:开关|关闭)',
    '(?:关闭|撤回|拒绝)[^。；]{0,12}?(?:后|授权|权限)[^。；]{0,10}?(?:仍可|不会影响|不影响)',
  ].join('|'),
));
const CANNOT_OFF = hint(/(?:无法|不能|不可|不支持)[^。；，,]{0,6}(?:关闭|撤回|退出|取消)/);
/** Open scope after a collection verb (认定方法 2.4: 有歧义). */
const OPEN_ENDED = hint(/(?:收集|获取|采集|读取|调用)[^。；]{0,40}?(?:包括但不限于|包含但不限于|等其他(?:个人)?信息|其他相关(?:个人)?信息|其他必要(?:的)?(?:个人)?信息)/);

/** A sentence that collects personal information with improvement-type pretexts as the only reasons. */
export function improvementOnly(s: HintSentence): boolean {
  const t = s.text;
  if (s.heading || s.sdk || t.length > LONG) return false;
  if (!matches(s, PRETEXT) || !matches(s, COLLECT) || /SDK|插件/i.test(t)) return false;
  if (CONCRETE.test(t) || ASK_AGAIN.test(t) || NOT_COLLECTION.test(t)) return false;
  return affirmedIn(s, COLLECT) && affirmedIn(s, PRETEXT);
}

export function purposeProblems(sentences: readonly HintSentence[]): PolicyProblem[] {
  const improvement = where(sentences, improvementOnly);
  return [
    ...problem(
      'improvement-purpose',
      '以改善服务、提升体验、研发产品或增强安全性为唯一理由收集个人信息。',
      'Personal information is collected with improving the service or experience, developing products or "security" as the only reason.',
      improvement,
    ),
    ...problem(
      'improvement-forced',
      '不同意以改善服务等为由的收集，就无法使用产品或服务。',
      'Declining collection "to improve the service" means losing the product or service.',
      improvement.filter((i) => matches(sentences[i]!, FORCED)),
    ),
    ...problem(
      'open-ended-scope',
      '收集范围使用“包括但不限于”“等其他信息”等开放式表述。',
      'The scope of collection is left open ("including but not limited to", "and other information").',
      where(sentences, (s) => !s.heading && tagged(s, 'data-types', 'purpose') && affirmedIn(s, OPEN_ENDED)),
    ),
  ];
}

export function purposeStatements(sentences: readonly HintSentence[]): PolicyStatement[] {
  return statement(
    'collection-off',
    '说明了关闭、撤回或拒绝收集的途径。',
    'Says how to switch off, withdraw from or refuse the collection.',
    where(sentences, (s) => !s.heading && affirmedIn(s, OFF) && !matches(s, FORCED) && !matches(s, CANNOT_OFF)),
  );
}
