import type { Rule } from '../rule.js';
import { answerEvidence, answerSignal, canRefuse, fromInspection, needArtifact, signals, t, weigh } from '../helpers.js';
import { appScope, joinText, pageEvidence } from './common.js';

const Q_REFUSE = 'Q-TAF61A-REFUSE-USABLE';
const Q_COERCION = 'Q-TAF61A-NO-COERCION';

const refusalFix = t(
  '用户不进行人脸识别时，仅停止人脸识别相关功能，其他功能照常提供（法律法规要求的除外）。',
  'When a user does not do face recognition, stop only the face feature and keep every other feature working (unless a law requires face recognition).',
);
const coercionFix = t(
  '人脸识别提示提供“拒绝”或其他方式的明确选项，删除“必须刷脸”等不实或误导表述，不默认进入或反复诱导刷脸。',
  'Give the face prompt a clear way to decline, remove untrue or misleading claims that face recognition is required, and do not start it by default or push users into it.',
);

const rule: Rule = {
  id: 'TAF-6.1a',
  chapter: 'TAF',
  title: t('不强制、不误导人脸识别，拒绝后不影响正常使用', 'No forced or misled face recognition; refusing does not block normal use'),
  requirement: t(
    '不应强制或欺骗误导用户进行人脸识别；用户不进行人脸识别时，不应禁止其正常使用，仅可停止人脸识别相关功能，法律法规要求的除外。',
    'Users are not forced, deceived or misled into face recognition; a user who does not do it keeps normal use, only the face feature may stop, unless a law requires otherwise.',
  ),
  source: ['TAF 6.1 a)', 'seed 003 §6.1'],
  decidedBy: ['W', 'Q'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['page'], questions: [Q_REFUSE, Q_COERCION] },
  manual: {
    method: [
      '在 App 中拒绝或跳过人脸识别，逐一操作其他主要功能，确认仅人脸识别相关功能停止，未出现退出、闪退、反复弹窗或无法进入主界面。',
      '查看进入人脸识别前的提示文案、按钮和默认选项，确认有拒绝或其他方式入口，不存在谎称“必须刷脸”等强制或误导表述。',
    ],
    evidence: ['拒绝人脸识别后的操作录屏或截图', '人脸识别提示页面截图'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.1a', joinText(refusalFix, coercionFix));
    if (whole) return [whole];
    const pages = ctx.artifacts.page;

    // (1) Refusing face recognition leaves normal use intact.
    const r = signals();
    const answer = answerSignal(ctx, r, Q_REFUSE);
    for (const p of pages) {
      if (p.refuseStillWorks === false) r.bad.push(pageEvidence(p.url, '拒绝后无法继续使用', 'refusing blocks further use'));
      if (p.refuseStillWorks === true) r.good.push(pageEvidence(p.url, '拒绝后仍可继续使用', 'use continues after refusing'));
    }
    if (!pages.length) r.missing.push(...needArtifact('page'));
    const refusal =
      answer === 'not-applicable'
        ? fromInspection(ctx, 'TAF-6.1a.refusal', refusalFix) ?? {
            checkId: 'TAF-6.1a.refusal',
            verdict: 'not-applicable' as const,
            message: t('自查答复：法律法规要求该场景必须进行人脸识别。', 'Answered: a law requires face recognition in this scenario.'),
            evidence: [answerEvidence(Q_REFUSE, answer)],
          }
        : weigh(ctx, {
            checkId: 'TAF-6.1a.refusal',
            signals: r,
            fail: t('用户不进行人脸识别时无法正常使用 App 的其他功能。', 'A user who does not do face recognition cannot use the rest of the app.'),
            pass: t('用户不进行人脸识别时仍可正常使用其他功能。', 'A user who does not do face recognition still uses the rest of the app.'),
            unknown: t('无法判断拒绝人脸识别后能否正常使用。', 'Cannot tell whether the app still works after refusing face recognition.'),
            remediation: refusalFix,
          });

    // (2) No forcing or misleading: a face prompt needs a way to decline; wording is judged by people.
    const c = signals();
    answerSignal(ctx, c, Q_COERCION);
    for (const p of pages) {
      const d = p.consentDialog;
      if (d?.present && d.separateForFace === true && d.buttons.length && !canRefuse(d.buttons)) {
        c.bad.push(pageEvidence(p.url, `人脸识别弹窗无拒绝选项：${d.buttons.join('、')}`, `face prompt has no way to decline: ${d.buttons.join(', ')}`));
      }
    }
    const coercion = weigh(ctx, {
      checkId: 'TAF-6.1a.no-coercion',
      signals: c,
      fail: t('存在强制或误导用户进行人脸识别的情形。', 'Users are forced or misled into face recognition.'),
      pass: t('人脸识别由用户自主选择，未发现强制或误导。', 'Face recognition is the user\'s choice; no forcing or misleading found.'),
      unknown: t(
        `需检查人员查看人脸识别前的提示文案与按钮，判断是否强制或误导（或回答 ${Q_COERCION}）。`,
        `An inspector must read the prompts and buttons before face recognition to judge forcing or misleading (or answer ${Q_COERCION}).`,
      ),
      remediation: coercionFix,
      undecided: 'manual',
    });
    return [refusal, coercion];
  },
};
export default rule;
