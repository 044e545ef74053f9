import type { Text } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerEvidence, documentEvidence, factCheck, factEvidence, fromInspection, isSeparateConsent, manual, needEvidence, needFact, t } from '../helpers.js';

const purposeFix = t(
  '仅在维护公共安全所必需时于公共场所安装人脸识别设备；商业目的（客流统计、会员识别、营销）不得在公共场所无感采集人脸，应拆除或停用。',
  'Install face recognition in public places only where public security requires it; commercial aims (footfall, member recognition, marketing) do not justify capturing faces there — remove or switch the devices off.',
);
const areaFix = t('合理确定图像采集设备的安装位置、角度和采集范围，避免超出必要区域。', 'Set the position, angle and range of the cameras so they cover only the necessary area.');
const signageFix = t('在采集区域设置显著的提示标识，写明采集目的、处理者和联系方式，确保公众容易注意到；设备本身清晰可见。', 'Put up prominent signs at the capture area stating the purpose, the processor and a contact, easy for the public to notice; keep the devices themselves visible.');
const privateFix = t('立即拆除安装在宾馆客房、公共浴室、更衣室、卫生间等私密空间内的图像采集、个人身份识别设备。', 'Remove at once any capture or identification devices inside hotel rooms, public baths, changing rooms, toilets or other private spaces.');
const useFix = t('公共场所采集的图像、身份识别信息只用于维护公共安全；用于其他目的须取得个人单独同意。', 'Use images and identification data collected in public places for public security only; any other use needs the individual\'s separate consent.');

function purposeCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-12.purpose';
  const inspected = fromInspection(ctx, checkId, purposeFix);
  if (inspected) return inspected;
  const only = ctx.scenario!.publicSecurityOnly;
  if (only === undefined) {
    return { checkId, verdict: 'needs-evidence', message: t('未说明安装目的是否仅为维护公共安全。', 'Whether the only purpose is public security is not given.'), missing: needFact('scenario.publicSecurityOnly') };
  }
  const ev = [factEvidence('scenario.publicSecurityOnly', only)];
  // Seed 001 §2.1(2): 其目的仅为维护公共安全为符合，否则为不符合.
  if (!only) {
    return { checkId, verdict: 'fail', message: t('公共场所人脸识别设备的目的不仅为维护公共安全。', 'Face recognition in a public place serves more than public security.'), evidence: ev, remediation: purposeFix };
  }
  const docs = ctx.evidence('public-security-qualification', 'pi-management-policy');
  if (!docs.length) {
    return { checkId, verdict: 'needs-evidence', message: t('声明仅为公共安全，但未附身份资格证明或管理制度。', 'Public security is claimed, but no qualification or management rules are attached.'), evidence: ev, missing: needEvidence('public-security-qualification', 'pi-management-policy') };
  }
  return { checkId, verdict: 'pass', message: t('设备仅用于维护公共安全。', 'The devices serve public security only.'), evidence: [...ev, ...docs.map(documentEvidence)] };
}

/** Signage and capture area must be seen on site: a "no" fails, otherwise an inspector judges. */
function onSite(ctx: RuleContext, c: { checkId: string; question: string; what: Text; remediation: Text; photos: boolean }): FindingDraft {
  const { checkId, question, what, remediation } = c;
  const a = ctx.answer(question);
  if (!ctx.inspection(checkId) && (a === 'no' || a === 'partial')) {
    return { checkId, verdict: 'fail', message: t(`自查答复未做到：${what.zh}。`, `The self-inspection answer says not: ${what.en}.`), evidence: [answerEvidence(question, a)], remediation };
  }
  const m = manual(ctx, checkId, what, remediation);
  if (m.verdict !== 'manual') return m;
  const photos = c.photos ? ctx.evidence('signage-photo').map(documentEvidence) : [];
  return { ...m, evidence: [...(a !== undefined ? [answerEvidence(question, a)] : []), ...photos] };
}

