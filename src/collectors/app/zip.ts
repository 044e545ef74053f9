// Zip reading for app packages, on top of yauzl: the central directory is listed once, entries are read one
// stream at a time, nothing is written to disk and nothing is inflated unless asked for. Caps guard against
// zip bombs (declared size, per-entry ratio, total inflated bytes) and hostile entry names.
import { close, fstat, open, read } from 'node:fs';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppInputError } from './errors.js';

export interface ZipLimits {
  /** Most entries a package may list. */
  maxEntries: number;
  /** Largest declared uncompressed size of one entry we agree to inflate. */
  maxEntrySize: number;
  /** Largest inflate ratio (uncompressed / compressed) for entries above ratioMinSize. */
  maxRatio: number;
  ratioMinSize: number;
  /** Total bytes this archive may inflate over its life (all reads together). */
  maxTotalInflated: number;
  /** Sum of all declared uncompressed sizes in the central directory. */
  maxDeclaredTotal: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 250_000,
  maxEntrySize: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioMinSize: 1024 * 1024,
  maxTotalInflated: 4 * 1024 * 1024 * 1024,
  maxDeclaredTotal: 16 * 1024 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
  /** 0 stored, 8 deflate. */
  method: number;
  encrypted: boolean;
  isDirectory: boolean;
  /** yauzl's entry, for opening streams. */
  readonly raw: yauzl.Entry;
}

const CHUNK = 256 * 1024;
const fsRead = promisify(read);
const fsOpen = promisify(open);
const fsClose = promisify(close);
const fsFstat = promisify(fstat);

/** Random access over a file descriptor (optionally a slice of it, for stored nested zips), with the central
 *  directory cached in memory so listing thousands of entries does not cost two reads each. */
class FileSliceReader extends yauzl.RandomAccessReader {
  cache?: { start: number; data: Buffer };
  constructor(
    readonly fd: number,
    readonly base: number,
  ) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    // Not fs.createReadStream: destroying one closes the shared fd even with autoClose off.
    const fd = this.fd;
    let pos = this.base + start;
    const stop = this.base + end;
    return new Readable({
      highWaterMark: CHUNK,
      read() {
        const n = Math.min(CHUNK, stop - pos);
        if (n <= 0) {
          this.push(null);
          return;
        }
        const b = Buffer.allocUnsafe(n);
        read(fd, b, 0, n, pos, (err, got) => {
          if (err) this.destroy(err);
          else if (got === 0) this.destroy(new Error('unexpected EOF'));
          else {
            pos += got;
            this.push(got < n ? b.subarray(0, got) : b);
          }
        });
      },
    });
  }
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    const c = this.cache;
    if (c && position >= c.start && position + length <= c.start + c.data.length) {
      c.data.copy(buffer, offset, position - c.start, position - c.start + length);
      process.nextTick(callback, null); // async, or listing recurses once per entry

      return;
    }
    let done = 0;
    const step = (): void => {
      read(this.fd, buffer, offset + done, length - done, this.base + position + done, (err, n) => {
        if (err) return callback(err);
        if (n === 0) return callback(new Error('unexpected EOF'));
        done += n;
        if (done < length) step();
        else callback(null);
      });
    };
    if (length === 0) callback(null);
    else step();
  }
  override close(callback: (err: Error | null) => void): void {
    // The fd belongs to the outermost archive, which closes it.
    setImmediate(() => callback(null));
  }
}

