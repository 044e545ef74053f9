// Kills `faceaudit serve` (SIGKILL: no cleanup) in the middle of a large upload over HTTP, restarts it on the
// same data folder, and checks: no evidence row without its file, no partial file under a final name (the
// partial temp file is swept at start), and the evidence stored before still downloads with its original bytes.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { projectRoot } from '../core/paths.js';
import { openDatabase } from '../platform/index.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../server/demo.js';

const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const sample = (name: string) => join(projectRoot(), 'examples', 'evidence', name);

function serve(dataDir: string): { proc: ChildProcess; url: Promise<string> } {
  const env: NodeJS.ProcessEnv = { ...process.env, FACEAUDIT_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.FACEAUDIT_KEY;
  delete env.FACEAUDIT_KEY_FILE;
  const proc = spawn(process.execPath, [cli, 'serve', '--host', '127.0.0.1', '--port', '0', '--demo', '--insecure-cookies'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const url = new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /FaceAudit platform: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    proc.once('exit', (code, signal) => reject(new Error(`the server stopped before listening (${code ?? signal}): ${err.slice(-2000)}`)));
  });
  return { proc, url };
}

const exited = (p: ChildProcess) => new Promise<NodeJS.Signals | number | null>((r) => (p.exitCode !== null || p.signalCode !== null ? r(p.signalCode ?? p.exitCode) : p.once('exit', (c, s) => r(s ?? c))));

async function login(base: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_LOGINS[0].email, password: DEMO_PASSWORD }) });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = /fa_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function storeFiles(dir: string): { name: string; size: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => ({ name: d.name, size: statSync(join(d.parentPath, d.name)).size }));
}

test('SIGKILL of `faceaudit serve` mid-upload: nothing half-written remains, earlier evidence intact', { timeout: 90_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'faceaudit-serve-crash-'));
  const storeDir = join(dataDir, 'evidence');
  let second: ChildProcess | undefined;
  const first = serve(dataDir);
  try {
    const base = await first.url;
    const auth = await login(base);
    const headers = { cookie: auth.cookie, 'x-csrf-token': auth.csrf };
    const subjectId = ((await (await fetch(`${base}/api/subjects`, { headers })).json()) as { subjects: { id: string }[] }).subjects[0]!.id;

    // Stored before the crash.
    const original = readFileSync(sample('pia-report.pdf'));
    const form = new FormData();
    form.append('file', new Blob([original]), 'pia-report.pdf');
    const put = await fetch(`${base}/api/subjects/${subjectId}/evidence?kind=pia-report`, { method: 'POST', headers, body: form });
    assert.equal(put.status, 201, await put.clone().text());
    const earlier = ((await put.json()) as { evidence: { id: string } }).evidence.id;

    // A large upload, streamed; the server is killed once the upload's spool file (where the platform keeps an
    // upload until its type is judged, before encrypting it under a temp name) has grown past 8 MB.
    const boundary = '----faceauditcrash';
    const req = request(`${base}/api/subjects/${subjectId}/evidence?kind=pia-supporting`, {
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
    });
    req.on('error', () => undefined); // the connection dies with the server
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="large.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    req.write(readFileSync(sample('notice.pdf')));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let killed = false;
    const watcher = (async () => {
      for (let i = 0; i < 400 && !killed; i++) {
        if (storeFiles(storeDir).some((f) => (f.name.startsWith('spool-') || f.name.startsWith('.tmp-')) && f.size > 8 * 1024 * 1024)) {
          first.proc.kill('SIGKILL');
          killed = true;
          return;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    for (let sent = 0; sent < 150 && !killed; sent++) {
      if (!req.write(chunk)) {
        await new Promise((r) => {
          req.once('drain', r);
          setTimeout(r, 500);
        });
      }
    }
    await watcher;
    req.destroy();
    assert.ok(killed, 'the server was killed while the upload was being written');
    assert.equal(await exited(first.proc), 'SIGKILL');

    // What the crash left: the earlier file under its final name, the partial upload only as a temp file.
    const left = storeFiles(storeDir);
    assert.equal(left.filter((f) => f.name.endsWith('.fae')).length, 1, JSON.stringify(left));
    assert.ok(left.some((f) => f.name.startsWith('spool-') || f.name.startsWith('.tmp-')), `a partial spool or temp file is there before the restart: ${JSON.stringify(left)}`);

    // Restart on the same data folder: the start-up sweep removes the partial file.
    const restarted = serve(dataDir);
    second = restarted.proc;
    const base2 = await restarted.url;
    const auth2 = await login(base2);
    const h2 = { cookie: auth2.cookie, 'x-csrf-token': auth2.csrf };
    const list = ((await (await fetch(`${base2}/api/subjects/${subjectId}/evidence`, { headers: h2 })).json()) as { evidence: { id: string }[] }).evidence;
    assert.deepEqual(list.map((e) => e.id), [earlier], 'no row for the killed upload');
    const dl = await fetch(`${base2}/api/evidence/${earlier}/download`, { headers: h2 });
    assert.equal(dl.status, 200);
    assert.deepEqual(Buffer.from(await dl.arrayBuffer()), original);
    const after = storeFiles(storeDir);
    assert.deepEqual(after.filter((f) => !f.name.endsWith('.fae')).map((f) => f.name), [], 'no temp or partial file after the restart');

    // Every row has its file and every file its row.
    second.kill('SIGTERM');
    await exited(second);
    const db = await openDatabase({ file: join(dataDir, 'faceaudit.db'), url: '' });
    try {
      const rows = await db.selectFrom('evidence_files').select(['id', 'storage_key']).execute();
      assert.deepEqual(rows.map((r) => r.id), [earlier]);
      assert.deepEqual(after.map((f) => f.name), rows.map((r) => `${r.storage_key}.fae`));
    } finally {
      await db.destroy();
    }
  } finally {
    first.proc.kill('SIGKILL');
    second?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
