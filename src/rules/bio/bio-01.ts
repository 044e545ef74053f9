// BIO-01: presentation attack detection (liveness) where face recognition verifies identity, and which
// sensing it rests on — 2D RGB only is weaker against well-made masks (seed 000 §2(3)).
import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerEvidence, documentEvidence, fromInspection, needArtifact, needEvidence, needQuestion, sdkEvidence, t } from '../helpers.js';
import { ONLINE_SETTINGS } from '../pi/util.js';
import { verifiesIdentity } from '../g26/common.js';

const remediation = t(
  '在所有以人脸核验身份的流程中启用活体检测（呈现攻击检测），覆盖照片、视频、面具等攻击方式，并经第三方检测验证；高安全场景优先采用 3D 结构光或近红外活体。',
  'Turn on liveness (presentation attack detection) in every flow where a face verifies identity, covering photos, videos and masks, validated by an independent test; prefer 3D structured light or near-infrared liveness where security needs are high.',
);

export const MODALITIES = ['2d-rgb', '3d-depth', 'nir', '3d-and-nir'] as const;

function livenessCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'BIO-01.liveness';
  const inspected = fromInspection(ctx, checkId, remediation);
  if (inspected) return inspected;
  const apps = ctx.artifacts.app;
  // Liveness SDKs by signature, and model files whose names say liveness / anti-spoofing (app analyzer facts).
  const sdks: Evidence[] = apps.flatMap((app) => [
    ...app.sdks.filter((s) => s.categories.includes('liveness')).map((s) => sdkEvidence(app, s, 'liveness')),
    ...(app.facts?.liveness.models ?? []).map((m): Evidence => ({ kind: 'model', text: `${m} (liveness model file)`, location: app.source })),
  ]);
  const q = 'Q-BIO01-LIVENESS';
  const a = ctx.answer(q);
  if (a === 'no' || a === 'partial' || a === false) {
    return {
      checkId,
      verdict: 'fail',
      message: t('以人脸核验身份的流程未（全部）启用活体检测。', 'Liveness detection is not on in (every) flow where a face verifies identity.'),
      evidence: [answerEvidence(q, a), ...sdks],
      remediation,
    };
  }
  if (sdks.length) {
    return {
      checkId,
      verdict: 'pass',
      message: t('应用集成了活体检测 SDK 或活体检测模型。', 'The app embeds a liveness detection SDK or model.'),
      evidence: [...sdks, ...(a === 'yes' ? [answerEvidence(q, a)] : [])],
    };
  }
  if (a === 'yes' || a === true) {
    // No known liveness SDK: an in-house or device-side liveness claim needs its test report.
    const reports = ctx.evidence('test-report');
    if (reports.length) {
      return { checkId, verdict: 'pass', message: t('已启用活体检测，并附测试报告。', 'Liveness detection is on, with a test report.'), evidence: [answerEvidence(q, a), ...reports.map(documentEvidence)] };
    }
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('自查答复已启用活体检测，但未发现已知活体 SDK，也未附测试报告。', 'Answered yes, but no known liveness SDK was found and no test report is attached.'),
      evidence: [answerEvidence(q, a)],
      missing: needEvidence('test-report'),
    };
  }
  const online = ctx.scenario && ONLINE_SETTINGS.includes(ctx.scenario.setting);
  return {
    checkId,
    verdict: 'needs-evidence',
    message: apps.length
      ? t('应用中未发现已知的活体检测 SDK（可能为自研或设备端实现），需确认是否启用活体检测。', 'No known liveness SDK found in the app (it may be in-house or on the device): confirm liveness detection is on.')
      : t('未说明是否启用活体检测。', 'Not stated whether liveness detection is on.'),
    evidence: apps.map((app) => ({ kind: 'sdk' as const, text: `no liveness SDK among ${app.sdks.length} SDKs recognised`, location: app.source })),
    missing: [...needQuestion(q), ...(apps.length === 0 && online ? needArtifact('app') : [])],
  };
}

function modalityCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'BIO-01.modality';
  const q = 'Q-BIO01-MODALITY';
  const a = ctx.answer(q);
  if (a === undefined || a === null || a === '') {
    return { checkId, verdict: 'needs-evidence', message: t('未说明活体检测基于 2D 摄像头还是 3D 深度、近红外传感器。', 'Not stated whether liveness rests on a 2D camera or on 3D depth or near-infrared sensing.'), missing: needQuestion(q) };
  }
  const ev = [answerEvidence(q, a)];
  if (a === '2d-rgb') {
    return {
      checkId,
      verdict: 'pass',
      message: t(
        '注意：活体检测仅基于 2D RGB 摄像头，对制作精良的面具、头模等假体防范能力较弱；高安全需求场景宜采用 3D 深度或近红外活体。',
        'Note: liveness rests on a 2D RGB camera only, which is weaker against well-made masks and heads; high-security uses should add 3D depth or near-infrared liveness.',
      ),
      evidence: ev,
    };
  }
  if ((MODALITIES as readonly unknown[]).includes(a)) {
    return { checkId, verdict: 'pass', message: t('活体检测使用 3D 深度或近红外等多模态数据。', 'Liveness uses 3D depth or near-infrared data.'), evidence: ev };
  }
  return { checkId, verdict: 'needs-evidence', message: t(`无法识别的答复：${String(a)}。`, `Unrecognised answer: ${String(a)}.`), evidence: ev, missing: needQuestion(q) };
}

const rule: Rule = {
  id: 'BIO-01',
  chapter: 'BIO',
  title: t('活体检测（呈现攻击检测）', 'Liveness (presentation attack detection)'),
  requirement: t(
    '以人脸识别核验身份时具备呈现攻击检测（活体检测）能力；说明基于 2D 摄像头还是 3D 深度、近红外传感器。',
    'Where face recognition verifies identity, presentation attack detection (liveness) is in place; whether it uses a 2D camera only or 3D depth / near-infrared is noted.',
  ),
  source: ['seed 000 §2(3)', 'seed 000 §3(6)'],
  decidedBy: ['A', 'Q'],
  scope: 'scenario',
  applies: {
    when: (s) => verifiesIdentity(s),
    whenText: t('仅适用于以人脸识别核验身份的场景。', 'Applies only where face recognition verifies identity.'),
  },
  inputs: { artifacts: ['app'], questions: ['Q-BIO01-LIVENESS', 'Q-BIO01-MODALITY'], evidence: ['test-report'], facts: ['scenario.type', 'scenario.verifiesIdentity'] },
  evaluate(ctx) {
    const liveness = livenessCheck(ctx);
    // Without liveness, which sensor it would use is beside the point.
    return liveness.verdict === 'fail' ? [liveness] : [liveness, modalityCheck(ctx)];
  },
};
export default rule;
