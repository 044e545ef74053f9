import rule from './fil-07.js';
import { twoSlotAttachmentCases } from './test-cases.js';

twoSlotAttachmentCases(rule);
