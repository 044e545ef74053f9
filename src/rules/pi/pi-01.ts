import type { Evidence } from '../../core/types.js';
import type { PolicyItemId, PolicyStatementId } from '../../core/artifacts.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerEvidence, fromInspection, needArtifact, needFact, needQuestion, notApplicable, policyDisclosure, t } from '../helpers.js';
import { isMinorsPolicy, itemsIn, quoteHit, sentencesTagged, statementHits } from './policy-text.js';
import { scenarioFact, scenariosOf } from './util.js';

/** PIPL Art.17 items; the dedicated under-14 rules need the same (seed 001 §2.2(1)). */
const ART17: PolicyItemId[] = ['controller-identity', 'controller-contact', 'purpose', 'processing-method', 'data-types', 'retention', 'rights'];
/** What PIPL Art.39 and seed 001 §2.2(1) ask a notice of transfer abroad to say: the analyzer's statement per element. */
const CROSS_BORDER_ELEMENTS: { id: PolicyStatementId; zh: string; en: string }[] = [
  { id: 'abroad-recipient', zh: '境外接收方名称', en: 'recipient' },
  { id: 'abroad-contact', zh: '联系方式', en: 'contact' },
  { id: 'abroad-purpose', zh: '处理目的', en: 'purpose' },
  { id: 'abroad-method', zh: '处理方式', en: 'method' },
  { id: 'abroad-types', zh: '个人信息种类', en: 'types' },
  { id: 'abroad-rights', zh: '向境外接收方行使权利的方式和程序', en: 'rights' },
];
const Q_CROSS_BORDER = 'Q-PI01-CROSS-BORDER';

const rem = {
  art17: t(
    '在隐私政策（个人信息处理规则）中以清晰易懂的语言写明：处理者名称和联系方式；处理目的、处理方式、个人信息种类、保存期限；个人行使权利的方式和程序。',
    'State in the privacy policy, in plain language: the processor\'s name and contact; the purposes, methods, types of personal information and retention periods; how individuals exercise their rights.',
  ),
  sensitive: t(
    '对人脸等敏感个人信息，在处理规则中说明处理的必要性和对个人权益的影响，并写明将取得个人的单独同意。',
    'For face and other sensitive personal information, explain in the rules why processing is necessary and how it affects the individual, and state that separate consent is obtained.',
  ),
  crossBorder: t(
    '向境外提供个人信息的，在处理规则中告知境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类以及个人向境外接收方行使权利的方式和程序，并取得单独同意。',
    'Where personal information goes abroad, tell individuals the foreign recipient\'s name and contact, the purposes, methods and types of information, and how to exercise rights against the recipient; obtain separate consent.',
  ),
  minors: t(
    '处理不满十四周岁未成年人个人信息的，制定并公开专门的处理规则，写明运营者名称和联系方式、处理目的和方式、信息种类、保存期限、行权方式、处理的必要性和对未成年人权益的影响。',
    'Where children under 14 are concerned, publish dedicated rules naming the operator and contact, purposes and methods, types, retention, how to exercise rights, the necessity and the impact on the child.',
  ),
};

function art17(ctx: RuleContext): FindingDraft {
  return (
    fromInspection(ctx, 'PI-01.art17', rem.art17) ??
    policyDisclosure(ctx, {
      checkId: 'PI-01.art17',
      items: ART17,
      what: t('《个人信息保护法》第十七条规定的告知事项', 'the notice items of PIPL Art.17'),
      remediation: rem.art17,
    })
  );
}

function sensitive(ctx: RuleContext): FindingDraft {
  const id = 'PI-01.sensitive';
  const inspected = fromInspection(ctx, id, rem.sensitive);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  if (policies.length === 0) {
    return { checkId: id, verdict: 'needs-evidence', message: t('未提供隐私政策，无法判断敏感个人信息告知。', 'No privacy policy supplied to judge the sensitive-information notice.'), missing: needArtifact('policy') };
  }
  // Every scenario of the subject is a face scenario unless it is scan-to-order only; face info is sensitive.
  const faceScenarios = scenariosOf(ctx.subject).filter((s) => s.scanToOrder !== true);
  const mentionsSensitive = policies.some((p) => p.items['face-info']?.present || p.items['sensitive-pi']?.present);
  if (faceScenarios.length === 0 && !mentionsSensitive) {
    return notApplicable(id, t('未见处理人脸等敏感个人信息。', 'No sensitive personal information such as face data is processed.'));
  }
  // Art.30 notice items: necessity and impact. Whether separate consent is actually obtained is judged from
  // the consent flow (PI-08, FR-04); a sentence promising it is quoted when present.
  const necessity = sentencesTagged(policies, ['sensitive-pi']);
  const consent = [...sentencesTagged(policies, ['face-separate-consent']), ...statementHits(policies, 'separate-consent')];
  if (necessity.length === 0) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('隐私政策未告知处理敏感个人信息的必要性及对个人权益的影响。', 'The policy does not state why sensitive information is necessary and how it affects the individual.'),
      evidence: [
        ...policies.map((p): Evidence => ({ kind: 'quote', text: 'no sentence tagged sensitive-pi', location: p.source })),
        ...faceScenarios.slice(0, 1).map((s) => scenarioFact(s, 'type', s.type)),
      ],
      remediation: rem.sensitive,
      missing: ['policy-item:sensitive-pi'],
    };
  }
  return {
    checkId: id,
    verdict: 'pass',
    message: consent.length
      ? t('隐私政策说明了敏感个人信息处理的必要性、影响，并写明取得单独同意。', 'The policy states necessity, impact and separate consent for sensitive information.')
      : t('隐私政策说明了敏感个人信息处理的必要性和影响（单独同意的实际取得见 PI-08、FR-04）。', 'The policy states necessity and impact for sensitive information (separate consent itself: see PI-08, FR-04).'),
    evidence: [...necessity.slice(0, 1), ...consent.slice(0, 1)].map(quoteHit),
  };
}

