import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { fromInspection, practice, requestEvidence, signals, t, type PracticeCheck } from '../helpers.js';
import { observedPractice, scenarioFact, scenariosOf } from './util.js';

// The six measures a)–f) of seed 001 §2.2(7), one check each.
const CHECKS: PracticeCheck[] = [
  {
    checkId: 'PI-11.access-control', // a)
    question: 'Q-PI11-ACCESS-RULES',
    evidence: ['pi-management-policy', 'audit-log'],
    practice: t('制定并执行数据库账号权限管理、访问控制、日志管理、加密管理等制度', 'rules for database accounts and permissions, access control, logging and encryption exist and are followed'),
    remediation: t('制定数据库账号权限、访问控制、日志、加密管理制度，按最小必要授权并留存审批记录。', 'Write rules for database accounts, access control, logs and encryption; grant the minimum needed and keep approval records.'),
  },
  {
    checkId: 'PI-11.ops-limits', // b)
    question: 'Q-PI11-OPS-LIMITS',
    evidence: ['pi-management-policy', 'audit-log'],
    practice: t('限制数据库管理、运维人员操作行为的安全措施已执行', 'measures limiting what database administrators and operations staff can do are in force'),
    remediation: t('限制数据库管理、运维人员的操作权限，对高危操作审批和审计。', 'Limit what database and operations staff can do; approve and audit high-risk operations.'),
  },
  {
    checkId: 'PI-11.encryption', // c)
    question: 'Q-PI11-ENCRYPTION',
    evidence: ['encryption-policy', 'storage-architecture'],
    practice: t('敏感个人信息、重要数据加密存储', 'sensitive personal information and important data are stored encrypted'),
    remediation: t('对存储的人脸信息等敏感个人信息和重要数据加密，并妥善管理密钥。', 'Encrypt stored face information and other sensitive personal information and important data, and manage the keys properly.'),
  },
  {
    checkId: 'PI-11.logging', // d)
    question: 'Q-PI11-SENSITIVE-LOGS',
    evidence: ['audit-log'],
    practice: t('敏感数据的查询、导出、更正、删除等操作有日志记录', 'queries, exports, corrections and deletions of sensitive data are logged'),
    remediation: t('对敏感个人信息的查询、导出、更正、删除操作记录日志并定期审计。', 'Log queries, exports, corrections and deletions of sensitive information and audit the logs regularly.'),
  },
  {
    checkId: 'PI-11.testing', // e)
    question: 'Q-PI11-PENTEST',
    evidence: ['pentest-report'],
    practice: t('定期进行安全漏洞排查和渗透测试', 'regular vulnerability scans and penetration tests are done'),
    remediation: t('定期对存储系统开展漏洞扫描和渗透测试，留存报告。', 'Scan for vulnerabilities and run penetration tests on storage systems regularly; keep the reports.'),
  },
  {
    checkId: 'PI-11.officer-training', // f)
    question: 'Q-PI11-OFFICER-TRAINING',
    evidence: ['training-record', 'pi-management-policy'],
    practice: t('设立个人信息保护责任人，定期开展审计和培训', 'a personal information protection officer is named, with regular audits and training'),
    remediation: t('设立个人信息保护负责人，明确职责，定期开展合规审计和安全培训并留存记录。', 'Name a personal information protection officer with clear duties; run regular audits and training and keep records.'),
  },
];

const transportRem = t('通过 HTTPS 等加密通道传输个人信息，不以明文传输。', 'Send personal information only over encrypted channels such as HTTPS, never in clear text.');

