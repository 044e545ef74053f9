// Building blocks shared by rules. They judge answers, evidence and artifacts in the same way
// everywhere, so that a verdict means the same thing in every rule.
import type { Evidence, Text } from '../core/types.js';
import type { PolicyArtifact, PolicyItemId } from '../core/artifacts.js';
import type { EvidenceKindId, EvidenceItem } from '../subject/schema.js';
import { EVIDENCE_KINDS } from '../subject/schema.js';
import type { FindingDraft, RuleContext } from './rule.js';

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
