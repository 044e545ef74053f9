import rule from './fil-06.js';
import { scanAttachmentCases } from './test-cases.js';

scanAttachmentCases(rule);
