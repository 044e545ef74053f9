// Problems an inspector would raise from the text alone: missing items, contradictions, face information
// used for profiling, unreasonable deletion conditions, vague purposes, minors without under-14 rules.
// These are hints with quoted sentences; the rules decide verdicts.
import { POLICY_ITEMS, type PolicyArtifact, type PolicyItemId, type PolicyProblem } from '../../core/artifacts.js';
import { findMatch } from './negation.js';

type Sentences = PolicyArtifact['sentences'];
type Items = PolicyArtifact['items'];
type Facts = PolicyArtifact['facts'];

/** Items every policy must disclose; face items when face information is mentioned. */
const CORE: PolicyItemId[] = [
  'controller-identity', 'controller-contact', 'purpose', 'data-types', 'retention', 'rights', 'withdraw-consent',
  'complaint-channel', 'security-measures', 'incident-notice', 'minors', 'third-party-sharing', 'policy-update',
];
const FACE_REQUIRED: PolicyItemId[] = ['face-purpose-method', 'face-retention', 'face-separate-consent', 'face-deletion'];

const DELETE = /删除|注销|销毁|清除/;
const ON_SITE = /(?:本人|亲自|亲临|携带[^。；]{0,10}(?:身份证|证件)|前往|到|至)[^。；]{0,12}(?:门店|网点|营业厅|现场|柜台|线下|服务中心|营业网点|办公地点|公司)|线下(?:办理|申请)|现场(?:办理|申请)|到店/;
const EXACT_HISTORY = /(?:提供|说明|列明|证明)[^。；]{0,15}(?:准确|完整|全部|详细|具体)(?:的)?[^。；]{0,8}(?:历史|交易|消费|使用|登录|充值|订单)(?:记录|信息|明细|时间|金额)/;
// "…A、B等用途" closes a concrete list: not vague; "其他用途" is
const VAGUE = /(?:其他|其它)(?:相关)?(?:用途|目的)|相关(?:用途|目的)|包括但不限于[^。；]{0,30}(?:用途|目的)|(?:合理|必要|商业|特定)(?:的)?(?:用途|目的)(?![^。；]{0,4}(?:所必需|之外))|(?:改善|改进|提升|优化)(?:我们的)?(?:产品|服务|用户体验)(?:等)?(?:目的|用途)?$/;
const NOT_VAGUE = /(?:征求|征得|取得|获得)[^。；]{0,10}(?:同意|授权)|经(?:过)?(?:您|你)?[^。；，,]{0,4}(?:同意|授权)|(?:您|你)(?:同意|授权|许可)的|经(?:您|你)?许可|(?:上述|前述|下述|以下|下列|如下)[^。；，,]{0,4}(?:用途|目的)|SDK[^。；]{0,40}实现相关目的|不会|不得|无权|禁止|仅会|仅限/;
const UNDER14 = /(?:不满|未满|低于)\s*(?:十四|14)\s*周?岁|(?:十四|14)\s*周?岁以下|儿童/;
const GUARDIAN = /监护人|父母|家长/;

/**
 * `patternTags[i]`: the items whose patterns fired on sentence i before the statistical layer. The deletion hints
 * read them as well as the final tags: the model is tuned for item F1 and may drop a pattern's rights tag from a
 * lone sentence, which must not hide a deletion condition the text plainly states.
 */
