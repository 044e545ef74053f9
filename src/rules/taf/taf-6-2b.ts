import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { documentEvidence, factCheck, fromInspection, needEvidence, practice, t } from '../helpers.js';
import { appScope, joinText } from './common.js';

const Q_ACCESS = 'Q-TAF62B-ACCESS';

const encryptFix = t(
  '对存储的人脸模板加密（如国密 SM4 或 AES），密钥与数据分开管理，并保留加密说明和密钥策略。',
  'Encrypt stored face templates (e.g. SM4 or AES) with keys managed apart from the data, and keep the encryption description and key policy.',
);
const accessFix = t(
  '人脸模板只允许经授权的账号和服务读取，实施访问控制和授权管理，并记录读取日志。',
  'Let only authorised accounts and services read face templates: access control, authorisation management and logged reads.',
);

const rule: Rule = {
  id: 'TAF-6.2b',
  chapter: 'TAF',
  title: t('人脸模板加密存储、授权访问', 'Face templates encrypted and read only with authorisation'),
  requirement: t('人脸模板应进行加密存储，并采用授权访问方式读取。', 'Face templates are stored encrypted and read only through authorised access.'),
  source: ['TAF 6.2 b)', 'seed 003 §6.2'],
  decidedBy: ['Q', 'E', 'A'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { questions: [Q_ACCESS], facts: ['scenario.encryptedAtRest'], evidence: ['encryption-policy', 'security-plan', 'audit-log'] },
  manual: {
    method: ['审核加密算法与密钥管理，确认人脸模板以密文存储。', '查看人脸模板存储的访问控制策略、授权清单和访问审计日志，确认未授权账号无法读取。'],
    evidence: ['加密说明、密钥策略', '安全方案、日志记录', '审计日志、制度文件'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.2b', joinText(encryptFix, accessFix));
    if (whole) return [whole];
    return [
      encrypted(ctx),
      practice(ctx, {
        checkId: 'TAF-6.2b.access',
        question: Q_ACCESS,
        evidence: ['security-plan', 'audit-log'],
        practice: t('人脸模板仅能通过授权访问方式读取', 'face templates are read only through authorised access'),
        remediation: accessFix,
      }),
    ];
  },
};

/** (1) Encrypted at rest: the operator's fact, proven by the encryption description. */
function encrypted(ctx: RuleContext): FindingDraft {
  const f = factCheck(ctx, {
    checkId: 'TAF-6.2b.encrypted',
    fact: 'scenario.encryptedAtRest',
    value: ctx.scenario!.encryptedAtRest,
    bad: (v) => v === false,
    failMessage: t('人脸模板未加密存储。', 'Face templates are stored unencrypted.'),
    passMessage: t('人脸模板加密存储。', 'Face templates are stored encrypted.'),
    remediation: encryptFix,
  });
  if (f.verdict !== 'pass' || f.evidence?.some((e) => e.kind === 'inspection')) return f;
  const docs = ctx.evidence('encryption-policy');
  if (!docs.length) {
    return {
      ...f,
      verdict: 'needs-evidence',
      message: t('称人脸模板加密存储，但未附加密说明、密钥策略。', 'Templates are said to be encrypted, but no encryption description or key policy is attached.'),
      missing: needEvidence('encryption-policy'),
    };
  }
  return { ...f, evidence: [...(f.evidence ?? []), ...docs.map(documentEvidence)] };
}
export default rule;
