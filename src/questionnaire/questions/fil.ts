import type { Question } from '../types.js';

export const filQuestions: Question[] = [];
