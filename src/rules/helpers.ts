// Building blocks shared by rules. They judge answers, evidence and artifacts in the same way
// everywhere, so that a verdict means the same thing in every rule.
import type { Evidence, Text } from '../core/types.js';
import type { AppArtifact, AppSdk, PolicyArtifact, PolicyItemId, TrafficRequest } from '../core/artifacts.js';
import type { EvidenceKindId, EvidenceItem } from '../subject/schema.js';
import { EVIDENCE_KINDS } from '../subject/schema.js';
import type { FindingDraft, RuleContext } from './rule.js';
import type { Obligation } from '../obligations/types.js';
import { describeObligation, obligationEvidence } from '../obligations/describe.js';

export const t = (zh: string, en: string): Text => ({ zh, en });

export function answerEvidence(questionId: string, value: unknown): Evidence {
  return { kind: 'answer', text: String(value), location: questionId };
}

export function factEvidence(path: string, value: unknown): Evidence {
  return { kind: 'fact', text: Array.isArray(value) ? value.join(', ') || '(none)' : String(value), location: path };
}

export function documentEvidence(item: EvidenceItem): Evidence {
  return {
    kind: 'document',
    text: `${EVIDENCE_KINDS[item.kind]}${item.date ? ` (${item.date})` : ''}`,
    location: item.path,
  };
}

export function quote(policy: PolicyArtifact, sentenceIndex: number): Evidence {
  const s = policy.sentences[sentenceIndex];
  if (!s) return { kind: 'quote', text: '', location: policy.source };
  return { kind: 'quote', text: s.text, location: `${policy.source}:${s.start}-${s.end}`, start: s.start, end: s.end };
}

/** Evidence names for `missing`: "evidence:pia-report". */
export const needEvidence = (...kinds: EvidenceKindId[]) => kinds.map((k) => `evidence:${k}`);
export const needQuestion = (...ids: string[]) => ids.map((q) => `question:${q}`);
export const needArtifact = (...kinds: string[]) => kinds.map((k) => `artifact:${k}`);
export const needFact = (...paths: string[]) => paths.map((p) => `fact:${p}`);

/** An inspector's recorded result overrides what the inputs alone can say. */
export function fromInspection(ctx: RuleContext, checkId: string, remediation: Text): FindingDraft | undefined {
  const insp = ctx.inspection(checkId);
  if (!insp) return undefined;
  const ev: Evidence = {
    kind: 'inspection',
    text: insp.note,
    location: `${insp.inspector ?? 'inspector'} ${insp.date}`,
  };
  return insp.verdict === 'pass'
    ? { checkId, verdict: 'pass', message: t('检查人员现场查验符合。', 'An inspector found this in order.'), evidence: [ev] }
    : {
        checkId,
        verdict: 'fail',
        message: t('检查人员现场查验不符合。', 'An inspector found this not in order.'),
        evidence: [ev],
        remediation,
      };
}

export interface PracticeCheck {
  checkId: string;
  /** Yes-no question where "yes" means the good practice is in place. */
  question: string;
  /** Evidence kinds that prove a "yes"; any one of them suffices. Empty = the answer alone decides. */
  evidence?: EvidenceKindId[];
  /** What the practice is, for messages: "a concrete purpose is documented". */
  practice: Text;
  remediation: Text;
}

/**
 * The common Q + E pattern: inspection result if any; "no" or "partial" fails; "yes" passes when one of
 * the proving documents is attached, otherwise it needs that evidence; no answer needs the answer.
 */
