// Chinese-first labels for the subject's coded values, as they appear on the filing forms.
// Typed as Records over the schema's lists so that a value added to the schema fails to compile here.
import type { Text } from '../core/types.js';
import type { ALTERNATIVES, SCENARIO_TYPES, SECTORS, SETTINGS, STORAGE } from '../subject/schema.js';

const t = (zh: string, en: string): Text => ({ zh, en });

export const SCENARIO_TYPE_LABELS: Record<(typeof SCENARIO_TYPES)[number], Text> = {
  experience: t('智能体验类', 'experience'),
  'local-verification': t('本地核身类', 'local verification'),
  'remote-verification': t('远程核身类', 'remote verification'),
  hybrid: t('本地与远程核身类', 'local and remote verification'),
};

/** How the comparison is made, by scenario type (TAF 5). */
export const COMPARISON_LABELS: Record<(typeof SCENARIO_TYPES)[number], Text> = {
  experience: t('不进行身份比对', 'no identity comparison'),
  'local-verification': t('本地比对（在设备上完成）', 'local comparison on the device'),
  'remote-verification': t('远程比对（在服务器完成）', 'remote comparison on a server'),
  hybrid: t('本地比对与远程比对', 'local and remote comparison'),
};

export const SETTING_LABELS: Record<(typeof SETTINGS)[number], Text> = {
  'mobile-app': t('移动应用（App）', 'mobile app'),
  'mini-program': t('小程序', 'mini-program'),
  h5: t('H5 网页', 'H5 page'),
  'offline-device': t('线下设备（门禁、考勤、闸机、支付终端等）', 'offline device (door, attendance, turnstile, payment terminal)'),
  'public-place': t('公共场所', 'public place'),
  'offline-venue': t('线下消费场所', 'offline consumption venue'),
  school: t('学校', 'school'),
  hospital: t('医院', 'hospital'),
  'financial-institution': t('金融机构', 'financial institution'),
};

export const SECTOR_LABELS: Record<(typeof SECTORS)[number], Text> = {
  education: t('教育', 'education'),
  transport: t('交通', 'transport'),
  health: t('医疗卫生', 'health'),
  finance: t('金融', 'finance'),
  advertising: t('广告营销', 'advertising'),
  retail: t('零售', 'retail'),
  catering: t('餐饮', 'catering'),
  property: t('物业', 'property management'),
  fitness: t('健身', 'fitness'),
  hospitality: t('住宿', 'hospitality'),
  automotive: t('汽车', 'automotive'),
  entertainment: t('文化娱乐', 'entertainment'),
  'public-security': t('公共安全', 'public security'),
  other: t('其他', 'other'),
};

export const STORAGE_LABELS: Record<(typeof STORAGE)[number], Text> = {
  device: t('设备本地', 'on the device'),
  'local-server': t('本单位服务器', "the processor's own servers"),
  cloud: t('云服务器', 'cloud servers'),
  'third-party': t('委托第三方存储', 'stored by an entrusted third party'),
};

export const ALTERNATIVE_LABELS: Record<(typeof ALTERNATIVES)[number], Text> = {
  card: t('刷卡', 'card'),
  password: t('密码', 'password'),
  'sms-code': t('短信验证码', 'SMS code'),
  'manual-check': t('人工核验', 'manual check'),
  nfc: t('NFC', 'NFC'),
  'qr-code': t('二维码', 'QR code'),
  'id-document': t('身份证件', 'identity document'),
  other: t('其他方式', 'other'),
  fingerprint: t('指纹', 'fingerprint'),
};
