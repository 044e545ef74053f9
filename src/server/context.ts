// What every route module gets: the platform and the config; and the request's authenticated actor.
import type { FastifyRequest } from 'fastify';
import type { Actor, Platform } from '../platform/index.js';
import type { ServerConfig } from './config.js';
import { HttpError } from './errors.js';

export interface Deps {
  platform: Platform;
  config: ServerConfig;
}

export interface Auth {
  actor: Actor;
  via: 'session' | 'token';
  /** The raw session token (cookie), for logout. */
  sessionToken?: string;
  csrfToken?: string;
  scopes?: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: Auth;
  }
}

/** The actor, or 401. Every non-public route starts with this. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.auth) throw new HttpError(401, 'unauthenticated', 'log in or present an API token');
  return req.auth.actor;
}
