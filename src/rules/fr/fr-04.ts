import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import {
  canRefuse,
  documentEvidence,
  factEvidence,
  faceAlternatives,
  fromInspection,
  isSeparateConsent,
  needArtifact,
  needEvidence,
  needFact,
  notApplicable,
  pageAuditable,
  policyDisclosure,
  practice,
  quote,
  t,
} from '../helpers.js';

const separateFix = t(
  '在充分告知后，就人脸信息单独征求同意（单独弹窗或书面同意书，“同意”“拒绝”按钮明确、不默认勾选），不与其他条款捆绑，并留存同意记录。',
  'After full notice, ask for consent to face processing on its own (a separate pop-up or written form with clear "agree" and "refuse" buttons, nothing pre-ticked), not bundled with other terms, and keep the consent records.',
);
const voluntaryFix = t(
  '为不同意刷脸的个人提供其他合理、便捷的方式（刷卡、密码、人工核验等），拒绝人脸识别不得影响其获得服务。',
  'Give those who refuse face recognition another reasonable, convenient way (card, password, manual check); refusing must not cost them the service.',
);
const withdrawFix = t(
  '提供与给予同意同样便捷的撤回途径（如线上渠道随时撤回），在处理规则中写明撤回方式，撤回后停止处理并删除人脸信息。',
  'Provide a way to withdraw consent as easy as giving it (e.g. an online channel at any time), state it in the processing rules, and stop processing and delete the face information on withdrawal.',
);

function separateCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-04.separate';
  const inspected = fromInspection(ctx, checkId, separateFix);
  if (inspected) return inspected;
  const consent = ctx.scenario!.consent;
  const bad: Evidence[] = [];
  if (consent === 'bundled' || consent === 'none') bad.push(factEvidence('scenario.consent', consent));
  for (const p of ctx.artifacts.page) {
    const d = p.consentDialog;
    if (!d?.present) continue;
    if (d.separateForFace === false) bad.push({ kind: 'page', text: '人脸信息同意与其他条款捆绑 / face consent bundled with other terms', location: p.url });
    if (d.preTicked) bad.push({ kind: 'page', text: '同意选项默认勾选 / consent pre-ticked', location: p.url });
    if (!canRefuse(d.buttons)) bad.push({ kind: 'page', text: `无拒绝选项 / no way to refuse: ${d.buttons.join(' / ') || '(no buttons)'}`, location: p.url });
  }
  if (bad.length) {
    return { checkId, verdict: 'fail', message: t('未取得自愿、明确的单独同意。', 'No voluntary, explicit separate consent.'), evidence: bad, remediation: separateFix };
  }
  // Proof of a separate consent: a record or screenshot, or a page audit of a separate face dialog.
  const proof: Evidence[] = [
    ...ctx.evidence('consent-record', 'consent-screenshot').map(documentEvidence),
    ...ctx.artifacts.page
      .filter((p) => p.consentDialog?.present && p.consentDialog.separateForFace === true)
      .map((p) => ({ kind: 'page' as const, text: `人脸信息单独同意弹窗 / separate face consent: ${p.consentDialog!.buttons.join(' / ')}`, location: p.url })),
    ...ctx.artifacts.policy.flatMap((p) => (p.items['face-separate-consent'].present ? [quote(p, p.items['face-separate-consent'].sentences[0]!)] : [])),
  ];
  if (consent === undefined) {
    return { checkId, verdict: 'needs-evidence', message: t('未说明如何取得人脸信息处理同意。', 'How consent to face processing is obtained is not given.'), evidence: proof, missing: needFact('scenario.consent') };
  }
  const records = proof.filter((e) => e.kind !== 'quote');
  if (!records.length) {
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('声明已取得单独同意，但无同意记录或界面截图证明。', 'Separate consent is claimed, but no consent record or screenshot shows it.'),
      evidence: [factEvidence('scenario.consent', consent), ...proof],
      missing: [...needEvidence('consent-record', 'consent-screenshot'), ...(pageAuditable(ctx.scenario) ? needArtifact('page') : [])],
    };
  }
  return { checkId, verdict: 'pass', message: t('已取得人脸信息处理的单独同意。', 'Separate consent to face processing is obtained.'), evidence: [factEvidence('scenario.consent', consent), ...proof] };
}

