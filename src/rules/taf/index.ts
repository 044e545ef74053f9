import type { Rule } from '../rule.js';

export const tafRules: Rule[] = [];
