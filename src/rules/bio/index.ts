import type { Rule } from '../rule.js';

export const bioRules: Rule[] = [];
