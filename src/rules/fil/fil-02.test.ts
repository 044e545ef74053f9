import rule from './fil-02.js';
import { scanAttachmentCases } from './test-cases.js';

scanAttachmentCases(rule);
