// FIL-06: one attachment of the face recognition filing form (seed 001 §2.1(5)); the checks live in dossier.ts.
import { ATTACHMENT_SLOTS, filRule } from './dossier.js';

export default filRule({ id: 'FIL-06', en: 'personal information protection impact assessment report', slots: ATTACHMENT_SLOTS['FIL-06'] });
