import type { Rule } from '../rule.js';

export const piRules: Rule[] = [];
