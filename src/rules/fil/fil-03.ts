// FIL-03: one attachment of the face recognition filing form (seed 001 §2.1(5)); the checks live in dossier.ts.
import { ATTACHMENT_SLOTS, filRule } from './dossier.js';

export default filRule({ id: 'FIL-03', en: 'identity document of the handling person', slots: ATTACHMENT_SLOTS['FIL-03'] });
