import rule from './fil-04.js';
import { scanAttachmentCases } from './test-cases.js';

scanAttachmentCases(rule);
