// Shared vocabulary of the whole product: verdicts, bilingual text, evidence and findings.
// Collectors produce artifacts (./artifacts.ts); rules read subject + artifacts and return findings.

/** Chinese first, English alongside: every user-facing sentence carries both. */
export interface Text {
  zh: string;
  en: string;
}

export const VERDICTS = ['fail', 'needs-evidence', 'manual', 'pass', 'not-applicable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Severity order used to combine several findings of one rule: the first in VERDICTS wins. */
export function worstVerdict(verdicts: Verdict[]): Verdict {
  let best = VERDICTS.length - 1;
  for (const v of verdicts) best = Math.min(best, VERDICTS.indexOf(v));
  return VERDICTS[best] ?? 'not-applicable';
}

/** How a rule can be decided (requirements.md legend). */
export type DecidedBy = 'A' | 'P' | 'T' | 'W' | 'Q' | 'E' | 'O';

export type EvidenceKind =
  | 'quote' // a sentence from a policy, with its offsets
  | 'answer' // a questionnaire answer
  | 'fact' // a fact from the subject file
  | 'document' // an evidence document from the manifest
  | 'sdk' // an SDK found in an app package
  | 'class' // a class name found in a DEX / class file
  | 'permission'
  | 'native-lib'
  | 'model'
  | 'request' // a request in a HAR capture
  | 'page' // a page observation (screenshot, clicks)
  | 'obligation' // a computed deadline
  | 'inspection'; // an inspector's recorded result

export interface Evidence {
  kind: EvidenceKind;
  /** What was seen, quoted as is (a sentence, a class name, an answer value…). */
  text: string;
  /** Where: a file path, a question ID, "policy.txt:120-168", a URL… */
  location?: string;
  /** Character offsets of a quoted sentence in the artifact's text. */
  start?: number;
  end?: number;
}

export interface Finding {
  ruleId: string; // e.g. "FR-05"
  /** Finer check inside the rule, e.g. "FR-05.transmission". Defaults to the rule ID. */
  checkId: string;
  /** Scenario the finding is about; absent for processor-wide rules. */
  scenarioId?: string;
  verdict: Verdict;
  /** One sentence saying what was found. */
  message: Text;
  evidence: Evidence[];
  /** Required for every `fail`. */
  remediation?: Text;
  /** For `needs-evidence`: the inputs that would decide it (question IDs, evidence kinds, artifact kinds). */
  missing?: string[];
}
