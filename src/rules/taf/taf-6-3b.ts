import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import {
  factCheck,
  factEvidence,
  faceRequests,
  fromInspection,
  needArtifact,
  needFact,
  practice,
  requestEvidence,
  signals,
  t,
  weigh,
} from '../helpers.js';
import { LOCAL_TYPES, appScope, faceLeavingEvidence, faceStaysEvidence, itemQuote, joinText, policyFaceFact } from './common.js';

const Q_MINIMUM_SENT = 'Q-TAF63B-MINIMUM-SENT';

const localFix = t(
  '在设备本地完成人脸处理和比对，不将人脸图像或特征发送到服务器；确需远程核身的，按远程核身类场景重新设计并告知用户、取得同意。',
  'Do face processing and comparison on the device and send no face image or feature to a server; if remote verification is truly needed, redesign it as a remote scenario, tell users and get their consent.',
);
const identityFix = t('智能体验类功能采集的人脸信息不得用于身份认证。', 'Face information taken for experience features must not be used for identity verification.');
const encryptFix = t(
  '人脸信息只通过加密通道（HTTPS/TLS，必要时再做应用层加密）传输，禁止明文 HTTP 传输。',
  'Send face information only over encrypted channels (HTTPS/TLS, plus application-level encryption where needed), never over plain HTTP.',
);
const minimumFix = t('只传输比对所需的最少人脸信息（如单帧图像或特征值）。', 'Send only the least face information comparison needs (e.g. one frame or a feature value).');
const consentFix = t(
  '在隐私政策和采集前的提示中明确告知人脸信息将上传服务器进行比对，并在传输前取得用户的授权同意。',
  'Tell users in the policy and in the prompt before capture that face information is sent to a server for comparison, and obtain their consent before sending it.',
);

const rule: Rule = {
  id: 'TAF-6.3b',
  chapter: 'TAF',
  title: t('按场景类型处理人脸信息', 'Face processing as the scenario type requires'),
  requirement: t(
    '智能体验类：仅在本地处理，不传输至服务器，不用于身份认证；本地核身类：在本地比对，不传输至服务器；远程核身类、本地与远程核身类：加密传输，仅传输业务所需的最少人脸信息，并明示告知处理方式、征得授权同意。',
    'Experience: processed on the device only, never sent to a server, never used for identity; local verification: compared on the device, nothing sent; remote and hybrid verification: sent encrypted, only the minimum, with the processing mode told and consent obtained.',
  ),
  source: ['TAF 6.3 b)', 'TAF 5', 'seed 003 §6.3'],
  decidedBy: ['A', 'T', 'P'],
  scope: 'scenario',
  applies: appScope(),
  inputs: {
    artifacts: ['app', 'traffic', 'policy'],
    questions: [Q_MINIMUM_SENT],
    facts: ['scenario.type', 'scenario.faceLeavesDevice', 'scenario.verifiesIdentity', 'scenario.transmissionEncrypted', 'scenario.consent'],
  },
  manual: {
    method: [
      '测试识别功能，确认本地类场景优先并仅在本地处理；抓包确认人脸数据未发送至服务器。',
      '远程类场景审核传输加密与鉴别，查看传出策略与记录，确认仅传输必要的人脸信息，且已告知并取得同意。',
    ],
    evidence: ['测试报告、配置截图', '传输方案、加密协议、传出策略、传输日志', '同意按钮/选项截图、采集界面录屏'],
  },
  evaluate(ctx) {
    const type = ctx.scenario!.type;
    const local = LOCAL_TYPES.includes(type);
    const whole = fromInspection(ctx, 'TAF-6.3b', local ? localFix : joinText(encryptFix, minimumFix, consentFix));
    if (whole) return [whole];
    if (local) return type === 'experience' ? [localOnly(ctx), noIdentity(ctx)] : [localOnly(ctx)];
    return [encryption(ctx), minimum(ctx), consent(ctx)];
  },
};

/** 1)-2): nothing leaves the device. */
function localOnly(ctx: RuleContext): FindingDraft {
  const sig = signals();
  sig.bad.push(...faceLeavingEvidence(ctx));
  sig.good.push(...faceStaysEvidence(ctx));
  sig.missing.push(...needFact('scenario.faceLeavesDevice'), ...needArtifact('app', 'traffic'));
  return weigh(ctx, {
    checkId: 'TAF-6.3b.local-only',
    signals: sig,
    fail: t('本地类场景的人脸信息被传输至远程服务器。', 'In a local scenario, face information is sent to a remote server.'),
    pass: t('人脸信息仅在本地处理，不传输至服务器。', 'Face information is processed on the device and not sent to a server.'),
    unknown: t('无法判断人脸信息是否仅在本地处理。', 'Cannot tell whether face information stays on the device.'),
    remediation: localFix,
  });
}

/** 1): experience features do not verify identity. */
function noIdentity(ctx: RuleContext): FindingDraft {
  return factCheck(ctx, {
    checkId: 'TAF-6.3b.no-identity',
    fact: 'scenario.verifiesIdentity',
    value: ctx.scenario!.verifiesIdentity,
    bad: (v) => v === true,
    failMessage: t('智能体验类场景的人脸信息被用于身份认证。', 'Face information from an experience feature is used for identity verification.'),
    passMessage: t('智能体验类场景的人脸信息不用于身份认证。', 'Experience face information is not used for identity verification.'),
    remediation: identityFix,
  });
}

