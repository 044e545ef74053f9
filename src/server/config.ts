// Server settings. Everything has a safe default; tests and `faceaudit serve` override what they need.
export interface ServerConfig {
  /** Send the session cookie with `Secure`. Only turn off for http://localhost (browsers drop Secure cookies on http). */
  secureCookies: boolean;
  /** Login attempts per IP per window. */
  loginRateLimit: { max: number; timeWindowMs: number };
  /** Largest accepted upload (bytes); the platform applies its own per-kind limits by content as well. */
  maxUploadBytes: number;
  /** Session lifetime. */
  sessionTtlMs: number;
  /** pino logger options for Fastify, or false in tests. */
  logger: boolean | { level: string };
  /** Run the job handlers in this process (SQLite default; a `faceaudit worker` may run them instead). */
  runJobs: boolean;
}

export const DEFAULT_CONFIG: ServerConfig = {
  secureCookies: true,
  loginRateLimit: { max: 10, timeWindowMs: 60_000 },
  maxUploadBytes: 200 * 1024 * 1024,
  sessionTtlMs: 12 * 60 * 60_000,
  logger: { level: 'info' },
  runJobs: true,
};

export const SESSION_COOKIE = 'fa_session';
export const CSRF_HEADER = 'x-csrf-token';
