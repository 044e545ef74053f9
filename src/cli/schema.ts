import { z } from 'zod';
import { assessmentJsonSchema } from '../engine/assessment-schema.js';
import { SubjectSchema } from '../subject/schema.js';
import { UsageError } from './io.js';

export function schemaCommand(which: string): string {
  if (which === 'assessment') return JSON.stringify(assessmentJsonSchema(), null, 2) + '\n';
  if (which === 'subject') return JSON.stringify(z.toJSONSchema(SubjectSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
  throw new UsageError(`unknown schema "${which}": use assessment or subject`);
}
