// Face information. face-info needs the word itself; the other face items need face context (the word,
// a face section, or a sentence that continues a face sentence: "该信息仅用于…").
import { FACE } from './lexicon.js';
import type { ItemPatterns } from './types.js';

/** Sharing, transfer and secondary use: negated, these make face-no-sharing; affirmed, they are facts of sharing. */
export const FACE_SHARE = /共享|转让|提供给|对外提供|向第三方提供|公开披露|披露|出售|出租|交易|传输给|用于(?:用户画像|画像|个性化|广告|营销|商业|推荐|推送|其他|任何其他|与[^。；]{0,10}无关)/;
/** Profiling and targeted push (TAF 6.3a forbids it for face information). */
export const FACE_PROFILING = /用户画像|画像|个性化(?:推荐|推送|广告|展示|营销)|定向(?:推送|广告|推荐|营销)|精准(?:营销|推送|广告)|广告推送|推送广告|商业营销/;

export const facePatterns: ItemPatterns[] = [
  {
    item: 'face-info',
    patterns: [{ name: 'face-word', re: FACE, onHeading: true }],
  },
  {
    item: 'face-purpose-method',
    patterns: [
      {
        name: 'face-use',
        re: /用于|以便|目的|为了|为您提供|以(?:验证|核验|确认|识别|完成|实现)|身份(?:验证|核验|认证|核实|识别)|实名认证|实人认证|登录|解锁|支付(?!宝)|美颜|特效|贴纸|上妆|美妆|滤镜|变老|变年轻|换脸/,
        faceWord: true,
        affirm: true,
        stripTitles: true,
      },
      {
        name: 'face-how',
        re: /采集|收集|获取|调用|摄像头|相机|本地|服务器|云端|上传|传输至|比对|对比|核验|实时|提取|识别您|权威数据源|特征值|由[^。；]{1,24}?(?:进行)?处理|认证结果|验证结果/,
        faceWord: true,
        affirm: true,
        stripTitles: true,
      },
      {
        name: 'face-section-use',
        re: /用于|目的(?:是|为|在于)|为了|以便|采集|比对|核验|上传|本地|服务器/,
        face: true,
        affirm: true,
        stripTitles: true,
      },
    ],
  },
  {
    item: 'face-retention',
    patterns: [
      { name: 'face-stored', re: /存储|保存|保留|留存|储存|缓存|存放/, face: true },
      { name: 'face-period', re: /期限|期间|时长|(?:\d+|[一二三四五六七八九十]+)\s*(?:个)?(?:年|月|日|天|小时|秒)(?!内[^。；]{0,6}(?:答复|回复))|即时删除|立即删除|即删除|用后即删/, face: true, and: /删除|保存|存储|保留|留存|销毁/ },
    ],
  },
  {
    item: 'face-separate-consent',
    patterns: [
      {
        name: 'face-separate',
        re: /单独(?:的)?(?:同意|授权|征得|征求|取得|获得|告知)|另行(?:征得|征求|获取|取得|获得)|(?:明示|书面|专门|单独)(?:的)?(?:同意|授权)|单独同意|再次[^。；]{0,10}?(?:确认|征求|征得)|重新(?:征求|征得|取得|获得)|明确(?:地)?(?:征得|取得|获得|征求)(?:您|用户)?(?:的)?(?:同意|授权)/,
        face: true,
      },
      // in face processing rules (or their section), agreeing to those rules by ticking is a consent given for face information alone
      { name: 'face-rules-consent', re: /(?:勾选|点击|确认|签署)[^。；]{0,12}同意|同意本(?:规则|协议|政策|须知|说明)/, face: true, section: FACE, unless: /不同意|拒绝/ },
    ],
  },
  {
    item: 'face-alternative',
    patterns: [
      {
        name: 'face-alternative',
        // 人工/线下 only as something the user can choose (a bare "人工认证" in a list of camera uses is not an offer)
        re: /(?:其他|替代|另外的|其它|非人脸)(?:的)?(?:验证|认证|核验|审核|登录|支付)?(?:方式|途径|路径|渠道|手段)|(?:选择|通过|采用|申请|转为?|改用)(?:人工|线下)(?:的)?(?:方式|途径|验证|认证|核验|审核|渠道|办理)|(?:也可以|还可以|亦可|仍可|您可以?)(?:选择)?(?:继续)?(?:通过|使用)(?:原有|其他|其它|密码|短信|验证码|人工|账号密码)|可(?:自主)?选择(?:是否)?(?:使用|开启)/,
        face: true,
      },
      // "refusing does not affect the other attendance functions": another way to the same kind of function
      // (a plain 其他功能/服务 is "the rest of the app", not an alternative)
      { name: 'face-other-same-kind', re: /不影响[^。；]{0,8}其他(?!功能|服务|业务|产品|正常)[\u4e00-\u9fa5]{1,4}(?:功能|服务)/, face: true },
    ],
  },
  {
    item: 'face-deletion',
    patterns: [{ name: 'face-delete', re: /删除|销毁|清除|抹除|解除绑定|关闭(?:人脸|刷脸|面部)/, face: true }],
  },
  {
    item: 'face-no-sharing',
    patterns: [
      { name: 'face-not-shared', re: FACE_SHARE, face: true, negated: true },
      { name: 'face-only-for', re: /仅(?:限)?用于|只(?:会)?用于|仅作(?:为)?|仅供/, face: true, and: /不(?:会)?(?:用于|作|做)|除[^。；]{0,20}外/ },
    ],
  },
];
