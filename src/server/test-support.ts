// Test support for the server: a platform on a fresh database (SQLite temp file or PostgreSQL), the server built
// on it, seeded actors with sessions, and a request helper that sends cookie + CSRF or a Bearer token.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createSession, EvidenceStore, TableJobQueue, type Actor, type Platform } from '../platform/index.js';
import { freshDatabase, type DbKind } from '../platform/testing.js';
import { buildServer } from './app.js';
import type { ServerConfig } from './config.js';
import { registerHandlers } from '../platform/index.js';

export interface TestServer {
  app: FastifyInstance;
  platform: Platform;
  dir: string;
  close(): Promise<void>;
}

export async function testServer(kind: DbKind, config: Partial<ServerConfig> = {}, opts: { jobs?: boolean } = {}): Promise<TestServer> {
  const t = await freshDatabase(kind);
  const store = await EvidenceStore.open({ dir: join(t.dir, 'evidence'), key: randomBytes(32), log: () => undefined });
  const queue = new TableJobQueue(t.db, { pollMs: 50 });
  const platform: Platform = { db: t.db, store, queue, close: async () => queue.stop() };
  if (opts.jobs) {
    await registerHandlers(queue, { db: t.db, store });
    await queue.start();
  }
  const app = await buildServer({ platform, config: { logger: false, ...config } });
  return {
    app,
    platform,
    dir: t.dir,
    async close() {
      await app.close();
      await queue.stop();
      await t.close();
    },
  };
}

/** How a test user authenticates: a session (cookie + CSRF token), a token, or nothing. */
export interface Who {
  name: string;
  cookie?: string;
  csrf?: string;
  bearer?: string;
  actor?: Actor;
}

export async function sessionFor(platform: Platform, name: string, actor: Actor): Promise<Who> {
  const s = await createSession(platform.db, actor.userId, actor.orgId);
  return { name, cookie: s.token, csrf: s.csrfToken, actor };
}

export async function call(
  app: FastifyInstance,
  who: Who,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  extra: { headers?: Record<string, string>; payload?: Buffer | string } = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...extra.headers };
  if (who.cookie) headers.cookie = `fa_session=${who.cookie}`;
  if (who.csrf && method !== 'GET') headers['x-csrf-token'] = who.csrf;
  if (who.bearer) headers.authorization = `Bearer ${who.bearer}`;
  return app.inject({ method, url, headers, ...(extra.payload !== undefined ? { payload: extra.payload } : body !== undefined ? { payload: body as object } : {}) });
}

/** A multipart/form-data body with one file part. */
export function multipart(fileName: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----faceaudit${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
