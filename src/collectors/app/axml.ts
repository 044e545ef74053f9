// Android binary XML (the compiled AndroidManifest.xml): chunk walk, string pool (UTF-8 and UTF-16), resource
// map, namespaces, elements and typed attribute values. Written by hand because no maintained npm parser checks
// bounds the way hostile packages need. Layout: frameworks/base/libs/androidfw/include/androidfw/ResourceTypes.h.
import { AppInputError } from './errors.js';

export const RES_XML_TYPE = 0x0003;
const RES_STRING_POOL_TYPE = 0x0001;
const RES_XML_START_NAMESPACE = 0x0100;
const RES_XML_END_NAMESPACE = 0x0101;
const RES_XML_START_ELEMENT = 0x0102;
const RES_XML_END_ELEMENT = 0x0103;
const RES_XML_CDATA = 0x0104;
const RES_XML_RESOURCE_MAP = 0x0180;
const NO_INDEX = 0xffffffff;
const UTF8_FLAG = 0x100;

/** Res_value data types. */
export const ValueType = {
  NULL: 0x00,
  REFERENCE: 0x01,
  ATTRIBUTE: 0x02,
  STRING: 0x03,
  FLOAT: 0x04,
  DIMENSION: 0x05,
  FRACTION: 0x06,
  DYNAMIC_REFERENCE: 0x07,
  DYNAMIC_ATTRIBUTE: 0x08,
  INT_DEC: 0x10,
  INT_HEX: 0x11,
  INT_BOOLEAN: 0x12,
  INT_COLOR_ARGB8: 0x1c,
  INT_COLOR_RGB8: 0x1d,
  INT_COLOR_ARGB4: 0x1e,
  INT_COLOR_RGB4: 0x1f,
} as const;

export interface XmlAttr {
  /** Namespace URI, '' when none. */
  ns: string;
  name: string;
  /** Resource ID from the resource map (android attributes: 0x0101xxxx). */
  resId?: number;
  /** The raw string as written in the source, when kept. */
  raw?: string;
  type: number;
  data: number;
  /** Typed value: string, number, boolean, `@0x7f…` for references, null for @null. */
  value: string | number | boolean | null;
}

export interface XmlElement {
  ns: string;
  tag: string;
  attrs: XmlAttr[];
  children: XmlElement[];
  line?: number;
  text?: string;
}

export class AxmlError extends AppInputError {
  constructor(where: string, what: string) {
    super('corrupt-axml', `${where}: damaged binary XML: ${what}`);
  }
}

/** A string pool: strings are decoded on first use, so one bad offset only fails the lookup that needs it. */
export class StringPool {
  private readonly cache = new Map<number, string>();
  readonly count: number;
  private readonly utf8: boolean;
  private readonly offsetsAt: number;
  private readonly stringsAt: number;
  private readonly end: number;

  constructor(
    private readonly buf: Buffer,
    at: number,
    private readonly where: string,
  ) {
    const headerSize = buf.readUInt16LE(at + 2);
    const size = buf.readUInt32LE(at + 4);
    if (headerSize < 28 || at + size > buf.length) throw new AxmlError(where, `string pool at ${at} overruns the file`);
    this.count = buf.readUInt32LE(at + 8);
    const flags = buf.readUInt32LE(at + 16);
    const stringsStart = buf.readUInt32LE(at + 20);
    this.utf8 = (flags & UTF8_FLAG) !== 0;
    this.offsetsAt = at + headerSize;
    this.stringsAt = at + stringsStart;
    this.end = at + size;
    if (this.offsetsAt + this.count * 4 > this.end || (this.count > 0 && this.stringsAt > this.end)) {
      throw new AxmlError(where, `string pool at ${at} declares ${this.count} strings that do not fit`);
    }
  }

  get isUtf8(): boolean {
    return this.utf8;
  }

  get(i: number): string {
    const hit = this.cache.get(i);
    if (hit !== undefined) return hit;
    if (i < 0 || i >= this.count) throw new AxmlError(this.where, `string index ${i} out of range (pool has ${this.count})`);
    const s = this.decode(this.stringsAt + this.buf.readUInt32LE(this.offsetsAt + i * 4), i);
    this.cache.set(i, s);
    return s;
  }

  /** Like get, but undefined for NO_INDEX. */
  opt(i: number): string | undefined {
    return i === NO_INDEX ? undefined : this.get(i);
  }

  private decode(p: number, i: number): string {
    const { buf, end } = this;
    const bad = (): never => {
      throw new AxmlError(this.where, `string ${i} runs outside its pool`);
    };
    if (p >= end) bad();
    if (this.utf8) {
      // Two lengths: UTF-16 units (skipped), then UTF-8 bytes; each 1 byte, or 2 when the top bit is set.
      let q = p;
      const len8 = (): number => {
        if (q >= end) bad();
        let n = buf[q++]!;
        if (n & 0x80) {
          if (q >= end) bad();
          n = ((n & 0x7f) << 8) | buf[q++]!;
        }
        return n;
      };
      len8();
      const bytes = len8();
      if (q + bytes > end) bad();
      return buf.toString('utf8', q, q + bytes);
    }
    if (p + 2 > end) bad();
    let units = buf.readUInt16LE(p);
    let q = p + 2;
    if (units & 0x8000) {
      if (q + 2 > end) bad();
      units = ((units & 0x7fff) << 16) | buf.readUInt16LE(q);
      q += 2;
    }
    if (q + units * 2 > end) bad();
    return buf.toString('utf16le', q, q + units * 2);
  }
}

