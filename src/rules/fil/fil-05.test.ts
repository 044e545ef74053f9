import rule from './fil-05.js';
import { scanAttachmentCases } from './test-cases.js';

scanAttachmentCases(rule);
