import type { Rule } from '../rule.js';
import { fromInspection, practice, t } from '../helpers.js';
import { Q_DELETE_ON_EXPIRY, appScope, expiryFix, joinText, retentionWithinConsent } from './common.js';

const periodFix = t(
  '人脸信息的实际保存期限不得超过告知用户并经其同意的期限；需更长期限的，先更新告知并重新取得同意。',
  'Keep face information no longer than the period users were told of and agreed to; for a longer period, update the notice and ask consent again first.',
);

const rule: Rule = {
  id: 'TAF-6.2e',
  chapter: 'TAF',
  title: t('仅在授权期限内存储，超期及时删除', 'Stored only within the authorised period, deleted after'),
  requirement: t(
    '应只在用户授权的存储时间内存储人脸信息，超出存储期限后应及时删除，法律法规要求的除外。',
    'Face information is kept only for the storage time the user authorised and deleted promptly after it, unless a law requires otherwise.',
  ),
  source: ['TAF 6.2 e)', 'seed 003 §6.2'],
  decidedBy: ['P', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy'], questions: [Q_DELETE_ON_EXPIRY], facts: ['scenario.retentionDays', 'scenario.consentedRetentionDays'] },
  manual: {
    method: ['比对隐私政策告知的人脸信息存储期限与实际保存期限；查看到期删除机制和删除日志，抽查超期数据是否已删除。'],
    evidence: ['隐私政策文件', '删除截图、删除日志'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.2e', joinText(periodFix, expiryFix));
    if (whole) return [whole];
    return [
      retentionWithinConsent(ctx, 'TAF-6.2e.period', periodFix),
      practice(ctx, {
        checkId: 'TAF-6.2e.deletion',
        question: Q_DELETE_ON_EXPIRY,
        practice: t('超出授权存储期限后及时删除人脸信息', 'face information is deleted promptly once the authorised period ends'),
        remediation: expiryFix,
      }),
    ];
  },
};
export default rule;
