import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, isSeparateConsent, needArtifact, needFact, practice, sdkEvidence, t } from '../helpers.js';
import { around, quoteHit, sentencesTagged, statementHits, type Hit } from './policy-text.js';
import { hasOnlineScenario, scenarioFact, scenariosOf } from './util.js';

const Q_STOPS = 'Q-PI17-OFF-STOPS-COLLECTION';
const Q_TAGS = 'Q-PI17-TAG-DELETION';

const rem = {
  disclosure: t('在隐私政策中明确收集的个人信息用于广告、用户画像、个性化推荐等功能。', 'State in the policy that personal information is used for advertising, profiling and personalised recommendation.'),
  off: t('提供易于理解、便于访问和操作的个性化推荐关闭选项，并在隐私政策中说明路径。', 'Offer an easy-to-find, easy-to-use switch to turn personalised recommendation off, and say in the policy where it is.'),
  stops: t('用户关闭个性化推荐后，停止为此收集和使用其个人信息。', 'Once personalised recommendation is off, stop collecting and using information for it.'),
  tags: t('提供删除用户个人特征标签（画像）的功能。', 'Offer a way to delete the personal tags (profile) kept about a user.'),
  labels: t('停止在未取得单独同意的情况下对个人标注标签（如“疑似小偷”），删除已有标签。', 'Stop labelling people (e.g. "suspected thief") without separate consent, and delete existing labels.'),
};

/** Signs that personalised recommendation, advertising or profiling takes place. */
function signs(ctx: RuleContext): { yes: Evidence[]; unknown: string[] } {
  const yes: Evidence[] = [];
  const unknown: string[] = [];
  yes.push(...statementHits(ctx.artifacts.policy, 'personalization-use').slice(0, 2).map(quoteHit));
  for (const app of ctx.artifacts.app) for (const sdk of app.sdks) if (sdk.categories.includes('ads')) yes.push(sdkEvidence(app, sdk, 'advertising SDK'));
  for (const s of scenariosOf(ctx.subject)) {
    if (s.usedForProfiling === true) yes.push(scenarioFact(s, 'usedForProfiling', true));
    if (s.labelsPersons === true) yes.push(scenarioFact(s, 'labelsPersons', true));
    if (s.usedForProfiling === undefined && !unknown.includes('scenario.usedForProfiling')) unknown.push('scenario.usedForProfiling');
  }
  if (hasOnlineScenario(ctx.subject) && ctx.artifacts.app.length === 0) unknown.push('artifact:app');
  if (ctx.artifacts.policy.length === 0) unknown.push('artifact:policy');
  return { yes, unknown };
}

