// Child process for crash.test.ts (not a test itself): stores one large evidence file through the store and,
// once 20 MB are encrypted, says so on stdout and freezes, so the parent can SIGKILL it mid-write.
import { writeSync } from 'node:fs';
import { actorFor } from './access.js';
import { openDatabase } from './db/open.js';
import { EvidenceStore } from './evidence-store.js';
import { putEvidence } from './repo/evidence.js';

const env = process.env;
const db = await openDatabase(env.CRASH_DB_URL ? { url: env.CRASH_DB_URL, schema: env.CRASH_DB_SCHEMA! } : { url: '', file: env.CRASH_DB_FILE! });
const store = await EvidenceStore.open({ dir: env.CRASH_STORE_DIR!, key: Buffer.from(env.CRASH_KEY!, 'base64') });
const actor = await actorFor(db, env.CRASH_USER!, env.CRASH_ORG!);
if (!actor) throw new Error('crash-child: no actor');
let frozen = false;
await putEvidence(db, store, actor, {
  subjectId: env.CRASH_SUBJECT!,
  kind: 'pia-supporting',
  originalName: 'large.pdf',
  source: env.CRASH_SOURCE!,
  onProgress: (bytes) => {
    if (frozen || bytes < 20 * 1024 * 1024) return;
    frozen = true;
    writeSync(1, 'MID-WRITE\n'); // synchronous: the parent must see it before we freeze
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
writeSync(1, 'FINISHED\n');
await db.destroy();
