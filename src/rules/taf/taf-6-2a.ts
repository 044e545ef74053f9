import type { Rule } from '../rule.js';
import { practice, t } from '../helpers.js';
import { appScope } from './common.js';

const Q_SEPARATE = 'Q-TAF62A-SEPARATE';

const rule: Rule = {
  id: 'TAF-6.2a',
  chapter: 'TAF',
  title: t('人脸信息与身份信息分开存储', 'Face information stored apart from identity information'),
  requirement: t('应将人脸信息与人脸信息主体的身份信息分开存储。', 'Face information is stored separately from the person\'s identity information.'),
  source: ['TAF 6.2 a)', 'seed 003 §6.2'],
  decidedBy: ['Q', 'E'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { questions: [Q_SEPARATE], evidence: ['storage-architecture'] },
  manual: {
    method: ['查看存储架构图和数据库表结构，确认人脸信息与身份信息位于不同的库、表或存储系统，仅通过内部标识关联。'],
    evidence: ['存储架构图、配置文件'],
  },
  evaluate(ctx) {
    return [
      practice(ctx, {
        checkId: 'TAF-6.2a',
        question: Q_SEPARATE,
        evidence: ['storage-architecture'],
        practice: t('人脸信息与身份信息分开存储', 'face information is stored apart from identity information'),
        remediation: t(
          '将人脸信息与姓名、证件号、手机号等身份信息分库或分表存储，仅以内部标识关联，并保留存储架构图作为证据。',
          'Store face information in a different store or table from name, ID number, phone and other identity data, linked only by an internal identifier; keep the storage architecture diagram as evidence.',
        ),
      }),
    ];
  },
};
export default rule;
