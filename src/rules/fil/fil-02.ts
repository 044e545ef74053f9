// FIL-02: one attachment of the face recognition filing form (seed 001 §2.1(5)); the checks live in dossier.ts.
import { ATTACHMENT_SLOTS, filRule } from './dossier.js';

export default filRule({ id: 'FIL-02', en: 'identity document of the legal representative', slots: ATTACHMENT_SLOTS['FIL-02'] });
