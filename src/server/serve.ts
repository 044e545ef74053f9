// `faceaudit serve`: opens the platform (SQLite under ./data by default, PostgreSQL with DATABASE_URL), runs the
// job handlers in-process unless --no-jobs, optionally loads the demo, and listens.
import { openPlatform } from '../platform/index.js';
import { buildServer } from './app.js';
import { DEMO_LOGINS, DEMO_PASSWORD, loadDemo } from './demo.js';
import { registerHandlers } from '../platform/index.js';

export interface ServeOptions {
  host: string;
  port: number;
  demo?: boolean;
  jobs?: boolean;
  /** Drop `Secure` from the session cookie; refused unless listening on localhost. */
  insecureCookies?: boolean;
}

const LOCAL = new Set(['127.0.0.1', 'localhost', '::1']);

export async function serveCommand(o: ServeOptions): Promise<number> {
  if (o.insecureCookies && !LOCAL.has(o.host)) throw Object.assign(new Error('--insecure-cookies is only allowed when listening on localhost'), { userFacing: true });
  const platform = await openPlatform();
  if (o.jobs !== false) {
    await registerHandlers(platform.queue, platform);
    await platform.queue.start();
  }
  if (o.demo && (await loadDemo(platform.db))) process.stderr.write('demo organisation loaded from examples/community-after.yaml\n');
  const app = await buildServer({ platform, config: { secureCookies: !o.insecureCookies, runJobs: o.jobs !== false } });
  const stop = async () => {
    await app.close();
    await platform.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const url = await app.listen({ host: o.host, port: o.port });
  process.stdout.write(`FaceAudit platform: ${url.replace('127.0.0.1', 'localhost')}  (API description: ${url}/api/openapi.json)\n`);
  if (o.demo) {
    process.stdout.write(`demo logins (password ${DEMO_PASSWORD}):\n`);
    for (const l of DEMO_LOGINS) process.stdout.write(`  ${l.email.padEnd(40)} ${l.role}\n`);
  }
  return 0;
}