function crossBorder(ctx: RuleContext): FindingDraft {
  const id = 'PI-01.cross-border';
  const inspected = fromInspection(ctx, id, rem.crossBorder);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  const tagged = sentencesTagged(policies, ['cross-border']);
  const hits = statementHits(policies, 'transfer-abroad');
  if (hits.length) {
    // an element counts when the analyzer found it in the passage of a transfer in the same policy
    const named = (id: PolicyStatementId) => statementHits(policies, id).some((e) => hits.some((h) => h.policy === e.policy));
    const lacking = CROSS_BORDER_ELEMENTS.filter((e) => !named(e.id));
    const quotes = hits.slice(0, 3).map(quoteHit);
    if (lacking.length) {
      return {
        checkId: id,
        verdict: 'fail',
        message: t(
          `隐私政策提及向境外传输个人信息，但未告知：${lacking.map((e) => e.zh).join('、')}（关键词核对，请人工复核）。`,
          `The policy mentions transfer abroad but does not state: ${lacking.map((e) => e.en).join(', ')} (keyword check; confirm by reading).`,
        ),
        evidence: quotes,
        remediation: rem.crossBorder,
      };
    }
    return { checkId: id, verdict: 'pass', message: t('隐私政策告知了向境外传输的各项事项。', 'The policy states the items for transfer abroad.'), evidence: quotes };
  }
  const a = ctx.answer(Q_CROSS_BORDER);
  if (a === 'not-applicable') {
    return { checkId: id, verdict: 'not-applicable', message: t('自查答复不向境外传输个人信息。', 'Answered that no personal information goes abroad.'), evidence: [answerEvidence(Q_CROSS_BORDER, a)] };
  }
  if (a === 'no' || a === 'partial' || a === false) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('自查答复向境外传输个人信息但未完整告知。', 'Answered that personal information goes abroad without a complete notice.'),
      evidence: [answerEvidence(Q_CROSS_BORDER, a)],
      remediation: rem.crossBorder,
    };
  }
  if ((a === 'yes' || a === true) && policies.length) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('自查答复向境外传输个人信息，但所附隐私政策中没有实际向境外传输的告知。', 'Answered that information goes abroad, but the supplied policy does not say that it does.'),
      evidence: [
        answerEvidence(Q_CROSS_BORDER, a),
        ...(tagged.length ? tagged.slice(0, 2).map(quoteHit) : policies.map((p): Evidence => ({ kind: 'quote', text: 'no sentence tagged cross-border', location: p.source }))),
      ],
      remediation: rem.crossBorder,
    };
  }
  return {
    checkId: id,
    verdict: 'needs-evidence',
    message: t('无法判断是否向境外传输个人信息及其告知。', 'Cannot tell whether personal information goes abroad and how that is told.'),
    missing: [...needQuestion(Q_CROSS_BORDER), ...(policies.length ? [] : needArtifact('policy'))],
  };
}