/** Nothing is sent at all: the operator says so and no capture shows face data. */
function nothingSent(ctx: RuleContext): boolean {
  return ctx.scenario!.faceLeavesDevice === false && faceRequests(ctx).length === 0;
}

const nothingSentFinding = (checkId: string): FindingDraft => ({
  checkId,
  verdict: 'not-applicable',
  message: t('人脸信息不离开设备，无远程传输。', 'Face information does not leave the device; nothing is transmitted.'),
  evidence: [factEvidence('scenario.faceLeavesDevice', false)],
});

/** 3)-4), 6): what is sent is encrypted — plain HTTP in a capture, or the operator's fact. */
function encryption(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.3b.encryption';
  if (nothingSent(ctx)) return fromInspection(ctx, checkId, encryptFix) ?? nothingSentFinding(checkId);
  const s = ctx.scenario!;
  const sig = signals();
  if (s.transmissionEncrypted === false) sig.bad.push(factEvidence('scenario.transmissionEncrypted', false));
  const sent = faceRequests(ctx);
  for (const { source, request } of sent) {
    const ev = requestEvidence(source, request, `${request.scheme}: ${request.faceData?.reason ?? 'face data'}`);
    (request.scheme === 'https' || request.scheme === 'wss' ? sig.good : sig.bad).push(ev);
  }
  if (s.transmissionEncrypted === true) sig.good.push(factEvidence('scenario.transmissionEncrypted', true));
  sig.missing.push(...needFact('scenario.transmissionEncrypted'), ...needArtifact('traffic'));
  return weigh(ctx, {
    checkId,
    signals: sig,
    fail: t('人脸信息未加密传输。', 'Face information is sent unencrypted.'),
    pass: t('人脸信息加密传输。', 'Face information is sent encrypted.'),
    unknown: t('无法判断人脸信息是否加密传输。', 'Cannot tell whether face information is sent encrypted.'),
    remediation: encryptFix,
  });
}

/** 5): only the minimum is sent. */
function minimum(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.3b.minimum';
  if (nothingSent(ctx)) return fromInspection(ctx, checkId, minimumFix) ?? nothingSentFinding(checkId);
  return practice(ctx, {
    checkId,
    question: Q_MINIMUM_SENT,
    practice: t('远程传输时只传输业务所需的最少人脸信息', 'only the least face information the business needs is sent'),
    remediation: minimumFix,
  });
}

/**
 * 6): users are told face info goes to a server (the policy says remote or both) and consent is obtained.
 * A policy that says "local only" for a remote scenario misinforms users.
 */
function consent(ctx: RuleContext): FindingDraft {
  const checkId = 'TAF-6.3b.consent';
  const inspected = fromInspection(ctx, checkId, consentFix);
  if (inspected) return inspected;
  if (nothingSent(ctx)) return nothingSentFinding(checkId);
  const kind = ctx.scenario!.consent;
  const policies = ctx.artifacts.policy;
  const bad: Evidence[] = [];
  const told: Evidence[] = [];
  const missing: string[] = [];
  for (const p of policies) {
    const mode = p.facts.face.processing;
    if (mode === 'local') bad.push(policyFaceFact(p, 'processing'));
    if (mode === 'remote' || mode === 'both') told.push(policyFaceFact(p, 'processing'));
  }
  if (kind === 'none' || kind === 'bundled') bad.push(factEvidence('scenario.consent', kind));
  const sayNothing = policies.length > 0 && !told.length && !bad.length;
  const vague = sayNothing ? itemQuote(policies, 'face-purpose-method') : undefined;
  if (sayNothing && !vague) bad.push(...policies.map((p) => ({ kind: 'quote' as const, text: '隐私政策未告知人脸信息上传服务器 / the policy never says face information goes to a server', location: p.source })));
  if (bad.length) {
    return {
      checkId,
      verdict: 'fail',
      message: t('远程传输人脸信息未如实告知处理方式或未取得授权同意。', 'Face information is sent to a server without telling users truly how it is processed, or without their consent.'),
      evidence: bad,
      remediation: consentFix,
    };
  }
  if (!policies.length) missing.push(...needArtifact('policy'));
  if (kind === undefined) missing.push(...needFact('scenario.consent'));
  if (missing.length) {
    return { checkId, verdict: 'needs-evidence', message: t('无法判断是否告知远程处理方式并取得同意。', 'Cannot tell whether users are told of remote processing and consent to it.'), evidence: told, missing };
  }
  const consentEv = factEvidence('scenario.consent', kind);
  if (vague || kind === 'not-required') {
    return {
      checkId,
      verdict: 'manual',
      message: vague
        ? t('隐私政策描述了人脸信息的处理方式，但未能识别是否说明上传服务器，需检查人员阅读判断。', 'The policy describes face processing, but whether it says face information goes to a server was not recognised; an inspector must read it.')
        : t('运营者称无需取得同意，需检查人员核实法律依据。', 'The operator says no consent is needed; an inspector must check the legal basis.'),
      evidence: [...(vague ? [vague] : told), consentEv],
    };
  }
  // What is left: told, and consent is separate or written.
  return { checkId, verdict: 'pass', message: t('已告知人脸信息远程处理方式并取得同意。', 'Users are told face information is processed remotely and consent to it.'), evidence: [...told, consentEv] };
}
export default rule;
