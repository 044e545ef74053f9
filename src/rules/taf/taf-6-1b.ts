import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerSignal, factEvidence, fromInspection, isSeparateConsent, needArtifact, needFact, signals, t, weigh } from '../helpers.js';
import { appScope, joinText, pageEvidence } from './common.js';

const Q_EXPLICIT = 'Q-TAF61B-EXPLICIT';

const explicitFix = t(
  '在采集人脸信息前，以专门的弹窗、勾选框（不得默认勾选）、视频或提示音告知用户人脸信息的处理规则。',
  'Before collecting face information, tell the user its processing rules by a dedicated pop-up, an unticked checkbox, a video or a voice prompt.',
);
const consentFix = t(
  '在采集人脸信息前取得用户主动作出的授权同意：不得捆绑在其他条款中，不得默认勾选。',
  'Obtain the user\'s active consent before collecting face information: not bundled into other terms, never pre-ticked.',
);

const rule: Rule = {
  id: 'TAF-6.1b',
  chapter: 'TAF',
  title: t('以强化明示方式告知并取得授权同意', 'Notice and consent by a reinforced explicit means'),
  requirement: t(
    '收集人脸信息应以弹窗、勾选、视频、提示音等强化明示的方式告知用户，并征得其授权同意。',
    'Face information is collected only after the user is told by a reinforced explicit means (pop-up, checkbox, video, sound) and gives consent.',
  ),
  source: ['TAF 6.1 b)', 'seed 003 §6.1'],
  decidedBy: ['W', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['page'], questions: [Q_EXPLICIT], facts: ['scenario.consent'] },
  manual: {
    method: [
      '首次进入人脸采集前截图或录屏，确认出现专门针对人脸信息的弹窗、勾选框、视频或提示音，且用户主动同意后才开始采集。',
      '场景声称无需同意的，核实其法律依据。',
    ],
    evidence: ['同意按钮/选项截图、采集界面录屏', '告知并获取同意的证明材料'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.1b', joinText(explicitFix, consentFix));
    if (whole) return [whole];
    const pages = ctx.artifacts.page;

    // (1) The means: a face-specific pop-up or checkbox seen on the page, or the operator's answer.
    const m = signals();
    answerSignal(ctx, m, Q_EXPLICIT);
    for (const p of pages) {
      const d = p.consentDialog;
      if (!d) continue;
      if (d.present && d.separateForFace === true) m.good.push(pageEvidence(p.url, `人脸信息专门提示：${d.buttons.join('、')}`, `face-specific prompt: ${d.buttons.join(', ')}`));
      else if (!d.present) m.bad.push(pageEvidence(p.url, '采集人脸前未见告知弹窗或勾选', 'no pop-up or checkbox before face collection'));
      else if (d.separateForFace === false) m.bad.push(pageEvidence(p.url, '仅有一般隐私政策弹窗，无人脸信息专门提示', 'only a general policy dialog, no face-specific prompt'));
    }
    if (!pages.length) m.missing.push(...needArtifact('page'));
    const means = weigh(ctx, {
      checkId: 'TAF-6.1b.explicit',
      signals: m,
      fail: t('收集人脸信息前未以强化明示方式告知。', 'Face information is collected without a reinforced explicit notice.'),
      pass: t('收集人脸信息前以强化明示方式告知。', 'A reinforced explicit notice comes before face collection.'),
      unknown: t('无法判断收集人脸信息前是否以强化明示方式告知。', 'Cannot tell whether a reinforced explicit notice comes before face collection.'),
      remediation: explicitFix,
    });

    return [means, consent(ctx)];
  },
};

/** (2) Consent: the scenario's consent type, and no pre-ticked box on the page. */
function consent(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.1b.consent';
  const kind = ctx.scenario!.consent;
  const c = signals();
  if (kind === 'none' || kind === 'bundled') c.bad.push(factEvidence('scenario.consent', kind));
  for (const p of ctx.artifacts.page) {
    if (p.consentDialog?.present && p.consentDialog.preTicked) c.bad.push(pageEvidence(p.url, '同意选项默认勾选', 'consent box pre-ticked'));
  }
  if (isSeparateConsent(kind)) c.good.push(factEvidence('scenario.consent', kind));
  if (kind === undefined) c.missing.push(...needFact('scenario.consent'));
  if (kind === 'not-required' && !c.bad.length) {
    return (
      fromInspection(ctx, checkId, consentFix) ?? {
        checkId,
        verdict: 'manual',
        message: t('运营者称无需取得同意，需检查人员核实法律依据。', 'The operator says no consent is needed; an inspector must check the legal basis.'),
        evidence: [factEvidence('scenario.consent', kind)],
      }
    );
  }
  return weigh(ctx, {
    checkId,
    signals: c,
    fail: t('收集人脸信息未取得用户主动作出的授权同意。', 'Face information is collected without the user\'s active consent.'),
    pass: t('收集人脸信息前取得了用户的授权同意。', 'The user\'s consent is obtained before face collection.'),
    unknown: t('无法判断是否取得了授权同意。', 'Cannot tell whether consent is obtained.'),
    remediation: consentFix,
  });
}
export default rule;