function readHeader(buf: Buffer, at: number, limit: number, where: string): { type: number; headerSize: number; size: number } {
  if (at + 8 > limit) throw new AxmlError(where, `chunk header at ${at} runs past the end`);
  const type = buf.readUInt16LE(at);
  const headerSize = buf.readUInt16LE(at + 2);
  const size = buf.readUInt32LE(at + 4);
  if (size < 8 || headerSize < 8 || headerSize > size || at + size > limit) {
    throw new AxmlError(where, `chunk 0x${type.toString(16)} at ${at} has a bad size (${size}, header ${headerSize})`);
  }
  return { type, headerSize, size };
}

function complexToString(data: number, fraction: boolean): string {
  const radixShift = [0, 7, 15, 23][(data >> 4) & 3]!;
  const mantissa = data >> 8; // signed 24 bits
  const value = (mantissa * 2 ** -radixShift) * (fraction ? 100 : 1);
  const units = fraction ? ['%', '%p'] : ['px', 'dip', 'sp', 'pt', 'in', 'mm'];
  return `${+value.toFixed(6)}${units[data & 0xf] ?? ''}`;
}

/** Turns a Res_value into a JavaScript value. */
export function typedValue(type: number, data: number, strings: StringPool): XmlAttr['value'] {
  switch (type) {
    case ValueType.NULL:
      return data === 1 ? '' : null; // data 1 = @empty
    case ValueType.STRING:
      return strings.get(data >>> 0);
    case ValueType.REFERENCE:
    case ValueType.DYNAMIC_REFERENCE:
      return `@0x${(data >>> 0).toString(16).padStart(8, '0')}`;
    case ValueType.ATTRIBUTE:
    case ValueType.DYNAMIC_ATTRIBUTE:
      return `?0x${(data >>> 0).toString(16).padStart(8, '0')}`;
    case ValueType.FLOAT: {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(data >>> 0);
      return b.readFloatLE(0);
    }
    case ValueType.DIMENSION:
      return complexToString(data, false);
    case ValueType.FRACTION:
      return complexToString(data, true);
    case ValueType.INT_BOOLEAN:
      return data !== 0;
    case ValueType.INT_COLOR_ARGB8:
    case ValueType.INT_COLOR_RGB8:
    case ValueType.INT_COLOR_ARGB4:
    case ValueType.INT_COLOR_RGB4:
      return `#${(data >>> 0).toString(16).padStart(8, '0')}`;
    case ValueType.INT_HEX:
      return data >>> 0;
    default:
      // INT_DEC and any other integer type: signed 32 bits.
      return data | 0;
  }
}

/** Parses a compiled XML file and returns its root element. */
export function parseAxml(buf: Buffer, where = 'AndroidManifest.xml'): XmlElement {
  if (buf.length < 8) throw new AxmlError(where, `only ${buf.length} bytes`);
  const type = buf.readUInt16LE(0);
  if (type !== RES_XML_TYPE) throw new AxmlError(where, `not a compiled XML file (chunk type 0x${type.toString(16)})`);
  const file = readHeader(buf, 0, buf.length, where);
  const limit = file.size;
  let strings: StringPool | undefined;
  let resMap: Uint32Array | undefined;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  for (let at = file.headerSize; at < limit; ) {
    const h = readHeader(buf, at, limit, where);
    const body = at + h.headerSize;
    switch (h.type) {
      case RES_STRING_POOL_TYPE:
        if (!strings) strings = new StringPool(buf, at, where);
        break;
      case RES_XML_RESOURCE_MAP: {
        const n = (h.size - h.headerSize) >>> 2;
        resMap = new Uint32Array(n);
        for (let i = 0; i < n; i++) resMap[i] = buf.readUInt32LE(body + i * 4);
        break;
      }
      case RES_XML_START_NAMESPACE:
      case RES_XML_END_NAMESPACE: {
        if (!strings) throw new AxmlError(where, 'namespace before the string pool');
        if (body + 8 > at + h.size) throw new AxmlError(where, `namespace chunk at ${at} too short`);
        // Attributes carry their namespace URI themselves; the declaration is only checked.
        strings.opt(buf.readUInt32LE(body + 4));
        break;
      }
      case RES_XML_START_ELEMENT: {
        if (!strings) throw new AxmlError(where, 'element before the string pool');
        const el = readElement(buf, at, h, strings, resMap, where);
        if (stack.length) stack[stack.length - 1]!.children.push(el);
        else if (!root) root = el;
        else throw new AxmlError(where, `second root element <${el.tag}>`);
        stack.push(el);
        break;
      }
      case RES_XML_END_ELEMENT:
        if (!stack.length) throw new AxmlError(where, `end tag at ${at} without a start tag`);
        stack.pop();
        break;
      case RES_XML_CDATA:
        if (strings && stack.length && body + 4 <= at + h.size) {
          const text = strings.opt(buf.readUInt32LE(body));
          if (text !== undefined) {
            const top = stack[stack.length - 1]!;
            top.text = (top.text ?? '') + text;
          }
        }
        break;
      default:
        // Unknown chunks are skipped, as the platform does.
        break;
    }
    at += h.size;
  }
  if (!root) throw new AxmlError(where, 'no root element');
  return root;
}

