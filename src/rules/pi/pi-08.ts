import type { FindingDraft, Rule } from '../rule.js';
import { factEvidence, faceAlternatives, isSeparateConsent, needArtifact, needFact, notApplicable, signals, t } from '../helpers.js';
import { clearChoice } from './consent-ui.js';
import { consumerFacing, observedPractice, pageEvidence } from './util.js';

const Q_POPUP = 'Q-PI08-SEPARATE-POPUP';
const Q_REFUSAL = 'Q-PI08-REFUSAL-WORKS';
const Q_LOCKOUT = 'Q-PI08-NO-LOCKOUT';
const Q_EFFORT = 'Q-PI08-ALT-EFFORT';

const rem = {
  popup: t(
    '采集人脸前以单独弹窗（非勾选框）告知并请用户主动点击“同意”或“拒绝”；对无感抓拍等无法征得同意的方式停止采集。',
    'Before collecting a face, show a separate pop-up (not a checkbox) and let the user click 同意 or 拒绝; stop capture methods that cannot ask consent, such as passive cameras.',
  ),
  refusal: t('拒绝人脸识别后仍可通过刷卡、密码、验证码、人工核验等方式进入基本服务流程。', 'After refusing face recognition, the basic service stays reachable by card, password, code or a manual check.'),
  lockout: t('拒绝后再次请求时不得默认勾选同意，不得在连续拒绝后限制服务（如 24 小时内禁止再次申请）。', 'When asking again after a refusal, do not pre-tick consent, and do not restrict service after repeated refusals (e.g. a 24-hour ban).'),
  effort: t('简化替代方式，使其步骤数和耗时与刷脸相当，不设额外验证或多次跳转。', 'Make the alternative about as quick as face recognition, in steps and time, without extra checks or redirects.'),
};

