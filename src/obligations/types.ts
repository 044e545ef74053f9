import type { Text } from '../core/types.js';

export type ObligationKind =
  | 'filing' // FR-15: 100,000 persons → file within 30 working days
  | 'change-filing' // FR-15: substantive change → 30 working days
  | 'deregistration' // FR-15: stopped → 30 working days
  | 'officer-report' // PI-14: 1,000,000 persons → 30 working days (2025-08-29 for those already over)
  | 'officer-change' // PI-14: officer information changed → 30 working days
  | 'pia-retention' // FR-09: PIA report and records kept ≥ 3 years
  | 'pia-redo' // FR-09: purpose/method changed after the last PIA
  | 'request-response'; // PI-15: rights request answered within 15 working days

export type ObligationStatus =
  | 'done' // fulfilled on or before the due date
  | 'done-late' // fulfilled after the due date
  | 'open' // not yet fulfilled, due date not passed
  | 'overdue' // not fulfilled and the due date has passed
  | 'running' // a period that runs (retention): nothing to do but keep
  | 'unknown'; // cannot be computed (calendar missing, date missing)

export interface Obligation {
  kind: ObligationKind;
  ruleId: string;
  title: Text;
  /** What started the clock. */
  trigger: { date: string; text: Text };
  /**
   * The last day to act (inclusive), YYYY-MM-DD. For a 'running' retention period: the last day of the
   * period (the record must be kept through it). Absent when it cannot be computed.
   */
  due?: string;
  /** How the due date was counted, e.g. "30 working days" or "3 years". */
  rule: Text;
  status: ObligationStatus;
  doneOn?: string;
  /** Calendar days past the due date (overdue or done-late). */
  daysLate?: number;
  /** Working days past the due date. */
  workingDaysLate?: number;
  /** Working days left until the due date (open obligations; 0 = due today). */
  workingDaysLeft?: number;
  /** Retention: the first day the record may be discarded. */
  earliestDiscardOn?: string;
  /** What the obligation is about when there are several of a kind, e.g. "requests[2]". */
  ref?: string;
  /** For 'unknown': the inputs that would decide it, as in Finding.missing ("fact:facts.piThresholdReachedOn"). */
  missing?: string[];
  note?: Text;
}
