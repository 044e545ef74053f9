import type { Rule } from '../rule.js';

export const g26Rules: Rule[] = [];