export function practice(ctx: RuleContext, c: PracticeCheck): FindingDraft {
  const inspected = fromInspection(ctx, c.checkId, c.remediation);
  if (inspected) return inspected;
  const a = ctx.answer(c.question);
  if (a === undefined || a === null || a === '') {
    return {
      checkId: c.checkId,
      verdict: 'needs-evidence',
      message: t(`未回答：${c.practice.zh}？`, `Not answered: ${c.practice.en}?`),
      missing: needQuestion(c.question),
    };
  }
  if (a === 'not-applicable') {
    return {
      checkId: c.checkId,
      verdict: 'not-applicable',
      message: t(`自查答复不适用：${c.practice.zh}。`, `Answered not applicable: ${c.practice.en}.`),
      evidence: [answerEvidence(c.question, a)],
    };
  }
  if (a === 'no' || a === 'partial' || a === false) {
    return {
      checkId: c.checkId,
      verdict: 'fail',
      message: t(
        `自查答复${a === 'partial' ? '仅部分做到' : '未做到'}：${c.practice.zh}。`,
        `The self-inspection answer says ${a === 'partial' ? 'only partly' : 'not'}: ${c.practice.en}.`,
      ),
      evidence: [answerEvidence(c.question, a)],
      remediation: c.remediation,
    };
  }
  const docs = c.evidence?.length ? ctx.evidence(...c.evidence) : [];
  if (c.evidence?.length && docs.length === 0) {
    return {
      checkId: c.checkId,
      verdict: 'needs-evidence',
      message: t(`自查答复已做到，但未附留存证据：${c.practice.zh}。`, `Answered yes, but no supporting document is attached: ${c.practice.en}.`),
      evidence: [answerEvidence(c.question, a)],
      missing: needEvidence(...c.evidence),
    };
  }
  return {
    checkId: c.checkId,
    verdict: 'pass',
    message: t(`已做到：${c.practice.zh}。`, `In place: ${c.practice.en}.`),
    evidence: [answerEvidence(c.question, a), ...docs.map(documentEvidence)],
  };
}

/** A boolean scenario fact where one value is the violation. Undefined → needs the fact. */
export function factCheck(
  ctx: RuleContext,
  c: {
    checkId: string;
    fact: string; // dotted path shown to the user, e.g. "scenario.faceLeavesDevice"
    value: unknown;
    bad: (v: unknown) => boolean;
    failMessage: Text;
    passMessage: Text;
    remediation: Text;
  },
): FindingDraft {
  const inspected = fromInspection(ctx, c.checkId, c.remediation);
  if (inspected) return inspected;
  if (c.value === undefined) {
    return {
      checkId: c.checkId,
      verdict: 'needs-evidence',
      message: t(`缺少事实：${c.fact}。`, `Missing fact: ${c.fact}.`),
      missing: needFact(c.fact),
    };
  }
  const ev = [factEvidence(c.fact, c.value)];
  return c.bad(c.value)
    ? { checkId: c.checkId, verdict: 'fail', message: c.failMessage, evidence: ev, remediation: c.remediation }
    : { checkId: c.checkId, verdict: 'pass', message: c.passMessage, evidence: ev };
}

/**
 * Policy disclosure check: every item must be present in at least one supplied policy.
 * No policy supplied → needs the policy artifact. Missing items fail, present ones are quoted.
 */
export function policyDisclosure(
  ctx: RuleContext,
  c: { checkId: string; items: PolicyItemId[]; what: Text; remediation: Text },
): FindingDraft {
  const policies = ctx.artifacts.policy;
  if (policies.length === 0) {
    return {
      checkId: c.checkId,
      verdict: 'needs-evidence',
      message: t(`未提供隐私政策文本，无法判断：${c.what.zh}。`, `No privacy policy supplied to decide: ${c.what.en}.`),
      missing: needArtifact('policy'),
    };
  }
  const found: Evidence[] = [];
  const missingItems: PolicyItemId[] = [];
  for (const item of c.items) {
    const hit = policies.find((p) => p.items[item]?.present);
    const first = hit?.items[item]?.sentences[0];
    if (hit && first !== undefined) found.push(quote(hit, first));
    else missingItems.push(item);
  }
  if (missingItems.length) {
    return {
      checkId: c.checkId,
      verdict: 'fail',
      message: t(
        `隐私政策缺少以下告知事项：${missingItems.join('、')}（${c.what.zh}）。`,
        `The privacy policy lacks these disclosures: ${missingItems.join(', ')} (${c.what.en}).`,
      ),
      evidence: [
        ...policies.map((p) => ({ kind: 'quote' as const, text: `no sentence tagged ${missingItems.join(', ')}`, location: p.source })),
        ...found,
      ],
      remediation: c.remediation,
      missing: missingItems.map((i) => `policy-item:${i}`),
    };
  }
  return {
    checkId: c.checkId,
    verdict: 'pass',
    message: t(`隐私政策已告知：${c.what.zh}。`, `The privacy policy discloses: ${c.what.en}.`),
    evidence: found,
  };
}

