// The platform's CLI commands: `faceaudit audit verify` and `faceaudit worker`.
import { openDatabase } from './db/open.js';
import { verifyAuditLog } from './audit.js';
import { openPlatform } from './platform.js';
import { registerHandlers } from './jobs/handlers.js';

/** Checks the audit log's hash chain. Exit code 0 when intact, 1 when broken. */
export async function auditVerifyCommand(opts: { json?: boolean } = {}): Promise<number> {
  const db = await openDatabase();
  try {
    const r = await verifyAuditLog(db);
    if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else if (r.ok) process.stdout.write(`audit log intact: ${r.entries} entries, head ${r.headHash}\n`);
    else process.stdout.write(`audit log BROKEN at entry ${r.firstBadSeq}: ${r.reason} (${r.entries} entries before it verify)\n`);
    return r.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

/** Runs one worker until SIGINT or SIGTERM, then finishes the running job and exits. */
export async function workerCommand(): Promise<number> {
  const platform = await openPlatform();
  await registerHandlers(platform.queue, platform);
  await platform.queue.start();
  const kind = process.env.DATABASE_URL ? 'pg-boss (PostgreSQL)' : 'jobs table (SQLite)';
  process.stderr.write(`faceaudit worker ${process.pid}: taking jobs from the ${kind} queue; Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('faceaudit worker: stopping after the running job\n');
  await platform.close();
  return 0;
}
