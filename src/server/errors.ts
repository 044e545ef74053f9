// Maps errors to JSON problem responses (RFC 9457 shape): the platform's typed errors carry their HTTP status,
// the filing library's FilingError a code, Fastify's schema validation 400. Anything else is a 500 whose
// details stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { FilingError, IncompleteDossierError } from '../filing/index.js';
import { PlatformError } from '../platform/index.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  /** Extra data, e.g. the completeness report of a refused submission. */
  extra?: unknown;
}

/** An HTTP error raised by the server itself (auth, CSRF, bad multipart). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const FILING_STATUS: Record<string, number> = { 'illegal-transition': 409, forbidden: 403, 'invalid-input': 400, incomplete: 422 };
const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error' };

export function toProblem(err: unknown): Problem {
  const p = (status: number, code: string, detail: string, extra?: unknown): Problem => ({
    type: `about:blank`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(extra !== undefined ? { extra } : {}),
  });
  if (err instanceof PlatformError) return p(err.status, err.code, err.message);
  if (err instanceof HttpError) return p(err.status, err.code, err.message);
  if (err instanceof IncompleteDossierError) return p(422, err.code, `${err.text.zh} / ${err.text.en}`, err.completeness);
  if (err instanceof FilingError) return p(FILING_STATUS[err.code] ?? 400, err.code, `${err.text.zh} / ${err.text.en}`);
  if (err instanceof ZodError) return p(400, 'invalid-input', err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const fe = err as FastifyError;
  if (fe.validation) return p(400, 'invalid-request', fe.message);
  if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return p(413, 'too-large', fe.message);
  if (fe.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return p(415, 'unsupported-media-type', fe.message);
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) return p(fe.statusCode, fe.code ?? 'bad-request', fe.message);
  return p(500, 'internal', 'internal error (see the server log)');
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(err);
  if (problem.status >= 500) req.log.error({ err }, 'request failed');
  else req.log.info({ code: problem.code, status: problem.status }, problem.detail);
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
