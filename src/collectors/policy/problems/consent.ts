// Consent obtained by inducement or pressure (seed 001 §2.2(3), PI-05): rewards tied to permissions or personal
// data, updates that must be accepted or the service stops, continued use counted as consent.
import type { PolicyProblem, PolicyStatement } from '../../../core/artifacts.js';
import { affirmedIn, hint, matches, problem, statement, where, type HintSentence } from './common.js';

const REWARD = hint(/红包|抽奖|奖励|积分|话费|优惠券|现金|领取[^。；]{0,6}奖/);
const ASKED = hint(/通讯录|联系人|位置|定位|相册|麦克风|权限|手机号|身份证/);
const UPDATE = hint(/更新|变更|修改|修订|调整/);
const FORCED_UPDATE = hint(
  /不同意[^。；]{0,40}?(?:应|请|须|需|可以)?(?:立即)?停止使用|不同意[^。；]{0,40}?(?:无法|不能|将不能|将无法)继续使用|拒绝[^。；]{0,20}?更新[^。；]{0,20}?(?:无法|不能)(?:继续)?使用/,
);
/** Stopping is one choice among others (change the settings or the information instead): not forced. */
const ALTERNATIVE = /(?:更改|修改|调整)[^。；]{0,12}(?:首选项|设置|个人信息)[^。；]{0,8}或/;
const DEEMED = hint(/继续(?:使用|访问)[^。；]{0,30}?(?:视为|即视为|即表示|表示您?|代表您?|即代表)[^。；]{0,10}?(?:同意|接受|认可)/);

export function consentProblems(sentences: readonly HintSentence[]): PolicyProblem[] {
  return [
    ...problem(
      'reward-for-data',
      '奖励（红包、抽奖、积分等）与权限或个人信息出现在同一句，可能是利益诱导。',
      'A reward (red packet, lottery, points) is tied to a permission or personal data in one sentence: possible inducement.',
      where(sentences, (s) => !s.heading && matches(s, ASKED) && affirmedIn(s, REWARD)),
    ),
    ...problem(
      'forced-update-consent',
      '不同意更新后的政策就要停止使用，强制接受更新。',
      'Users who decline the updated policy must stop using the service: forced acceptance.',
      where(sentences, (s) => !s.heading && matches(s, UPDATE) && matches(s, FORCED_UPDATE) && !ALTERNATIVE.test(s.text)),
    ),
    ...problem(
      'deemed-consent',
      '继续使用即视为同意（更新后的）政策。',
      'Continued use is taken as consent to the (updated) policy.',
      where(sentences, (s) => !s.heading && affirmedIn(s, DEEMED)),
    ),
  ];
}

/** Separate consent (PIPL Art.29, 39) promised for any kind of information, not only face (face-separate-consent). */
const SEPARATE = hint(/单独(?:的)?(?:同意|授权)|单独(?:征得|取得|获得|征求)|另行(?:征得|取得|获得|征求)[^。；]{0,8}?(?:同意|授权)/);

export function consentStatements(sentences: readonly HintSentence[]): PolicyStatement[] {
  return statement(
    'separate-consent',
    '承诺就特定处理（敏感个人信息、向他人提供、向境外提供等）取得单独同意。',
    'Promises separate consent for particular processing (sensitive information, provision to others, transfer abroad).',
    where(sentences, (s) => !s.heading && affirmedIn(s, SEPARATE)),
  );
}
