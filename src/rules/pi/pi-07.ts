import type { Evidence } from '../../core/types.js';
import type { Rule } from '../rule.js';
import { answerEvidence, documentEvidence, factEvidence, needArtifact, needFact, signals, t } from '../helpers.js';
import { isMinorsPolicy, quoteHit, sentencesTagged, statementHits } from './policy-text.js';
import { observedPractice } from './util.js';

const Q_OWN = 'Q-PI07-OWN-RULES';
const Q_GUARDIAN = 'Q-PI07-GUARDIAN-CONSENT';
// FR-14 asks the same about children's face information; its answers count here too, so nobody answers twice.
const Q_FR14_RULES = 'Q-FR14-RULES';
const Q_FR14_GUARDIAN = 'Q-FR14-GUARDIAN-CONSENT';
const isNo = (a: unknown) => a === 'no' || a === 'partial' || a === false;

const rem = {
  own: t(
    '制定专门的不满十四周岁未成年人个人信息处理规则（存储、使用、转移、披露），以独立文件发布，并在隐私政策和产品中提供入口。',
    'Write dedicated rules for the information of children under 14 (storage, use, transfer, disclosure), publish them as their own document, and link them from the policy and the product.',
  ),
  guardian: t('处理不满十四周岁未成年人个人信息前，以不易绕过的方式取得其父母或其他监护人的同意，并留存记录。', 'Before processing information of children under 14, obtain the consent of a parent or guardian in a way that is hard to bypass, and keep records.'),
};