function readElement(
  buf: Buffer,
  at: number,
  h: { headerSize: number; size: number },
  strings: StringPool,
  resMap: Uint32Array | undefined,
  where: string,
): XmlElement {
  const end = at + h.size;
  const line = h.headerSize >= 16 ? buf.readUInt32LE(at + 8) : undefined;
  const ext = at + h.headerSize;
  if (ext + 20 > end) throw new AxmlError(where, `element chunk at ${at} too short`);
  const ns = strings.opt(buf.readUInt32LE(ext)) ?? '';
  const tag = strings.get(buf.readUInt32LE(ext + 4));
  const attrStart = buf.readUInt16LE(ext + 8);
  const attrSize = buf.readUInt16LE(ext + 10);
  const attrCount = buf.readUInt16LE(ext + 12);
  if (attrCount > 0 && attrSize < 20) throw new AxmlError(where, `<${tag}> has attribute records of ${attrSize} bytes`);
  if (ext + attrStart + attrCount * attrSize > end) throw new AxmlError(where, `<${tag}> attributes run past their chunk`);
  const attrs: XmlAttr[] = [];
  for (let i = 0; i < attrCount; i++) {
    const p = ext + attrStart + i * attrSize;
    const nsIdx = buf.readUInt32LE(p);
    const nameIdx = buf.readUInt32LE(p + 4);
    const rawIdx = buf.readUInt32LE(p + 8);
    const type = buf[p + 15]!;
    const data = buf.readUInt32LE(p + 16);
    const resId = resMap && nameIdx < resMap.length ? resMap[nameIdx] : undefined;
    const attr: XmlAttr = {
      ns: strings.opt(nsIdx) ?? '',
      name: strings.get(nameIdx),
      type,
      data,
      value: typedValue(type, data, strings),
    };
    if (resId !== undefined && resId !== 0) attr.resId = resId;
    const raw = strings.opt(rawIdx);
    if (raw !== undefined) attr.raw = raw;
    attrs.push(attr);
  }
  return { ns, tag, attrs, children: [], ...(line !== undefined ? { line } : {}) };
}

export const ANDROID_NS = 'http://schemas.android.com/apk/res/android';

/** android:* attribute resource IDs the manifest reader needs (android.R.attr). */
export const ANDROID_ATTR: Record<string, number> = {
  label: 0x01010001,
  name: 0x01010003,
  permission: 0x01010006,
  protectionLevel: 0x01010009,
  enabled: 0x0101000e,
  exported: 0x01010010,
  authorities: 0x01010018,
  value: 0x01010024,
  resource: 0x01010025,
  scheme: 0x01010027,
  host: 0x01010028,
  port: 0x01010029,
  path: 0x0101002a,
  mimeType: 0x01010026,
  minSdkVersion: 0x0101020c,
  versionCode: 0x0101021b,
  versionName: 0x0101021c,
  targetActivity: 0x01010202,
  targetSdkVersion: 0x01010270,
  maxSdkVersion: 0x01010271,
  required: 0x0101028e,
  usesCleartextTraffic: 0x010104ec,
  networkSecurityConfig: 0x01010527,
  debuggable: 0x0101000f,
  allowBackup: 0x01010280,
};

/**
 * An android:* attribute. Looked up by resource ID first, as the platform and aapt do (obfuscators rename the
 * name strings but cannot change the IDs), then by name in the android namespace when the file has no map.
 */
export function androidAttr(el: XmlElement, name: string): XmlAttr | undefined {
  const id = ANDROID_ATTR[name];
  if (id !== undefined) {
    const byId = el.attrs.find((a) => a.resId === id);
    if (byId) return byId;
    if (el.attrs.some((a) => a.resId !== undefined && (a.resId >>> 24) === 0x01)) return undefined;
  }
  return el.attrs.find((a) => a.name === name && (a.ns === ANDROID_NS || a.ns === 'android'));
}

/** A plain (namespace-less) attribute, e.g. `package` on <manifest>. */
export function plainAttr(el: XmlElement, name: string): XmlAttr | undefined {
  return el.attrs.find((a) => a.name === name && a.ns === '');
}
