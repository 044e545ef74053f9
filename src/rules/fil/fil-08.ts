// FIL-08: one attachment of the face recognition filing form (seed 001 §2.1(5)); the checks live in dossier.ts.
import { SCAN_SLOT, SHEET_SLOT, filRule } from './dossier.js';

export default filRule({ id: 'FIL-08', en: 'personal information processor basic information form', slots: [SHEET_SLOT, SCAN_SLOT] });
