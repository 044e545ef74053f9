import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { factCheck, factEvidence, fromInspection, needFact, practice, signals, t, weigh } from '../helpers.js';
import { LOCAL_TYPES, REMOTE_TYPES, appScope, faceLeavingEvidence, joinText } from './common.js';

const Q_MINIMUM = 'Q-TAF62D-MINIMUM';

const rawFix = t(
  '不直接存储人脸样本（原始图像、视频帧），只存储比对所需的特征值或模板。',
  'Do not store face samples (raw images, video frames); store only the features or templates comparison needs.',
);
const localFix = t(
  '智能体验类、本地核身类场景的人脸信息只存储在用户设备本地，不上传或保存到服务器。',
  'For experience and local-verification scenarios, keep face information on the user\'s device only; do not upload it or keep it on a server.',
);
const encryptFix = t('远程核身类场景在服务器端加密存储人脸信息。', 'For remote verification, store face information encrypted on the server.');
const minimumFix = t('只存储实现用户同意目的所需的最少人脸信息。', 'Store only the least face information the consented purpose needs.');

const rule: Rule = {
  id: 'TAF-6.2d',
  chapter: 'TAF',
  title: t('只存储最少人脸信息，按场景限定存储方式', 'Store the minimum face information, as the scenario type allows'),
  requirement: t(
    '应只存储满足授权目的所需的最少人脸信息：智能体验类、本地核身类仅限本地存储且不直接存储人脸样本；远程核身类、本地与远程核身类不直接存储人脸样本且加密存储。',
    'Store only the least face information the consented purpose needs: experience and local verification store on the device only and keep no face samples; remote and hybrid verification keep no face samples and store encrypted.',
  ),
  source: ['TAF 6.2 d)', 'TAF 5', 'seed 003 §6.2'],
  decidedBy: ['A', 'T', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: {
    artifacts: ['app', 'traffic', 'policy'],
    questions: [Q_MINIMUM],
    facts: ['scenario.type', 'scenario.rawImagesStored', 'scenario.storage', 'scenario.faceLeavesDevice', 'scenario.encryptedAtRest'],
  },
  manual: {
    method: ['查看存储架构与存储的数据项，确认不存储人脸原始样本；本地类场景确认仅在设备本地存储；远程类场景确认加密存储。'],
    evidence: ['存储架构图、配置文件', '加密说明、密钥策略'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.2d', joinText(rawFix, LOCAL_TYPES.includes(ctx.scenario!.type) ? localFix : encryptFix, minimumFix));
    if (whole) return [whole];
    const s = ctx.scenario!;
    const out: FindingDraft[] = [
      factCheck(ctx, {
        checkId: 'TAF-6.2d.raw-samples',
        fact: 'scenario.rawImagesStored',
        value: s.rawImagesStored,
        bad: (v) => v === true,
        failMessage: t('直接存储了人脸样本（原始图像）。', 'Face samples (raw images) are stored.'),
        passMessage: t('不直接存储人脸样本。', 'No face samples are stored.'),
        remediation: rawFix,
      }),
    ];
    if (LOCAL_TYPES.includes(s.type)) out.push(localOnly(ctx));
    else if (REMOTE_TYPES.includes(s.type)) {
      out.push(
        factCheck(ctx, {
          checkId: 'TAF-6.2d.encrypted',
          fact: 'scenario.encryptedAtRest',
          value: s.encryptedAtRest,
          bad: (v) => v === false,
          failMessage: t('远程核身类场景的人脸信息未加密存储。', 'Remote verification stores face information unencrypted.'),
          passMessage: t('人脸信息加密存储。', 'Face information is stored encrypted.'),
          remediation: encryptFix,
        }),
      );
    }
    out.push(
      practice(ctx, {
        checkId: 'TAF-6.2d.minimum',
        question: Q_MINIMUM,
        practice: t('只存储实现同意目的所需的最少人脸信息', 'only the least face information the consented purpose needs is stored'),
        remediation: minimumFix,
      }),
    );
    return out;
  },
};

/** Experience and local verification: storage on the device only; anything sent off the device or a server store fails. */
function localOnly(ctx: RuleContext): FindingDraft {
  const s = ctx.scenario!;
  const sig = signals();
  if (s.storage && s.storage !== 'device') sig.bad.push(factEvidence('scenario.storage', s.storage));
  sig.bad.push(...faceLeavingEvidence(ctx));
  if (s.storage === 'device') sig.good.push(factEvidence('scenario.storage', s.storage));
  else sig.missing.push(...needFact('scenario.storage'));
  return weigh(ctx, {
    checkId: 'TAF-6.2d.local-only',
    signals: sig,
    fail: t(
      `${s.type === 'experience' ? '智能体验类' : '本地核身类'}场景的人脸信息未仅在本地存储（存于服务器或被发出设备）。`,
      `This ${s.type} scenario does not keep face information on the device only (it is on a server or sent off the device).`,
    ),
    pass: t('人脸信息仅存储在设备本地。', 'Face information is stored on the device only.'),
    unknown: t('无法判断人脸信息是否仅在本地存储。', 'Cannot tell whether face information is stored on the device only.'),
    remediation: localFix,
  });
}
export default rule;