/** A manual check: an inspector must judge; shows the 查验方法 through the rule's metadata. */
export function manual(ctx: RuleContext, checkId: string, what: Text, remediation: Text): FindingDraft {
  return (
    fromInspection(ctx, checkId, remediation) ?? {
      checkId,
      verdict: 'manual',
      message: t(`需检查人员现场查验：${what.zh}。`, `An inspector must check on site: ${what.en}.`),
    }
  );
}

export function notApplicable(checkId: string, why: Text): FindingDraft {
  return { checkId, verdict: 'not-applicable', message: why };
}

/**
 * A notice that may be a privacy policy (apps, H5) or an offline notice (board, consent form): judged on the
 * policy when one is supplied, otherwise on the practice answer and its documents. A "no" answer always fails.
 */
export function disclosureOrPractice(
  ctx: RuleContext,
  d: { checkId: string; items: PolicyItemId[]; what: Text; remediation: Text },
  p: { question: string; evidence?: EvidenceKindId[] },
): FindingDraft {
  const asPractice = () => practice(ctx, { ...p, checkId: d.checkId, practice: d.what, remediation: d.remediation });
  const inspected = fromInspection(ctx, d.checkId, d.remediation);
  if (inspected) return inspected;
  const a = ctx.answer(p.question);
  if (a === 'no' || a === 'partial' || a === false) return asPractice();
  if (ctx.artifacts.policy.length) return policyDisclosure(ctx, d);
  const f = asPractice();
  if (f.verdict === 'needs-evidence') f.missing = [...(f.missing ?? []), ...needArtifact('policy')];
  return f;
}

/** Consent values that are separate consent (单独同意); 'written' is separate consent given in writing. */
export function isSeparateConsent(consent: string | undefined): boolean {
  return consent === 'separate' || consent === 'written';
}

/** Alternatives that are themselves biometric do not spare someone who refuses their biometrics being taken. */
const BIOMETRIC_ALTERNATIVES: readonly string[] = ['fingerprint'];

/**
 * Does someone who refuses face recognition still get in another way? 'none' when any source shows face
 * (or another biometric) is the only way; 'offered' when a source shows a non-biometric way; else 'unknown'.
 * Sources: scenario.alternatives, then page audits (faceAlternative, refuseStillWorks).
 */
export function faceAlternatives(ctx: RuleContext): { state: 'none' | 'offered' | 'unknown'; evidence: Evidence[] } {
  const none: Evidence[] = [];
  const offered: Evidence[] = [];
  const alts = ctx.scenario?.alternatives;
  if (alts) {
    const real = alts.filter((a) => !BIOMETRIC_ALTERNATIVES.includes(a));
    (real.length ? offered : none).push(factEvidence('scenario.alternatives', alts));
  }
  for (const page of ctx.artifacts.page) {
    if (page.faceAlternative?.offered === false) none.push({ kind: 'page', text: '拒绝人脸识别后未提供其他验证方式 / no other way offered after refusing face recognition', location: page.url });
    if (page.refuseStillWorks === false) none.push({ kind: 'page', text: '拒绝后无法继续使用 / refusing blocks further use', location: page.url });
    if (page.faceAlternative?.offered === true) {
      offered.push({ kind: 'page', text: `替代方式 / alternative: ${page.faceAlternative.label ?? '(offered)'}`, location: page.url });
    }
  }
  if (none.length) return { state: 'none', evidence: none };
  if (offered.length) return { state: 'offered', evidence: offered };
  return { state: 'unknown', evidence: [] };
}

/** Page audits (W) reach apps, mini-programs and H5 pages, not offline devices or venues. */
export function pageAuditable(s: { setting: string } | undefined): boolean {
  return s !== undefined && ['mobile-app', 'mini-program', 'h5'].includes(s.setting);
}

/** A consent dialog's buttons include a way to refuse (拒绝 / 不同意 / 取消), not only 同意 or 我知道了. */
export function canRefuse(buttons: string[]): boolean {
  return buttons.some((b) => /拒绝|不同意|不允许|取消|暂不|refuse|decline|deny|cancel/i.test(b));
}

/** A captured request as evidence: method, URL and why it matters. */
export function requestEvidence(source: string, r: TrafficRequest, why?: string): Evidence {
  return { kind: 'request', text: `${r.method} ${r.url}${why ? ` — ${why}` : ''}`, location: source };
}