const rule: Rule = {
  id: 'PI-11',
  chapter: 'PI',
  title: t('采取有效安全保护措施', 'Effective security measures'),
  requirement: t(
    '数据库账号权限、访问控制、日志、加密管理制度；限制数据库管理和运维人员；敏感个人信息加密存储；敏感数据查询导出更正删除留日志；定期漏洞排查和渗透测试；设立个人信息保护责任人并定期审计培训。',
    'Database account, access, log and encryption rules; limits on DBA and ops staff; sensitive information encrypted at rest; logs of queries, exports, corrections and deletions of sensitive data; regular vulnerability scans and penetration tests; a protection officer with audits and training.',
  ),
  source: ['seed 001 §2.2(7)', 'PIPL Art.51'],
  decidedBy: ['Q', 'E', 'T'],
  scope: 'processor',
  inputs: {
    artifacts: ['traffic'],
    facts: ['scenario.encryptedAtRest', 'scenario.transmissionEncrypted'],
    questions: CHECKS.map((c) => c.question),
    evidence: ['pi-management-policy', 'audit-log', 'encryption-policy', 'storage-architecture', 'pentest-report', 'training-record', 'interview-record'],
  },
  manual: {
    method: [
      '查阅个人信息处理者涉及个人信息的业务系统、数据库的权限管理机制及已有账号权限清单；访谈业务系统、数据库账号权限审批、审计岗位人员；查验有关人员在业务系统、数据库的查阅、复制、传输个人信息的授权审批记录，判断是否存在超出最小必要范围的授权。',
      '访谈了解并查看相关业务系统是否对于敏感个人信息、重要数据进行加密存储；',
      '查验敏感数据或个人隐私数据的查询、导出等相关日志记录是否完善；',
      '查看定期进行渗透测试和安全漏洞排查的相关记录以及检测报告。',
      '查阅个人管理制度，规定个人信息保护负责人及相关人员职责和考核评价要求；审阅开展个人信息保护安全教育和培训的规定，培训周期和参与培训的人员。',
    ],
    evidence: ['个人信息保护相关管理制度；', '访谈记录；', '渗透测试报告；', '培训记录等。'],
  },
  evaluate(ctx) {
    const scenarios = scenariosOf(ctx.subject);
    const findings: FindingDraft[] = CHECKS.map((c) => {
      if (c.checkId !== 'PI-11.encryption') return practice(ctx, c);
      const enc = signals();
      for (const s of scenarios) {
        if (s.encryptedAtRest === false) enc.bad.push(scenarioFact(s, 'encryptedAtRest', false));
      }
      return observedPractice(ctx, c, enc, {
        fail: t('存储的人脸等敏感个人信息未加密。', 'Stored face or other sensitive information is not encrypted.'),
        pass: t('敏感个人信息加密存储。', 'Sensitive information is stored encrypted.'),
      });
    });

    // Transmission: judged only where a capture or a fact says something about it.
    const clear: Evidence[] = [];
    const safe: Evidence[] = [];
    for (const cap of ctx.artifacts.traffic) {
      for (const r of cap.requests) {
        const sensitive = r.faceData?.detected || (r.personalData?.length ?? 0) > 0;
        if (!sensitive) continue;
        if (r.scheme === 'http' || r.scheme === 'ws') clear.push(requestEvidence(cap.source, r, `明文传输 / clear text: ${r.faceData?.detected ? 'face data' : (r.personalData ?? []).join(', ')}`));
        else if (safe.length < 3) safe.push(requestEvidence(cap.source, r, 'encrypted channel'));
      }
    }
    for (const s of scenarios) {
      if (s.transmissionEncrypted === false) clear.push(scenarioFact(s, 'transmissionEncrypted', false));
      if (s.transmissionEncrypted === true) safe.push(scenarioFact(s, 'transmissionEncrypted', true));
    }
    const inspected = fromInspection(ctx, 'PI-11.transport', transportRem);
    if (inspected) findings.push(inspected);
    else if (clear.length) {
      findings.push({ checkId: 'PI-11.transport', verdict: 'fail', message: t('个人信息以明文传输。', 'Personal information is sent in clear text.'), evidence: clear, remediation: transportRem });
    } else if (safe.length) {
      findings.push({ checkId: 'PI-11.transport', verdict: 'pass', message: t('个人信息经加密通道传输。', 'Personal information travels over encrypted channels.'), evidence: safe });
    }
    return findings;
  },
};
export default rule;
