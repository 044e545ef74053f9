import type { Rule } from '../rule.js';
import { factEvidence, faceRequests, needArtifact, needFact, requestEvidence, signals, t, weigh } from '../helpers.js';
import { appScope, itemQuote, policyFaceFact } from './common.js';

const fix = t(
  '停止向第三方共享或转让人脸信息（含通过第三方 SDK 上传）；仅为本方处理而委托他人的，须签订委托处理合同并留存说明，由检查人员核实后记录。',
  'Stop sharing or transferring face information to third parties (including uploads by third-party SDKs); where another party only processes it on your behalf, sign an entrustment contract, keep the statement, and have an inspector verify and record it.',
);

const rule: Rule = {
  id: 'TAF-6.3d',
  chapter: 'TAF',
  title: t('不共享、不转让人脸信息', 'No sharing or transfer of face information'),
  requirement: t('不应共享或转让人脸信息。', 'Face information is not shared or transferred.'),
  source: ['TAF 6.3 d)', 'seed 003 §6.3'],
  decidedBy: ['P', 'T', 'A'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy', 'traffic', 'app'], facts: ['scenario.sharedWithThirdParties'] },
  manual: {
    method: ['查阅隐私政策和第三方共享清单，确认人脸信息不共享、不转让；抓包确认人脸数据未发送至第三方域名。'],
    evidence: ['隐私政策文件', '第三方共享信息清单', '委托处理情况说明及合同', '抓包记录（HAR）'],
  },
  evaluate(ctx) {
    const s = ctx.scenario!;
    const policies = ctx.artifacts.policy;
    const sig = signals();
    if (s.sharedWithThirdParties === true) sig.bad.push(factEvidence('scenario.sharedWithThirdParties', true));
    for (const p of policies) if (p.facts.face.shared === true) sig.bad.push(policyFaceFact(p, 'shared'));
    const sent = faceRequests(ctx);
    // The app analysis names the SDK behind a third-party host when the capture only knows its ID.
    const sdkNames = new Map(ctx.artifacts.app.flatMap((a) => a.sdks.map((x) => [x.id, `${x.name} (${x.vendor})`] as const)));
    for (const { source, request } of sent.filter((r) => r.request.thirdParty)) {
      const who = request.thirdParty?.name ?? (request.thirdParty?.sdkId ? sdkNames.get(request.thirdParty.sdkId) ?? request.thirdParty.sdkId : request.host);
      sig.bad.push(requestEvidence(source, request, `face data to third party ${who}`));
    }

    if (s.sharedWithThirdParties === false) sig.good.push(factEvidence('scenario.sharedWithThirdParties', false));
    const promised = policies.filter((p) => p.facts.face.shared === false);
    if (promised.length) {
      const q = itemQuote(promised, 'face-no-sharing');
      sig.good.push(...promised.map((p) => policyFaceFact(p, 'shared')), ...(q ? [q] : []));
    }
    if (sent.length) sig.good.push(...sent.map(({ source, request }) => requestEvidence(source, request, 'face data to the app\'s own host')));
    sig.missing.push(...needFact('scenario.sharedWithThirdParties'), ...(policies.length ? [] : needArtifact('policy')), ...(ctx.artifacts.traffic.length ? [] : needArtifact('traffic')));

    return [
      weigh(ctx, {
        checkId: 'TAF-6.3d',
        signals: sig,
        fail: t('人脸信息被共享或转让给第三方。', 'Face information is shared with or transferred to third parties.'),
        pass: t('人脸信息不共享、不转让。', 'Face information is neither shared nor transferred.'),
        unknown: t('无法判断人脸信息是否共享或转让。', 'Cannot tell whether face information is shared or transferred.'),
        remediation: fix,
      }),
    ];
  },
};
export default rule;
