// Shared by the TAF rules: where T/TAF 077.7 applies, its scenario-type groups (TAF 5), and what the
// inputs say about face info leaving the device, about policy statements and about page prompts.
import type { Evidence, Text } from '../../core/types.js';
import type { PolicyArtifact, PolicyFaceStatements, PolicyItemId } from '../../core/artifacts.js';
import type { SCENARIO_TYPES } from '../../subject/schema.js';
import type { Applicability, FindingDraft, RuleContext } from '../rule.js';
import { factEvidence, faceRequests, fromInspection, needFact, quote, requestEvidence, sdkEvidence, t } from '../helpers.js';

export type ScenarioType = (typeof SCENARIO_TYPES)[number];

/** TAF 6.2d 1)-2), 6.3b 1)-2): face info stays on the device. */
export const LOCAL_TYPES: ScenarioType[] = ['experience', 'local-verification'];
/** TAF 6.2d 3)-4), 6.3b 3)-6): face info may go to a server, encrypted and with consent. */
export const REMOTE_TYPES: ScenarioType[] = ['remote-verification', 'hybrid'];
/** Types that compare a face with a stored reference (identity verification). */
export const VERIFICATION_TYPES: ScenarioType[] = ['local-verification', 'remote-verification', 'hybrid'];

const APP_TEXT = t(
  'T/TAF 077.7-2020 适用于移动互联网应用软件（App、小程序、H5）处理人脸信息的活动。',
  'T/TAF 077.7-2020 covers face information handled by mobile internet applications (apps, mini-programs, H5 pages).',
);

/**
 * TAF 1 scope: mobile internet application software. Mini-programs and H5 pages are such software too;
 * offline devices, public places and venues are governed by the Measures (FR rules) instead.
 */
export function appScope(types?: ScenarioType[], why?: Text): Applicability {
  return {
    settings: ['mobile-app', 'mini-program', 'h5'],
    ...(types ? { types } : {}),
    whenText: why ? t(`${APP_TEXT.zh}${why.zh}`, `${APP_TEXT.en} ${why.en}`) : APP_TEXT,
  };
}

/** A statement the policy analyzer extracted (facts.face.*), as evidence pointing at the policy. */
export function policyFaceFact(policy: PolicyArtifact, key: keyof PolicyFaceStatements): Evidence {
  return { kind: 'fact', text: String(policy.facts.face[key]), location: `${policy.source}#facts.face.${key}` };
}

/** Quotes of the sentences behind the policy problems with these IDs (or the problem message when it has none). */
export function problemEvidence(policies: PolicyArtifact[], ids: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const p of policies) {
    for (const pr of p.problems.filter((x) => ids.includes(x.id))) {
      if (pr.sentences.length) out.push(...pr.sentences.map((i) => quote(p, i)));
      else out.push({ kind: 'quote', text: `${pr.id}: ${pr.message.zh}`, location: p.source });
    }
  }
  return out;
}

/** First quoted sentence of a policy item, from any policy that has it. */
export function itemQuote(policies: PolicyArtifact[], item: PolicyItemId): Evidence | undefined {
  for (const p of policies) {
    const i = p.items[item]?.sentences[0];
    if (p.items[item]?.present && i !== undefined) return quote(p, i);
  }
  return undefined;
}

/**
 * Everything that shows face info leaving the device: the operator's fact, captured requests with face data,
 * SDKs that compare in the cloud, and a policy that says processing is remote.
 */
export function faceLeavingEvidence(ctx: RuleContext): Evidence[] {
  const out: Evidence[] = [];
  if (ctx.scenario?.faceLeavesDevice === true) out.push(factEvidence('scenario.faceLeavesDevice', true));
  for (const { source, request } of faceRequests(ctx)) out.push(requestEvidence(source, request, request.faceData?.reason));
  for (const app of ctx.artifacts.app) {
    for (const sdk of app.sdks) {
      if (sdk.face && (sdk.comparison === 'cloud' || sdk.comparison === 'both')) out.push(sdkEvidence(app, sdk, `${sdk.comparison} comparison`));
    }
  }
  for (const p of ctx.artifacts.policy) {
    if (p.facts.face.processing === 'remote' || p.facts.face.processing === 'both') out.push(policyFaceFact(p, 'processing'));
  }
  return out;
}