function minors(ctx: RuleContext): FindingDraft {
  const id = 'PI-01.minors';
  const inspected = fromInspection(ctx, id, rem.minors);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  const scenarios = scenariosOf(ctx.subject);
  const involved = scenarios.filter((s) => s.subjects?.minorsUnder14 === true);
  const unknown = scenarios.some((s) => s.subjects?.minorsUnder14 === undefined);
  const docs = policies.filter(isMinorsPolicy);
  const clauses = sentencesTagged(policies, ['minors']);
  if (involved.length === 0 && !unknown) {
    return notApplicable(id, t('各场景均不涉及不满十四周岁未成年人。', 'No scenario involves children under 14.'));
  }
  if (involved.length === 0 && docs.length === 0 && clauses.length === 0) {
    return {
      checkId: id,
      verdict: 'needs-evidence',
      message: t('未说明是否处理不满十四周岁未成年人个人信息。', 'Not stated whether children under 14 are concerned.'),
      missing: [...needFact('scenario.subjects.minorsUnder14'), ...(policies.length ? [] : needArtifact('policy'))],
    };
  }
  const why = involved.map((s) => scenarioFact(s, 'subjects.minorsUnder14', true));
  if (policies.length === 0) {
    return { checkId: id, verdict: 'needs-evidence', message: t('未提供隐私政策或未成年人个人信息处理规则。', 'No policy or children\'s rules supplied.'), evidence: why, missing: needArtifact('policy') };
  }
  const doc = docs[0];
  if (doc) {
    const { found, missing } = itemsIn(doc, ART17);
    if (missing.length) {
      return {
        checkId: id,
        verdict: 'fail',
        message: t(`未成年人个人信息处理规则缺少告知事项：${missing.join('、')}。`, `The children's rules lack: ${missing.join(', ')}.`),
        evidence: [{ kind: 'quote', text: `no sentence tagged ${missing.join(', ')}`, location: doc.source }, ...found],
        remediation: rem.minors,
        missing: missing.map((i) => `policy-item:${i}`),
      };
    }
    return { checkId: id, verdict: 'pass', message: t('已有专门的未成年人个人信息处理规则，告知事项齐全。', 'Dedicated children\'s rules with the required items.'), evidence: [...why, ...found] };
  }
  if (clauses.length) {
    return {
      checkId: id,
      verdict: 'pass',
      message: t('隐私政策含未成年人个人信息处理条款（是否独立成文见 PI-07）。', 'The policy has clauses on children\'s information (for a separate document see PI-07).'),
      evidence: [...why, ...clauses.slice(0, 2).map(quoteHit)],
    };
  }
  return {
    checkId: id,
    verdict: 'fail',
    message: t('场景涉及不满十四周岁未成年人，但处理规则中没有未成年人个人信息的内容。', 'Children under 14 are concerned, but the rules say nothing about their information.'),
    evidence: [...why, ...policies.map((p): Evidence => ({ kind: 'quote', text: 'no sentence tagged minors', location: p.source }))],
    remediation: rem.minors,
  };
}

const rule: Rule = {
  id: 'PI-01',
  chapter: 'PI',
  title: t('公开个人信息处理规则', 'Processing rules published with the required items'),
  requirement: t(
    '处理个人信息前以显著方式、清晰易懂的语言告知《个人信息保护法》第十七条事项；处理敏感个人信息的还应告知必要性和对个人权益的影响并取得单独同意；向境外传输的告知境外接收方等事项；处理不满十四周岁未成年人个人信息的制定专门规则。',
    'Before processing, state the PIPL Art.17 items prominently and plainly; for sensitive information also its necessity and impact, with separate consent; for transfer abroad the recipient and related items; for children under 14, dedicated rules.',
  ),
  source: ['seed 001 §2.2(1)', 'PIPL Art.17', 'PIPL Art.30', 'PIPL Art.31', 'PIPL Art.39'],
  decidedBy: ['P'],
  scope: 'processor',
  inputs: {
    artifacts: ['policy'],
    questions: [Q_CROSS_BORDER],
    facts: ['scenario.subjects.minorsUnder14', 'scenario.scanToOrder'],
  },
  manual: {
    method: [
      '查验隐私政策及其他个人信息处理规则告知材料中是否包含上述内容；',
      '查看处理敏感个人信息情况说明，验证存在哪些处理敏感个人信息的情况；查看处理敏感个人信息向个人告知处理敏感个人信息的必要性以及对个人权益的影响的方式；查看根据法律、行政法规规定，处理哪些敏感个人信息需要取得书面同意；访谈了解在处理敏感个人信息时取得书面同意的方式方法。',
      '访谈了解是否存在向境外传输个人信息的情况，查验个人信息保护管理相关制度中是否说明向境外传输个人信息的情况；',
      '访谈了解相关的未成年人工作机制，个人信息保护政策；',
      '查验个人信息处理者的隐私政策和产品中是否有制定专门的不满十四周岁未成年人个人信息处理规则并予以发布；',
      '访谈了解征得未成年人的父母或其监护人的明示同意的方式。',
    ],
    evidence: ['隐私政策或其他个人信息处理规则；', '不满十四周岁未成年人隐私政策等；', '告知机制、告知文案、告知记录等。'],
  },
  evaluate(ctx) {
    return [art17(ctx), sensitive(ctx), crossBorder(ctx), minors(ctx)];
  },
};
export default rule;
