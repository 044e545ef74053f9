import type { Rule } from '../rule.js';
import pi01 from './pi-01.js';
import pi02 from './pi-02.js';
import pi03 from './pi-03.js';
import pi04 from './pi-04.js';
import pi05 from './pi-05.js';
import pi06 from './pi-06.js';
import pi07 from './pi-07.js';
import pi08 from './pi-08.js';
import pi09 from './pi-09.js';
import pi10 from './pi-10.js';
import pi11 from './pi-11.js';
import pi12 from './pi-12.js';
import pi13 from './pi-13.js';
import pi14 from './pi-14.js';
import pi15 from './pi-15.js';
import pi16 from './pi-16.js';
import pi17 from './pi-17.js';

// requirements.md §3 order.
export const piRules: Rule[] = [pi01, pi02, pi03, pi04, pi05, pi06, pi07, pi08, pi09, pi10, pi11, pi12, pi13, pi14, pi15, pi16, pi17];
