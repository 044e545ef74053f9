import type { Assessment } from '../engine/assessment.js';

/** The Assessment as JSON (shape documented in docs/assessment-schema.md). */
export function renderJson(a: Assessment): string {
  return JSON.stringify(a, null, 2) + '\n';
}
