import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { disclosureOrPractice, fromInspection, practice, t } from '../helpers.js';

const channelFix = t(
  '建立并公开个人行使查阅复制、更正补充、删除、撤回同意、可携带等权利的途径（如线上渠道），并在处理规则中写明方式和程序。',
  'Set up and publish ways for people to access and copy, correct, delete, withdraw consent and port their data (e.g. an online channel), and state the procedure in the processing rules.',
);
const responseFix = t(
  '在承诺期限内（不超过15个工作日）答复个人的权利请求；删除、撤回请求除法定情形外应予办理，拒绝的须说明法律依据。',
  'Answer rights requests within the promised time (at most 15 working days); carry out deletion and withdrawal requests unless a law provides otherwise, and give the legal ground for any refusal.',
);

function responseCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-07.response';
  const inspected = fromInspection(ctx, checkId, responseFix);
  if (inspected) return inspected;
  const requests = ctx.subject.facts.requests ?? [];
  const refused: Evidence[] = requests.flatMap((r, i) =>
    r.refused && (r.type === 'deletion' || r.type === 'withdrawal')
      ? [{ kind: 'fact' as const, text: `${r.type} received ${r.receivedOn}: refused`, location: `facts.requests[${i}]` }]
      : [],
  );
  if (refused.length) {
    return { checkId, verdict: 'fail', message: t('拒绝了个人删除或撤回同意的请求。', 'Requests to delete or withdraw consent were refused.'), evidence: refused, remediation: responseFix };
  }
  // Deadlines are counted in working days by the obligations module (PI-15's 15 working days).
  const due = ctx.obligations.filter((o) => o.kind === 'request-response');
  const asEvidence = (o: (typeof due)[number]): Evidence => ({
    kind: 'obligation',
    text: `${o.trigger.text.zh} → ${o.due ?? '?'} (${o.status}${o.doneOn ? `, ${o.doneOn}` : ''})`,
    location: o.trigger.date,
  });
  const late = due.filter((o) => o.status === 'overdue' || o.status === 'done-late');
  if (late.length) {
    return { checkId, verdict: 'fail', message: t('个人权利请求未及时答复。', 'Rights requests were not answered in time.'), evidence: late.map(asEvidence), remediation: responseFix };
  }
  if (requests.length && due.length && due.every((o) => o.status === 'done' || o.status === 'open')) {
    return { checkId, verdict: 'pass', message: t('已记录的权利请求均按期答复或尚在期限内。', 'Recorded rights requests were answered in time or are still within it.'), evidence: due.map(asEvidence) };
  }
  return practice(ctx, {
    checkId,
    question: 'Q-FR07-TIMELY',
    practice: t('在承诺期限内（不超过15个工作日）响应个人的权利请求', 'rights requests are answered within the promised time (at most 15 working days)'),
    remediation: responseFix,
  });
}

const rule: Rule = {
  id: 'FR-07',
  chapter: 'FR',
  title: t('保障个人权利并及时响应', 'Rights mechanism with timely response'),
  requirement: t(
    '建立保障个人信息主体权利的机制，保障查阅复制、更正补充、删除、知情选择、可携带等权利，并及时响应个人请求。',
    'A mechanism secures the rights to access and copy, correct, delete, make informed choices and port data, and answers requests in time.',
  ),
  source: ['PIPL Art.44–50', 'seed 001 §2.1(1)'],
  decidedBy: ['P', 'W', 'Q', 'E'],
  // Requests, the rights channel and the published rules belong to the processor, not to one scenario.
  scope: 'processor',
  inputs: {
    questions: ['Q-FR07-RIGHTS', 'Q-FR07-TIMELY'],
    evidence: ['pi-management-policy', 'notice-record'],
    artifacts: ['policy'],
    facts: ['facts.requests'],
  },
  manual: {
    method: ['验证个人依法行使权利的方式和程序，如查阅、复制、更正、删除等。检查企业是否在合理时间内响应个人的权利请求。'],
    evidence: ['个人信息保护管理制度文件', '隐私政策文件'],
  },
  evaluate(ctx) {
    return [
      disclosureOrPractice(
        ctx,
        {
          checkId: 'FR-07.channel',
          items: ['rights'],
          what: t('个人查阅复制、更正、删除、撤回同意等权利的行使途径', 'how people access, copy, correct, delete and withdraw consent'),
          remediation: channelFix,
        },
        { question: 'Q-FR07-RIGHTS', evidence: ['pi-management-policy', 'notice-record'] },
      ),
      responseCheck(ctx),
    ];
  },
};
export default rule;