const rule: Rule = {
  id: 'PI-08',
  chapter: 'PI',
  title: t('线下场所与 App 人脸信息：单独同意与可拒绝', 'Face information at venues and in apps: separate consent, refusal possible'),
  requirement: t(
    '收集人脸信息以单独弹窗（非勾选框）征得同意，有“同意”“拒绝”按钮；拒绝后仍可进入基本服务；再次请求不默认勾选，连续拒绝后不限制服务；替代方式在步骤和耗时上不明显更繁琐。',
    'Face information is collected after a separate pop-up (not a checkbox) with 同意 and 拒绝; refusal still reaches the basic service; asking again is not pre-ticked and repeated refusals do not lock people out; the alternative is not markedly slower in steps and time.',
  ),
  source: ['seed 001 §2.2(5)', 'Measures Art.6', 'Measures Art.10'],
  decidedBy: ['W', 'Q', 'E'],
  scope: 'scenario',
  applies: {
    when: consumerFacing,
    whenText: t('仅适用于线下消费场所和 App、小程序、H5 中的人脸采集。', 'Applies to face collection at consumption venues and in apps, mini-programs and H5 pages.'),
  },
  inputs: {
    artifacts: ['page'],
    facts: ['scenario.consent', 'scenario.passiveCapture', 'scenario.alternatives', 'scenario.requiredForService'],
    questions: [Q_POPUP, Q_REFUSAL, Q_LOCKOUT, Q_EFFORT],
    evidence: ['consent-screenshot', 'verification-log', 'interview-record', 'test-report'],
  },
  manual: {
    method: [
      '检查人脸采集界面是否以弹窗/显著提示单独出现（非勾选框），需用户主动点击“同意”或“拒绝”按钮，且拒绝后仍可进入基本服务流程；拒绝后再次请求时未默认勾选同意（需用户主动点击确认）；',
      '访谈了解并验证身份识别机制，是否采用人脸识别作为身份认证的唯一途径，用户是否可选择其他方式进行身份认证，测试人脸识别流程（记录步骤数、耗时）以及非人脸替代方案流程，比较两者操作复杂度差异（如替代方案是否需额外验证或多次跳转）；',
      '拒绝授权后是否仍可完成基础功能；系统是否出现“必须同意否则无法使用”的强制提示；连续拒绝后是否限制后续服务（如24小时内禁止再次申请）。',
    ],
    evidence: ['收集用户人脸信息界面（截屏录屏）等；', '访谈记录。'],
  },
  evaluate(ctx) {
    const s = ctx.scenario!;
    const pages = ctx.artifacts.page;
    const noPage = pages.length === 0 ? needArtifact('page') : [];

    // Separate consent through a pop-up. Consent not needed (a legal basis) → nothing to ask.
    const popup = signals();
    if (s.consent === 'none' || s.consent === 'bundled') popup.bad.push(factEvidence('scenario.consent', s.consent));
    if (s.passiveCapture === true && !isSeparateConsent(s.consent)) popup.bad.push(factEvidence('scenario.passiveCapture', true));
    if (isSeparateConsent(s.consent)) popup.good.push(factEvidence('scenario.consent', s.consent));
    for (const p of pages) {
      const d = p.consentDialog;
      if (d?.separateForFace === false) popup.bad.push(pageEvidence(p, '人脸信息未单独征得同意 / no separate dialog for face'));
      if (d?.present && d.separateForFace && !clearChoice(d.buttons)) popup.bad.push(pageEvidence(p, `人脸弹窗按钮 / face dialog buttons: ${d.buttons.join(' | ') || '(none)'}`));
      if (d?.present && d.separateForFace && clearChoice(d.buttons)) popup.good.push(pageEvidence(p, `人脸单独弹窗 / separate face dialog: ${d.buttons.join(' | ')}`));
    }
    popup.missing.push(...needFact('scenario.consent'), ...noPage);
    const popupFinding =
      s.consent === 'not-required' && !ctx.inspection('PI-08.separate-consent')
        ? notApplicable('PI-08.separate-consent', t('该场景处理人脸信息不以个人同意为基础。', 'Face processing in this scenario does not rest on consent.'))
        : observedPractice(
            ctx,
            { checkId: 'PI-08.separate-consent', question: Q_POPUP, evidence: ['consent-screenshot'], practice: t('以单独弹窗征得人脸信息同意，有“同意”“拒绝”按钮', 'a separate pop-up with 同意 and 拒绝 asks consent for face information'), remediation: rem.popup },
            popup,
            {
              fail: t('人脸信息未经单独同意即被采集（未征得同意、捆绑同意或无感抓拍）。', 'Face information is collected without separate consent (no consent, bundled consent or passive capture).'),
              pass: t('人脸信息经单独同意后采集。', 'Face information is collected after separate consent.'),
            },
          );

    // Refusing face still reaches the basic service.
    const refusal = signals();
    const alt = faceAlternatives(ctx);
    if (alt.state === 'none') refusal.bad.push(...alt.evidence);
    if (alt.state === 'offered') refusal.good.push(...alt.evidence);
    const biometric = s.requiredForService?.filter((r) => r === 'face' || r === 'fingerprint') ?? [];
    if (biometric.length) refusal.bad.push(factEvidence('scenario.requiredForService', s.requiredForService));
    // Cameras that capture everyone passing leave no way to refuse at all.
    if (s.passiveCapture === true && !isSeparateConsent(s.consent)) refusal.bad.push(factEvidence('scenario.passiveCapture', true));
    refusal.missing.push(...needFact('scenario.alternatives'), ...noPage);

    // Asking again: not pre-ticked, no lock-out.
    const lockout = signals();
    for (const p of pages) {
      const d = p.consentDialog;
      if (!d?.present) continue;
      (d.preTicked ? lockout.bad : lockout.good).push(pageEvidence(p, d.preTicked ? '同意选项默认勾选 / consent pre-ticked' : '未默认勾选 / not pre-ticked'));
    }
    // A page shows one visit; lock-out after repeated refusals needs the answer, so page passes only support it.
    const lockoutFinding: FindingDraft =
      s.passiveCapture === true && !ctx.inspection('PI-08.re-ask')
        ? notApplicable('PI-08.re-ask', t('无感抓拍不征求同意，无“再次请求”可查（见 PI-08.separate-consent）。', 'Passive capture asks nothing, so there is no asking again (see PI-08.separate-consent).'))
        : observedPractice(
            ctx,
            { checkId: 'PI-08.re-ask', question: Q_LOCKOUT, evidence: ['consent-screenshot', 'test-report'], practice: t('再次请求不默认勾选，连续拒绝后不限制服务', 'asking again is not pre-ticked and repeated refusals do not restrict service'), remediation: rem.lockout },
            { ...lockout, good: [] },
            { fail: t('再次请求人脸授权时默认勾选同意。', 'Consent is pre-ticked when face consent is asked again.'), pass: t('再次请求不默认勾选，连续拒绝不受限制。', 'Asking again is not pre-ticked; no lock-out.') },
          );
    if (lockoutFinding.verdict === 'pass') lockoutFinding.evidence = [...(lockoutFinding.evidence ?? []), ...lockout.good];

    // Alternative effort: only meaningful when an alternative exists.
    const effortFinding =
      alt.state === 'none' && !ctx.inspection('PI-08.alternative-effort')
        ? notApplicable('PI-08.alternative-effort', t('无替代方式可比较（见 PI-08.refusal）。', 'No alternative to compare (see PI-08.refusal).'))
        : observedPractice(
            ctx,
            { checkId: 'PI-08.alternative-effort', question: Q_EFFORT, evidence: ['verification-log', 'test-report'], practice: t('替代方式与刷脸的步骤和耗时相当', 'the alternative takes about the same steps and time as face recognition'), remediation: rem.effort },
            signals(),
            { fail: t('替代方式明显更繁琐。', 'The alternative is markedly more cumbersome.'), pass: t('替代方式不明显更繁琐。', 'The alternative is not markedly more cumbersome.') },
          );

    return [
      popupFinding,
      observedPractice(
        ctx,
        { checkId: 'PI-08.refusal', question: Q_REFUSAL, evidence: ['consent-screenshot', 'verification-log'], practice: t('拒绝人脸识别后仍可进入基本服务', 'refusing face recognition still reaches the basic service'), remediation: rem.refusal },
        refusal,
        {
          fail: t('拒绝人脸识别后无法获得基本服务（人脸或其他生物识别是唯一方式）。', 'Refusing face recognition blocks the basic service (face or another biometric is the only way).'),
          pass: t('拒绝人脸识别后可通过其他方式获得基本服务。', 'The basic service is reachable another way after refusing face recognition.'),
        },
      ),
      lockoutFinding,
      effortFinding,
    ];
  },
};
export default rule;
