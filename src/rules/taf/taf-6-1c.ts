import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, needArtifact, policyDisclosure, t } from '../helpers.js';
import { appScope, itemQuote, joinText, policyFaceFact } from './common.js';

const purposeFix = t(
  '在隐私政策中写明收集、使用人脸信息的目的、方式、类型、范围和授权存储期限。',
  'State in the privacy policy why and how face information is collected and used, what is collected, its scope and the authorised storage period.',
);
const modeFix = t(
  '在隐私政策中说明人脸信息的处理方式：仅在本机处理，或上传服务器进行远程核验。',
  'Say in the privacy policy how face information is processed: on the device only, or sent to a server for remote verification.',
);
const contactFix = t(
  '在隐私政策中写明控制者的组织机构信息（名称）和联系方式（电话、邮箱、地址或在线表单）。',
  'Give the controller\'s organisation name and a contact (phone, email, address or online form) in the privacy policy.',
);
const rightsFix = t(
  '在隐私政策中说明用户查看、修改、删除人脸信息以及撤回授权同意的方式和路径。',
  'Explain in the privacy policy how users view, change and delete their face information and withdraw consent.',
);

const rule: Rule = {
  id: 'TAF-6.1c',
  chapter: 'TAF',
  title: t('收集前通过隐私政策告知人脸信息处理规则', 'The policy states the face processing rules before collection'),
  requirement: t(
    '收集人脸信息前应通过隐私协议等告知：(1) 目的、方式、类型、范围及授权存储时间；(2) 处理方式（如仅本地、远程核身）；(3) 控制者的组织机构信息和联系方式；(4) 查看、修改、删除人脸信息及撤回同意的方式。',
    'Before collection the policy states: (1) purpose, method, type, scope and authorised storage time; (2) processing mode (local only, remote verification…); (3) the controller\'s organisation and contact; (4) how to view, change, delete face information and withdraw consent.',
  ),
  source: ['TAF 6.1 c)', 'seed 003 §6.1'],
  decidedBy: ['P'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy'] },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.1c', joinText(purposeFix, modeFix, contactFix, rightsFix));
    if (whole) return [whole];
    return [
      policyDisclosure(ctx, {
        checkId: 'TAF-6.1c.purpose-method',
        items: ['face-purpose-method', 'face-retention'],
        what: t('人脸信息的目的、方式、范围和授权存储期限', 'purpose, method, scope and authorised storage period of face information'),
        remediation: purposeFix,
      }),
      processingMode(ctx),
      policyDisclosure(ctx, {
        checkId: 'TAF-6.1c.controller-contact',
        items: ['controller-identity', 'controller-contact'],
        what: t('控制者的组织机构信息和联系方式', 'the controller\'s organisation and contact'),
        remediation: contactFix,
      }),
      policyDisclosure(ctx, {
        checkId: 'TAF-6.1c.rights',
        items: ['rights', 'face-deletion', 'withdraw-consent'],
        what: t('查看、修改、删除人脸信息及撤回同意的方式', 'how to view, change, delete face information and withdraw consent'),
        remediation: rightsFix,
      }),
    ];
  },
};

/** (2) The policy says whether face info is processed locally or remotely (facts.face.processing). */
function processingMode(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.1c.processing-mode';
  const inspected = fromInspection(ctx, checkId, modeFix);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  if (!policies.length) {
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('未提供隐私政策文本，无法判断是否说明人脸信息处理方式。', 'No privacy policy supplied to see whether it states how face information is processed.'),
      missing: needArtifact('policy'),
    };
  }
  const stating = policies.filter((p) => p.facts.face.processing !== undefined);
  if (stating.length) {
    const q = itemQuote(stating, 'face-purpose-method');
    return {
      checkId,
      verdict: 'pass',
      message: t('隐私政策说明了人脸信息的处理方式（本地或远程）。', 'The policy says whether face information is processed locally or remotely.'),
      evidence: [...stating.map((p) => policyFaceFact(p, 'processing')), ...(q ? [q] : [])],
    };
  }
  return {
    checkId,
    verdict: 'fail',
    message: t('隐私政策未说明人脸信息在本地处理还是上传服务器处理。', 'The policy does not say whether face information is processed on the device or on a server.'),
    evidence: policies.map((p) => ({ kind: 'quote' as const, text: 'no statement of local or remote face processing', location: p.source })),
    remediation: modeFix,
    missing: ['policy-item:face-purpose-method'],
  };
}
export default rule;
