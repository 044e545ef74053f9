// Evidence files encrypted at rest: AES-256-GCM, a fresh 12-byte IV per file, streamed in both directions
// (constant memory whatever the size). The key comes from FACEAUDIT_KEY (base64, 32 bytes) or a key file
// (FACEAUDIT_KEY_FILE, default <data>/evidence.key, created 0600 on first use) and never enters the database.
//
// File layout (<dir>/<first 2 chars of key>/<storage key>.fae):
//   "FAEV" | version (1 byte) | key id (8 bytes) | IV (12 bytes) | ciphertext | GCM tag (16 bytes)
// The header and the storage key are the GCM additional data, so a file cannot be swapped for another one or
// have its header edited without failing authentication. The key id tells "wrong key" apart from "tampered".
//
// Crash safety: a file is written under a temp name (.tmp-<host>-<pid>-<instance>-<random>) in its final folder, fsynced,
// renamed, and the folder fsynced; only then does the caller insert its row. A crash leaves at worst a temp file
// or a complete file no row names; sweepOrphans removes both. Never a row without a file, never a partial file
// under a final name.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID, type DecipherGCM } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from './db/open.js';
import { dataDir } from './config.js';
import { EvidenceIntegrityError, InvalidInputError } from './errors.js';

const MAGIC = Buffer.from('FAEV', 'latin1');
const VERSION = 1;
const KEY_ID_LENGTH = 8;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const HEADER_LENGTH = MAGIC.length + 1 + KEY_ID_LENGTH + IV_LENGTH;
const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HOST = hostname().replace(/[^A-Za-z0-9.]/g, '_');
const TEMP_PREFIX = '.tmp-';
const SPOOL = '.spool';
const CHUNK = 1024 * 1024;

export type Log = (line: string) => void;
const stderrLog: Log = (line) => process.stderr.write(`${line}\n`);

// ---- Key -----------------------------------------------------------------------------------------------------

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold a base64-encoded 32-byte key (got ${key.length} bytes)`);
  return key;
}

/**
 * The evidence key: FACEAUDIT_KEY, else the key file (FACEAUDIT_KEY_FILE, default <data>/evidence.key), created
 * with mode 0600 when missing. Logs one line when it creates a key, and warns when the file is readable by others.
 */
export async function loadEvidenceKey(opts: { env?: NodeJS.ProcessEnv; keyFile?: string; log?: Log } = {}): Promise<Buffer> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? stderrLog;
  if (env.FACEAUDIT_KEY) return decodeKey(env.FACEAUDIT_KEY, 'FACEAUDIT_KEY');
  const file = resolve(opts.keyFile ?? (env.FACEAUDIT_KEY_FILE || join(dataDir(), 'evidence.key')));
  try {
    const st = await stat(file);
    if (st.mode & 0o077) log(`faceaudit: warning: the evidence key file ${file} is readable by other users (mode ${(st.mode & 0o777).toString(8)}); chmod 600 it`);
    return decodeKey(await readFile(file, 'utf8'), `the key file ${file}`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  let fh: FileHandle;
  try {
    fh = await open(file, 'wx', 0o600);
  } catch (e) {
    // Another process created it between our stat and open: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return decodeKey(await readFile(file, 'utf8'), `the key file ${file}`);
    throw e;
  }
  try {
    await fh.writeFile(`${key.toString('base64')}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  log(`faceaudit: created a new evidence encryption key at ${file} (mode 0600). Back it up separately from the database: without it the stored evidence cannot be decrypted.`);
  return key;
}

export function keyId(key: Buffer): Buffer {
  return createHash('sha256').update('faceaudit evidence key id\0').update(key).digest().subarray(0, KEY_ID_LENGTH);
}

// ---- Helpers -------------------------------------------------------------------------------------------------

async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let off = 0;
  while (off < buf.length) off += (await fh.write(buf, off, buf.length - off)).bytesWritten;
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This process's incarnation: tells our files from those of an earlier process that had the same pid (a
 *  restarted container's server is often pid 1 again). */
const INSTANCE = randomBytes(4).toString('hex');

