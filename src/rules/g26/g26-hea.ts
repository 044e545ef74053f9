// G26-HEA: the 2026 campaign's health items (seed 004 卫生健康领域): over-collection, identity check before
// showing records, no publishing patient material, face not the only way, access rights and encryption,
// third-party operations staff, a PI management system.
import type { Rule, RuleContext, FindingDraft } from '../rule.js';
import { factEvidence, fromInspection, practice, t } from '../helpers.js';
import { faceOnlyCheck, managementCheck, permissionCheck, sectorScope } from './common.js';

const securityFix = t(
  '为内部信息系统设置最小必要的访问权限，对病历等个人信息加密存储、去标识化展示，并记录访问日志。',
  'Give internal systems least-privilege access rights, encrypt medical records and other personal information at rest, show them de-identified, and log access.',
);

function securityCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'G26-HEA.access-encryption';
  const inspected = fromInspection(ctx, checkId, securityFix);
  if (inspected) return inspected;
  if (ctx.scenario?.encryptedAtRest === false) {
    return {
      checkId,
      verdict: 'fail',
      message: t('个人信息未加密存储。', 'Personal information is not encrypted at rest.'),
      evidence: [factEvidence('scenario.encryptedAtRest', false)],
      remediation: securityFix,
    };
  }
  return practice(ctx, {
    checkId,
    question: 'Q-G26HEA-ACCESS-ENCRYPTION',
    evidence: ['encryption-policy', 'security-plan'],
    practice: t('已设置个人信息访问权限并采取加密、去标识化措施', 'access rights are set and personal information is encrypted and de-identified'),
    remediation: securityFix,
  });
}

const rule: Rule = {
  id: 'G26-HEA',
  chapter: 'G26',
  title: t('卫生健康领域个人信息收集使用', 'Health: collection and use of personal information'),
  requirement: t(
    '医院、卫生服务中心、诊所、疾控中心：不得超范围收集位置等个人信息；查询病历前有效核验身份；未经同意不得公开含患者个人信息的影像、文字；人脸识别不得作为验证患者身份的唯一方式；设置访问权限并采取加密、去标识化措施；管理好技术运维等第三方人员；建立个人信息保护管理制度。',
    'Hospitals, health centres, clinics and CDCs: no over-collection such as location; effective identity checks before records are shown; no publishing patient images or descriptions without consent; face not the only way to verify patients; access rights plus encryption and de-identification; third-party operations staff managed; a PI management system.',
  ),
  source: ['seed 004 卫生健康领域', 'PIPL Art.28, Art.51', 'Measures Art.10'],
  decidedBy: ['A', 'W', 'Q', 'E'],
  scope: 'scenario',
  applies: sectorScope((s) => s.sector === 'health' || s.setting === 'hospital', '卫生健康领域（医院、诊所、疾控等）', 'health (hospitals, clinics, CDCs)'),
  inputs: {
    artifacts: ['app', 'page'],
    facts: ['scenario.sector', 'scenario.alternatives', 'scenario.encryptedAtRest'],
    questions: [
      'Q-G26HEA-PERMISSION-SCENE',
      'Q-G26HEA-RECORD-ACCESS',
      'Q-G26HEA-NO-PUBLICATION',
      'Q-G26HEA-ACCESS-ENCRYPTION',
      'Q-G26HEA-VENDOR-STAFF',
      'Q-G26-PI-SYSTEM',
    ],
    evidence: ['encryption-policy', 'security-plan', 'entrustment-statement', 'pi-management-policy'],
  },
  evaluate(ctx) {
    return [
      permissionCheck(ctx, {
        checkId: 'G26-HEA.permissions',
        never: ['contacts', 'sms', 'call-log', 'app-list'],
        sceneOnly: ['location'],
        question: 'Q-G26HEA-PERMISSION-SCENE',
        sector: t('医疗卫生', 'health'),
        remediation: t(
          '删除与就医服务无关的权限；位置权限仅在导航到院、附近医院等功能中使用时申请。',
          'Remove permissions unrelated to medical services; ask for location only in features such as directions to the hospital or nearby clinics.',
        ),
      }),
      practice(ctx, {
        checkId: 'G26-HEA.record-access',
        question: 'Q-G26HEA-RECORD-ACCESS',
        practice: t('查询病历、检查报告前有效核验用户身份，无关人员无法查询他人病历', 'users are verified effectively before records or reports are shown, so no one can look up another person\'s records'),
        remediation: t(
          '查询病历、报告前采用与风险相称的身份核验（如实名账号加短信验证码、就诊卡加密码），不得仅凭姓名、手机号或就诊号即可查询。',
          'Verify identity in proportion to the risk before showing records (real-name account plus SMS code, patient card plus password); never on a name, phone number or visit number alone.',
        ),
      }),
      practice(ctx, {
        checkId: 'G26-HEA.publication',
        question: 'Q-G26HEA-NO-PUBLICATION',
        practice: t('未经患者同意不公开包含患者个人信息的影像图片、文字描述', 'no images or descriptions containing patients\' personal information are published without their consent'),
        remediation: t(
          '公开病例、影像用于宣传或教学前取得患者单独同意，或彻底去除可识别信息。',
          'Get the patient\'s separate consent, or remove everything identifying, before publishing cases or images for publicity or teaching.',
        ),
      }),
      faceOnlyCheck(ctx, 'G26-HEA.face-only', t('患者', 'patients')),
      securityCheck(ctx),
      practice(ctx, {
        checkId: 'G26-HEA.vendor-staff',
        question: 'Q-G26HEA-VENDOR-STAFF',
        evidence: ['entrustment-statement'],
        practice: t('对技术运维等第三方人员签订保密协议、限定访问权限并记录操作', 'third-party operations staff sign confidentiality agreements, get limited access and have their operations logged'),
        remediation: t(
          '与技术运维等第三方签订数据安全和保密协议，按最小必要授予临时访问权限，操作全程留痕并定期审计。',
          'Sign data security and confidentiality agreements with operations vendors, grant them temporary least-privilege access, log everything they do and audit it regularly.',
        ),
      }),
      managementCheck(ctx, 'G26-HEA.management'),
    ];
  },
};
export default rule;
