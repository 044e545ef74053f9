import rule from './fil-03.js';
import { scanAttachmentCases } from './test-cases.js';

scanAttachmentCases(rule);
