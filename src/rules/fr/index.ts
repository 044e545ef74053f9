import type { Rule } from '../rule.js';

import fr05 from './fr-05.js';

export const frRules: Rule[] = [fr05];
