import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { EvidenceIntegrityError, InvalidInputError } from './errors.js';
import { EvidenceStore, loadEvidenceKey } from './evidence-store.js';

const root = mkdtempSync(join(tmpdir(), 'faceaudit-es-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => join(root, `s${n++}`);
const quiet = () => undefined;

async function readAll(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

function plainFile(bytes: Buffer): string {
  const p = join(root, `plain-${n++}`);
  writeFileSync(p, bytes);
  return p;
}

/** Every file under the store (relative), to check nothing is left behind. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

test('round trip: encrypted at rest, decrypts to the same bytes, layout header + ciphertext + tag', async () => {
  const store = await EvidenceStore.open({ dir: folder(), key: randomBytes(32), log: quiet });
  const data = randomBytes(3 * 1024 * 1024 + 17);
  const key = EvidenceStore.newStorageKey();
  const w = await store.write(plainFile(data), key, { maxBytes: 10 * 1024 * 1024 });
  assert.equal(w.size, data.length);
  const onDisk = readFileSync(store.pathOf(key));
  assert.equal(onDisk.length, 4 + 1 + 8 + 12 + data.length + 16);
  assert.equal(onDisk.subarray(0, 4).toString('latin1'), 'FAEV');
  assert.equal(onDisk[4], 1);
  assert.equal(onDisk.indexOf(data.subarray(1000, 1064)), -1, 'plaintext must not appear on disk');
  assert.equal(statSync(store.pathOf(key)).mode & 0o777, 0o600);
  assert.deepEqual(await readAll(await store.openStream(key)), data);
  assert.equal((await store.verify(key, w.sha256)).sha256, w.sha256);
  assert.deepEqual(filesIn(store.dir), [`${key.slice(0, 2)}/${key}.fae`]);
});

test('each file gets a fresh IV: the same bytes encrypt differently', async () => {
  const store = await EvidenceStore.open({ dir: folder(), key: randomBytes(32), log: quiet });
  const src = plainFile(Buffer.from('同一份文件 the same file'));
  const [a, b] = [EvidenceStore.newStorageKey(), EvidenceStore.newStorageKey()];
  await store.write(src, a, { maxBytes: 1e6 });
  await store.write(src, b, { maxBytes: 1e6 });
  assert.notDeepEqual(readFileSync(store.pathOf(a)).subarray(13, 25), readFileSync(store.pathOf(b)).subarray(13, 25));
  assert.notDeepEqual(readFileSync(store.pathOf(a)).subarray(25), readFileSync(store.pathOf(b)).subarray(25));
});

test('an empty file round-trips', async () => {
  const store = await EvidenceStore.open({ dir: folder(), key: randomBytes(32), log: quiet });
  const key = EvidenceStore.newStorageKey();
  await store.write(Readable.from([]), key, { maxBytes: 10 });
  assert.equal((await readAll(await store.openStream(key))).length, 0);
});

test('tampering: a flipped ciphertext byte, a changed tag, a truncated file and a swapped file all fail authentication', async () => {
  const store = await EvidenceStore.open({ dir: folder(), key: randomBytes(32), log: quiet });
  const data = randomBytes(200_000);
  const keys = [0, 1, 2, 3, 4].map(() => EvidenceStore.newStorageKey());
  for (const k of keys) await store.write(plainFile(data), k, { maxBytes: 1e6 });
  const edit = (k: string, f: (b: Buffer) => Buffer) => writeFileSync(store.pathOf(k), f(readFileSync(store.pathOf(k))));
  const flip = (b: Buffer, i: number, bit: number) => (b.writeUInt8(b.readUInt8(i) ^ bit, i), b);
  edit(keys[0]!, (b) => flip(b, 25 + 100_000, 0x01));
  edit(keys[1]!, (b) => flip(b, b.length - 1, 0x80));
  edit(keys[2]!, (b) => b.subarray(0, b.length - 1000));
  copyFileSync(store.pathOf(keys[4]!), store.pathOf(keys[3]!)); // another file's bytes under this name
  for (const k of keys.slice(0, 4)) {
    await assert.rejects(readAll(await store.openStream(k)), (e: unknown) => e instanceof EvidenceIntegrityError && /failed authentication/.test((e as Error).message), k);
    const dest = join(root, `out-${k}`);
    await assert.rejects(store.decryptToFile(k, dest), EvidenceIntegrityError);
    assert.equal(existsSync(dest), false, 'a file that fails authentication is not left decrypted');
  }
  // The untouched one still reads.
  assert.deepEqual(await readAll(await store.openStream(keys[4]!)), data);
});

test('a header edit or a file made with another key gives a clear error', async () => {
  const dir = folder();
  const store = await EvidenceStore.open({ dir, key: randomBytes(32), log: quiet });
  const k = EvidenceStore.newStorageKey();
  await store.write(plainFile(Buffer.from('x'.repeat(100))), k, { maxBytes: 1e6 });
  const other = await EvidenceStore.open({ dir, key: randomBytes(32), log: quiet });
  await assert.rejects(other.openStream(k), /encrypted with another key/);
  const b = readFileSync(store.pathOf(k));
  b[0] = 0x58;
  writeFileSync(store.pathOf(k), b);
  await assert.rejects(store.openStream(k), /bad magic/);
  await assert.rejects(store.openStream(EvidenceStore.newStorageKey()), /missing from the store/);
  assert.throws(() => store.pathOf('../../etc/passwd'), /not a storage key/);
});

test('a stream over the limit is stopped with 413 and leaves no file', async () => {
  const store = await EvidenceStore.open({ dir: folder(), key: randomBytes(32), log: quiet });
  const k = EvidenceStore.newStorageKey();
  const big = Readable.from((function* () {
    for (let i = 0; i < 40; i++) yield Buffer.alloc(64 * 1024, i);
  })());
  await assert.rejects(store.write(big, k, { maxBytes: 1024 * 1024 }), (e: unknown) => e instanceof InvalidInputError && e.status === 413);
  assert.deepEqual(filesIn(store.dir), []);
});

test('streams in constant memory: 160 MB through write and read with little heap growth', async () => {
  const store = await EvidenceStore.open({ dir: folder(), key: randomBytes(32), log: quiet });
  const k = EvidenceStore.newStorageKey();
  const chunk = randomBytes(1024 * 1024);
  const gen = () => Readable.from((function* () {
    for (let i = 0; i < 160; i++) yield chunk;
  })());
  global.gc?.();
  const before = process.memoryUsage();
  let peak = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed + m.arrayBuffers - before.heapUsed - before.arrayBuffers);
  };
  const w = await store.write(gen(), k, { maxBytes: 200 * 1024 * 1024, onProgress: sample });
  assert.equal(w.size, 160 * 1024 * 1024);
  let read = 0;
  for await (const c of await store.openStream(k)) {
    read += (c as Buffer).length;
    sample();
  }
  assert.equal(read, w.size);
  assert.ok(peak < 100 * 1024 * 1024, `memory grew by ${Math.round(peak / 1024 / 1024)} MB for a 160 MB file`);
  await store.remove(k);
});

test('key file: created 0600 with a log line on first use, reused after; FACEAUDIT_KEY wins; bad keys are refused', async () => {
  const dir = folder();
  const keyFile = join(dir, 'keys', 'evidence.key');
  const lines: string[] = [];
  const k1 = await loadEvidenceKey({ env: {}, keyFile, log: (l) => lines.push(l) });
  assert.equal(k1.length, 32);
  assert.equal(statSync(keyFile).mode & 0o777, 0o600);
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /created a new evidence encryption key at .*evidence\.key \(mode 0600\)/);
  const k2 = await loadEvidenceKey({ env: {}, keyFile, log: (l) => lines.push(l) });
  assert.deepEqual(k2, k1);
  assert.equal(lines.length, 1, 'no log line when the key exists');

  chmodSync(keyFile, 0o644);
  await loadEvidenceKey({ env: {}, keyFile, log: (l) => lines.push(l) });
  assert.match(lines[1]!, /readable by other users/);

  const envKey = randomBytes(32);
  const other = join(dir, 'never.key');
  assert.deepEqual(await loadEvidenceKey({ env: { FACEAUDIT_KEY: envKey.toString('base64'), FACEAUDIT_KEY_FILE: other }, log: quiet }), envKey);
  assert.equal(existsSync(other), false);
  await assert.rejects(loadEvidenceKey({ env: { FACEAUDIT_KEY: randomBytes(16).toString('base64') }, log: quiet }), /32-byte key \(got 16 bytes\)/);
  writeFileSync(join(dir, 'short.key'), 'c2hvcnQ=\n');
  await assert.rejects(loadEvidenceKey({ env: { FACEAUDIT_KEY_FILE: join(dir, 'short.key') }, log: quiet }), /32-byte key/);
});
