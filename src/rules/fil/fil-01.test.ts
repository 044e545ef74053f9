import rule from './fil-01.js';
import { scanAttachmentCases } from './test-cases.js';

scanAttachmentCases(rule);
