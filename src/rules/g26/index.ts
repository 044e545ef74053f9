import type { Rule } from '../rule.js';

import g26Edu from './g26-edu.js';
import g26Tra from './g26-tra.js';
import g26Hea from './g26-hea.js';
import g26Fin from './g26-fin.js';
import g26Ads from './g26-ads.js';

export const g26Rules: Rule[] = [g26Edu, g26Tra, g26Hea, g26Fin, g26Ads];
