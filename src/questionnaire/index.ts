// The self-inspection questionnaire (自查清单) as data: one file per chapter under questions/.
import type { Question } from './types.js';
import { frQuestions } from './questions/fr.js';
import { tafQuestions } from './questions/taf.js';
import { piQuestions } from './questions/pi.js';
import { g26Questions } from './questions/g26.js';
import { bioQuestions } from './questions/bio.js';
import { filQuestions } from './questions/fil.js';
import { deadlineQuestions } from './questions/deadlines.js';

export const QUESTIONS: readonly Question[] = [...frQuestions, ...tafQuestions, ...piQuestions, ...g26Questions, ...bioQuestions, ...filQuestions, ...deadlineQuestions];

export function findQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
