import type { Question } from '../types.js';

export const g26Questions: Question[] = [];
