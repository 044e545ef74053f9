import type { Rule } from '../rule.js';

import fr01 from './fr-01.js';
import fr02 from './fr-02.js';
import fr03 from './fr-03.js';
import fr04 from './fr-04.js';
import fr05 from './fr-05.js';
import fr06 from './fr-06.js';
import fr07 from './fr-07.js';
import fr08 from './fr-08.js';
import fr09 from './fr-09.js';
import fr10 from './fr-10.js';
import fr11 from './fr-11.js';
import fr12 from './fr-12.js';
import fr13 from './fr-13.js';
import fr14 from './fr-14.js';
import fr15 from './fr-15.js';
import fr16 from './fr-16.js';

export const frRules: Rule[] = [fr01, fr02, fr03, fr04, fr05, fr06, fr07, fr08, fr09, fr10, fr11, fr12, fr13, fr14, fr15, fr16];
