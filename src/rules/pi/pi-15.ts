import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { factEvidence, needFact, policyDisclosure, practice, t } from '../helpers.js';
import { RESPONSE_MAX_WORKING_DAYS } from '../../obligations/compute.js';
import { obligationEvidence } from '../../obligations/describe.js';

const remediation = {
  disclose: t(
    '在隐私政策中说明查阅、更正、删除个人信息和注销账号的方式与路径。',
    'State in the privacy policy how and where individuals access, correct and delete their information and deregister their account.',
  ),
  works: t(
    '提供有效的注销账号功能，不设置不必要或不合理的注销条件，注销后及时删除或匿名化个人信息。',
    'Provide a working account deregistration function without unnecessary or unreasonable conditions, and delete or anonymise the information after deregistration.',
  ),
  channel: t(
    '在隐私政策中公布个人信息安全投诉、举报渠道（电话、邮箱、在线表单）及处理时限（不超过 15 个工作日）。',
    'Publish a personal information complaint and report channel (phone, email, online form) and its handling time (at most 15 working days) in the privacy policy.',
  ),
  promise: t(
    '将承诺的请求处理时限缩短至不超过 15 个工作日，并同步更新隐私政策。',
    'Shorten the promised handling time to at most 15 working days and update the privacy policy to match.',
  ),
  requests: t(
    '对超期未处理的请求立即答复；建立请求受理台账和到期提醒，确保在承诺时限（不超过 15 个工作日）内完成核查和处理。',
    'Answer the overdue requests now; keep a request log with due-date reminders so that every request is handled within the promised time (at most 15 working days).',
  ),
};

/** Handling time of recorded requests, from the computed request-response obligations. */
function requestsCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'PI-15.requests';
  const recorded = ctx.subject.facts.requests;
  if (recorded === undefined) {
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('未提供个人权利请求及投诉的受理、答复记录。', 'No record of rights requests and complaints (received and answered dates) is given.'),
      missing: needFact('facts.requests'),
    };
  }
  if (recorded.length === 0) {
    return {
      checkId,
      verdict: 'not-applicable',
      message: t('未记录任何个人权利请求或投诉。', 'No rights request or complaint is recorded.'),
      evidence: [factEvidence('facts.requests', [])],
    };
  }
  const obs = ctx.obligations.filter((o) => o.kind === 'request-response');
  const late = obs.filter((o) => o.status === 'done-late' || o.status === 'overdue');
  const unknown = obs.filter((o) => o.status === 'unknown');
  const open = obs.filter((o) => o.status === 'open');
  const done = obs.filter((o) => o.status === 'done');
  if (late.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t(
        `${late.length} 件请求未在时限内处理（共 ${obs.length} 件）。`,
        `${late.length} of ${obs.length} requests were not handled in time.`,
      ),
      evidence: late.map(obligationEvidence),
      remediation: remediation.requests,
    };
  }
  if (unknown.length || done.length === 0) {
    const undecided = [...unknown, ...open];
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t(
        `${undecided.length} 件请求尚无法判断是否按时处理（未到期或缺少数据）。`,
        `For ${undecided.length} requests it cannot yet be told whether they were handled in time (not yet due, or data missing).`,
      ),
      evidence: undecided.map(obligationEvidence),
      missing: [
        ...new Set(undecided.flatMap((o) => o.missing ?? needFact(`facts.${o.ref ?? 'requests'}.answeredOn`))),
      ],
    };
  }
  // Open requests within their time are no violation; they are listed with their due dates.
  return {
    checkId,
    verdict: 'pass',
    message: t(
      `${done.length} 件请求均在时限内处理${open.length ? `，另有 ${open.length} 件未到期` : ''}。`,
      `${done.length} requests were handled in time${open.length ? `; ${open.length} more are not yet due` : ''}.`,
    ),
    evidence: [...done, ...open].map(obligationEvidence),
  };
}

const rule: Rule = {
  id: 'PI-15',
  chapter: 'PI',
  title: t('账号注销、投诉举报渠道与请求处理时限', 'Account deregistration, complaint channel and response time'),
  requirement: t(
    '提供有效的注销账号功能；建立并公布个人信息安全投诉、举报渠道；在承诺时限内（不得超过 15 个工作日，无承诺的以 15 个工作日为限）受理并处理请求。',
    'Account deregistration works; a complaint and report channel is published; requests are handled within the promised time (at most 15 working days; 15 when nothing is promised).',
  ),
  source: ['认定方法 6', 'seed 004', 'PIPL Art.47, 50'],
  decidedBy: ['P', 'W', 'Q', 'O'],
  scope: 'processor',
  inputs: {
    artifacts: ['policy'],
    questions: ['Q-PI15-DEREGISTRATION'],
    evidence: ['test-report'],
    facts: ['facts.promisedResponseWorkingDays', 'facts.requests'],
  },
  evaluate(ctx) {
    const promised = ctx.subject.facts.promisedResponseWorkingDays;
    const promise: FindingDraft =
      promised === undefined
        ? {
            checkId: 'PI-15.promised-time',
            verdict: 'needs-evidence',
            message: t('未提供承诺的请求处理时限。', 'The promised handling time for requests is not given.'),
            missing: needFact('facts.promisedResponseWorkingDays'),
          }
        : promised > RESPONSE_MAX_WORKING_DAYS
          ? {
              checkId: 'PI-15.promised-time',
              verdict: 'fail',
              message: t(
                `承诺的处理时限为 ${promised} 个工作日，超过 15 个工作日。`,
                `The promised handling time is ${promised} working days, more than 15.`,
              ),
              evidence: [factEvidence('facts.promisedResponseWorkingDays', promised)],
              remediation: remediation.promise,
            }
          : {
              checkId: 'PI-15.promised-time',
              verdict: 'pass',
              message: t(`承诺的处理时限为 ${promised} 个工作日，不超过 15 个工作日。`, `The promised handling time is ${promised} working days, within 15.`),
              evidence: [factEvidence('facts.promisedResponseWorkingDays', promised)],
            };
    return [
      policyDisclosure(ctx, {
        checkId: 'PI-15.deregistration-disclosed',
        items: ['rights'],
        what: t('个人信息删除、注销账号等权利的行使方式', 'how to delete information and deregister the account'),
        remediation: remediation.disclose,
      }),
      practice(ctx, {
        checkId: 'PI-15.deregistration-works',
        question: 'Q-PI15-DEREGISTRATION',
        evidence: ['test-report'],
        practice: t('注销账号功能有效，且无不合理条件', 'account deregistration works without unreasonable conditions'),
        remediation: remediation.works,
      }),
      policyDisclosure(ctx, {
        checkId: 'PI-15.complaint-channel',
        items: ['complaint-channel'],
        what: t('个人信息安全投诉、举报渠道', 'a personal information complaint and report channel'),
        remediation: remediation.channel,
      }),
      promise,
      requestsCheck(ctx),
    ];
  },
};
export default rule;