/** Temp and spool names carry host, pid and incarnation so a sweep can tell a dead writer's leftovers from a
 *  live one's. */
const tempName = (prefix: string) => `${prefix}${HOST}-${process.pid}-${INSTANCE}-${randomBytes(6).toString('hex')}`;

function leftoverOfDeadWriter(name: string, prefix: string): boolean {
  const m = name.slice(prefix.length).match(/^(.*)-(\d+)-([0-9a-f]{8})-[0-9a-f]+(?:\.[A-Za-z0-9]+)?$/);
  if (!m || m[1] !== HOST) return false;
  const pid = Number(m[2]);
  return pid === process.pid ? m[3] !== INSTANCE : !pidAlive(pid);
}

/** Decrypts as it streams; the tag is checked at the end, so a consumer sees the error before the stream ends. */
class Decrypt extends Transform {
  constructor(
    private readonly d: DecipherGCM,
    private readonly what: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    cb(null, this.d.update(chunk));
  }
  override _flush(cb: TransformCallback): void {
    try {
      cb(null, this.d.final());
    } catch {
      cb(new EvidenceIntegrityError(`evidence file ${this.what} failed authentication: it was changed or damaged after it was stored`));
    }
  }
}

export interface WriteResult {
  size: number;
  /** sha256 (hex) of the plaintext. */
  sha256: string;
}

export interface SweepResult {
  tempFiles: number;
  spoolFiles: number;
  unreferenced: number;
}

// ---- The store -----------------------------------------------------------------------------------------------

export class EvidenceStore {
  private readonly keyIdBytes: Buffer;

  private constructor(
    /** Folder holding the encrypted files. */
    readonly dir: string,
    private readonly key: Buffer,
    private readonly log: Log,
  ) {
    this.keyIdBytes = keyId(key);
  }

