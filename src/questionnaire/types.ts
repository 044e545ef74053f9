import type { Text } from '../core/types.js';
import type { Chapter } from '../rules/rule.js';

export type AnswerType = 'yes-no' | 'number' | 'date' | 'text' | 'choice';

/**
 * One question of the self-inspection checklist (自查清单).
 * For yes-no questions, "yes" always means the good practice is in place, so `no` can fail a rule
 * without each rule having to know the wording. The rules that use a question are derived from the
 * rulebook (RuleMeta.inputs.questions), not listed here, so the two never disagree.
 */
export interface Question {
  id: string; // Q-FR01-PURPOSE
  chapter: Chapter;
  /** Asked once for the processor, or once per scenario. */
  scope: 'processor' | 'scenario';
  text: Text;
  /** How to check it, drawn from the seed's 查验方法. */
  help: Text;
  type: AnswerType;
  choices?: { value: string; label: Text }[];
}
