// DEX reader: header, map list, string_ids, type_ids and class_defs, every offset checked against the file.
// Yields the defined classes (descriptors, in class_def order, as `dexdump` prints them), all referenced type
// descriptors (framework APIs the code calls survive obfuscation), and URL hosts found in the strings.
// Layout: https://source.android.com/docs/core/runtime/dex-format
import { AppInputError } from './errors.js';
import { scanHosts } from './hosts.js';

export interface DexInfo {
  version: string;
  /** Descriptors of the classes defined in this file, e.g. "Lcom/megvii/meglive_sdk/manager/MegLiveManager;". */
  classes: string[];
  /** Every type descriptor the file names (defined or referenced). */
  types: string[];
  stringCount: number;
  /** Hosts of http(s)/ws(s) URLs and bare host-name strings. */
  hosts: string[];
}

const ENDIAN_CONSTANT = 0x12345678;
const REVERSE_ENDIAN = 0x78563412;
const SUPPORTED = new Set(['035', '036', '037', '038', '039', '040']);
const TYPE_STRING_ID = 0x0001;
const TYPE_TYPE_ID = 0x0002;
const TYPE_CLASS_DEF = 0x0006;
const TYPE_STRING_DATA = 0x2002;

export function isDex(head: Buffer): boolean {
  return head.length >= 8 && head.toString('latin1', 0, 4) === 'dex\n' && head[7] === 0;
}

export class DexError extends AppInputError {
  constructor(where: string, what: string) {
    super('corrupt-dex', `${where}: damaged DEX file: ${what}`);
  }
}

/** Decodes MUTF-8 (Java's modified UTF-8: 0xC0 0x80 for NUL, surrogates encoded one by one). */
export function decodeMutf8(buf: Buffer, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return buf.toString('latin1', start, end);
  const units: number[] = [];
  for (let i = start; i < end; ) {
    const a = buf[i++]!;
    if (a < 0x80) units.push(a);
    else if ((a & 0xe0) === 0xc0 && i < end) units.push(((a & 0x1f) << 6) | (buf[i++]! & 0x3f));
    else if ((a & 0xf0) === 0xe0 && i + 1 < end) {
      units.push(((a & 0x0f) << 12) | ((buf[i]! & 0x3f) << 6) | (buf[i + 1]! & 0x3f));
      i += 2;
    } else units.push(0xfffd);
  }
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
}

