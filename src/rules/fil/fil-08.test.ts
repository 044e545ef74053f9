import rule from './fil-08.js';
import { twoSlotAttachmentCases } from './test-cases.js';

twoSlotAttachmentCases(rule);