// Consent given where refusing leaves no other way in is not voluntary (PIPL Art.14, 16; seed 001 school case).
function voluntaryCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-04.voluntary';
  const inspected = fromInspection(ctx, checkId, voluntaryFix);
  if (inspected) return inspected;
  const s = ctx.scenario!;
  if (s.type === 'experience' && s.verifiesIdentity !== true) {
    return notApplicable(checkId, t('智能体验类功能：拒绝只影响该功能本身（见 TAF-6.1a）。', 'An experience feature: refusing only forgoes that feature (see TAF-6.1a).'));
  }
  // Cameras that capture everyone passing leave no way to decline, whatever a notice says.
  if (s.passiveCapture === true) {
    return { checkId, verdict: 'fail', message: t('对所有经过者无感采集人脸，个人无从拒绝。', 'Faces of everyone passing are captured; no one can decline.'), evidence: [factEvidence('scenario.passiveCapture', true)], remediation: voluntaryFix };
  }
  if (s.verifiesIdentity === false) {
    return notApplicable(checkId, t('不以人脸验证身份，没有可替代的验证方式。', 'Face does not verify identity here, so there is no way in to replace.'));
  }
  const alt = faceAlternatives(ctx);
  if (alt.state === 'none') {
    return { checkId, verdict: 'fail', message: t('拒绝人脸识别即无法获得服务，同意并非自愿。', 'Refusing face recognition means no service, so consent is not voluntary.'), evidence: alt.evidence, remediation: voluntaryFix };
  }
  if (alt.state === 'offered') {
    return { checkId, verdict: 'pass', message: t('拒绝人脸识别仍有其他方式，同意是自愿的。', 'Those who refuse still have another way, so consent is voluntary.'), evidence: alt.evidence };
  }
  return { checkId, verdict: 'needs-evidence', message: t('无法判断拒绝人脸识别后是否仍可获得服务。', 'Cannot tell whether refusing face recognition still leaves the service open.'), missing: [...needFact('scenario.alternatives'), ...(pageAuditable(s) ? needArtifact('page') : [])] };
}

function withdrawCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-04.withdraw';
  const f = practice(ctx, {
    checkId,
    question: 'Q-FR04-WITHDRAW',
    evidence: ['notice-record', 'consent-record'],
    practice: t('个人可通过便捷方式随时撤回同意', 'consent can be withdrawn at any time by a convenient means'),
    remediation: withdrawFix,
  });
  if (f.verdict === 'fail' || ctx.inspection(checkId) || !ctx.artifacts.policy.length) return f;
  // Where processing rules are published they must say how to withdraw.
  const told = policyDisclosure(ctx, { checkId, items: ['withdraw-consent'], what: t('撤回同意的方式', 'how to withdraw consent'), remediation: withdrawFix });
  return told.verdict === 'fail' ? told : { ...f, evidence: [...(f.evidence ?? []), ...(told.evidence ?? [])] };
}

const rule: Rule = {
  id: 'FR-04',
  chapter: 'FR',
  title: t('单独同意，自愿明确，可便捷撤回', 'Separate, voluntary, explicit consent that can be withdrawn easily'),
  requirement: t(
    '基于个人同意处理人脸信息的，应当取得个人在充分知情的前提下自愿、明确作出的单独同意，不得与其他条款捆绑；个人有权以便捷方式撤回同意。',
    'Face processing based on consent needs informed, voluntary, explicit separate consent, not bundled with other terms; the individual can withdraw it by a convenient means.',
  ),
  source: ['Measures Art.6', 'PIPL Art.14', 'PIPL Art.15', 'PIPL Art.29'],
  decidedBy: ['W', 'P', 'Q', 'E'],
  scope: 'scenario',
  inputs: {
    questions: ['Q-FR04-WITHDRAW'],
    evidence: ['consent-record', 'consent-screenshot', 'notice-record'],
    artifacts: ['page', 'policy'],
    facts: ['scenario.consent', 'scenario.alternatives', 'scenario.passiveCapture', 'scenario.verifiesIdentity'],
  },
  manual: {
    method: [
      '核实企业是否在充分告知的基础上，获得了个人自愿、明确作出的单独同意，而非捆绑在其他条款中。',
      '检查人脸采集界面是否以弹窗/显著提示单独出现（非勾选框），需用户主动点击“同意”或“拒绝”按钮，且拒绝后仍可进入基本服务流程；拒绝后再次请求时未默认勾选同意（需用户主动点击确认）。',
    ],
    evidence: ['已经全面适当履行告知义务并获取个人单独同意的证明材料', '收集用户人脸信息界面（截屏录屏）等', '访谈记录'],
  },
  evaluate(ctx) {
    if (ctx.scenario!.consent === 'not-required') {
      const na = notApplicable('FR-04', t('经营者说明该处理不以个人同意为合法性基础。', 'The operator states this processing does not rely on consent.'));
      return [{ ...na, evidence: [factEvidence('scenario.consent', 'not-required')] }];
    }
    return [separateCheck(ctx), voluntaryCheck(ctx), withdrawCheck(ctx)];
  },
};
export default rule;
