import type { Rule } from '../rule.js';
import { practice, t } from '../helpers.js';
import { VERIFICATION_TYPES, appScope } from './common.js';

const Q_IRREVERSIBLE = 'Q-TAF62C-IRREVERSIBLE';

const rule: Rule = {
  id: 'TAF-6.2c',
  chapter: 'TAF',
  title: t('人脸参考不可逆、可更新并加密存储', 'Face references irreversible, renewable and encrypted'),
  requirement: t(
    '存储人脸识别比对信息时，可通过密码技术、假名标识符等方式生成不可逆、可更新的人脸参考，并进行加密存储（标准用“可”，属推荐做法）。',
    'Stored comparison data may be turned into irreversible, renewable face references by cryptography or pseudonymous identifiers, and stored encrypted (the standard says "may": a recommended practice).',
  ),
  source: ['TAF 6.2 c)', 'seed 003 §6.2'],
  decidedBy: ['Q', 'E'],
  scope: 'scenario',
  applies: appScope(VERIFICATION_TYPES, t('仅适用于进行人脸比对的核身类场景。', 'Only scenarios that compare faces for identity verification.')),
  inputs: { questions: [Q_IRREVERSIBLE], evidence: ['encryption-policy', 'storage-architecture'] },
  manual: {
    method: ['查看加密说明与存储方案，确认存储的是经变换、不可还原的人脸特征或模板，泄露后可撤销并重新生成，且加密存储。'],
    evidence: ['加密说明、密钥策略', '存储架构图、配置文件'],
  },
  evaluate(ctx) {
    return [
      practice(ctx, {
        checkId: 'TAF-6.2c',
        question: Q_IRREVERSIBLE,
        evidence: ['encryption-policy', 'storage-architecture'],
        practice: t('人脸参考不可逆、可更新并加密存储', 'face references are irreversible, renewable and stored encrypted'),
        remediation: t(
          '建议以密码技术或假名标识符对人脸特征进行变换（可撤销模板），使其不可还原且泄露后可重新生成，并加密存储。',
          'Transform face features with cryptography or pseudonymous identifiers (cancellable templates) so they cannot be reversed and can be re-issued after a leak, and store them encrypted — as the standard recommends.',
        ),
      }),
    ];
  },
};
export default rule;