/** Evidence that nothing leaves: the operator says so, or the app's face SDKs compare locally and a capture shows no face data. */
export function faceStaysEvidence(ctx: RuleContext): Evidence[] {
  const out: Evidence[] = [];
  if (ctx.scenario?.faceLeavesDevice === false) out.push(factEvidence('scenario.faceLeavesDevice', false));
  const faceSdks = ctx.artifacts.app.flatMap((app) => app.sdks.filter((s) => s.face).map((sdk) => ({ app, sdk })));
  const traffic = ctx.artifacts.traffic;
  if (faceSdks.length && faceSdks.every((x) => x.sdk.comparison === 'local') && traffic.length && faceRequests(ctx).length === 0) {
    out.push(...faceSdks.map((x) => sdkEvidence(x.app, x.sdk, 'local comparison')));
    out.push(...traffic.map((c) => ({ kind: 'request' as const, text: `${c.requests.length} requests, none with face data`, location: c.source })));
  }
  return out;
}

/** A page observation as evidence. */
export function pageEvidence(url: string, zh: string, en: string): Evidence {
  return { kind: 'page', text: `${zh} / ${en}`, location: url };
}

/** Several remediations as one, for an inspection recorded on the whole rule. */
export function joinText(...parts: Text[]): Text {
  return t(parts.map((p) => p.zh).join(''), parts.map((p) => p.en).join(' '));
}

/**
 * Face info kept no longer than the consented period: scenario.retentionDays against scenario.consentedRetentionDays,
 * with the policy's face retention statement quoted when there is one. 0 days (deleted at once) always fits.
 */
export function retentionWithinConsent(ctx: RuleContext, checkId: string, remediation: Text): FindingDraft {
  const inspected = fromInspection(ctx, checkId, remediation);
  if (inspected) return inspected;
  const s = ctx.scenario!;
  const kept = s.retentionDays;
  const agreed = s.consentedRetentionDays;
  const told = itemQuote(ctx.artifacts.policy, 'face-retention');
  if (kept === undefined || (agreed === undefined && kept > 0)) {
    return {
      checkId,
      verdict: 'needs-evidence',
      message: t('缺少人脸信息实际保存期限或用户同意的保存期限。', 'Missing the actual or the consented storage period of face information.'),
      ...(told ? { evidence: [told] } : {}),
      missing: needFact(...(kept === undefined ? ['scenario.retentionDays'] : []), ...(agreed === undefined ? ['scenario.consentedRetentionDays'] : [])),
    };
  }
  const ev = [factEvidence('scenario.retentionDays', kept), ...(agreed !== undefined ? [factEvidence('scenario.consentedRetentionDays', agreed)] : []), ...(told ? [told] : [])];
  if (agreed !== undefined && kept > agreed) {
    return {
      checkId,
      verdict: 'fail',
      message: t(`人脸信息保存 ${kept} 天，超过用户同意的 ${agreed} 天。`, `Face information is kept ${kept} days, longer than the ${agreed} days users agreed to.`),
      evidence: ev,
      remediation,
    };
  }
  return {
    checkId,
    verdict: 'pass',
    message: t('人脸信息的保存期限未超过用户同意的期限。', 'Face information is kept no longer than users agreed to.'),
    evidence: ev,
  };
}

/** TAF 6.2e and 6.4a 1) ask the same thing: deletion once the authorised period ends. */
export const Q_DELETE_ON_EXPIRY = 'Q-TAF62E-DELETE-ON-EXPIRY';
export const expiryFix = t(
  '建立到期自动删除机制（定时任务或配置），超出授权存储期限后及时删除人脸信息并留存删除日志。',
  'Set up deletion on expiry (a scheduled job or setting) so face information is deleted promptly once the authorised period ends, and keep the deletion logs.',
);
