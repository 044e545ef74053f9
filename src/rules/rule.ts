// What a rule is. One file per rule under src/rules/<chapter>/, like ESLint keeps its rules.
// A rule reads the subject, artifacts and computed obligations through RuleContext; it never parses files.
import type { DecidedBy, Evidence, Finding, Text, Verdict } from '../core/types.js';
import type { ArtifactSet } from '../core/artifacts.js';
import type { EvidenceKindId, Scenario, Subject, SCENARIO_TYPES, SETTINGS, SECTORS } from '../subject/schema.js';
import type { Obligation } from '../obligations/types.js';

export type Chapter = 'FR' | 'TAF' | 'PI' | 'G26' | 'BIO' | 'FIL';
export const CHAPTERS: { id: Chapter; title: Text; short: string }[] = [
  { id: 'FR', title: { zh: '人脸识别技术应用', en: 'Face recognition technology application' }, short: '人脸识别应用' },
  { id: 'TAF', title: { zh: 'App 人脸信息最小必要（T/TAF 077.7-2020）', en: 'App minimum necessity for face information (T/TAF 077.7-2020)' }, short: 'App 最小必要' },
  { id: 'PI', title: { zh: '线下消费与 App 个人信息', en: 'Personal information in offline consumption and apps' }, short: '个人信息' },
  { id: 'G26', title: { zh: '2026 年重点领域', en: 'Sector focus of the 2026 campaign' }, short: '2026 重点领域' },
  { id: 'BIO', title: { zh: '生物识别保护要点', en: 'Biometric protection points' }, short: '生物识别' },
  { id: 'FIL', title: { zh: '人脸识别技术应用备案材料', en: 'Face recognition filing dossier' }, short: '备案材料' },
];

export type ArtifactKind = keyof ArtifactSet;

/** When a scenario-scoped rule applies. All given lists must match; absent = any. */
export interface Applicability {
  types?: (typeof SCENARIO_TYPES)[number][];
  settings?: (typeof SETTINGS)[number][];
  sectors?: (typeof SECTORS)[number][];
  /** Extra condition on the scenario, with the reason shown when it does not apply. */
  when?: (scenario: Scenario, subject: Subject) => boolean;
  /** Plain words for `when`, shown in the rulebook listing. */
  whenText?: Text;
}

export interface RuleMeta {
  /** ID from requirements.md, e.g. "FR-05". */
  id: string;
  chapter: Chapter;
  title: Text;
  /** The requirement in one or two sentences. */
  requirement: Text;
  /** Source citations, e.g. ["Measures Art.8", "seed 001 §2.1(1)"]. */
  source: string[];
  decidedBy: DecidedBy[];
  /** 'processor': evaluated once; 'scenario': once per applicable scenario. */
  scope: 'processor' | 'scenario';
  applies?: Applicability;
  /** Inputs the rule reads: question IDs, evidence kinds, artifact kinds, subject facts (dotted paths). */
  inputs: {
    questions?: string[];
    evidence?: EvidenceKindId[];
    artifacts?: ArtifactKind[];
    facts?: string[];
  };
  /** 查验方法 and 留存证据 from the seed, shown for manual parts. Chinese as in the seed. */
  manual?: { method: string[]; evidence: string[] };
}

export interface Rule extends RuleMeta {
  /** Returns one or more findings (sub-checks); the engine fills ruleId/scenarioId/checkId defaults. */
  evaluate(ctx: RuleContext): FindingDraft[];
}

/** A finding before the engine stamps rule and scenario on it. */
export interface FindingDraft {
  checkId?: string;
  verdict: Verdict;
  message: Text;
  evidence?: Evidence[];
  remediation?: Text;
  missing?: string[];
}

/** Everything a rule may read. Built by the engine for one rule × scenario. */
export interface RuleContext {
  subject: Subject;
  artifacts: ArtifactSet;
  obligations: Obligation[];
  /** The assessment date, YYYY-MM-DD. */
  asOf: string;
  /** The scenario being evaluated (scenario-scoped rules only). */
  scenario?: Scenario;
  /** Answer to a question: scenario-level answer first, then the processor-wide one. */
  answer(questionId: string): import('../subject/schema.js').AnswerValue | undefined;
  /** Evidence documents of the given kinds for this scenario (and processor-wide ones). */
  evidence(...kinds: EvidenceKindId[]): import('../subject/schema.js').EvidenceItem[];
  /** An inspector's recorded result for a check (exact checkId, or the rule ID as a fallback). */
  inspection(checkId: string): import('../subject/schema.js').Inspection | undefined;
}
