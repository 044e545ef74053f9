import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { documentEvidence, factEvidence, fromInspection, needEvidence, needFact, practice, quote, t } from '../helpers.js';

const purposeFix = t(
  '以明确、具体的表述写明人脸识别的目的（如“员工考勤”“访客管理”“门禁识别”），不使用“提升服务”“安全管理”等笼统表述，并形成告知目的的书面文档。',
  'State the purpose of face recognition concretely (e.g. staff attendance, visitor management, door access), not vaguely ("improve service", "security management"), and keep a written statement of it.',
);
const necessityFix = t(
  '评估是否有刷卡、密码、手机NFC等非人脸方式能达到同一目的；能达到的，不以人脸识别处理；确需人脸的，仅在必要时采集最小范围的信息，并在影响评估中论证必要性。',
  'Check whether a card, password or phone NFC achieves the same purpose; if so, do not use face recognition. Where face is truly needed, collect only the minimum and only when needed, and argue the necessity in the impact assessment.',
);
const impactFix = t(
  '只保存人脸特征值而非原始照片，停止对个人作画像、打标签（如“疑似小偷”），将处理限于所述目的。',
  'Keep face templates, not raw photos; stop profiling or labelling persons (e.g. "suspected thief"); keep processing to the stated purpose.',
);

// A purpose made only of these words says nothing concrete (seed 001 §2.1(1): 避免模糊表述).
const VAGUE =
  /^(为了?|用于|出于)?(提升|提高|改善|优化|增强|加强|保障)?(服务(质量|水平)?|用户体验|使用体验|体验|安全(性|管理(水平)?)?|管理(水平|效率)?|运营(需要)?|业务(需要|发展)?|产品研发|研发新产品|其他(用途|目的)?|相关(用途|业务|目的))(等|等目的|等用途|的需要|需要)?$/;

/** True when every part of the purpose is a vague phrase. */
export function isVaguePurpose(purpose: string): boolean {
  const parts = purpose
    .split(/[、,，;；/和及与]+/)
    .map((p) => p.replace(/[\s。.!！“”"']/g, ''))
    .filter(Boolean);
  return parts.length === 0 || parts.every((p) => VAGUE.test(p));
}

function purposeCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-01.purpose';
  const inspected = fromInspection(ctx, checkId, purposeFix);
  if (inspected) return inspected;
  const purpose = ctx.scenario!.purpose;
  const vagueInPolicy: Evidence[] = ctx.artifacts.policy.flatMap((p) =>
    p.problems.filter((x) => x.id === 'vague-purpose').flatMap((x) => x.sentences.map((i) => quote(p, i))),
  );
  if (purpose !== undefined && isVaguePurpose(purpose)) {
    return { checkId, verdict: 'fail', message: t('人脸识别目的表述笼统，不具体。', 'The purpose of face recognition is vague.'), evidence: [factEvidence('scenario.purpose', purpose), ...vagueInPolicy], remediation: purposeFix };
  }
  if (vagueInPolicy.length) {
    return { checkId, verdict: 'fail', message: t('隐私政策中的处理目的表述笼统。', 'The privacy policy states the purpose vaguely.'), evidence: vagueInPolicy, remediation: purposeFix };
  }
  if (purpose === undefined) {
    return { checkId, verdict: 'needs-evidence', message: t('未说明人脸识别的具体目的。', 'The purpose of face recognition is not given.'), missing: needFact('scenario.purpose') };
  }
  const docs = ctx.evidence('purpose-statement');
  if (!docs.length) {
    return { checkId, verdict: 'needs-evidence', message: t('目的具体，但未附告知目的内容相关文档。', 'The purpose is concrete, but no document stating it is attached.'), evidence: [factEvidence('scenario.purpose', purpose)], missing: needEvidence('purpose-statement') };
  }
  return { checkId, verdict: 'pass', message: t('人脸识别目的明确、具体。', 'The purpose of face recognition is concrete.'), evidence: [factEvidence('scenario.purpose', purpose), ...docs.map(documentEvidence)] };
}

// Least impact, decided by facts: raw photos instead of templates, profiling and labelling all go beyond
// what a specific purpose needs (the seed's rectified community kept only feature values).
function impactCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-01.least-impact';
  const inspected = fromInspection(ctx, checkId, impactFix);
  if (inspected) return inspected;
  const s = ctx.scenario!;
  const facts = { 'scenario.rawImagesStored': s.rawImagesStored, 'scenario.usedForProfiling': s.usedForProfiling, 'scenario.labelsPersons': s.labelsPersons };
  const bad = Object.entries(facts).filter(([, v]) => v === true);
  if (bad.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t('处理方式超出对个人权益影响最小的范围（保存原始照片、画像或打标签）。', 'Processing goes beyond the least-impact way (raw photos kept, profiling or labelling).'),
      evidence: bad.map(([k, v]) => factEvidence(k, v)),
      remediation: impactFix,
    };
  }
  const unknown = Object.entries(facts).filter(([, v]) => v === undefined).map(([k]) => k);
  if (unknown.length) {
    return { checkId, verdict: 'needs-evidence', message: t('无法判断是否采取了影响最小的方式。', 'Cannot tell whether the least-impact way is used.'), missing: needFact(...unknown) };
  }
  return {
    checkId,
    verdict: 'pass',
    message: t('仅保存特征值，不画像、不打标签。', 'Only templates kept; no profiling or labelling.'),
    evidence: Object.entries(facts).map(([k, v]) => factEvidence(k, v)),
  };
}

