// G26-FIN: the 2026 campaign's finance items (seed 004 金融领域): no contacts, SMS, call logs, location, device
// info or app list "for risk control"; partner sharing told and consented; face not the only way; PI management.
import type { Rule } from '../rule.js';
import { t } from '../helpers.js';
import { faceOnlyCheck, managementCheck, permissionCheck, sectorScope, thirdPartyChecks } from './common.js';

const rule: Rule = {
  id: 'G26-FIN',
  chapter: 'G26',
  title: t('金融领域个人信息收集使用', 'Finance: collection and use of personal information'),
  requirement: t(
    '银行、保险、证券、征信、支付机构及互联网助贷平台：不得以安全风控、贷款服务等名义收集通讯录、短信、通话记录、位置、设备信息、应用列表等非必要个人信息或调用麦克风、存储权限；向合作机构提供须告知并取得同意；人脸识别不得作为唯一验证方式；建立个人信息保护管理制度。',
    'Banks, insurers, brokers, credit bureaus, payment firms and loan-facilitation platforms: no contacts, SMS, call logs, location, device information or app lists "for risk control" or "loan services", no microphone or storage without need; provision to partners told and consented; face not the only way to verify; a PI management system.',
  ),
  source: ['seed 004 金融领域', 'PIPL Art.6, Art.23', 'Measures Art.10'],
  decidedBy: ['A', 'P', 'Q'],
  scope: 'scenario',
  applies: sectorScope((s) => s.sector === 'finance' || s.setting === 'financial-institution', '金融领域（银行、保险、证券、支付、助贷）', 'finance (banks, insurers, brokers, payment, lending)'),
  inputs: {
    artifacts: ['app', 'policy', 'page'],
    facts: ['scenario.sector', 'scenario.alternatives'],
    questions: ['Q-G26FIN-PERMISSION-SCENE', 'Q-G26FIN-PARTNER-SHARING', 'Q-G26-PI-SYSTEM'],
    evidence: ['consent-record', 'third-party-list', 'pi-management-policy'],
  },
  evaluate(ctx) {
    return [
      permissionCheck(ctx, {
        checkId: 'G26-FIN.permissions',
        // Named in seed 004 as collected "以安全风控、贷款服务等名义": no finance feature needs them.
        never: ['contacts', 'sms', 'call-log', 'app-list', 'precise-location'],
        sceneOnly: ['location', 'microphone', 'storage', 'phone'],
        question: 'Q-G26FIN-PERMISSION-SCENE',
        sector: t('金融', 'finance'),
        remediation: t(
          '删除通讯录、短信、通话记录、应用列表、精确位置等权限，不以风控、授信为由收集；粗略位置、麦克风、存储、设备信息只在确需的功能中使用时申请。',
          'Remove contacts, SMS, call log, app list and precise location permissions and do not collect them for risk control or credit; ask for coarse location, microphone, storage or device information only in a feature that truly needs it.',
        ),
      }),
      ...thirdPartyChecks(ctx, 'G26-FIN', 'Q-G26FIN-PARTNER-SHARING', t('合作的金融机构、助贷或担保机构等第三方', 'partner lenders, guarantors and other third parties')),
      faceOnlyCheck(ctx, 'G26-FIN.face-only', t('用户', 'users')),
      managementCheck(ctx, 'G26-FIN.management'),
    ];
  },
};
export default rule;
