import type { Finding, Text, Verdict } from '../core/types.js';
import type { Chapter } from '../rules/rule.js';
import type { Obligation } from '../obligations/types.js';

/** Version of the Assessment JSON shape (docs/assessment-schema.md). Bump on breaking changes. */
export const ASSESSMENT_SCHEMA_VERSION = '1.0.0';

export interface RuleResult {
  id: string;
  chapter: Chapter;
  title: Text;
  source: string[];
  /** Worst verdict over the rule's findings. */
  verdict: Verdict;
  findings: Finding[];
}

export type VerdictCounts = Record<Verdict, number>;

export interface Assessment {
  schemaVersion: string;
  tool: { name: 'faceaudit'; version: string };
  asOf: string;
  subject: {
    processor: string;
    creditCode?: string;
    scenarios: { id: string; name: string; deployment: string; type: string; setting: string; sector?: string }[];
  };
  inputs: { kind: string; source: string }[];
  rules: RuleResult[];
  /** Rule-level verdict counts, overall and per chapter. */
  counts: { total: VerdictCounts; byChapter: Record<Chapter, VerdictCounts> };
  obligations: Obligation[];
}