const rule: Rule = {
  id: 'PI-17',
  chapter: 'PI',
  title: t('个性化推荐与用户画像', 'Personalised recommendation and profiling'),
  requirement: t(
    '在处理规则中明确个人信息用于广告、用户画像；提供易于操作的个性化推荐关闭选项，关闭后停止相应收集；提供删除个人特征标签的功能。',
    'The rules say that information is used for advertising and profiling; an easy switch turns personalised recommendation off, after which collection for it stops; personal tags can be deleted.',
  ),
  source: ['seed 004', 'PIPL Art.24'],
  decidedBy: ['P', 'A', 'Q', 'E'],
  scope: 'processor',
  inputs: {
    artifacts: ['policy', 'app'],
    facts: ['scenario.usedForProfiling', 'scenario.labelsPersons', 'scenario.consent'],
    questions: [Q_STOPS, Q_TAGS],
    evidence: ['test-report'],
  },
  evaluate(ctx) {
    const policies = ctx.artifacts.policy;
    const { yes, unknown } = signs(ctx);
    if (yes.length === 0) {
      const anyInspection = ctx.inspection('PI-17');
      if (anyInspection) return [fromInspection(ctx, 'PI-17', rem.disclosure)!];
      if (unknown.length) {
        return [
          {
            checkId: 'PI-17',
            verdict: 'needs-evidence',
            message: t('无法判断是否存在个性化推荐、定向广告或用户画像。', 'Cannot tell whether personalised recommendation, targeted ads or profiling take place.'),
            missing: unknown.map((u) => (u.startsWith('artifact:') ? u : needFact(u)[0]!)),
          },
        ];
      }
      return [{ checkId: 'PI-17', verdict: 'not-applicable', message: t('未见个性化推荐、广告或用户画像。', 'No personalised recommendation, advertising or profiling found.') }];
    }

    const out: FindingDraft[] = [];
    const personal = sentencesTagged(policies, ['personalization']);
    const noPolicy = policies.length === 0;
    const needPolicy = (checkId: string): FindingDraft => ({ checkId, verdict: 'needs-evidence', message: t('未提供隐私政策。', 'No privacy policy supplied.'), evidence: yes, missing: needArtifact('policy') });

    out.push(
      fromInspection(ctx, 'PI-17.disclosure', rem.disclosure) ??
        (noPolicy
          ? needPolicy('PI-17.disclosure')
          : personal.length
            ? { checkId: 'PI-17.disclosure', verdict: 'pass', message: t('隐私政策说明了个性化推荐或广告用途。', 'The policy states the use for personalisation or advertising.'), evidence: personal.slice(0, 2).map(quoteHit) }
            : {
                checkId: 'PI-17.disclosure',
                verdict: 'fail',
                message: t('存在广告或画像迹象，但隐私政策未说明个人信息用于广告、用户画像。', 'There are signs of advertising or profiling, but the policy does not say information is used for them.'),
                evidence: yes,
                remediation: rem.disclosure,
              }),
    );

    // a switch-off statement next to a personalisation sentence or among the withdraw-consent sentences
    const isOff = (h: Hit) => offStated.some((x) => x.policy === h.policy && x.index === h.index);
    const offStated = statementHits(policies, 'personalization-off');
    const offHits = [...personal.flatMap((h) => around(h, 1)), ...sentencesTagged(policies, ['withdraw-consent'])].filter(isOff);
    out.push(
      fromInspection(ctx, 'PI-17.switch-off', rem.off) ??
        (noPolicy
          ? needPolicy('PI-17.switch-off')
          : offHits.length
            ? { checkId: 'PI-17.switch-off', verdict: 'pass', message: t('隐私政策说明了关闭个性化推荐的方式。', 'The policy says how to turn personalised recommendation off.'), evidence: offHits.slice(0, 2).map(quoteHit) }
            : {
                checkId: 'PI-17.switch-off',
                verdict: 'fail',
                message: t('隐私政策未提供关闭个性化推荐或定向广告的方式。', 'The policy gives no way to turn personalised recommendation or targeted ads off.'),
                evidence: [...yes.slice(0, 3), ...policies.map((p): Evidence => ({ kind: 'quote', text: 'no sentence on turning personalisation off', location: p.source }))],
                remediation: rem.off,
              }),
    );

    out.push(practice(ctx, { checkId: 'PI-17.stops-collecting', question: Q_STOPS, evidence: ['test-report'], practice: t('关闭个性化推荐后停止为此收集个人信息', 'collection for personalisation stops once it is turned off'), remediation: rem.stops }));

    const tagHits = statementHits(policies, 'tag-deletion');
    const tags = fromInspection(ctx, 'PI-17.tag-deletion', rem.tags);
    out.push(
      tags ??
        (tagHits.length && !['no', 'partial', false].includes(ctx.answer(Q_TAGS) as string | boolean)
          ? { checkId: 'PI-17.tag-deletion', verdict: 'pass', message: t('隐私政策说明了删除个人标签的方式。', 'The policy says how to delete personal tags.'), evidence: tagHits.slice(0, 2).map(quoteHit) }
          : practice(ctx, { checkId: 'PI-17.tag-deletion', question: Q_TAGS, evidence: ['test-report'], practice: t('提供删除个人特征标签的功能', 'personal tags can be deleted'), remediation: rem.tags })),
    );

    // People labelled at a venue (超市“疑似小偷”标签) without separate consent.
    const labelled = scenariosOf(ctx.subject).filter((s) => s.labelsPersons === true);
    if (labelled.length) {
      const bad = labelled.filter((s) => s.consent !== undefined && !isSeparateConsent(s.consent));
      const unstated = labelled.filter((s) => s.consent === undefined);
      out.push(
        fromInspection(ctx, 'PI-17.labels', rem.labels) ??
          (bad.length
            ? {
                checkId: 'PI-17.labels',
                verdict: 'fail',
                message: t('未经单独同意对个人标注标签。', 'People are labelled without their separate consent.'),
                evidence: bad.flatMap((s) => [scenarioFact(s, 'labelsPersons', true), scenarioFact(s, 'consent', s.consent)]),
                remediation: rem.labels,
              }
            : unstated.length
              ? {
                  checkId: 'PI-17.labels',
                  verdict: 'needs-evidence',
                  message: t('对个人标注标签，但未说明是否取得单独同意。', 'People are labelled; not stated whether separate consent was obtained.'),
                  evidence: unstated.map((s) => scenarioFact(s, 'labelsPersons', true)),
                  missing: needFact('scenario.consent'),
                }
              : { checkId: 'PI-17.labels', verdict: 'pass', message: t('标注标签已取得单独同意。', 'Labelling rests on separate consent.'), evidence: labelled.map((s) => scenarioFact(s, 'consent', s.consent)) }),
      );
    }
    return out;
  },
};
export default rule;
