// The rulebook, in requirements.md order. Each chapter folder lists its own rules in its index.ts.
import type { Rule } from './rule.js';
import { frRules } from './fr/index.js';
import { tafRules } from './taf/index.js';
import { piRules } from './pi/index.js';
import { g26Rules } from './g26/index.js';
import { bioRules } from './bio/index.js';
import { filRules } from './fil/index.js';

export const RULES: readonly Rule[] = [...frRules, ...tafRules, ...piRules, ...g26Rules, ...bioRules, ...filRules];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