/** Reads [pos, pos+len) of a file slice. */
async function readAt(fd: number, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  let done = 0;
  while (done < len) {
    const { bytesRead } = await fsRead(fd, buf, done, len - done, pos + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === len ? buf : buf.subarray(0, done);
}

/** Finds the central directory (offset, size) from the end-of-central-directory record, for the cache. */
async function centralDirectoryRange(fd: number, base: number, size: number): Promise<{ start: number; length: number } | undefined> {
  const tail = Math.min(size, 22 + 0xffff);
  const buf = await readAt(fd, base + size - tail, tail);
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const length = buf.readUInt32LE(i + 12);
    const start = buf.readUInt32LE(i + 16);
    if (length === 0xffffffff || start === 0xffffffff) return undefined; // zip64: let yauzl read it
    if (start + length > size || length > 256 * 1024 * 1024) return undefined;
    return { start, length };
  }
  return undefined;
}

function describeZipError(label: string, e: unknown, startsLikeZip: boolean): AppInputError {
  if (e instanceof AppInputError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(msg)) {
    return new AppInputError('unsafe-entry-name', `${label}: refused: the archive has an entry with an unsafe name (${msg}); a package never needs one, it is a zip-slip attempt or a damaged file`);
  }
  if (/End of central directory record signature not found/.test(msg)) {
    return startsLikeZip
      ? new AppInputError('truncated', `${label}: the zip archive is truncated or damaged (its end-of-central-directory record is missing)`)
      : new AppInputError('not-a-package', `${label}: not a zip archive, so not an app package`);
  }
  if (/unexpected EOF|file data overflows|overflows file bounds|not enough bytes/.test(msg)) {
    return new AppInputError('truncated', `${label}: the zip archive is truncated (${msg})`);
  }
  if (/too many bytes in the stream/.test(msg)) {
    return new AppInputError('zip-bomb', `${label}: an entry inflates to more than its declared size (${msg}); refused as a zip bomb`);
  }
  if (/strong encryption/.test(msg)) {
    return new AppInputError('encrypted', `${label}: the archive uses strong encryption, which cannot be analysed`);
  }
  return new AppInputError('corrupt-zip', `${label}: damaged zip archive (${msg})`);
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;
  /** Names listed twice (a known trick to show one file to a scanner and another to the device). */
  readonly duplicates: string[] = [];

  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Shown in messages: the file path, with `!/entry` for nested archives. */
    readonly label: string,
    private readonly limits: ZipLimits,
    private readonly fd: number | undefined,
    private readonly ownsFd: boolean,
    private readonly size: number,
    /** Where this archive starts in the file (non-zero for a stored nested zip). */
    private readonly base = 0,
  ) {}

  /** Opens a zip file on disk; only its central directory is read. */
  static async open(path: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<ZipArchive> {
    let fd: number;
    try {
      fd = await fsOpen(path, 'r');
    } catch (e) {
      throw new AppInputError('not-found', `${path}: cannot open (${(e as Error).message})`);
    }
    try {
      const { size } = await fsFstat(fd);
      return await ZipArchive.fromSlice(fd, 0, size, path, limits, true);
    } catch (e) {
      await fsClose(fd).catch(() => undefined);
      throw e;
    }
  }

  private static async fromSlice(fd: number, base: number, size: number, label: string, limits: ZipLimits, ownsFd: boolean): Promise<ZipArchive> {
    const head = await readAt(fd, base, Math.min(4, size));
    const startsLikeZip = head.length >= 2 && head[0] === 0x50 && head[1] === 0x4b;
    const reader = new FileSliceReader(fd, base);
    try {
      const cd = await centralDirectoryRange(fd, base, size);
      if (cd) reader.cache = { start: cd.start, data: await readAt(fd, base + cd.start, cd.length) };
      const zip = await yauzl.fromRandomAccessReaderPromise(reader, size, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
      const archive = new ZipArchive(zip, label, limits, fd, ownsFd, size, base);
      await archive.list(startsLikeZip);
      reader.cache = undefined;
      return archive;
    } catch (e) {
      throw describeZipError(label, e, startsLikeZip);
    }
  }

  /** Opens a zip held in memory (a deflated nested archive). */
  static async fromBuffer(buf: Buffer, label: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<ZipArchive> {
    const startsLikeZip = buf.length >= 2 && buf[0] === 0x50 && buf[1] === 0x4b;
    try {
      const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
      const archive = new ZipArchive(zip, label, limits, undefined, false, buf.length);
      await archive.list(startsLikeZip);
      return archive;
    } catch (e) {
      throw describeZipError(label, e, startsLikeZip);
    }
  }

  private async list(startsLikeZip: boolean): Promise<void> {
    const { zip, limits } = this;
    if (zip.entryCount > limits.maxEntries) {
      throw new AppInputError('too-many-entries', `${this.label}: ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
    }
    let declared = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (raw: yauzl.Entry) => {
        declared += raw.uncompressedSize;
        if (declared > limits.maxDeclaredTotal) {
          reject(new AppInputError('zip-bomb', `${this.label}: entries declare more than ${gib(limits.maxDeclaredTotal)} uncompressed in total; refused as a zip bomb`));
          return;
        }
        const entry: ZipEntry = {
          name: raw.fileName,
          size: raw.uncompressedSize,
          compressedSize: raw.compressedSize,
          method: raw.compressionMethod,
          encrypted: raw.isEncrypted(),
          isDirectory: raw.fileName.endsWith('/'),
          raw,
        };
        this.entries.push(entry);
        if (this.byName.has(entry.name)) this.duplicates.push(entry.name);
        else this.byName.set(entry.name, entry);
        zip.readEntry();
      });
      zip.readEntry();
    }).catch((e: unknown) => {
      throw describeZipError(this.label, e, startsLikeZip);
    });
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Checks the caps before inflating an entry; throws a clear error when one is exceeded. */
  private admit(entry: ZipEntry): void {
    const { limits } = this;
    const where = `${this.label}!/${entry.name}`;
    if (entry.encrypted) throw new AppInputError('encrypted', `${where}: the entry is encrypted; encrypted packages cannot be analysed`);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new AppInputError('unsupported', `${where}: compression method ${entry.method} is not supported (only stored and deflate)`);
    }
    if (entry.size > limits.maxEntrySize) {
      throw new AppInputError('zip-bomb', `${where}: declares ${entry.size} bytes uncompressed, more than the ${gib(limits.maxEntrySize)} allowed for one entry`);
    }
    if (entry.size > limits.ratioMinSize && entry.size > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw new AppInputError('zip-bomb', `${where}: compression ratio ${Math.round(entry.size / Math.max(entry.compressedSize, 1))}:1 exceeds ${limits.maxRatio}:1; refused as a zip bomb`);
    }
    this.inflated += entry.size;
    if (this.inflated > limits.maxTotalInflated) {
      throw new AppInputError('zip-bomb', `${this.label}: reading would inflate more than ${gib(limits.maxTotalInflated)} in total; refused as a zip bomb`);
    }
  }

  /** A stream of the entry's uncompressed bytes. yauzl checks the bytes match the declared size. */
  async stream(entry: ZipEntry): Promise<Readable> {
    this.admit(entry);
    try {
      const s = await this.zip.openReadStreamPromise(entry.raw);
      return s;
    } catch (e) {
      throw describeZipError(`${this.label}!/${entry.name}`, e, true);
    }
  }

  /** Streams an entry's bytes to `fn`; stream failures become clear errors. */
  async forEachChunk(entry: ZipEntry, fn: (chunk: Buffer) => void): Promise<void> {
    const stream = await this.stream(entry);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) fn(chunk);
    } catch (e) {
      stream.destroy();
      throw describeZipError(`${this.label}!/${entry.name}`, e, true);
    }
  }

  /**
   * Reads a whole entry into one buffer, refusing entries above `max` bytes. A deflated entry is read raw and
   * inflated in one call capped at its declared size (faster than a stream, and a lying size cannot overflow).
   */
  async read(entry: ZipEntry, max: number = this.limits.maxEntrySize): Promise<Buffer> {
    const where = `${this.label}!/${entry.name}`;
    if (entry.size > max) {
      throw new AppInputError('unsupported', `${where}: ${entry.size} bytes, more than the ${max} this analyzer reads for such an entry`);
    }
    this.admit(entry);
    let raw: Buffer;
    try {
      raw = await collect(await this.zip.openReadStreamPromise(entry.raw, { decodeFileData: false }), entry.compressedSize);
    } catch (e) {
      throw describeZipError(where, e, true);
    }
    if (raw.length !== entry.compressedSize) throw new AppInputError('truncated', `${where}: got ${raw.length} of ${entry.compressedSize} bytes`);
    if (entry.method === 0) return raw;
    let out: Buffer;
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size + 1) });
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new AppInputError('zip-bomb', `${where}: inflates to more than its declared size (${entry.size} bytes); refused as a zip bomb`);
      }
      throw new AppInputError('corrupt-zip', `${where}: damaged compressed data (${(e as Error).message})`);
    }
    if (out.length > entry.size) throw new AppInputError('zip-bomb', `${where}: inflates to more than its declared size (${entry.size} bytes); refused as a zip bomb`);
    if (out.length < entry.size) throw new AppInputError('truncated', `${where}: inflates to ${out.length} of its declared ${entry.size} bytes`);
    return out;
  }

  /** Reads up to `n` first bytes of an entry (for sniffing content) and stops inflating there. */
  async head(entry: ZipEntry, n: number): Promise<Buffer> {
    const stream = await this.stream(entry);
    const parts: Buffer[] = [];
    let got = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        parts.push(chunk);
        got += chunk.length;
        if (got >= n) break;
      }
    } catch (e) {
      throw describeZipError(`${this.label}!/${entry.name}`, e, true);
    } finally {
      stream.destroy();
    }
    return Buffer.concat(parts).subarray(0, n);
  }

  /**
   * Opens a zip stored inside this one (classes.jar in an AAR, split APKs in an XAPK). A stored entry is read
   * in place through the same file; a deflated one is inflated into memory (at most `maxBuffer` bytes).
   */
  async openNested(entry: ZipEntry, maxBuffer = 512 * 1024 * 1024): Promise<ZipArchive> {
    const label = `${this.label}!/${entry.name}`;
    if (entry.method === 0 && !entry.encrypted && this.fd !== undefined) {
      const local = await this.localDataOffset(entry);
      return ZipArchive.fromSlice(this.fd, this.base + local, entry.size, label, this.limits, false);
    }
    return ZipArchive.fromBuffer(await this.read(entry, maxBuffer), label, this.limits);
  }

  private async localDataOffset(entry: ZipEntry): Promise<number> {
    let start: number;
    try {
      start = (await this.zip.readLocalFileHeaderPromise(entry.raw, { minimal: true })).fileDataStart;
    } catch (e) {
      throw describeZipError(`${this.label}!/${entry.name}`, e, true);
    }
    if (start + entry.size > this.size) throw new AppInputError('truncated', `${this.label}!/${entry.name}: data runs past the end of the archive`);
    return start;
  }

  async close(): Promise<void> {
    this.zip.close();
    if (this.ownsFd && this.fd !== undefined) await fsClose(this.fd).catch(() => undefined);
  }
}

/** Reads a stream of known length into one buffer. */
async function collect(stream: Readable, size: number): Promise<Buffer> {
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (at + chunk.length > size) {
      stream.destroy();
      throw new Error('too many bytes in the stream');
    }
    chunk.copy(out, at);
    at += chunk.length;
  }
  return at === size ? out : out.subarray(0, at);
}

function gib(n: number): string {
  return n >= 1024 ** 3 ? `${n / 1024 ** 3} GiB` : `${Math.round(n / 1024 ** 2)} MiB`;
}

/** Opens, runs `fn`, and always closes. */
export async function withZip<T>(path: string, fn: (z: ZipArchive) => Promise<T>, limits?: ZipLimits): Promise<T> {
  const z = await ZipArchive.open(path, limits);
  try {
    return await fn(z);
  } finally {
    await z.close();
  }
}
