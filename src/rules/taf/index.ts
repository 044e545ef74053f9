import type { Rule } from '../rule.js';

import taf61a from './taf-6-1a.js';
import taf61b from './taf-6-1b.js';
import taf61c from './taf-6-1c.js';
import taf61d from './taf-6-1d.js';
import taf61e from './taf-6-1e.js';
import taf62a from './taf-6-2a.js';
import taf62b from './taf-6-2b.js';
import taf62c from './taf-6-2c.js';
import taf62d from './taf-6-2d.js';
import taf62e from './taf-6-2e.js';
import taf63a from './taf-6-3a.js';
import taf63b from './taf-6-3b.js';
import taf63c from './taf-6-3c.js';
import taf63d from './taf-6-3d.js';
import taf64a from './taf-6-4a.js';
import taf64b from './taf-6-4b.js';
import taf64c from './taf-6-4c.js';

/** T/TAF 077.7-2020 §6, in clause order (requirements.md §2). */
export const tafRules: Rule[] = [
  taf61a, taf61b, taf61c, taf61d, taf61e,
  taf62a, taf62b, taf62c, taf62d, taf62e,
  taf63a, taf63b, taf63c, taf63d,
  taf64a, taf64b, taf64c,
];
