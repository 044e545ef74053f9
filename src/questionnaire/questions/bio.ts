import type { Question } from '../types.js';

export const bioQuestions: Question[] = [];
