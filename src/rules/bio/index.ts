import type { Rule } from '../rule.js';

import bio01 from './bio-01.js';
import bio02 from './bio-02.js';
import bio03 from './bio-03.js';
import bio04 from './bio-04.js';

export const bioRules: Rule[] = [bio01, bio02, bio03, bio04];
