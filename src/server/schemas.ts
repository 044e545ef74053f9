// JSON schema pieces shared by the routes (OpenAPI is generated from them).
import type { FastifySchema } from 'fastify';
export const uuid = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' } as const;
export const idParams = { type: 'object', required: ['id'], properties: { id: uuid }, additionalProperties: false } as const;
export const anyObject = { type: 'object', additionalProperties: true } as const;
export const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

const problem = {
  type: 'object',
  description: 'Problem details (RFC 9457)',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' } },
  additionalProperties: true,
} as const;

/** Standard responses for a route: `ok` for 200, problems for the usual errors. */
export function responses(ok: object = anyObject, status = 200) {
  return {
    [status]: ok,
    400: problem,
    401: problem,
    403: problem,
    404: problem,
    409: problem,
    '4xx': problem,
  };
}

/** A route schema: tags, summary and the standard problem responses. */
export function route(tag: string, summary: string, s: { params?: object; querystring?: object; body?: object; ok?: object; status?: number; file?: boolean } = {}): FastifySchema {
  return {
    tags: [tag],
    summary,
    ...(s.params ? { params: s.params } : {}),
    ...(s.querystring ? { querystring: s.querystring } : {}),
    ...(s.body ? { body: s.body } : {}),
    // File downloads declare no response schema (the body is not JSON).
    ...(s.file ? {} : { response: responses(s.ok ?? anyObject, s.status ?? 200) }),
    security: [{ session: [] }, { bearer: [] }],
  } as FastifySchema;
}
