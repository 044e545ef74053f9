import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { documentEvidence, factEvidence, faceRequests, fromInspection, needEvidence, needFact, practice, requestEvidence, t } from '../helpers.js';

const encryptFix = t(
  '人脸信息加密存储，传输时使用 HTTPS/TLS 等加密和身份鉴别，明确加密算法与密钥管理策略。',
  'Store face information encrypted, send it only over encrypted, authenticated channels (HTTPS/TLS), and document the algorithms and key management.',
);
const accessFix = t('建立访问控制和授权管理，仅授权人员可访问人脸数据，定期复核账号权限。', 'Set up access control and authorisation so that only authorised staff reach face data; review accounts regularly.');
const auditFix = t('对人脸数据的访问、导出、删除等操作留存审计日志并定期审阅。', 'Keep audit logs of access, export and deletion of face data and review them regularly.');
const intrusionFix = t('部署入侵检测和防御措施，定期开展漏洞扫描和渗透测试并修复发现的问题。', 'Deploy intrusion detection and prevention; scan for vulnerabilities and run penetration tests regularly, and fix what they find.');
const mlpsFix = t('按规定履行网络安全等级保护（定级、备案、测评）及关键信息基础设施保护义务。', 'Carry out the MLPS duties (grading, filing, assessment) and critical information infrastructure duties as required.');
const incidentFix = t(
  '修复导致人脸信息泄露的漏洞，通知受影响个人并向网信部门报告，对人脸信息等敏感个人信息采取更高级别的安全技术措施。',
  'Fix the weaknesses that leaked face information, tell the individuals affected and report to the CAC, and protect face and other sensitive data with stronger technical measures.',
);

const PLAIN = new Set(['http', 'ws']);
/** A URL whose path names a face endpoint ("/face/compare", "/liveness"), not just any host with "face". */
function faceUrlOverHttp(u: string): boolean {
  if (!u.startsWith('http://')) return false;
  try {
    return /(^|[/_-])(face\w*|liveness|renlian)([/_.-]|$)/i.test(new URL(u).pathname);
  } catch {
    return false;
  }
}

function encryptionCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-13.encryption';
  const inspected = fromInspection(ctx, checkId, encryptFix);
  if (inspected) return inspected;
  const s = ctx.scenario!;
  const bad: Evidence[] = [];
  if (s.encryptedAtRest === false) bad.push(factEvidence('scenario.encryptedAtRest', false));
  if (s.faceLeavesDevice === true && s.transmissionEncrypted === false) bad.push(factEvidence('scenario.transmissionEncrypted', false));
  const sent = faceRequests(ctx);
  for (const { request: r, source } of sent) {
    if (PLAIN.has(r.scheme)) bad.push(requestEvidence(source, r, `${r.faceData!.reason}（明文传输 / plain text）`));
  }
  for (const app of ctx.artifacts.app) {
    for (const h of app.hosts.filter(faceUrlOverHttp)) bad.push({ kind: 'request', text: `${h}（应用内明文人脸接口 / plain-http face endpoint in the app）`, location: app.source });
  }
  if (bad.length) {
    return { checkId, verdict: 'fail', message: t('人脸信息未加密存储或以明文传输。', 'Face information is stored unencrypted or sent in plain text.'), evidence: bad, remediation: encryptFix };
  }
  const missing: string[] = [];
  const ev: Evidence[] = [];
  if (s.encryptedAtRest === undefined) missing.push(...needFact('scenario.encryptedAtRest'));
  else ev.push(factEvidence('scenario.encryptedAtRest', true));
  if (s.faceLeavesDevice === false) ev.push(factEvidence('scenario.faceLeavesDevice', false));
  else if (s.transmissionEncrypted === true) ev.push(factEvidence('scenario.transmissionEncrypted', true));
  else if (sent.length) ev.push(...sent.map(({ request, source }) => requestEvidence(source, request, '加密传输 / encrypted')));
  else missing.push(...needFact('scenario.transmissionEncrypted', 'scenario.faceLeavesDevice'));
  const docs = ctx.evidence('encryption-policy', 'transmission-plan', 'storage-architecture');
  if (!docs.length) missing.push(...needEvidence('encryption-policy'));
  if (missing.length) {
    return { checkId, verdict: 'needs-evidence', message: t('无法确认人脸信息加密存储和加密传输。', 'Cannot confirm face information is encrypted at rest and in transit.'), evidence: ev, missing };
  }
  return { checkId, verdict: 'pass', message: t('人脸信息加密存储、加密传输。', 'Face information is encrypted at rest and in transit.'), evidence: [...ev, ...docs.map(documentEvidence)] };
}

function incidentCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-13.incidents';
  const inspected = fromInspection(ctx, checkId, incidentFix);
  if (inspected) return inspected;
  const incidents = ctx.subject.facts.incidents;
  if (incidents === undefined) {
    return { checkId, verdict: 'needs-evidence', message: t('未说明是否发生过人脸信息安全事件。', 'Whether face information security incidents happened is not given.'), missing: needFact('facts.incidents') };
  }
  const face = incidents.map((x, i) => ({ x, i })).filter(({ x }) => x.faceDataInvolved === true);
  if (!face.length) {
    return { checkId, verdict: 'pass', message: t('未记录涉及人脸信息的安全事件。', 'No security incident involving face information is recorded.'), evidence: [factEvidence('facts.incidents', `${incidents.length} incident(s), none with face data`)] };
  }
  const asEvidence = ({ x, i }: (typeof face)[number]): Evidence => ({
    kind: 'fact',
    text: `${x.date} ${x.description}${x.personsAffected !== undefined ? ` (${x.personsAffected})` : ''}; fixed: ${x.vulnerabilitiesFixed ?? '?'}`,
    location: `facts.incidents[${i}]`,
  });
  const open = face.filter(({ x }) => x.vulnerabilitiesFixed !== true);
  if (open.length) {
    return { checkId, verdict: 'fail', message: t('发生人脸信息泄露事件，且漏洞未确认修复。', 'Face information leaked and the weaknesses are not confirmed fixed.'), evidence: open.map(asEvidence), remediation: incidentFix };
  }
  const docs = ctx.evidence('incident-record', 'pentest-report');
  if (!docs.length) {
    return { checkId, verdict: 'needs-evidence', message: t('人脸信息安全事件称已修复，但未附事件记录或复测报告。', 'Face information incidents are said to be fixed, but no incident record or retest report is attached.'), evidence: face.map(asEvidence), missing: needEvidence('incident-record', 'pentest-report') };
  }
  return { checkId, verdict: 'pass', message: t('人脸信息安全事件已处置并修复。', 'Face information incidents were handled and fixed.'), evidence: [...face.map(asEvidence), ...docs.map(documentEvidence)] };
}

const rule: Rule = {
  id: 'FR-13',
  chapter: 'FR',
  title: t('人脸识别技术应用系统安全', 'Security of the face recognition system'),
  requirement: t(
    '人脸识别技术应用系统应当采取数据加密、安全审计、访问控制、授权管理、入侵检测和防御等措施保护人脸信息安全；涉及网络安全等级保护、关键信息基础设施的，履行相应保护义务。',
    'The face recognition system protects face information with encryption, security audit, access control, authorisation management, intrusion detection and prevention; MLPS and critical infrastructure duties apply where relevant.',
  ),
  source: ['Measures Art.14', 'seed 001 §2.1(3)'],
  decidedBy: ['Q', 'E', 'A', 'T'],
  scope: 'scenario',
  inputs: {
    questions: ['Q-FR13-ACCESS', 'Q-FR13-AUDIT', 'Q-FR13-INTRUSION', 'Q-FR13-MLPS'],
    evidence: ['encryption-policy', 'transmission-plan', 'storage-architecture', 'security-plan', 'audit-log', 'pentest-report', 'mlps-record', 'incident-record'],
    artifacts: ['traffic', 'app'],
    facts: ['scenario.encryptedAtRest', 'scenario.transmissionEncrypted', 'scenario.faceLeavesDevice', 'facts.incidents', 'facts.mlpsLevel', 'facts.criticalInfrastructure'],
  },
  manual: {
    method: [
      '查验安全文档，审核加密防篡改；',
      '查看存储架构，查验数据隔离；',
      '审核加密算法与密钥管理；',
      '测试设备功能，确认数据可删；',
      '查看处理记录；',
      '检查支付策略，查验模板合规；',
      '测试识别功能，确认本地优先；',
      '审阅审计日志与策略；',
      '审核传输加密与鉴别；',
      '审查传出策略与记录。',
    ],
    evidence: [
      '安全方案、日志记录',
      '存储架构图、配置文件',
      '加密说明、密钥策略',
      '功能报告、删除截图',
      '删除日志、操作记录',
      '支付方案、模板记录',
      '测试报告、配置截图',
      '审计日志、制度文件',
      '传输方案、加密协议',
      '传出策略、传输日志',
    ],
  },
  evaluate(ctx) {
    const { mlpsLevel, criticalInfrastructure } = ctx.subject.facts;
    const mlps = practice(ctx, {
      checkId: 'FR-13.mlps',
      question: 'Q-FR13-MLPS',
      evidence: ['mlps-record'],
      practice: t('已按规定履行网络安全等级保护和关键信息基础设施保护义务', 'MLPS and critical infrastructure duties are carried out as required'),
      remediation: mlpsFix,
    });
    if (mlpsLevel !== undefined) mlps.evidence = [...(mlps.evidence ?? []), factEvidence('facts.mlpsLevel', mlpsLevel)];
    if (criticalInfrastructure !== undefined) mlps.evidence = [...(mlps.evidence ?? []), factEvidence('facts.criticalInfrastructure', criticalInfrastructure)];
    return [
      encryptionCheck(ctx),
      practice(ctx, {
        checkId: 'FR-13.access',
        question: 'Q-FR13-ACCESS',
        evidence: ['security-plan', 'audit-log'],
        practice: t('实施访问控制和授权管理，仅授权人员可访问人脸数据', 'access control and authorisation limit face data to authorised staff'),
        remediation: accessFix,
      }),
      practice(ctx, {
        checkId: 'FR-13.audit',
        question: 'Q-FR13-AUDIT',
        evidence: ['audit-log'],
        practice: t('对人脸数据操作留存并审阅安全审计日志', 'security audit logs of face data operations are kept and reviewed'),
        remediation: auditFix,
      }),
      practice(ctx, {
        checkId: 'FR-13.intrusion',
        question: 'Q-FR13-INTRUSION',
        evidence: ['security-plan', 'pentest-report'],
        practice: t('部署入侵检测和防御，定期漏洞扫描和渗透测试', 'intrusion detection and prevention, regular vulnerability scans and penetration tests'),
        remediation: intrusionFix,
      }),
      mlps,
      incidentCheck(ctx),
    ];
  },
};
export default rule;
