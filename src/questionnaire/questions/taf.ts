import type { Question } from '../types.js';

export const tafQuestions: Question[] = [];