const rule: Rule = {
  id: 'FR-01',
  chapter: 'FR',
  title: t('特定目的、充分必要、影响最小', 'Specific purpose, sufficient necessity, least impact'),
  requirement: t(
    '应用人脸识别技术处理人脸信息，应当具有特定的目的和充分的必要性，采取对个人权益影响最小的方式，并实施严格保护措施；目的应明确具体（如员工考勤、访客管理），避免模糊表述。',
    'Face recognition needs a specific purpose and sufficient necessity, the way with least impact on the individual, and strict protection; the purpose is stated concretely (e.g. staff attendance, visitor management), not vaguely.',
  ),
  source: ['Measures Art.4', 'PIPL Art.28', 'seed 001 §2.1(1)'],
  decidedBy: ['Q', 'P', 'E'],
  scope: 'scenario',
  inputs: {
    questions: ['Q-FR01-NECESSITY'],
    evidence: ['purpose-statement', 'pia-report', 'scenario-list'],
    artifacts: ['policy'],
    facts: ['scenario.purpose', 'scenario.rawImagesStored', 'scenario.usedForProfiling', 'scenario.labelsPersons'],
  },
  manual: {
    method: [
      '检查企业使用人脸识别技术的目的是否符合法律法规，是否用于合法的业务场景，如身份验证、安防监控等；提供明确、具体的人脸识别技术应用目的，如用于员工考勤、访客管理等，避免模糊表述。',
      '检查是否存在其他非人脸识别技术方式可以达到相同目的或同等业务要求。例如，是否可以通过刷卡、密码登录、手机NFC等方式替代人脸识别；评估企业是否选择了对个人权益影响最小的方式。例如，是否仅在必要时采集人脸信息，且采集的信息量是否为实现目的所必需的最小范围。',
    ],
    evidence: ['告知目的内容相关文档'],
  },
  evaluate(ctx) {
    return [
      purposeCheck(ctx),
      practice(ctx, {
        checkId: 'FR-01.necessity',
        question: 'Q-FR01-NECESSITY',
        evidence: ['pia-report', 'scenario-list'],
        practice: t('已论证无其他非人脸方式能达到同一目的，且仅在必要时采集最小范围的人脸信息', 'it is shown that no non-face way meets the same purpose, and face info is collected only when needed and in the minimum amount'),
        remediation: necessityFix,
      }),
      impactCheck(ctx),
    ];
  },
};
export default rule;