  /** Opens the store (creating its folder, mode 0700). Default folder <data>/evidence; key as loadEvidenceKey. */
  static async open(opts: { dir?: string; key?: Buffer; keyFile?: string; env?: NodeJS.ProcessEnv; log?: Log } = {}): Promise<EvidenceStore> {
    const log = opts.log ?? stderrLog;
    const key = opts.key ?? (await loadEvidenceKey({ ...(opts.env ? { env: opts.env } : {}), ...(opts.keyFile ? { keyFile: opts.keyFile } : {}), log }));
    if (key.length !== 32) throw new Error('the evidence key must be 32 bytes');
    const dir = resolve(opts.dir ?? join(dataDir(), 'evidence'));
    await mkdir(join(dir, SPOOL), { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    return new EvidenceStore(dir, key, log);
  }

  /** A new random storage key (the file's name; the database row points at it). */
  static newStorageKey(): string {
    return randomUUID();
  }

  pathOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error(`not a storage key: ${storageKey}`);
    return join(this.dir, storageKey.slice(0, 2), `${storageKey}.fae`);
  }

  /** A fresh private path for plaintext that must touch the disk (uploads being checked, files handed to an
   *  analyzer). Mode 0600 is the creator's job (open with 'wx', 0o600); sweepOrphans removes leftovers. */
  spoolPath(extension = ''): string {
    return join(this.dir, SPOOL, tempName('spool-') + (extension ? `.${extension.replace(/[^A-Za-z0-9]/g, '')}` : ''));
  }

  private aad(header: Buffer, storageKey: string): Buffer {
    return Buffer.concat([header, Buffer.from(storageKey, 'utf8')]);
  }

  /**
   * Encrypts a file or stream to its final name, crash-safely (temp file, fsync, rename, fsync folder).
   * Stops with InvalidInputError (413) once more than maxBytes arrive. Returns the plaintext size and sha256.
   */
  async write(source: string | Readable, storageKey: string, opts: { maxBytes: number; onProgress?: (bytes: number) => void }): Promise<WriteResult> {
    const final = this.pathOf(storageKey);
    const folder = dirname(final);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const tmp = join(folder, tempName(TEMP_PREFIX));
    const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: CHUNK }) : source;
    const fh = await open(tmp, 'wx', 0o600);
    let open_ = true;
    try {
      const iv = randomBytes(IV_LENGTH);
      const header = Buffer.concat([MAGIC, Buffer.from([VERSION]), this.keyIdBytes, iv]);
      const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_LENGTH });
      cipher.setAAD(this.aad(header, storageKey));
      const hash = createHash('sha256');
      let size = 0;
      await writeAll(fh, header);
      for await (const chunk of input as AsyncIterable<Buffer | string>) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buf.length;
        if (size > opts.maxBytes) throw new InvalidInputError(`the file is larger than ${opts.maxBytes} bytes`, 413);
        hash.update(buf);
        await writeAll(fh, cipher.update(buf));
        opts.onProgress?.(size);
      }
      await writeAll(fh, cipher.final());
      await writeAll(fh, cipher.getAuthTag());
      await fh.sync();
      open_ = false;
      await fh.close();
      await rename(tmp, final);
      await fsyncDir(folder);
      return { size, sha256: hash.digest('hex') };
    } catch (e) {
      input.destroy();
      if (open_) await fh.close().catch(() => undefined);
      await rm(tmp, { force: true });
      throw e;
    }
  }

  /** Reads and checks the header; returns what decryption needs. */
  private async header(storageKey: string): Promise<{ path: string; iv: Buffer; tag: Buffer; aad: Buffer; end: number }> {
    const path = this.pathOf(storageKey);
    const fh = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new EvidenceIntegrityError(`evidence file ${storageKey} is missing from the store`);
      throw e;
    });
    try {
      const { size } = await fh.stat();
      if (size < HEADER_LENGTH + TAG_LENGTH) throw new EvidenceIntegrityError(`evidence file ${storageKey} is truncated (${size} bytes)`);
      const header = Buffer.alloc(HEADER_LENGTH);
      await fh.read(header, 0, HEADER_LENGTH, 0);
      if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new EvidenceIntegrityError(`evidence file ${storageKey} is not a FaceAudit evidence file (bad magic)`);
      const version = header[MAGIC.length];
      if (version !== VERSION) throw new EvidenceIntegrityError(`evidence file ${storageKey} has format version ${version}, this build reads ${VERSION}`);
      const kid = header.subarray(MAGIC.length + 1, MAGIC.length + 1 + KEY_ID_LENGTH);
      if (!kid.equals(this.keyIdBytes)) {
        throw new EvidenceIntegrityError(
          `evidence file ${storageKey} was encrypted with another key (key id ${kid.toString('hex')}; the configured key is ${this.keyIdBytes.toString('hex')}): check FACEAUDIT_KEY / FACEAUDIT_KEY_FILE`,
        );
      }
      const tag = Buffer.alloc(TAG_LENGTH);
      await fh.read(tag, 0, TAG_LENGTH, size - TAG_LENGTH);
      return { path, iv: header.subarray(MAGIC.length + 1 + KEY_ID_LENGTH), tag, aad: this.aad(header, storageKey), end: size - TAG_LENGTH };
    } finally {
      await fh.close();
    }
  }

  /**
   * A stream of the plaintext. The GCM tag can only be checked at the end: a changed file makes the stream fail
   * with EvidenceIntegrityError after its bytes went out. Use `verify` first, or decryptToFile, when nothing
   * unverified may leave (the HTTP download then aborts instead of completing).
   */
  async openStream(storageKey: string): Promise<Readable> {
    const h = await this.header(storageKey);
    const d = createDecipheriv('aes-256-gcm', this.key, h.iv, { authTagLength: TAG_LENGTH });
    d.setAAD(h.aad);
    d.setAuthTag(h.tag);
    const out = new Decrypt(d, storageKey);
    const src = h.end > HEADER_LENGTH ? createReadStream(h.path, { start: HEADER_LENGTH, end: h.end - 1, highWaterMark: CHUNK }) : undefined;
    if (!src) {
      out.end();
      return out;
    }
    src.on('error', (e) => out.destroy(e));
    out.on('close', () => src.destroy());
    return src.pipe(out);
  }

  /** Decrypts the whole file without keeping it; throws EvidenceIntegrityError when it fails authentication or
   *  its plaintext sha256 differs from the expected one. */
  async verify(storageKey: string, expectedSha256?: string): Promise<WriteResult> {
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(await this.openStream(storageKey), async (chunks: AsyncIterable<Buffer>) => {
      for await (const c of chunks) {
        size += c.length;
        hash.update(c);
      }
    });
    const sha256 = hash.digest('hex');
    if (expectedSha256 && sha256 !== expectedSha256) throw new EvidenceIntegrityError(`evidence file ${storageKey} does not match the sha256 recorded when it was stored`);
    return { size, sha256 };
  }

  /** Decrypts to a new file (mode 0600) and checks tag and sha256 before returning; removes it on failure. */
  async decryptToFile(storageKey: string, dest: string, expectedSha256?: string): Promise<WriteResult> {
    const fh = await open(dest, 'wx', 0o600);
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(await this.openStream(storageKey), async (chunks: AsyncIterable<Buffer>) => {
        for await (const c of chunks) {
          size += c.length;
          hash.update(c);
          await writeAll(fh, c);
        }
      });
      await fh.close();
      const sha256 = hash.digest('hex');
      if (expectedSha256 && sha256 !== expectedSha256) throw new EvidenceIntegrityError(`evidence file ${storageKey} does not match the sha256 recorded when it was stored`);
      return { size, sha256 };
    } catch (e) {
      await fh.close().catch(() => undefined);
      await rm(dest, { force: true });
      throw e;
    }
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  /**
   * Removes what crashes leave: temp files of writers that are gone (same host, dead pid) or older than graceMs,
   * spooled plaintext likewise, and complete files no live row names that are older than unreferencedGraceMs
   * (a live writer renames before it inserts its row, so young files are left alone). Run at startup.
   */
  async sweepOrphans(db: Db, opts: { graceMs?: number; unreferencedGraceMs?: number } = {}): Promise<SweepResult> {
    const graceMs = opts.graceMs ?? 60 * 60_000;
    const unrefGraceMs = opts.unreferencedGraceMs ?? 60 * 60_000;
    const now = Date.now();
    const result: SweepResult = { tempFiles: 0, spoolFiles: 0, unreferenced: 0 };
    const old = async (path: string, ms: number) => now - (await stat(path)).mtimeMs >= ms;

    for (const name of await readdir(join(this.dir, SPOOL)).catch(() => [] as string[])) {
      const path = join(this.dir, SPOOL, name);
      if (leftoverOfDeadWriter(name, 'spool-') || (await old(path, graceMs))) {
        await rm(path, { force: true });
        result.spoolFiles++;
      }
    }
    for (const folder of await readdir(this.dir, { withFileTypes: true })) {
      if (!folder.isDirectory() || !/^[0-9a-f]{2}$/.test(folder.name)) continue;
      const dir = join(this.dir, folder.name);
      const names = await readdir(dir);
      const finals = new Map<string, string>();
      for (const name of names) {
        const path = join(dir, name);
        if (name.startsWith(TEMP_PREFIX)) {
          if (leftoverOfDeadWriter(name, TEMP_PREFIX) || (await old(path, graceMs))) {
            await rm(path, { force: true });
            result.tempFiles++;
          }
        } else if (name.endsWith('.fae') && STORAGE_KEY.test(name.slice(0, -4))) {
          finals.set(name.slice(0, -4), path);
        }
      }
      const keys = [...finals.keys()];
      for (let i = 0; i < keys.length; i += 500) {
        const batch = keys.slice(i, i + 500);
        const live = new Set(
          (await db.selectFrom('evidence_files').select('storage_key').where('storage_key', 'in', batch).where('deleted_at', 'is', null).execute()).map((r) => r.storage_key),
        );
        for (const k of batch) {
          const path = finals.get(k)!;
          if (!live.has(k) && (await old(path, unrefGraceMs))) {
            await rm(path, { force: true });
            result.unreferenced++;
          }
        }
      }
    }
    if (result.tempFiles || result.spoolFiles || result.unreferenced) {
      this.log(`faceaudit: evidence store sweep removed ${result.tempFiles} unfinished temp file(s), ${result.spoolFiles} spooled upload(s), ${result.unreferenced} unreferenced file(s)`);
    }
    return result;
  }
}
