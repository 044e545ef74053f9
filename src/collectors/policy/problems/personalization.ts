// Personalisation in the sense of PIPL Art.24 (PI-17): that it takes place, how to switch it off, how to delete
// the tags kept about a user.
import type { PolicyStatement } from '../../../core/artifacts.js';
import { affirmedIn, hint, matches, statement, tagged, where, type HintSentence } from './common.js';

const USE = hint(/推荐|推送|广告|画像|定向|标签/);
const OFF = hint(/(?:关闭|退出|取消|撤回|停止|拒绝)[^。；]{0,15}?(?:个性化|推荐|定向|广告|画像)|(?:个性化|推荐|定向推送|广告)[^。；]{0,25}?(?:关闭|开关|退出|取消)/);
const CANNOT = hint(/(?:无法|不能|不可|不支持)[^。；，,]{0,6}(?:关闭|退出|取消|撤回)/);
const TAG_DELETE = hint(/(?:删除|清除|重置|清空)[^。；]{0,10}?(?:标签|画像|兴趣|偏好)|(?:标签|画像|兴趣|偏好)[^。；]{0,12}?(?:删除|清除|重置|清空)/);
/** "根据自己的偏好管理或删除Cookie": the preference is the user's choice, the thing deleted a cookie. */
const NOT_TAGS = /(?:根据|按照|依据)[^。；，,]{0,6}偏好|(?:删除|清除|清空)[^。；，,]{0,4}cookie/i;

export function personalizationStatements(sentences: readonly HintSentence[]): PolicyStatement[] {
  return [
    ...statement(
      'personalization-use',
      '说明个人信息用于个性化推荐、定向推送、广告或用户画像。',
      'Says that personal information is used for personalised recommendation, targeted push, ads or profiling.',
      where(sentences, (s) => !s.heading && tagged(s, 'personalization') && affirmedIn(s, USE)),
    ),
    ...statement(
      'personalization-off',
      '说明了关闭个性化推荐、定向推送或广告的途径。',
      'Says how to turn personalised recommendation, targeted push or ads off.',
      where(sentences, (s) => !s.heading && affirmedIn(s, OFF) && !matches(s, CANNOT)),
    ),
    ...statement(
      'tag-deletion',
      '说明了删除或重置个人标签、画像、兴趣偏好的途径。',
      'Says how to delete or reset the tags, profile or interests kept about a user.',
      where(sentences, (s) => !s.heading && affirmedIn(s, TAG_DELETE) && !NOT_TAGS.test(s.text)),
    ),
  ];
}
