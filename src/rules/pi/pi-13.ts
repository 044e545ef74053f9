import type { Rule } from '../rule.js';
import type { Scenario } from '../../subject/schema.js';
import { factEvidence, needFact, signals, t } from '../helpers.js';
import { observedPractice } from './util.js';

type Required = NonNullable<Scenario['requiredForService']>[number];

// 表 B.1: order and payment information are necessary; phone number, location and mini-program account are not.
const PARTS: { key: string; question: string; forced: Required[]; zh: string; en: string; remZh: string; remEn: string }[] = [
  {
    key: 'phone',
    question: 'Q-PI13-PHONE-OPTIONAL',
    forced: ['phone', 'membership'],
    zh: '手机号（会员注册、核验身份）',
    en: 'phone number (membership, identity check)',
    remZh: '点餐、结账不强制填写手机号或注册会员；会员功能由用户自愿选择。',
    remEn: 'Do not require a phone number or membership to order and pay; membership stays optional.',
  },
  {
    key: 'location',
    question: 'Q-PI13-LOCATION-OPTIONAL',
    forced: ['location'],
    zh: '位置信息（识别所处店面）',
    en: 'location (to identify the shop)',
    remZh: '以桌码、店码识别门店，不强制获取位置信息。',
    remEn: 'Identify the shop from the table or shop code; do not require location.',
  },
  {
    key: 'account',
    question: 'Q-PI13-ACCOUNT-OPTIONAL',
    forced: ['account', 'wechat-binding'],
    zh: '小程序账号信息（昵称、头像）',
    en: 'mini-program account information (nickname, avatar)',
    remZh: '点餐不强制登录或授权昵称、头像等账号信息。',
    remEn: 'Do not require login or nickname/avatar authorisation to order.',
  },
];

const rule: Rule = {
  id: 'PI-13',
  chapter: 'PI',
  title: t('扫码点餐仅收集必要个人信息', 'Scan-to-order collects only what is necessary'),
  requirement: t(
    '扫码点餐服务必要个人信息仅为订单信息和支付信息；手机号、位置信息、小程序账号信息不是必要信息，不得强制收集。',
    'For scan-to-order, only order and payment information are necessary; phone number, location and mini-program account information are not and may not be forced.',
  ),
  source: ['seed 001 表 B.1', '网络安全标准实践指南——扫码点餐个人信息保护要求（征求意见稿）'],
  decidedBy: ['W', 'Q'],
  scope: 'scenario',
  applies: {
    when: (s) => s.scanToOrder === true,
    whenText: t('仅适用于扫码点餐场景。', 'Applies to scan-to-order only.'),
  },
  inputs: { facts: ['scenario.requiredForService', 'scenario.scanToOrder'], questions: PARTS.map((p) => p.question) },
  evaluate(ctx) {
    const s = ctx.scenario!;
    return PARTS.map((p) => {
      const obs = signals();
      if (s.requiredForService) {
        const hit = s.requiredForService.some((r) => p.forced.includes(r));
        (hit ? obs.bad : obs.good).push(factEvidence('scenario.requiredForService', s.requiredForService));
      } else obs.missing.push(...needFact('scenario.requiredForService'));
      return observedPractice(
        ctx,
        { checkId: `PI-13.${p.key}`, question: p.question, practice: t(`不强制收集${p.zh}`, `${p.en} is not forced`), remediation: t(p.remZh, p.remEn) },
        obs,
        { fail: t(`扫码点餐强制收集非必要的${p.zh}。`, `Scan-to-order forces non-necessary ${p.en}.`), pass: t(`扫码点餐不强制收集${p.zh}。`, `Scan-to-order does not force ${p.en}.`) },
      );
    });
  },
};
export default rule;
