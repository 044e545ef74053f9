// G26-ADS: the 2026 campaign's internet advertising items (seed 004 互联网广告领域): over-collection, ads and
// profiling use and third-party provision in the rules, rights channels, a working opt-out for personalised
// ads, and internal access control and provision rules. PI-17 covers the opt-out for every app as well.
import type { Rule } from '../rule.js';
import { policyDisclosure, practice, t } from '../helpers.js';
import { permissionCheck, sectorScope } from './common.js';

const rule: Rule = {
  id: 'G26-ADS',
  chapter: 'G26',
  title: t('互联网广告领域个人信息收集使用', 'Internet advertising: collection and use of personal information'),
  requirement: t(
    '广告中介平台、媒体端：不超范围收集；处理规则写明用于广告、用户画像，列明向第三方提供的种类、目的、方式和接收方；提供更正、删除、拒绝的便捷渠道；个性化推荐可便捷关闭，关闭后停止收集，可删除个人特征标签；内部访问控制和对外提供制度健全。',
    'Ad networks and media: no over-collection; the rules say information is used for ads and profiling and list what goes to which third parties, why and how; convenient channels to correct, delete and refuse; personalised recommendation easy to switch off, collection for it stops afterwards, tags can be deleted; internal access control and provision rules in place.',
  ),
  source: ['seed 004 互联网广告领域', 'PIPL Art.24'],
  decidedBy: ['P', 'A', 'Q'],
  scope: 'scenario',
  applies: sectorScope((s) => s.sector === 'advertising', '互联网广告领域', 'internet advertising'),
  inputs: {
    artifacts: ['app', 'policy'],
    facts: ['scenario.sector'],
    questions: ['Q-G26ADS-PERMISSION-SCENE', 'Q-G26ADS-OPT-OUT', 'Q-G26ADS-ACCESS-CONTROL', 'Q-G26ADS-PROVISION-RULES'],
    evidence: ['pi-management-policy', 'audit-log', 'third-party-list'],
  },
  evaluate(ctx) {
    return [
      permissionCheck(ctx, {
        checkId: 'G26-ADS.permissions',
        never: ['contacts', 'sms', 'call-log', 'app-list'],
        sceneOnly: ['location', 'phone'],
        question: 'Q-G26ADS-PERMISSION-SCENE',
        sector: t('广告', 'advertising'),
        remediation: t(
          '删除通讯录、短信、通话记录、应用列表等与广告展示无关的权限；位置、设备信息仅在用户开启的功能需要时申请。',
          'Remove contacts, SMS, call log and app list permissions, which showing ads does not need; ask for location or device information only when a feature the user turned on needs it.',
        ),
      }),
      policyDisclosure(ctx, {
        checkId: 'G26-ADS.disclosure',
        items: ['personalization', 'third-party-sharing'],
        what: t('个人信息用于广告、用户画像，以及向第三方提供的种类、目的、方式和接收方', 'use for ads and profiling, and what is provided to which third parties, why and how'),
        remediation: t(
          '在个人信息处理规则中写明个人信息用于广告投放、用户画像，并列明向第三方提供的个人信息种类、目的、方式及接收方名称、联系方式。',
          'State in the processing rules that personal information is used for ad delivery and profiling, and list the kinds, purposes and methods of provision to third parties with each recipient\'s name and contact.',
        ),
      }),
      policyDisclosure(ctx, {
        checkId: 'G26-ADS.rights-channel',
        items: ['rights'],
        what: t('更正、删除、拒绝处理个人信息的渠道', 'channels to correct, delete and refuse processing'),
        remediation: t('提供便捷的更正、删除、拒绝处理个人信息的渠道，并在处理规则中写明路径。', 'Provide convenient channels to correct, delete and refuse processing, and describe the path in the rules.'),
      }),
      practice(ctx, {
        checkId: 'G26-ADS.opt-out',
        question: 'Q-G26ADS-OPT-OUT',
        practice: t('个性化推荐可便捷关闭，关闭后停止相关收集，并可删除个人特征标签', 'personalised recommendation can be switched off easily, collection for it stops afterwards, and personal tags can be deleted'),
        remediation: t(
          '设置易于理解、便于访问和操作的个性化推荐关闭选项，关闭后停止为此收集个人信息，并提供删除个人特征标签的功能。',
          'Offer an easy-to-understand, easy-to-reach switch to turn personalised recommendation off, stop collecting for it once off, and let people delete their personal tags.',
        ),
      }),
      practice(ctx, {
        checkId: 'G26-ADS.access-control',
        question: 'Q-G26ADS-ACCESS-CONTROL',
        evidence: ['pi-management-policy', 'audit-log'],
        practice: t('已建立个人信息内部访问控制制度并落实技术防护措施', 'internal access control rules for personal information exist and technical safeguards are in place'),
        remediation: t(
          '建立个人信息内部安全管理和访问控制制度，按最小必要授权，记录并审计查询、导出操作。',
          'Set internal security management and access control rules for personal information, grant least privilege, and log and audit lookups and exports.',
        ),
      }),
      practice(ctx, {
        checkId: 'G26-ADS.provision-rules',
        question: 'Q-G26ADS-PROVISION-RULES',
        evidence: ['pi-management-policy', 'third-party-list'],
        practice: t('已建立个人信息对外提供制度（审批、协议、台账）', 'rules for providing personal information to others exist (approval, agreements, a ledger)'),
        remediation: t(
          '建立个人信息对外提供的审批、合同约束和台账制度，提供前开展个人信息保护影响评估。',
          'Set approval, contract and ledger rules for providing personal information to others, with an impact assessment before each provision.',
        ),
      }),
    ];
  },
};
export default rule;
