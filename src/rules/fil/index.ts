import type { Rule } from '../rule.js';

export const filRules: Rule[] = [];
