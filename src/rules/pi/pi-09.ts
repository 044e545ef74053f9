import type { Rule } from '../rule.js';
import { answerEvidence, practice, signals, t } from '../helpers.js';
import { observedPractice, scenarioFact, scenariosOf } from './util.js';

const Q_PUBLIC = 'Q-PI09-DISCLOSURE-CONSENT';
const Q_PIA = 'Q-PI09-PIA-BEFORE-PROVISION';
const Q_CONTRACT = 'Q-PI09-ENTRUSTMENT-CONTRACT';

const rem = {
  public: t('公开个人信息前取得个人单独同意，并制定公开管理规范、留存公开记录。', 'Obtain separate consent before making personal information public; keep disclosure rules and records.'),
  pia: t(
    '在委托处理、向其他处理者提供或公开个人信息前开展个人信息保护影响评估，并留存报告和记录。',
    'Carry out a personal information protection impact assessment before entrusting, providing or disclosing personal information, and keep the report and records.',
  ),
  contract: t(
    '与受托人签订合同，约定委托处理的目的、期限、处理方式、个人信息种类、保护措施以及双方权利义务。',
    'Sign a contract with each entrusted processor setting purpose, term, method, types of information, protective measures and both sides\' rights and duties.',
  ),
};

const rule: Rule = {
  id: 'PI-09',
  chapter: 'PI',
  title: t('公开或提供个人信息前的单独同意与影响评估', 'Separate consent and PIA before disclosing or providing information'),
  requirement: t(
    '公开个人信息前取得个人单独同意；委托处理、向其他处理者提供、公开个人信息前事前开展个人信息保护影响评估。',
    'Separate consent before making personal information public; a PIA before entrusting, providing to another processor or disclosing.',
  ),
  source: ['seed 001 §2.2(6)', 'PIPL Art.25', 'PIPL Art.55'],
  decidedBy: ['Q', 'E'],
  scope: 'processor',
  inputs: {
    facts: ['scenario.sharedWithThirdParties'],
    questions: [Q_PUBLIC, Q_PIA, Q_CONTRACT],
    evidence: ['disclosure-statement', 'consent-record', 'pia-report', 'entrustment-statement', 'interview-record'],
  },
  manual: {
    method: [
      '查阅公开处理的个人信息情况说明，验证存在哪些公开处理个人信息的情形；',
      '访谈了解个人信息控制者公开披露个人信息前征得个人信息主体单独同意的情况；',
      '访谈了解个人信息公开取得个人单独同意的方式；',
      '查看个人信息公开管理规范；',
      '查看公开数据的内容；',
      '查看对敏感个人数据公开记录；',
      '查阅个人信息委托处理情况说明，验证有哪些提供、公开个人信息情形；',
      '查验个人信息处理者在委托处理个人信息前是否开展了个人信息保护影响评估；查阅个人信息处理者在委托处理个人信息前开展个人信息保护影响评估的记录；',
      '查看相关合同或其他文档，查验个人信息处理者是否通过合同等方式，与受托人约定个人信息委托处理的目的、期限、处理方式、个人信息的种类、保护措施以及双方的权利和义务等；',
      '查看个人信息保护影响评估报告和委托处理合同文本，验证个人信息保护影响评估及合同文本是否存在错漏或不一致的情况，并核实原因。',
    ],
    evidence: [
      '公开处理的个人信息情况说明；',
      '访谈记录；',
      '公开管理规范；',
      '敏感个人数据公开记录；',
      '个人信息委托处理情况说明；',
      '查看相关合同或其他文档；',
      '个人信息保护影响报告；',
      '开展个人信息保护影响评估的记录。',
    ],
  },
  evaluate(ctx) {
    // "Not applicable" to a PIA before provision contradicts a scenario that provides face info to third parties.
    const sharing = scenariosOf(ctx.subject).filter((s) => s.sharedWithThirdParties === true);
    const pia = signals();
    const a = ctx.answer(Q_PIA);
    if (a === 'not-applicable' && sharing.length) pia.bad.push(answerEvidence(Q_PIA, a), ...sharing.map((s) => scenarioFact(s, 'sharedWithThirdParties', true)));
    return [
      practice(ctx, {
        checkId: 'PI-09.public-disclosure',
        question: Q_PUBLIC,
        evidence: ['disclosure-statement', 'consent-record'],
        practice: t('公开个人信息前取得个人单独同意', 'separate consent is obtained before making personal information public'),
        remediation: rem.public,
      }),
      observedPractice(
        ctx,
        { checkId: 'PI-09.pia', question: Q_PIA, evidence: ['pia-report'], practice: t('委托处理、提供、公开个人信息前开展影响评估', 'a PIA precedes entrusting, providing or disclosing personal information'), remediation: rem.pia },
        pia,
        {
          fail: t('自查答复称不涉及提供，但场景向第三方提供人脸信息。', 'Answered "not applicable", yet a scenario provides face information to third parties.'),
          pass: t('提供前已开展影响评估。', 'A PIA precedes provision.'),
        },
      ),
      practice(ctx, {
        checkId: 'PI-09.contract',
        question: Q_CONTRACT,
        evidence: ['entrustment-statement'],
        practice: t('以合同约定委托处理的目的、期限、方式、种类、保护措施和权利义务', 'contracts with entrusted processors set purpose, term, method, types, measures, rights and duties'),
        remediation: rem.contract,
      }),
    ];
  },
};
export default rule;