function otherUseCheck(ctx: RuleContext): FindingDraft {
  const s = ctx.scenario!;
  const separate = isSeparateConsent(s.consent);
  const f = factCheck(ctx, {
    checkId: 'FR-12.use',
    fact: 'scenario.imagesUsedForOtherPurposes',
    value: s.imagesUsedForOtherPurposes,
    bad: (v) => v === true && !separate,
    failMessage: t('公共场所采集的图像用于公共安全以外的目的，且未取得单独同意。', 'Images from the public place are used for other purposes without separate consent.'),
    passMessage: separate && s.imagesUsedForOtherPurposes
      ? t('图像用于其他目的已取得单独同意。', 'Other uses of the images have separate consent.')
      : t('图像仅用于维护公共安全。', 'Images are used for public security only.'),
    remediation: useFix,
  });
  if (s.imagesUsedForOtherPurposes && f.verdict !== 'needs-evidence') f.evidence = [...(f.evidence ?? []), factEvidence('scenario.consent', s.consent ?? '(none)')];
  return f;
}

const rule: Rule = {
  id: 'FR-12',
  chapter: 'FR',
  title: t('公共场所人脸识别设备', 'Face recognition devices in public places'),
  requirement: t(
    '在公共场所安装人脸识别设备，应当为维护公共安全所必需，合理确定采集区域（位置、角度、范围），设置显著提示标识；不得在私密空间内安装；所收集图像仅用于维护公共安全，取得个人单独同意的除外。',
    'Face recognition in public places only where public security requires it; capture area set reasonably (position, angle, range); prominent signs; never inside private spaces; images used for public security only unless separate consent.',
  ),
  source: ['Measures Art.13', 'PIPL Art.26', 'seed 001 §2.1(2)'],
  decidedBy: ['Q', 'E'],
  scope: 'scenario',
  // Public places, and venues open to the public whose cameras capture everyone passing (the Putuo
  // supermarket entrances, showroom footfall cameras): those are public-place capture whatever the setting.
  applies: {
    when: (s) => s.setting === 'public-place' || (s.setting === 'offline-venue' && s.passiveCapture === true),
    whenText: t('适用于公共场所，及对所有经过者无感采集人脸的线下经营场所。', 'Applies to public places and to venues that capture the face of everyone passing.'),
  },
  inputs: {
    questions: ['Q-FR12-AREA', 'Q-FR12-SIGNAGE'],
    evidence: ['public-security-qualification', 'pi-management-policy', 'signage-photo'],
    facts: ['scenario.publicSecurityOnly', 'scenario.inPrivateSpace', 'scenario.imagesUsedForOtherPurposes', 'scenario.consent', 'scenario.passiveCapture'],
  },
  manual: {
    method: [
      '查验公共场所安装图像采集、个人身份识别设备相关管理制度，是否明确安装目的，是否为维护公共安全所必需，是否用于商业目的；',
      '查看在公共场所安装图像采集、个人身份识别设备的提示标识；查验提示标志的内容、大小、位置和可见度，确保公众可以轻易注意到；查验图像采集、个人身份识别设备本身是否清晰可见；',
      '访谈了解公共场所安装图像采集、个人身份识别设备所收集的个人图像、身份识别信息的用途。',
    ],
    evidence: ['在公共场所安装图像采集、个人身份识别设备的，应当具备合法履行维护公共安全职责的身份资格证明；', '已设置满足要求的显著提示标志的证明。如现场照片等。'],
  },
  evaluate(ctx) {
    return [
      purposeCheck(ctx),
      onSite(ctx, { checkId: 'FR-12.area', question: 'Q-FR12-AREA', what: t('合理确定采集设备的位置、角度和采集范围', 'position, angle and range of capture are set reasonably'), remediation: areaFix, photos: false }),
      onSite(ctx, { checkId: 'FR-12.signage', question: 'Q-FR12-SIGNAGE', what: t('设置显著的提示标识，设备清晰可见', 'prominent signs are put up and the devices are visible'), remediation: signageFix, photos: true }),
      factCheck(ctx, {
        checkId: 'FR-12.private-space',
        fact: 'scenario.inPrivateSpace',
        value: ctx.scenario!.inPrivateSpace,
        bad: (v) => v === true,
        failMessage: t('设备安装在私密空间内。', 'Devices are installed inside a private space.'),
        passMessage: t('设备未安装在私密空间内。', 'No devices inside private spaces.'),
        remediation: privateFix,
      }),
      otherUseCheck(ctx),
    ];
  },
};
export default rule;