/** Parses one DEX file held in memory. `where` names it in error messages. */
export function parseDex(buf: Buffer, where = 'classes.dex', opts: { hosts?: boolean } = {}): DexInfo {
  const fail = (what: string): never => {
    throw new DexError(where, what);
  };
  if (buf.length < 0x70) fail(`only ${buf.length} bytes, shorter than a DEX header`);
  if (!isDex(buf)) fail('bad magic (not a DEX file)');
  const version = buf.toString('latin1', 4, 7);
  if (!SUPPORTED.has(version)) {
    throw new AppInputError('unsupported', `${where}: DEX version ${version} is not supported (035–040 are)`);
  }
  const u32 = (off: number): number => buf.readUInt32LE(off);
  const endian = u32(0x28);
  if (endian === REVERSE_ENDIAN) throw new AppInputError('unsupported', `${where}: big-endian DEX files are not supported`);
  if (endian !== ENDIAN_CONSTANT) fail(`bad endian tag 0x${endian.toString(16)}`);
  const fileSize = u32(0x20);
  const headerSize = u32(0x24);
  if (fileSize > buf.length) fail(`header says ${fileSize} bytes but the file has ${buf.length} (truncated)`);
  if (fileSize < 0x70 || headerSize < 0x70 || headerSize > fileSize) fail(`bad sizes (file ${fileSize}, header ${headerSize})`);

  const section = (name: string, sizeAt: number, itemSize: number): { size: number; off: number } => {
    const size = u32(sizeAt);
    const off = u32(sizeAt + 4);
    if (size === 0) return { size, off };
    if (off < headerSize || off % 4 !== 0 || off + size * itemSize > fileSize) {
      fail(`${name} (${size} items at offset ${off}) lie outside the file`);
    }
    return { size, off };
  };
  const strings = section('string_ids', 0x38, 4);
  const types = section('type_ids', 0x40, 4);
  const classDefs = section('class_defs', 0x60, 32);

  const stringData = checkMap(buf, u32(0x34), fileSize, { strings, types, classDefs }, fail);
  // Every string's data must start inside the file (ART's verifier checks the same), used by a type or not.
  for (let i = 0, p = strings.off; i < strings.size; i++, p += 4) {
    const off = u32(p);
    if (off >= fileSize || off < headerSize) fail(`string ${i} at offset ${off} lies outside the file`);
  }

  const stringCache = new Map<number, string>();
  const stringAt = (idx: number): string => {
    const hit = stringCache.get(idx);
    if (hit !== undefined) return hit;
    if (idx >= strings.size) fail(`string index ${idx} out of range (${strings.size} strings)`);
    let p = u32(strings.off + idx * 4);
    if (p >= fileSize) fail(`string ${idx} at offset ${p} lies outside the file`);
    // uleb128 length in UTF-16 units, then MUTF-8 bytes up to a NUL.
    for (let n = 0; n < 5; n++) {
      if (p >= fileSize) fail(`string ${idx} runs past the end`);
      if (!(buf[p++]! & 0x80)) break;
      if (n === 4) fail(`string ${idx} has a bad length`);
    }
    const end = buf.indexOf(0, p);
    if (end < 0 || end >= fileSize) fail(`string ${idx} is not terminated`);
    const s = decodeMutf8(buf, p, end);
    stringCache.set(idx, s);
    return s;
  };

  const typeNames: string[] = new Array<string>(types.size);
  for (let i = 0; i < types.size; i++) typeNames[i] = stringAt(u32(types.off + i * 4));
  stringCache.clear();

  const classes: string[] = new Array<string>(classDefs.size);
  for (let i = 0; i < classDefs.size; i++) {
    const idx = u32(classDefs.off + i * 32);
    const name = typeNames[idx];
    if (name === undefined) fail(`class_def ${i} names type ${idx}, beyond the ${types.size} type_ids`);
    classes[i] = name!;
  }

  // Hosts: only the string data section is scanned (the map says where it is), not code and tables.
  const hosts = opts.hosts === false ? [] : scanHosts(buf, stringData?.start ?? 0, stringData?.end ?? fileSize);
  return { version, classes, types: typeNames, stringCount: strings.size, hosts };
}

/**
 * The map list must exist, fit, and agree with the header about the ID sections (ART's verifier insists too).
 * Returns where the string data section lies, for the host scan.
 */
function checkMap(
  buf: Buffer,
  mapOff: number,
  fileSize: number,
  s: Record<'strings' | 'types' | 'classDefs', { size: number; off: number }>,
  fail: (what: string) => never,
): { start: number; end: number } | undefined {
  if (mapOff === 0) return undefined; // optional before 035 tools; dexdump accepts it missing
  if (mapOff % 4 !== 0 || mapOff + 4 > fileSize) fail(`map_off ${mapOff} lies outside the file`);
  const n = buf.readUInt32LE(mapOff);
  if (mapOff + 4 + n * 12 > fileSize) fail(`map list (${n} items) runs past the end`);
  const offsets: number[] = [fileSize];
  let stringDataAt: number | undefined;
  for (let i = 0; i < n; i++) {
    const p = mapOff + 4 + i * 12;
    const type = buf.readUInt16LE(p);
    const size = buf.readUInt32LE(p + 4);
    const off = buf.readUInt32LE(p + 8);
    if (off > fileSize) fail(`map item 0x${type.toString(16)} at offset ${off} lies outside the file`);
    const want = type === TYPE_STRING_ID ? s.strings : type === TYPE_TYPE_ID ? s.types : type === TYPE_CLASS_DEF ? s.classDefs : undefined;
    if (want && (want.size !== size || (size > 0 && want.off !== off))) {
      fail(`map item 0x${type.toString(16)} (${size} at ${off}) disagrees with the header (${want.size} at ${want.off})`);
    }
    offsets.push(off);
    if (type === TYPE_STRING_DATA) stringDataAt = off;
  }
  if (stringDataAt === undefined) return undefined;
  const start = stringDataAt;
  const end = Math.min(...offsets.filter((o) => o > start));
  return { start, end };
}
