import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { documentEvidence, factEvidence, fromInspection, needEvidence, needFact, policyDisclosure, practice, signals, t } from '../helpers.js';
import { observedPractice } from './util.js';

const Q_FIXED = 'Q-PI12-VULNS-FIXED';
const Q_PLAN = 'Q-PI12-INCIDENT-PLAN';

const rem = {
  fixed: t('及时修复等保测评、风险评估、渗透测试中发现的漏洞，并通过复测确认。', 'Fix promptly the vulnerabilities found by MLPS assessment, risk assessment and penetration tests, and confirm with a retest.'),
  notify: t(
    '发生或可能发生个人信息泄露的，立即采取补救措施，通知受影响的个人（事件原因、涉及的信息种类、可能的危害、已采取的措施和个人可采取的措施），并向网信等主管部门报告。',
    'On an actual or possible leak, take remedial measures at once, notify the individuals affected (cause, types of information, possible harm, measures taken and what they can do) and report to the CAC or other authority.',
  ),
  plan: t('制定个人信息安全事件应急预案，明确通知个人和报告主管部门的流程。', 'Write an incident response plan that sets how individuals are notified and authorities informed.'),
  policy: t('在隐私政策中说明发生个人信息安全事件后的处置和告知方式。', 'State in the privacy policy how security incidents are handled and how individuals are told.'),
};

function notification(ctx: RuleContext): FindingDraft {
  const id = 'PI-12.notification';
  const inspected = fromInspection(ctx, id, rem.notify);
  if (inspected) return inspected;
  const incidents = ctx.subject.facts.incidents;
  if (incidents === undefined) {
    return {
      checkId: id,
      verdict: 'needs-evidence',
      message: t('未说明是否发生过个人信息泄露事件（无事件请填空列表）。', 'Not stated whether any leak happened (give an empty list if none).'),
      missing: needFact('facts.incidents'),
    };
  }
  if (incidents.length === 0) {
    return { checkId: id, verdict: 'not-applicable', message: t('未发生个人信息泄露事件。', 'No leak recorded.'), evidence: [factEvidence('facts.incidents', '[]')] };
  }
  const bad: Evidence[] = [];
  const unknown: string[] = [];
  incidents.forEach((inc, i) => {
    const at = `facts.incidents[${i}]`;
    if (inc.individualsNotified === false) bad.push(factEvidence(`${at}.individualsNotified`, `false — ${inc.date} ${inc.description}`));
    if (inc.reportedToAuthority === false) bad.push(factEvidence(`${at}.reportedToAuthority`, `false — ${inc.date} ${inc.description}`));
    if (inc.individualsNotified === undefined) unknown.push(`${at}.individualsNotified`);
    if (inc.reportedToAuthority === undefined) unknown.push(`${at}.reportedToAuthority`);
  });
  if (bad.length) {
    return { checkId: id, verdict: 'fail', message: t('个人信息泄露事件发生后未通知个人或未向主管部门报告。', 'After a leak, individuals were not notified or the authority was not told.'), evidence: bad, remediation: rem.notify };
  }
  if (unknown.length) {
    return { checkId: id, verdict: 'needs-evidence', message: t('未说明泄露事件后是否通知个人、报告主管部门。', 'Not stated whether individuals were notified and the authority told.'), missing: needFact(...unknown) };
  }
  const records = ctx.evidence('incident-record');
  const facts = incidents.map((inc, i) => factEvidence(`facts.incidents[${i}]`, `${inc.date} ${inc.description}: notified, reported`));
  if (records.length === 0) {
    return { checkId: id, verdict: 'needs-evidence', message: t('称已通知并报告，但未附事件记录。', 'Said to be notified and reported, but no incident record is attached.'), evidence: facts, missing: needEvidence('incident-record') };
  }
  return { checkId: id, verdict: 'pass', message: t('泄露事件已通知个人并报告主管部门。', 'Leaks were notified to individuals and reported.'), evidence: [...facts, ...records.map(documentEvidence)] };
}

const rule: Rule = {
  id: 'PI-12',
  chapter: 'PI',
  title: t('漏洞修复与泄露事件通知报告', 'Vulnerabilities fixed; leaks notified and reported'),
  requirement: t(
    '及时修复等保测评、风险评估、渗透测试中发现的风险隐患；发生或可能发生个人信息泄露的，立即通知个人并向主管部门报告。',
    'Risks found by MLPS assessment, risk assessment and penetration tests are fixed promptly; on an actual or possible leak, individuals are notified and the authority is told at once.',
  ),
  source: ['seed 001 §2.2(7)', 'PIPL Art.57'],
  decidedBy: ['Q', 'E', 'P'],
  scope: 'processor',
  inputs: {
    artifacts: ['policy'],
    facts: ['facts.incidents'],
    questions: [Q_FIXED, Q_PLAN],
    evidence: ['pentest-report', 'incident-record', 'pi-management-policy', 'interview-record'],
  },
  manual: {
    method: [
      '访谈了解是否会对业务系统进行安全测试, 查验相关的安全评估报告, 对于发现的风险漏洞是否完成修复, 相关的复测报告。',
      '测试业务系统是否存在安全漏洞。',
      '访谈了解是否发生过个人信息泄露事件, 查阅相关补救措施的记录; 访谈了解个人信息安全事件通知所涉及个人并报告网信部门的情况; 访谈了解个人信息保护负责人设置情况。',
    ],
    evidence: ['个人信息保护相关管理制度;', '渗透测试报告等;', '访谈记录;', '个人信息泄露事件相关的记录文档(如有)。'],
  },
  evaluate(ctx) {
    const fixed = signals();
    (ctx.subject.facts.incidents ?? []).forEach((inc, i) => {
      if (inc.vulnerabilitiesFixed === false) fixed.bad.push(factEvidence(`facts.incidents[${i}].vulnerabilitiesFixed`, `false — ${inc.date} ${inc.description}`));
    });
    return [
      observedPractice(
        ctx,
        { checkId: 'PI-12.vulns-fixed', question: Q_FIXED, evidence: ['pentest-report'], practice: t('安全测试发现的漏洞已修复并复测', 'vulnerabilities found in security tests are fixed and retested'), remediation: rem.fixed },
        fixed,
        { fail: t('安全事件暴露的漏洞未修复。', 'The vulnerability behind an incident is not fixed.'), pass: t('漏洞已修复。', 'Vulnerabilities are fixed.') },
      ),
      notification(ctx),
      practice(ctx, { checkId: 'PI-12.plan', question: Q_PLAN, evidence: ['pi-management-policy'], practice: t('有个人信息安全事件应急预案，明确通知个人和报告主管部门', 'an incident plan sets how individuals are notified and the authority told'), remediation: rem.plan }),
      fromInspection(ctx, 'PI-12.policy-notice', rem.policy) ??
        policyDisclosure(ctx, { checkId: 'PI-12.policy-notice', items: ['incident-notice'], what: t('个人信息安全事件的处置和告知', 'how security incidents are handled and told'), remediation: rem.policy }),
    ];
  },
};
export default rule;
