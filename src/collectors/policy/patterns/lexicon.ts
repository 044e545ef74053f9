// Word lists shared by the item patterns and the fact extractors.
import { isWordAlternation, SENTENCE_LITERALS } from '../literals.js';

/** Face information and face recognition. Bare 面部 only when no character before it makes another word (全面部署, 前面部分). */
export const FACE =
  /人脸|刷脸|扫脸|(?<![全前后表局外里上下方对片层正])面部|脸部|面容|Face\s?ID|活体(?:检测|识别|认证|验证|核验)|人像(?:比对|识别|采集|对比|核验)|实人认证|人证(?:比对|核验|合一)/i;

/** Personal information types: canonical name → pattern. Order matters only for the reported list. */
export const PI_TYPES: [string, RegExp][] = [
  ['姓名', /真实姓名|姓名/],
  ['昵称', /昵称/],
  ['头像', /头像/],
  ['性别', /性别/],
  ['出生日期', /生日|出生日期|出生年月|年龄/],
  ['手机号码', /手机号|电话号码|手机号码|联系电话/],
  ['电子邮箱', /电子邮(?:件|箱)(?:地址)?|邮箱(?:地址)?/],
  ['身份证件信息', /身份证|证件号码|证件信息|护照|身份证件/],
  ['银行卡信息', /银行卡|银行账户|银行账号|卡号/],
  ['账号密码', /密码|口令/],
  ['地址', /收货地址|通讯地址|家庭住址|住址|联系地址/],
  ['位置信息', /位置信息|地理位置|定位|GPS|经纬度|行踪轨迹/i],
  ['设备信息', /设备信息|设备型号|设备标识|硬件型号|设备名称|设备品牌|操作系统|系统版本|屏幕分辨率/],
  ['设备标识符', /IMEI|IMSI|MEID|Android\s?ID|IDFA|IDFV|OAID|UUID|UDID|GUID|ICCID|序列号|唯一设备识别码|设备识别码/i],
  ['MAC地址', /MAC\s?地址|MAC/i],
  ['IP地址', /IP\s?地址/i],
  ['网络信息', /网络类型|网络状态|运营商|WLAN|Wi-?Fi|BSSID|SSID|基站/i],
  ['通讯录', /通讯录|联系人/],
  ['短信', /短信(?:内容|记录)?/],
  ['通话记录', /通话记录/],
  ['相册', /相册|照片|图片/],
  ['音视频', /视频|音频|录音|语音/],
  ['日志信息', /日志/],
  ['浏览与搜索记录', /浏览记录|搜索记录|点击记录|浏览历史|搜索历史|使用记录|访问记录/],
  ['交易记录', /交易记录|交易信息|订单信息|订单记录|支付信息|消费记录|支付记录/],
  ['财产信息', /财产信息|收入|资产|征信|信用信息|存款/],
  ['健康信息', /健康|病历|病史|医疗|体检|诊疗|药物/],
  ['生物识别信息', /指纹|声纹|虹膜|掌纹|生物识别/],
  ['人脸信息', FACE],
  ['职业教育信息', /职业|学历|教育经历|工作单位|工作经历/],
  ['应用列表', /应用列表|软件列表|安装列表|已安装(?:应用|软件)|应用安装列表/],
  ['剪切板', /剪切板|剪贴板/],
  ['传感器信息', /传感器|加速度|陀螺仪/],
  ['车辆信息', /车牌|车辆信息|行驶证|驾驶证/],
];

/** Any personal information type, for "does this sentence name data". */
export const PI_ANY = new RegExp(PI_TYPES.map(([, re]) => re.source).join('|'), 'i');

const PI_SETS = PI_TYPES.map(([, re]) => SENTENCE_LITERALS.add(re));
/** Types whose regex is a plain word alternation: the scan alone decides them. */
const PI_WORDS = PI_TYPES.map(([, re], i) => PI_SETS[i]! >= 0 && isWordAlternation(re));
const NONE: readonly string[] = Object.freeze([]);
/** The words of any PI type: a sentence with none of them skips the per-type checks. */
const PI_ANY_SET = SENTENCE_LITERALS.add(PI_ANY);

/** Distinct PI types named in a sentence. */
export function piTypesIn(text: string): readonly string[] {
  SENTENCE_LITERALS.scan(text);
  return piTypesScanned(text);
}

/** `piTypesIn` for the text `SENTENCE_LITERALS` scanned last (the analyzer's loop has scanned each sentence). */
export function piTypesScanned(text: string): readonly string[] {
  if (!SENTENCE_LITERALS.has(PI_ANY_SET)) return NONE;
  let out: string[] | undefined;
  // a type whose words are all absent is not run (literals.ts)
  for (let i = 0; i < PI_TYPES.length; i++) {
    if (!SENTENCE_LITERALS.has(PI_SETS[i]!)) continue;
    const [name, re] = PI_TYPES[i]!;
    if (PI_WORDS[i] || re.test(text)) (out ??= []).push(name);
  }
  return out ?? NONE;
}

/** Verbs of collection and use. */
export const COLLECT = '(?:收集|获取|采集|读取|记录|调用|访问|使用|提供|填写|上传|需要|申请|处理|获得|识别|接收)';