export function findProblems(sentences: Sentences, items: Items, facts: Facts, patternTags: readonly (readonly PolicyItemId[])[] = []): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const tagged = (item: PolicyItemId) => items[item].sentences;

  const required = [...CORE];
  if (items['face-info'].present) required.push(...FACE_REQUIRED);
  if (facts.sdks.length || sentences.some((s) => /SDK/i.test(s.text))) required.push('sdk-list');
  const missing = POLICY_ITEMS.filter((i) => required.includes(i) && !items[i].present);
  if (missing.length) {
    out.push({
      id: 'missing-items',
      message: { zh: `未找到以下必要告知事项：${missing.join('、')}。`, en: `No sentence discloses: ${missing.join(', ')}.` },
      sentences: [],
    });
  }

  const faceSents = sentences.flatMap((s, i) => (s.tags.some((t) => t.startsWith('face-')) ? [i] : []));
  if (facts.face.profiling) {
    const idx = faceSents.filter((i) => /画像|个性化|定向|精准|广告|营销/.test(sentences[i]!.text) && findMatch(sentences[i]!.text, /画像|个性化|定向|精准|广告|营销/, false) >= 0);
    out.push({
      id: 'face-profiling',
      message: { zh: '政策表明人脸信息被用于用户画像、个性化推荐或定向推送。', en: 'The policy says face information is used for profiling, personalised recommendation or targeted push.' },
      sentences: idx,
    });
  }
  if (facts.face.shared === true && faceSents.some((i) => sentences[i]!.tags.includes('face-no-sharing'))) {
    out.push({
      id: 'contradiction',
      message: { zh: '关于人脸信息是否对外提供，政策前后表述矛盾。', en: 'The policy contradicts itself on whether face information is shared.' },
      sentences: faceSents.filter((i) => /共享|提供给|传输给|转让|披露/.test(sentences[i]!.text)),
    });
  }
  const noStore = faceSents.filter((i) => /不(?:会)?(?:存储|保存|保留|留存)/.test(sentences[i]!.text));
  const stores = faceSents.filter((i) => sentences[i]!.tags.includes('face-retention') && !noStore.includes(i) && /(?:保存|存储|保留|留存)[^。；]{0,20}(?:\d+|[一二三四五六七八九十])\s*(?:个)?(?:年|月|日|天)/.test(sentences[i]!.text));
  if (noStore.length && stores.length) {
    out.push({
      id: 'contradiction',
      message: { zh: '政策一处称不存储人脸信息，另一处又给出人脸信息保存期限。', en: 'The policy says face information is not stored, yet elsewhere gives a period for keeping it.' },
      sentences: [...noStore, ...stores],
    });
  }

  const deletionStatement = (tags: readonly PolicyItemId[] | undefined) => !!tags && (tags.includes('rights') || tags.includes('face-deletion'));
  const deletion = sentences.flatMap((s, i) => ((deletionStatement(s.tags) || deletionStatement(patternTags[i])) && DELETE.test(s.text) ? [i] : []));
  const onSite = deletion.filter((i) => ON_SITE.test(sentences[i]!.text));
  if (onSite.length) {
    out.push({
      id: 'deletion-on-site-only',
      message: { zh: '删除或注销需要本人到现场/线下办理，设置了不合理的条件。', en: 'Deletion or deregistration requires going on site in person, an unreasonable condition.' },
      sentences: onSite,
    });
  }
  const history = deletion.filter((i) => EXACT_HISTORY.test(sentences[i]!.text));
  if (history.length) {
    out.push({
      id: 'deletion-exact-history',
      message: { zh: '删除或注销要求提供准确的历史记录等信息，设置了不合理的条件。', en: 'Deletion or deregistration requires exact history (transactions, records), an unreasonable condition.' },
      sentences: history,
    });
  }

  // "other purposes" in a promise to ask again, a denial or a restriction is not vague wording
  const vague = tagged('purpose').filter((i) => {
    const text = sentences[i]!.text;
    return VAGUE.test(text) && findMatch(text, VAGUE, false) >= 0 && !NOT_VAGUE.test(text);
  });
  if (vague.length) {
    out.push({
      id: 'vague-purpose',
      message: { zh: '部分处理目的表述笼统（如“其他用途”“相关目的”）。', en: 'Some purposes are vague ("other uses", "related purposes").' },
      sentences: vague,
    });
  }

  const minors = tagged('minors');
  if (minors.length && !minors.some((i) => UNDER14.test(sentences[i]!.text) && GUARDIAN.test(sentences[i]!.text))) {
    out.push({
      id: 'minors-without-rules',
      message: { zh: '政策提及未成年人，但没有不满十四周岁儿童个人信息处理规则（监护人同意）。', en: 'The policy addresses minors but gives no rules for children under 14 (guardian consent).' },
      sentences: minors,
    });
  }
  return out;
}
