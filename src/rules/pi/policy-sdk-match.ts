// Matching SDKs found in an app package with the rows of a policy's third-party SDK list (PI-10).
// Names differ in language and form ("Tencent TBS" vs "腾讯TBS SDK", "Umeng Analytics" vs "友盟统计SDK"),
// so both sides are reduced to a vendor key and a product core before comparing.
import type { AppSdk, PolicySdkRow, SdkCategory } from '../../core/artifacts.js';

/** Vendor aliases → one key. Chinese and English names, brands and main subsidiaries. */
const VENDORS: Record<string, string[]> = {
  tencent: ['tencent', '腾讯', 'qq', 'wechat', '微信'],
  alibaba: ['alibaba', 'aliyun', 'alipay', 'ali', '阿里巴巴', '阿里云', '阿里', '支付宝', '蚂蚁', 'antgroup', 'taobao', '淘宝'],
  baidu: ['baidu', '百度'],
  bytedance: ['bytedance', 'pangle', '字节跳动', '字节', '穿山甲', '巨量引擎', 'volcengine', '火山引擎'],
  huawei: ['huawei', 'hms', '华为'],
  xiaomi: ['xiaomi', 'mipush', '小米'],
  oppo: ['oppo', 'heytap'],
  vivo: ['vivo'],
  meizu: ['meizu', '魅族'],
  honor: ['honor', '荣耀'],
  umeng: ['umeng', '友盟'],
  getui: ['getui', '个推', '每日互动'],
  jiguang: ['jiguang', 'jpush', 'jverification', 'aurora', '极光'],
  amap: ['amap', 'autonavi', 'gaode', '高德'],
  megvii: ['megvii', 'faceplusplus', 'face++', '旷视'],
  sensetime: ['sensetime', '商汤'],
  iflytek: ['iflytek', '科大讯飞', '讯飞'],
  google: ['google', 'firebase', 'admob', 'mlkit', '谷歌'],
  facebook: ['facebook', 'meta'],
  sina: ['sina', 'weibo', '新浪', '微博'],
  mob: ['mob', 'sharesdk', 'mobtech', '袤博'],
  netease: ['netease', '网易'],
  kuaishou: ['kuaishou', '快手'],
  unionpay: ['unionpay', '银联'],
  shumei: ['shumei', '数美'],
  tongdun: ['tongdun', '同盾'],
  geetest: ['geetest', '极验'],
};

/** Words that say what kind of SDK it is, by category, used when vendors match but product names do not. */
const CATEGORY_WORDS: Record<SdkCategory, string[]> = {
  'face-recognition': ['人脸', '刷脸', 'face'],
  liveness: ['活体', '人脸', 'liveness', 'face'],
  'id-ocr': ['ocr', '证件识别', '身份证识别', '文字识别'],
  analytics: ['统计', '分析', 'analytics', '数据'],
  ads: ['广告', 'ad', 'ads', '推广', '联盟'],
  push: ['推送', 'push', '消息'],
  crash: ['崩溃', '异常', 'crash', 'bugly', 'apm', '性能'],
  payment: ['支付', 'pay'],
  map: ['地图', '定位', 'map', 'location', '导航'],
  social: ['分享', '登录', 'share', 'login', '社交'],
  'browser-kernel': ['浏览', 'x5', 'tbs', 'webview', '内核', '文件'],
  other: [],
};

/** Words that carry no product name: "SDK", "服务", "有限公司"… */
const GENERIC_ZH = /(北京|上海|天津|重庆|深圳|广州|杭州|南京|成都|武汉|西安|苏州|厦门|珠海|合肥|长沙)市?|软件开发工具包|开发工具包|工具包|服务|组件|插件|平台|模块|开放|安卓|版|及其关联公司|关联公司|有限责任公司|有限公司|股份|集团|科技|信息技术|网络技术|计算机系统|技术|公司/g;
const GENERIC_EN = /(^|[^a-z])(sdk|android|ios|for|inc|ltd|co|llc|limited|corporation|open|platform|service|services|library|lib)(?=[^a-z]|$)/g;

function clean(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[（(][^)）]*[)）]/g, ' ');
}

/** The vendor key found in a text, if any. */
export function vendorOf(text: string): string | undefined {
  const low = clean(text);
  for (const [key, aliases] of Object.entries(VENDORS)) {
    if (aliases.some((a) => (/^[a-z+]+$/.test(a) ? new RegExp(`(^|[^a-z])${a.replace('+', '\\+')}([^a-z]|$)`).test(low) : low.includes(a)))) return key;
  }
  return undefined;
}

/** The product core of a name: lower case, vendor aliases and generic words removed, only letters/digits/CJK. */
export function productCore(name: string): string {
  let s = clean(name);
  for (const aliases of Object.values(VENDORS)) {
    for (const a of [...aliases].sort((x, y) => y.length - x.length)) {
      s = /^[a-z+]+$/.test(a) ? s.replace(new RegExp(`(^|[^a-z])${a.replace('+', '\\+')}(?=[^a-z]|$)`, 'g'), '$1 ') : s.split(a).join(' ');
    }
  }
  return s.replace(GENERIC_EN, '$1 ').replace(GENERIC_ZH, ' ').replace(/[^a-z0-9\p{Script=Han}]+/gu, '');
}

export type SdkMatch =
  | { how: 'name'; row: PolicySdkRow }
  | { how: 'vendor-category'; row: PolicySdkRow }
  | { how: 'vendor'; row: PolicySdkRow };

/**
 * Finds the policy row that discloses an app SDK: same product name; else same vendor and a row describing
 * the same kind of SDK; else same vendor with a row that names only the vendor. A row of the same vendor
 * for another product (腾讯Bugly for 腾讯TBS) does not disclose it.
 */
export function matchSdk(sdk: AppSdk, rows: PolicySdkRow[]): SdkMatch | undefined {
  const core = productCore(sdk.name) || productCore(sdk.id.replace(/-/g, ' '));
  const vendor = vendorOf(sdk.vendor) ?? vendorOf(sdk.name) ?? vendorOf(sdk.id.replace(/-/g, ' '));
  for (const row of rows) {
    const rc = productCore(row.name);
    if (core.length >= 2 && rc.length >= 2 && (rc.includes(core) || core.includes(rc))) return { how: 'name', row };
  }
  if (!vendor) return undefined;
  const sameVendor = rows.filter((r) => (vendorOf(r.company ?? '') ?? vendorOf(r.name)) === vendor);
  // A face SDK is described by face words whatever its category (ML Kit face detection is 'other').
  const words = [...sdk.categories.flatMap((c) => CATEGORY_WORDS[c]), ...(sdk.face ? CATEGORY_WORDS['face-recognition'] : [])];
  for (const row of sameVendor) {
    const desc = clean(`${row.name} ${row.purpose ?? ''}`);
    if (words.some((w) => desc.includes(w))) return { how: 'vendor-category', row };
  }
  for (const row of sameVendor) {
    if (productCore(row.name) === '') return { how: 'vendor', row };
  }
  return undefined;
}

/** Does a free text (a policy sentence) name the SDK by its product name? */
export function textNamesSdk(text: string, sdk: AppSdk): boolean {
  const core = productCore(sdk.name);
  if (core.length < 3) return false;
  return productCore(text).includes(core);
}
