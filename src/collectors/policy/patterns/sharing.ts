// Providing data to others, SDKs, personalisation, and changes to the policy.
import type { ItemPatterns } from './types.js';

const PARTY = '(?:第三方|合作方|关联方|关联公司|合作伙伴|服务商|服务提供商|合作机构|受托方|其他方|他方)';

export const sharingPatterns: ItemPatterns[] = [
  {
    item: 'third-party-sharing',
    gate: /共享|转让|公开披露|对外提供|委托|受托|第三方|合作方|关联|合作伙伴|提供给|服务商/,
    patterns: [
      { name: 'share-verbs', re: /共享|转让|公开披露|对外提供|委托(?:第三方|他人|其他)?(?:处理|加工)|受托(?:方|者|处理|公司)/, unless: /共享(?:单车|汽车|充电|经济|办公|出行|空间|屏幕|文件夹|文档|相册)|从[^。；]{0,12}公开披露|对外提供[^。；]{0,12}结果/ },
      { name: 'share-pi', re: /(?:与|向|给)[^。；]{0,30}?分享[^。；]{0,10}?(?:个人信息|信息|数据)/ },
      { name: 'sharing-section', re: /合作伙伴|合作方|第三方|服务商|供应商|商家|关联公司|关联方|个人信息/, section: /共享|转让|公开披露|对外提供|委托处理|第三方/, notSdk: true },
      { name: 'provide-to-party', re: new RegExp(`(?:向|与|给|提供给|传输给|传输至|发送给|披露给)[^。；]{0,10}?${PARTY}|${PARTY}[^。；]{0,25}?(?:提供|传输|收集|获取|处理|使用)(?:您的)?`), and: /信息|数据|资料/, notSdk: true },
    ],
  },
  {
    item: 'sdk-list',
    gate: /SDK|插件|第三方服务|第三方代码|工具包/i,
    patterns: [
      { name: 'sdk-row', test: (c) => c.sdkRow },
      // a cell of an SDK list region; long prose in the region is not a cell
      { name: 'sdk-region', sdkRegion: true, test: (c) => c.text.length <= 150 || /SDK|https?:|公司|权限/i.test(c.text) },
      {
        name: 'sdk-field',
        re: /SDK\s*(?:名称|提供方|提供者|公司|类型|用途|目的|隐私政策|官网|链接|所属|包名|运营方)\s*[：:]?|第三方(?:SDK|插件|服务)(?:目录|清单|列表|名单|说明)|(?:接入|集成|嵌入|使用)(?:了|的)?(?:以下|如下|下列)[^。；]{0,10}?(?:SDK|插件)|(?:SDK|插件)(?:目录|清单|列表|名单)/i,
      },
      {
        name: 'sdk-named',
        re: /[A-Za-z\u4e00-\u9fa5+]{2,20}\s?SDK/,
        and: /有限公司|公司|https?:\/\/|隐私政策|隐私权政策|官网|收集|获取|权限/,
      },
    ],
  },
  {
    item: 'personalization',
    gate: /个性化|定向|精准|程序化|画像|推荐|广告|营销|推广|兴趣|千人千面/,
    patterns: [
      // fraud and risk profiling is processing-method, plain marketing is purpose: only targeting counts here
      {
        name: 'personalised',
        re: /(?:可能|更加?)感兴趣|兴趣偏好|偏好[^。；]{0,10}?(?:推荐|推送|展示|广告)|广告(?:的)?精准|精准度|个性化(?:推荐|推送|展示|广告|服务|内容|营销|信息)?|定向(?:推送|广告|推荐|投放|营销)|精准(?:营销|推送|广告|推荐|投放)|程序化广告|(?<!风险|风控|信用|人物|安全)画像|推荐算法|算法推荐|兴趣标签|兴趣偏好|千人千面/,
      },
    ],
  },
  {
    item: 'policy-update',
    gate: /更新|生效|发布|修订|版本|变更|修改|调整|重大变/,
    patterns: [
      { name: 'dated', re: /(?:更新|生效|发布|修订|版本|修改)(?:日期|时间)|(?:于|自)\s*\d{4}\s*年[^。；]{0,10}?(?:生效|更新|发布|施行|起)/ },
      {
        name: 'changes-notified',
        re: /(?:本|此|该)?(?:隐私)?(?:政策|规则|指引|协议|声明)[^。；]{0,12}?(?:更新|变更|修订|修改|调整)|(?:更新|变更|修订|修改|调整)[^。；]{0,12}?(?:本|此|该)(?:隐私)?(?:政策|规则|指引|声明)|重大变(?:更|化)/,
      },
      { name: 'update-section', re: /政策|规则|变更|更新|修订|通知|公告|弹窗|同意|权利|变化|发生|调整/, section: /(?:更新|变更|修订|修改)[^/]*$/ },
      { name: 'continued-use', re: /继续(?:使用|访问)[^。；]{0,40}?(?:视为|即表示|表示|代表|即视为)[^。；]{0,10}?(?:同意|接受)|(?:历史|以往|旧)版本[^。；]{0,10}?(?:存档|查阅|查看)/ },
    ],
  },
];
