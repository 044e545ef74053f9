// Pages read through the REST API itself (app.inject with the caller's own cookie), so every page gets the
// same session check, tenant scoping, role checks and audit entries as the API: no access logic lives here.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${status}: ${detail}`);
  }
}

export interface ApiResponse {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  raw: Buffer;
}

/** GET an API route as the requesting user. */
export async function apiRaw(app: FastifyInstance, req: FastifyRequest, path: string): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  const res = await app.inject({ method: 'GET', url: path, headers, remoteAddress: req.ip });
  return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload };
}

/** GET an API route as the requesting user and parse the JSON; a problem response becomes ApiError. */
export async function apiGet<T>(app: FastifyInstance, req: FastifyRequest, path: string): Promise<T> {
  const r = await apiRaw(app, req, path);
  if (r.status >= 400) {
    let detail = r.body;
    try {
      detail = (JSON.parse(r.body) as { detail?: string }).detail ?? r.body;
    } catch {
      /* not JSON */
    }
    throw new ApiError(r.status, detail);
  }
  return JSON.parse(r.body) as T;
}

/**
 * Sends a state-changing request to an API route as the requesting user: the session cookie and the CSRF header
 * the browser sent are passed on, so the API makes every check itself.
 */
export async function apiSend(app: FastifyInstance, req: FastifyRequest, method: 'POST' | 'PUT', path: string, body: unknown): Promise<ApiResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  const csrf = req.headers['x-csrf-token'];
  if (typeof csrf === 'string') headers['x-csrf-token'] = csrf;
  const res = await app.inject({ method, url: path, headers, payload: JSON.stringify(body), remoteAddress: req.ip });
  return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload };
}
