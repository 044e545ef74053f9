import type { Question } from '../types.js';

export const piQuestions: Question[] = [];
