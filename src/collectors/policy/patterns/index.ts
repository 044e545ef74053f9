// All item patterns, in requirements.md §8 order. To add a pattern: put it in the group file of its item,
// give it a name that says what it recognises, and add a sentence that shows it to tag.test.ts.
import { POLICY_ITEMS } from '../../../core/artifacts.js';
import { controllerPatterns } from './controller.js';
import { facePatterns } from './face.js';
import { processingPatterns } from './processing.js';
import { rightsPatterns } from './rights.js';
import { safetyPatterns } from './safety.js';
import { sharingPatterns } from './sharing.js';
import type { ItemPatterns } from './types.js';

export type { ItemPatterns, Pattern, SentenceContext } from './types.js';

const all = [...controllerPatterns, ...processingPatterns, ...rightsPatterns, ...safetyPatterns, ...sharingPatterns, ...facePatterns];

export const ITEM_PATTERNS: ItemPatterns[] = POLICY_ITEMS.map((id) => {
  const p = all.find((x) => x.item === id);
  if (!p) throw new Error(`no patterns for policy item ${id}`);
  return p;
});