const rule: Rule = {
  id: 'PI-07',
  chapter: 'PI',
  title: t('未成年人个人信息：监护人同意与专门规则', 'Children\'s information: guardian consent and dedicated rules'),
  requirement: t(
    '处理不满十四周岁未成年人个人信息的，取得其父母或其他监护人的同意，并制定专门的个人信息处理规则、独立成文发布。',
    'Processing information of children under 14 needs a parent\'s or guardian\'s consent and dedicated processing rules published as their own document.',
  ),
  source: ['seed 001 §2.2(4)', 'PIPL Art.31'],
  decidedBy: ['P', 'Q', 'E'],
  scope: 'scenario',
  applies: {
    when: (s) => s.subjects?.minorsUnder14 !== false,
    whenText: t('场景不涉及不满十四周岁未成年人。', 'The scenario does not involve children under 14.'),
  },
  inputs: {
    artifacts: ['policy'],
    facts: ['scenario.subjects.minorsUnder14', 'scenario.consent'],
    questions: [Q_OWN, Q_GUARDIAN, Q_FR14_RULES, Q_FR14_GUARDIAN],
    evidence: ['minors-policy', 'guardian-consent-record', 'consent-record', 'notice-record'],
  },
  manual: {
    method: [
      '访谈了解相关的未成年人工作机制，个人信息保护政策；',
      '查验个人信息处理者的隐私政策和产品中是否有制定专门的不满十四周岁未成年人个人信息处理规则并予以发布；',
      '访谈了解征得未成年人的父母或其监护人的明示同意的方式；',
      '核验个人信息处理者告知同意机制、告知文案和告知记录，是否采取不易绕过的方式向未成年人或其监护人告知未成年人个人信息的处理目的、处理方式、处理必要性及处理个人信息的种类、所采取的保护措施等。',
    ],
    evidence: ['不满十四周岁未成年人隐私政策等；', '告知机制、告知文案、告知记录等。'],
  },
  evaluate(ctx) {
    const s = ctx.scenario!;
    const policies = ctx.artifacts.policy;
    const docs = policies.filter(isMinorsPolicy);
    // the analyzer's statements: a reference to 《儿童个人信息保护规则》-like documents, guardian consent stated
    const refs = statementHits(policies, 'minors-rules-reference');
    const clauses = sentencesTagged(policies, ['minors']);
    const minors = s.subjects?.minorsUnder14;
    // Unknown whether children are concerned, and the policy does not address them: ask first.
    if (minors === undefined && docs.length === 0 && refs.length === 0 && clauses.length === 0 && !ctx.inspection('PI-07')) {
      return [
        {
          checkId: 'PI-07',
          verdict: 'needs-evidence',
          message: t('未说明该场景是否涉及不满十四周岁未成年人。', 'Not stated whether the scenario involves children under 14.'),
          missing: [...needFact('scenario.subjects.minorsUnder14'), ...(policies.length ? [] : needArtifact('policy'))],
        },
      ];
    }
    const why: Evidence[] = minors ? [factEvidence('scenario.subjects.minorsUnder14', true)] : [];

    const own = signals();
    for (const d of docs) own.good.push({ kind: 'quote', text: d.headings[0]?.text ?? d.text.slice(0, 60), location: d.source });
    own.good.push(...refs.slice(0, 2).map(quoteHit), ...ctx.evidence('minors-policy').map(documentEvidence));
    // Only a confirmed child scenario turns a missing document into a fail; otherwise ask whether children are concerned.
    if (own.good.length === 0 && policies.length && minors !== true) own.missing.push(...needFact('scenario.subjects.minorsUnder14'));
    if (own.good.length === 0 && policies.length && minors === true) {
      own.bad.push(
        ...why,
        ...(clauses.length
          ? clauses.slice(0, 2).map(quoteHit)
          : policies.map((p): Evidence => ({ kind: 'quote', text: 'no dedicated document or reference to one', location: p.source }))),
      );
    }
    if (policies.length === 0) own.missing.push(...needArtifact('policy'));
    const fr14Rules = ctx.answer(Q_FR14_RULES);
    if (isNo(fr14Rules)) own.bad.push(answerEvidence(Q_FR14_RULES, fr14Rules));

    const guardian = signals();
    if (minors === true && (s.consent === 'none' || s.consent === 'bundled')) guardian.bad.push(...why, factEvidence('scenario.consent', s.consent));
    const fr14Guardian = ctx.answer(Q_FR14_GUARDIAN);
    if (isNo(fr14Guardian)) guardian.bad.push(answerEvidence(Q_FR14_GUARDIAN, fr14Guardian));
    const records = ctx.evidence('guardian-consent-record', 'consent-record');
    if ((fr14Guardian === 'yes' || fr14Guardian === true) && records.length) guardian.good.push(answerEvidence(Q_FR14_GUARDIAN, fr14Guardian), ...records.map(documentEvidence));
    const stated = statementHits(policies, 'guardian-consent');

    const guardianFinding = observedPractice(
      ctx,
      { checkId: 'PI-07.guardian-consent', question: Q_GUARDIAN, evidence: ['guardian-consent-record', 'consent-record'], practice: t('已取得父母或其他监护人的同意', 'a parent\'s or guardian\'s consent is obtained'), remediation: rem.guardian },
      guardian,
      { fail: t('处理不满十四周岁未成年人个人信息未取得监护人同意。', 'Children\'s information is processed without a guardian\'s consent.'), pass: t('已取得监护人同意。', 'Guardian consent is obtained.') },
    );
    if (guardianFinding.verdict === 'pass') guardianFinding.evidence = [...(guardianFinding.evidence ?? []), ...stated.slice(0, 1).map(quoteHit)];

    return [
      observedPractice(
        ctx,
        { checkId: 'PI-07.own-rules', question: Q_OWN, evidence: ['minors-policy'], practice: t('未成年人个人信息处理规则独立成文发布', 'the children\'s rules are published as their own document'), remediation: rem.own },
        own,
        {
          fail: t('未见独立成文的不满十四周岁未成年人个人信息处理规则。', 'No dedicated rules for children under 14 published as their own document.'),
          pass: t('已发布独立成文的未成年人个人信息处理规则。', 'Dedicated children\'s rules are published as their own document.'),
        },
      ),
      guardianFinding,
    ];
  },
};
export default rule;