/** An SDK found in an app package as evidence. */
export function sdkEvidence(app: AppArtifact, sdk: AppSdk, why?: string): Evidence {
  return { kind: 'sdk', text: `${sdk.name} (${sdk.vendor})${why ? `: ${why}` : ''}`, location: app.source };
}

/** Requests of all supplied captures in which face data was detected. */
export function faceRequests(ctx: RuleContext): { source: string; request: TrafficRequest }[] {
  return ctx.artifacts.traffic.flatMap((cap) =>
    cap.requests.filter((r) => r.faceData?.detected).map((request) => ({ source: cap.source, request })),
  );
}

/** What several inputs say about one check: evidence of a violation, evidence of compliance, inputs lacking. */
export interface Signals {
  bad: Evidence[];
  good: Evidence[];
  missing: string[];
}
export const signals = (): Signals => ({ bad: [], good: [], missing: [] });

/**
 * Adds a yes-no answer to the signals ("yes" good; "no"/"partial" bad; unanswered or any other value → missing).
 * Returns the answer so a caller can treat "not-applicable" its own way.
 */
export function answerSignal(ctx: RuleContext, s: Signals, questionId: string) {
  const a = ctx.answer(questionId);
  if (a === 'yes' || a === true) s.good.push(answerEvidence(questionId, a));
  else if (a === 'no' || a === 'partial' || a === false) s.bad.push(answerEvidence(questionId, a));
  else s.missing.push(...needQuestion(questionId));
  return a;
}

/**
 * Decides a check from several inputs: an inspection wins; any evidence of a violation fails;
 * otherwise evidence of compliance passes; with neither, needs the inputs named in `missing`
 * (or, with `undecided: 'manual'`, leaves it to an inspector).
 */
export function weigh(
  ctx: RuleContext,
  c: { checkId: string; signals: Signals; fail: Text; pass: Text; unknown: Text; remediation: Text; undecided?: 'needs-evidence' | 'manual' },
): FindingDraft {
  const inspected = fromInspection(ctx, c.checkId, c.remediation);
  if (inspected) return inspected;
  const s = c.signals;
  if (s.bad.length) return { checkId: c.checkId, verdict: 'fail', message: c.fail, evidence: s.bad, remediation: c.remediation };
  if (s.good.length) return { checkId: c.checkId, verdict: 'pass', message: c.pass, evidence: s.good };
  if (c.undecided === 'manual') return { checkId: c.checkId, verdict: 'manual', message: c.unknown };
  return { checkId: c.checkId, verdict: 'needs-evidence', message: c.unknown, missing: [...new Set(s.missing)] };
}

/**
 * A check decided by a computed obligation (ctx.obligations): done in time passes; late or overdue
 * fails; open (not yet due) needs the record of doing it; unknown needs what compute named.
 * `record` names the facts that record doing it, `proof` the documents that show it.
 */
export function fromObligation(
  ctx: RuleContext,
  o: Obligation,
  c: { checkId: string; remediation: Text; record: string[]; proof?: EvidenceKindId[]; evidence?: Evidence[] },
): FindingDraft {
  const inspected = fromInspection(ctx, c.checkId, c.remediation);
  if (inspected) return inspected;
  const said = describeObligation(o);
  const docs = c.proof?.length ? ctx.evidence(...c.proof).map(documentEvidence) : [];
  const evidence = [obligationEvidence(o), ...(c.evidence ?? []), ...docs];
  switch (o.status) {
    case 'done':
    case 'running':
      return { checkId: c.checkId, verdict: 'pass', message: said, evidence };
    case 'done-late':
    case 'overdue':
      return { checkId: c.checkId, verdict: 'fail', message: said, evidence, remediation: c.remediation };
    case 'open':
      return {
        checkId: c.checkId,
        verdict: 'needs-evidence',
        message: t(`未到期，尚未办理：${said.zh}`, `Not yet due and not yet done: ${said.en}`),
        evidence,
        missing: [...needFact(...c.record), ...needEvidence(...(c.proof ?? []))],
      };
    case 'unknown':
      return {
        checkId: c.checkId,
        verdict: 'needs-evidence',
        message: said,
        evidence,
        missing: o.missing?.length ? o.missing : needFact(...c.record),
      };
  }
}
