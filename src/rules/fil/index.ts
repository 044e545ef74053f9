import type { Rule } from '../rule.js';

import fil01 from './fil-01.js';
import fil02 from './fil-02.js';
import fil03 from './fil-03.js';
import fil04 from './fil-04.js';
import fil05 from './fil-05.js';
import fil06 from './fil-06.js';
import fil07 from './fil-07.js';
import fil08 from './fil-08.js';

export const filRules: Rule[] = [fil01, fil02, fil03, fil04, fil05, fil06, fil07, fil08];
