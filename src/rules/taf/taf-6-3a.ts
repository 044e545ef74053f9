import type { Rule } from '../rule.js';
import { factEvidence, faceRequests, needArtifact, needFact, requestEvidence, signals, t, weigh } from '../helpers.js';
import { appScope, itemQuote, policyFaceFact, problemEvidence } from './common.js';

/** Policy problem the analyzer emits when the policy says face info feeds profiling or targeted push. */
const PROFILING_PROBLEMS = ['face-profiling'] as const;
/** SDK categories whose receiving face data means profiling or targeting. */
const TARGETING_SDKS = ['ads', 'analytics', 'push'];

const fix = t(
  '停止基于人脸信息（含年龄、性别等人脸特性）生成用户画像、打标签或定向推送，删除已生成的画像标签，并在隐私政策中明确承诺不用于画像和定向推送。',
  'Stop building profiles, labels or targeted pushes from face information (including age, gender and other face properties), delete the labels already made, and promise in the policy that face information is never used for them.',
);

const rule: Rule = {
  id: 'TAF-6.3a',
  chapter: 'TAF',
  title: t('不基于人脸信息画像或定向推送', 'No profiling or targeted push from face information'),
  requirement: t('不应基于人脸信息生成用户画像，且不应基于人脸信息进行定向推送。', 'Face information is not used to build user profiles or for targeted push.'),
  source: ['TAF 6.3 a)', 'seed 003 §6.3'],
  decidedBy: ['P', 'A', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy', 'app', 'traffic'], facts: ['scenario.usedForProfiling', 'scenario.labelsPersons'] },
  manual: {
    method: ['查阅隐私政策中人脸信息的使用目的，确认未用于画像、标签或定向推送；抓包确认人脸数据未发送至广告、统计或推送 SDK。'],
    evidence: ['隐私政策文件', '抓包记录（HAR）', '第三方共享信息清单'],
  },
  evaluate(ctx) {
    const s = ctx.scenario!;
    const sig = signals();
    const policies = ctx.artifacts.policy;
    if (s.usedForProfiling === true) sig.bad.push(factEvidence('scenario.usedForProfiling', true));
    if (s.labelsPersons === true) sig.bad.push(factEvidence('scenario.labelsPersons', true));
    for (const p of policies) if (p.facts.face.profiling === true) sig.bad.push(policyFaceFact(p, 'profiling'));
    sig.bad.push(...problemEvidence(policies, PROFILING_PROBLEMS));

    // Face data sent to an advertising, analytics or push SDK's host (SDK known from the app analysis).
    const sdkCategories = new Map(ctx.artifacts.app.flatMap((a) => a.sdks.map((x) => [x.id, x.categories] as const)));
    for (const { source, request } of faceRequests(ctx)) {
      const cats = request.thirdParty?.sdkId ? sdkCategories.get(request.thirdParty.sdkId) : undefined;
      const hit = cats?.filter((c) => TARGETING_SDKS.includes(c));
      if (hit?.length) sig.bad.push(requestEvidence(source, request, `face data to ${request.thirdParty?.name ?? request.thirdParty?.sdkId} (${hit.join(', ')})`));
    }

    if (s.usedForProfiling === false) sig.good.push(factEvidence('scenario.usedForProfiling', false));
    const promised = policies.filter((p) => p.facts.face.profiling === false);
    if (promised.length) {
      const q = itemQuote(promised, 'face-no-sharing');
      sig.good.push(...promised.map((p) => policyFaceFact(p, 'profiling')), ...(q ? [q] : []));
    }
    if (s.usedForProfiling === undefined) sig.missing.push(...needFact('scenario.usedForProfiling'));
    if (!policies.length) sig.missing.push(...needArtifact('policy'));

    return [
      weigh(ctx, {
        checkId: 'TAF-6.3a',
        signals: sig,
        fail: t('人脸信息被用于用户画像、打标签或定向推送。', 'Face information is used for profiling, labelling or targeted push.'),
        pass: t('人脸信息不用于用户画像或定向推送。', 'Face information is not used for profiling or targeted push.'),
        unknown: t('无法判断人脸信息是否用于画像或定向推送。', 'Cannot tell whether face information is used for profiling or targeted push.'),
        remediation: fix,
      }),
    ];
  },
};
export default rule;
