// FIL-05: one attachment of the face recognition filing form (seed 001 §2.1(5)); the checks live in dossier.ts.
import { ATTACHMENT_SLOTS, filRule } from './dossier.js';

export default filRule({ id: 'FIL-05', en: 'letter of commitment', slots: ATTACHMENT_SLOTS['FIL-05'] });
