// What is collected, why, how, and for how long.
import { COLLECT, PI_ANY, piTypesIn } from './lexicon.js';
import type { ItemPatterns } from './types.js';

const V = COLLECT;

export const processingPatterns: ItemPatterns[] = [
  {
    item: 'purpose',
    gate: /用于|以便|目的|用途|功能|权限|为了|为实现|为向|为保障|为确保|为便于|为满足|为提升|为改善|为使|为帮助|出于|用途|场景|以实现|以完成|以提供|以保障|以确保|以验证|以识别|以帮助/,
    patterns: [
      { name: 'collected-for', re: new RegExp(`${V}[^。；]{0,40}?(?:用于|以便|(?<![得可难所足加予])以(?:实现|完成|提供|保障|确保|验证|识别|帮助|向您)|目的(?:是|为|在于)|是为了|为了)`), affirm: true },
      {
        name: 'in-order-to-collect',
        re: new RegExp(`(?:为了|为实现|为向您|为保障|为确保|为便于|为满足|为提升|为改善|为使|为帮助|出于)[^。；]{1,40}?${V}`),
        and: /信息|数据|权限|资料|号码|位置|设备|照片|相册|摄像头|麦克风|通讯录/,
      },
      // "权限功能说明" describes what a permission reaches (data), not why it is used
      { name: 'purpose-field', re: /(?:目的|用途|场景|业务功能|功能描述|(?<!权限)功能|使用范围)\s*[：:]\s*\S/ },
      // "…信息，以便/用于…" when the verb of collection is not one of the usual ones (统计、分析加工…)
      { name: 'data-for', re: /(?:信息|数据|权限)[^。；]{0,40}?(?:用于|以便|以(?:实现|完成|提供|保障|确保|验证|识别|帮助|向您|为您)|是为了|为了)/, affirm: true },
      // a purpose cell of an SDK table: a short function phrase, not the SDK's name, company or data
      {
        name: 'sdk-purpose-cell',
        sdkRegion: true,
        re: /^(?:功能[：:]|目的[：:]|用于|提供|提升|实现|支持|帮助|为了|便于|方便|进行|完成|保障|防止|识别|统计|推送|分析|发送|对|向|接收|计算|监测|检测|加固|优化|消息推送|数据(?:统计|分析|埋点|采集)|在线|广告(?:投放|展示)|一键|分享|支付|登录|定位|地图|导航|安全|崩溃|性能|推荐|验证|认证|实名|第三方(?:登录|支付|分享))/,
        test: (c) => c.text.length <= 40 && piTypesIn(c.text).length < 2,
        unless: /SDK|有限公司|https?:|www\.|我们|您|你|[，。；]/i,
      },
      { name: 'purpose-limit', re: /仅(?:限)?用于|只(?:会)?用于|不会?用于(?:其他|任何其他|与[^。；]{0,10}无关)|用于[^。；]{0,15}(?:其他|其它)(?:用途|目的)/ },
      // numbered items of a "how we use your information" section are purposes
      { name: 'use-section-item', re: /^[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[a-zA-Z])[)）.、．]/, section: /(?:^|\/ )[^/]*使用[^/]*$/, unless: /^[^。；]{0,6}(?:如果|若)/ },
      // a permission's description names what it is for: 相机权限：拍摄… / 用于…
      { name: 'permission-use', re: /权限\s*[：:（(][^。；]{0,20}?(?:用于|以便|为了|实现|拍摄|扫码|上传|发送|分享|定位)/, unless: /功能说明/ },
    ],
  },
  {
    item: 'data-types',
    gate: PI_ANY,
    patterns: [
      { name: 'collect-types', re: new RegExp(`(?:${V.slice(3, -1)}|共享|传输|披露|存储|保存)[^。；]{0,30}?(?:${PI_ANY.source})`, 'i'), affirm: true },
      // three kinds named in a list, unless they are named as what is not collected or shared
      { name: 'type-list', test: (c) => piTypesIn(c.text).length >= 3 && !/不(?:会)?(?:收集|共享|提供|获取|出售|披露|上传)/.test(c.text) },
      // a data cell of an SDK table names PI and nothing else
      { name: 'sdk-data-cell', sdkRegion: true, test: (c) => c.text.length <= 200 && piTypesIn(c.text).length >= 1, unless: /有限公司|https?:|www\./i },
      { name: 'type-field', re: /(?:收集|获取|采集|使用|共享)(?:的)?(?:个人)?信息(?:类型|字段|范围|内容)?\s*[：:]|(?:个人)?信息(?:类型|字段|种类)\s*[：:]|数据类型\s*[：:]|信息获取\s*[：:]/ },
    ],
  },
  {
    item: 'processing-method',
    gate: /自动|方式|途径|手段|Cookie|cookie|Beacon|像素|同类技术|本地|服务器|云端|后台|主动|间接|决策|形式|技术|第三方|弹窗|弹框|提示框|暂时|临时|非人工|权限|授权|登录|运营商/i,
    patterns: [
      { name: 'automatic', re: /自动(?:收集|获取|采集|记录|接收|读取|上传|化决策|化处理|化分析|化方式|生成)/ },
      { name: 'collection-means', re: /(?:收集|获取|采集|处理)(?:的)?(?:方式|途径|手段|渠道|方法)|(?:通过|以|采用|借助)[^。；]{0,20}?(?:的)?(?:方式|形式|技术|手段)[^。；]{0,6}?(?:收集|获取|采集|记录)/ },
      {
        name: 'cookies',
        // a statement that cookies are used to obtain or keep data, not a mention of them
        re: /(?:使用|通过|利用|借助|放置|采用|运用|存储|存放|发送|设置|写入)[^。；]{0,12}?(?:Cookie|Web\s?Beacon|网络信标|像素标签|同类技术|本地存储|Local\s?Storage)|(?:Cookie|Beacon|信标|像素标签|同类技术|本地存储)[^。；]{0,20}?(?:收集|记录|识别|存储|保存|跟踪|追踪|获取|自动)/i,
        affirm: true,
        // managing, refusing or deleting cookies is how to withdraw consent, not how data is processed; questions are headings
        unless: /拒绝|清除|删除|阻止|管理|停用|禁用|修改[^。；]{0,6}设置|浏览器(?:的)?设置|不希望|如何控制|接受或|[？?]|Cookie政策|用于本政策所述目的之外/i,
      },
      { name: 'tracking', re: /跟踪|追踪|标识符|匿名标示符|标识/, topic: ['cookies'], unless: /拒绝|清除|删除|阻止|管理|停用|禁用|设置/ },
      {
        name: 'local-or-server',
        re: /(?:本地|设备端|终端|设备上)(?:进行|完成|处理|存储|运行|计算|识别|比对|加密)|上传(?:至|到)(?:我们的)?(?:服务器|云端|后台)|(?:服务器|云端|后台)(?:进行|完成)?(?:处理|比对|计算|识别|分析)/,
      },
      { name: 'third-party-login', re: /一键登录|本机号码(?:一键)?(?:登录|认证)|第三方(?:账号|帐号|平台)(?:授权)?登录|(?:微信|QQ|微博|支付宝|Apple|华为)(?:账号|帐号)?(?:授权)?登录|运营商(?:网关)?(?:认证|验证|提供)/i },
      { name: 'by-permission', re: /(?:申请|获取|调用|开启|请求|使用)[^。；]{0,12}?(?:权限|授权)/, and: /信息|数据|照片|位置|相机|摄像头|麦克风|通讯录|存储|相册|电话|设备/ },
      { name: 'automated-decision', re: /自动化决策|自动决策|非人工|暂时(?:存储|保存)|风控|风险(?:识别|评估|控制|画像)|反欺诈|欺诈(?:检测|识别)|实时(?:处理|分析|计算)|临时(?:存储|缓存|保存)/ },
      { name: 'active-or-indirect', re: /(?:您|你|用户)主动(?:提供|填写|输入|上传|授权)|(?:间接|从第三方|自第三方)(?:获取|收集|获得)|(?:第三方|合作方)[^。；]{0,10}(?:共享|提供)给我们|从第三方[^。；]{0,10}(?:获取|获得|收集)|(?:获得|获取)[^。；]{0,15}(?:在|通过)第三方(?:平台|账号|帐号)/ },
      { name: 'popup-consent', re: /(?:弹窗|弹框|提示框)[^。；]{0,10}(?:方式)?[^。；]{0,10}(?:征得|征求|询问|提示|告知)/ },
    ],
  },
  {
    item: 'retention',
    gate: /保存|存储|保留|留存|储存|期限|目的所|删除|匿名化|销毁/,
    patterns: [
      { name: 'period-word', re: /(?:保存|存储|保留|留存|储存)(?:的)?(?:期限|期间|时间|时长|周期)/ },
      { name: 'kept-for', re: /(?:保存|存储|保留|留存|储存)[^。；]{0,30}?(?:\d+|[一二三四五六七八九十两半]+)\s*(?:个)?\s*(?:年|月|日|天|周|小时)/, unless: /工作日内/ },
      { name: 'necessary-time', re: /目的所(?:必需|必要|需|必须)的(?:最短)?(?:时间|期限|期间)|最短(?:的)?(?:时间|期限|期间)|(?:期限|期间|时间)内[^。；]{0,10}?(?:保留|保存|存储|留存)/ },
      { name: 'after-expiry', re: /(?:超出|超过|届满|期满)[^。；]{0,20}?(?:期限|期间|时间)[^。；]{0,30}?(?:删除|匿名化|销毁)/ },
      { name: 'end-of-service', re: /(?:注销|停止运营|终止(?:服务|运营)|停止(?:提供)?服务)[^。；]{0,40}?(?:删除|匿名化|销毁|清空|清除)/ },
      { name: 'backup-deletion', re: /备份[^。；]{0,30}?(?:删除|清除)|(?:删除|清除)[^。；]{0,30}?备份/ },
      { name: 'cleared', re: /(?:将|会)(?:被)?(?:删除或匿名化|清空|全部清除|被清除|永久删除)|(?:删除|清除)或匿名化处理/, topic: ['rights', 'retention', 'security'] },
      { name: 'temporary', re: /(?:暂时|临时)(?:存储|保存|缓存)|(?:时限|期限)内[^。；]{0,10}?(?:保护和)?(?:存储|保存)/ },
      // list items of a storage-period section: the cases of longer retention
      { name: 'retention-section', topic: ['retention'], re: /保存|存储|保留|留存|删除|匿名|期限|法律|法规|要求|必要|必需|争议|诉讼|审计|判决|裁定|监管|安全/, unless: /境外|跨境|出境|境内/ },
      { name: 'law-period', re: /法律法规(?:另有)?(?:规定|要求)(?:的)?(?:保存|存储|留存)?(?:期限|时间|期间)/ },
      { name: 'not-stored', re: /不(?:会)?(?:存储|保存|保留|留存|储存)/ },
      { name: 'until-deleted', re: /直至您?(?:主动)?删除|直到您?(?:主动)?删除|在您(?:主动)?删除(?:之前|前)|只要您?(?:不|没有|未)(?:主动)?删除/ },
    ],
  },
];
