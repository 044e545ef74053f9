import type { Evidence } from '../../core/types.js';
import type { Rule } from '../rule.js';
import { answerSignal, factEvidence, faceRequests, needArtifact, requestEvidence, sdkEvidence, signals, t, weigh } from '../helpers.js';
import { appScope, policyFaceFact } from './common.js';

const Q_SCOPE = 'Q-TAF61D-WITHIN-SCOPE';

const fix = t(
  '只在告知并取得同意的目的、方式和范围内收集人脸信息；确需在其他功能或以其他方式收集的，先更新告知并取得同意。',
  'Collect face information only within the purposes, means and scope users were told of and agreed to; before collecting it anywhere else or any other way, update the notice and get consent.',
);

const rule: Rule = {
  id: 'TAF-6.1d',
  chapter: 'TAF',
  title: t('不超出告知同意的范围收集人脸信息', 'No face collection beyond the consented scope'),
  requirement: t('不应超过向用户告知并取得同意的范围收集人脸信息。', 'Face information is not collected beyond the scope the user was told of and agreed to.'),
  source: ['TAF 6.1 d)', 'seed 003 §6.1'],
  decidedBy: ['A', 'T', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['app', 'traffic', 'policy'], questions: [Q_SCOPE], facts: ['scenario.consent'] },
  manual: {
    method: [
      '比对隐私政策所述的人脸信息收集场景与 App 实际调用摄像头、人脸识别 SDK 的场景。',
      '抓包确认未在未告知的功能中上传人脸图像或特征。',
    ],
    evidence: ['隐私政策文件', '抓包记录（HAR）', '人脸采集界面录屏'],
  },
  evaluate(ctx) {
    const s = signals();
    answerSignal(ctx, s, Q_SCOPE);

    // What the app and traffic show being collected, against what the user was told and agreed to.
    const seen: Evidence[] = [];
    for (const app of ctx.artifacts.app) for (const sdk of app.sdks.filter((x) => x.face)) seen.push(sdkEvidence(app, sdk, 'face SDK'));
    const sent = faceRequests(ctx).map(({ source, request }) => requestEvidence(source, request, request.faceData?.reason));
    seen.push(...sent);
    const policies = ctx.artifacts.policy;
    if (seen.length && policies.length && policies.every((p) => !p.facts.face.mentioned && !p.items['face-info']?.present)) {
      s.bad.push(...seen, ...policies.map((p) => ({ kind: 'quote' as const, text: '隐私政策未提及人脸信息 / the policy never mentions face information', location: p.source })));
    }
    const saysLocal = policies.filter((p) => p.facts.face.processing === 'local');
    if (sent.length && saysLocal.length) s.bad.push(...sent, ...saysLocal.map((p) => policyFaceFact(p, 'processing')));
    if (seen.length && ctx.scenario!.consent === 'none') s.bad.push(...seen, factEvidence('scenario.consent', 'none'));
    if (!ctx.artifacts.app.length && !ctx.artifacts.traffic.length) s.missing.push(...needArtifact('app', 'traffic'));

    return [
      weigh(ctx, {
        checkId: 'TAF-6.1d',
        signals: { ...s, bad: [...new Set(s.bad)] },
        fail: t('收集人脸信息超出了告知并取得同意的范围。', 'Face information is collected beyond what users were told of and agreed to.'),
        pass: t('自查答复仅在告知同意的范围内收集人脸信息，所提供的安装包与抓包均未见相反情况。', 'Answered: face information is collected only within the consented scope; no supplied app or capture shows otherwise.'),
        unknown: t('无法判断是否超范围收集人脸信息。', 'Cannot tell whether face information is collected beyond the consented scope.'),
        remediation: fix,
      }),
    ];
  },
};
export default rule;
