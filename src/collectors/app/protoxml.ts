// The AAB manifest: base/manifest/AndroidManifest.xml is not binary XML but an aapt2 `XmlNode` protobuf
// (frameworks/base/tools/aapt2/Resources.proto). A minimal wire-format reader turns it into the same
// XmlElement tree the binary parser produces. Only the fields a manifest uses are read; the rest is skipped.
import { AppInputError } from './errors.js';
import { ValueType, type XmlAttr, type XmlElement } from './axml.js';

class Reader {
  at: number;
  constructor(
    readonly buf: Buffer,
    start: number,
    readonly end: number,
    readonly where: string,
  ) {
    this.at = start;
  }
  fail(what: string): never {
    throw new AppInputError('corrupt-manifest', `${this.where}: damaged protobuf XML: ${what}`);
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.at >= this.end) this.fail('varint runs past the end');
      const b = this.buf[this.at++]!;
      if (shift < 28) result |= (b & 0x7f) << shift;
      else result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) break;
      shift += 7;
      if (shift > 63) this.fail('varint too long');
    }
    return shift < 28 ? result >>> 0 : result;
  }
  /** Yields [field, wireType] and leaves the cursor on the value. */
  *fields(): Generator<[number, number]> {
    while (this.at < this.end) {
      const key = this.varint();
      yield [Math.floor(key / 8), key & 7];
    }
  }
  bytes(): { start: number; end: number } {
    const len = this.varint();
    const start = this.at;
    if (start + len > this.end) this.fail('field runs past its message');
    this.at += len;
    return { start, end: start + len };
  }
  string(): string {
    const { start, end } = this.bytes();
    return this.buf.toString('utf8', start, end);
  }
  sub(): Reader {
    const { start, end } = this.bytes();
    return new Reader(this.buf, start, end, this.where);
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.at += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.at += 4;
    else this.fail(`unsupported wire type ${wire}`);
    if (this.at > this.end) this.fail('field runs past its message');
  }
}

/** Parses an aapt2 XmlNode message and returns its root element. */
export function parseProtoXml(buf: Buffer, where = 'base/manifest/AndroidManifest.xml'): XmlElement {
  const r = new Reader(buf, 0, buf.length, where);
  const root = readNode(r, 0);
  return root ?? r.fail('no root element');
}

function readNode(r: Reader, depth: number): XmlElement | undefined {
  if (depth > 256) r.fail('nesting too deep');
  let el: XmlElement | undefined;
  for (const [field, wire] of r.fields()) {
    if (field === 1 && wire === 2) el = readElement(r.sub(), depth);
    else r.skip(wire);
  }
  return el;
}

function readElement(r: Reader, depth: number): XmlElement {
  const el: XmlElement = { ns: '', tag: '', attrs: [], children: [] };
  for (const [field, wire] of r.fields()) {
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    if (field === 2) el.ns = r.string();
    else if (field === 3) el.tag = r.string();
    else if (field === 4) el.attrs.push(readAttr(r.sub()));
    else if (field === 5) {
      const sub = r.sub();
      // A child node is an element (field 1) or text (field 2).
      let child: XmlElement | undefined;
      for (const [f, w] of sub.fields()) {
        if (f === 1 && w === 2) child = readElement(sub.sub(), depth + 1);
        else if (f === 2 && w === 2) el.text = (el.text ?? '') + sub.string();
        else sub.skip(w);
      }
      if (child) el.children.push(child);
    } else r.skip(wire);
  }
  return el;
}

function readAttr(r: Reader): XmlAttr {
  const a: XmlAttr = { ns: '', name: '', type: ValueType.STRING, data: 0, value: '' };
  let compiled: Pick<XmlAttr, 'type' | 'data' | 'value'> | undefined;
  for (const [field, wire] of r.fields()) {
    if (field === 1 && wire === 2) a.ns = r.string();
    else if (field === 2 && wire === 2) a.name = r.string();
    else if (field === 3 && wire === 2) a.raw = r.string();
    else if (field === 5 && wire === 0) a.resId = r.varint();
    else if (field === 6 && wire === 2) compiled = readItem(r.sub());
    else r.skip(wire);
  }
  if (compiled) Object.assign(a, compiled);
  else a.value = a.raw ?? '';
  return a;
}

/** Item: ref = 1, str = 2, raw_str = 3, styled_str = 4, file = 5, id = 6, prim = 7. */
function readItem(r: Reader): Pick<XmlAttr, 'type' | 'data' | 'value'> | undefined {
  let out: Pick<XmlAttr, 'type' | 'data' | 'value'> | undefined;
  for (const [field, wire] of r.fields()) {
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    const sub = r.sub();
    if (field === 1) {
      let id = 0;
      let attrRef = false;
      for (const [f, w] of sub.fields()) {
        if (f === 2 && w === 0) id = sub.varint();
        else if (f === 1 && w === 0) attrRef = sub.varint() === 1;
        else sub.skip(w);
      }
      const hex = `0x${id.toString(16).padStart(8, '0')}`;
      out = attrRef ? { type: ValueType.ATTRIBUTE, data: id, value: `?${hex}` } : { type: ValueType.REFERENCE, data: id, value: `@${hex}` };
    } else if (field === 2 || field === 3 || field === 4) {
      let s = '';
      for (const [f, w] of sub.fields()) {
        if (f === 1 && w === 2) s = sub.string();
        else sub.skip(w);
      }
      out = { type: ValueType.STRING, data: 0, value: s };
    } else if (field === 7) out = readPrimitive(sub);
  }
  return out;
}

/**
 * Primitive, in both shapes aapt2 has written: the old {type = 1, data = 2} pair of varints, and the newer
 * oneof (float 3, int_decimal 6, int_hexadecimal 7, boolean 8, colors 9–12, dimension 13, fraction 14).
 */
function readPrimitive(r: Reader): Pick<XmlAttr, 'type' | 'data' | 'value'> | undefined {
  let oldType: number | undefined;
  let oldData = 0;
  for (const [field, wire] of r.fields()) {
    if (wire === 0) {
      const v = r.varint();
      if (field === 1) oldType = v;
      else if (field === 2) oldData = v;
      else if (field === 6) return { type: ValueType.INT_DEC, data: v | 0, value: v | 0 };
      else if (field === 7) return { type: ValueType.INT_HEX, data: v >>> 0, value: v >>> 0 };
      else if (field === 8) return { type: ValueType.INT_BOOLEAN, data: v ? 0xffffffff : 0, value: v !== 0 };
      else if (field >= 9 && field <= 12) return { type: ValueType.INT_COLOR_ARGB8, data: v >>> 0, value: `#${(v >>> 0).toString(16).padStart(8, '0')}` };
    } else if (wire === 5) {
      if (r.at + 4 > r.end) r.fail('fixed32 runs past its message');
      const v = r.buf.readUInt32LE(r.at);
      r.skip(5);
      if (field === 3) return { type: ValueType.FLOAT, data: v, value: r.buf.readFloatLE(r.at - 4) };
      if (field === 13 || field === 14) return { type: field === 13 ? ValueType.DIMENSION : ValueType.FRACTION, data: v, value: v };
    } else if (wire === 2 && (field === 1 || field === 2)) {
      r.skip(wire); // null_value / empty_value messages
      return { type: ValueType.NULL, data: field === 2 ? 1 : 0, value: field === 2 ? '' : null };
    } else r.skip(wire);
  }
  if (oldType === undefined) return undefined;
  if (oldType === ValueType.INT_BOOLEAN) return { type: oldType, data: oldData, value: oldData !== 0 };
  return { type: oldType, data: oldData, value: oldData | 0 };
}
