import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { ANDROID_NS, androidAttr, AxmlError, parseAxml, ValueType, type XmlElement } from './axml.js';
import { AppInputError } from './errors.js';
import { aaptFixturesMissing, aaptPackage, hasCommand, tempDir } from './testzip.js';
import { ZipArchive } from './zip.js';

const apps = corpusDir('apps');
const apks = readdirSync(apps).filter((f) => f.endsWith('.apk'));

async function manifestBytes(path: string): Promise<Buffer | undefined> {
  const z = await ZipArchive.open(path);
  try {
    const e = z.get('AndroidManifest.xml');
    return e ? await z.read(e) : undefined;
  } finally {
    await z.close();
  }
}

/** Our tree printed the way `aapt dump xmltree` prints elements and attributes (namespaces and text left out). */
function asAaptLines(root: XmlElement, prefixes: Map<string, string>): string[] {
  const out: string[] = [];
  const walk = (el: XmlElement, depth: number): void => {
    out.push(`${depth}E ${el.tag} ${el.line}`);
    for (const a of el.attrs) {
      const prefix = a.ns ? `${prefixes.get(a.ns) ?? a.ns}:` : '';
      const id = a.resId !== undefined ? `(0x${a.resId.toString(16).padStart(8, '0')})` : '';
      let v: string;
      if (a.type === ValueType.STRING) v = `"${a.value}"`;
      else if (a.type === ValueType.REFERENCE) v = `@0x${a.data.toString(16).padStart(8, '0')}`;
      else v = `(type 0x${a.type.toString(16)})0x${(a.data >>> 0).toString(16)}`;
      out.push(`${depth}A ${prefix}${a.name}${id}=${v}`);
    }
    for (const c of el.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}

/** aapt's xmltree output reduced to the same lines. */
function aaptLines(apk: string): { lines: string[]; prefixes: Map<string, string> } {
  const text = execFileSync('aapt', ['dump', 'xmltree', apk, 'AndroidManifest.xml'], { maxBuffer: 1 << 26 }).toString();
  const prefixes = new Map<string, string>();
  const lines: string[] = [];
  let base: number | undefined;
  for (const raw of text.split('\n')) {
    const ns = /^\s*N: ([^=]+)=(.*)$/.exec(raw);
    if (ns) prefixes.set(ns[2]!, ns[1]!);
    const el = /^(\s*)E: (\S+) \(line=(\d+)\)$/.exec(raw);
    if (el) {
      base ??= el[1]!.length;
      lines.push(`${(el[1]!.length - base) / 2}E ${el[2]} ${el[3]}`);
      continue;
    }
    const at = /^(\s*)A: (.*)$/.exec(raw);
    if (at) {
      // Drop aapt's ` (Raw: "…")` suffix: the typed value is what we compare.
      const body = at[2]!.replace(/ \(Raw: ".*"\)$/, '').replace(/\\"/g, '"');
      lines.push(`${(at[1]!.length - base! - 2) / 2}A ${body}`);
    }
  }
  return { lines, prefixes };
}

const aaptMissing = hasCommand('aapt') ? undefined : 'aapt is not installed (apt-get install aapt)';

test('binary XML of every corpus APK parses to the same tree aapt dump xmltree prints', { skip: aaptMissing }, async () => {
  let compared = 0;
  for (const f of apks) {
    const buf = await manifestBytes(join(apps, f));
    if (!buf) continue; // multidex.apk has no manifest
    const { lines, prefixes } = aaptLines(join(apps, f));
    assert.deepEqual(asAaptLines(parseAxml(buf, f), prefixes), lines, f);
    compared++;
  }
  assert.ok(compared >= 8, `compared ${compared} manifests`);
});

test('an aapt-built manifest with non-ASCII text, typed values and nesting matches aapt', { skip: aaptFixturesMissing() }, async () => {
  const t = tempDir();
  try {
    const apk = aaptPackage(
      t.dir,
      `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="cn.example.face" android:versionCode="42" android:versionName="人脸识别 1.0 &quot;beta&quot;">
  <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="34"/>
  <uses-permission android:name="android.permission.CAMERA" android:maxSdkVersion="28"/>
  <application android:label="测试" android:debuggable="true" android:allowBackup="false">
    <activity android:name=".Main" android:exported="true" android:screenOrientation="portrait">
      <intent-filter><action android:name="android.intent.action.MAIN"/><data android:scheme="https" android:host="face.example.cn"/></intent-filter>
    </activity>
    <meta-data android:name="f" android:value="1.5"/>
    <meta-data android:name="c" android:value="#ff0000"/>
  </application>
</manifest>`,
    );
    await manifestBytes(apk).then((buf) => {
      const { lines, prefixes } = aaptLines(apk);
      const root = parseAxml(buf!, apk);
      assert.deepEqual(asAaptLines(root, prefixes), lines);
      assert.equal(androidAttr(root, 'versionName')?.value, '人脸识别 1.0 "beta"');
      assert.equal(androidAttr(root, 'versionCode')?.value, 42);
      const app = root.children.find((c) => c.tag === 'application')!;
      assert.equal(androidAttr(app, 'debuggable')?.value, true);
      assert.equal(androidAttr(app, 'allowBackup')?.value, false);
      const metas = app.children.filter((c) => c.tag === 'meta-data');
      assert.equal(androidAttr(metas[0]!, 'value')?.value, 1.5);
      assert.equal(androidAttr(metas[1]!, 'value')?.value, '#ffff0000');
    });
  } finally {
    t.done();
  }
});

// ---- A small binary XML encoder, to test the string pool and chunk layouts aapt does not produce. ----

interface EncAttr {
  ns?: string;
  name: string;
  resId?: number;
  str?: string;
  type?: number;
  data?: number;
}
interface EncEl {
  tag: string;
  attrs: EncAttr[];
  children: EncEl[];
}

function encode(root: EncEl, opts: { utf8: boolean; attrStart?: number; attrSize?: number; noResMap?: boolean }): Buffer {
  const strings: string[] = [];
  const idx = (s: string): number => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  // Attribute names with resource IDs first, as aapt orders them, so the resource map lines up.
  const withIds: EncAttr[] = [];
  const collect = (el: EncEl): void => {
    for (const a of el.attrs) if (a.resId !== undefined && !withIds.some((w) => w.name === a.name)) withIds.push(a);
    el.children.forEach(collect);
  };
  collect(root);
  for (const a of withIds) idx(a.name);
  const body: Buffer[] = [];
  const chunk = (type: number, headerSize: number, header: Buffer, payload: Buffer): Buffer => {
    const h = Buffer.alloc(8);
    h.writeUInt16LE(type, 0);
    h.writeUInt16LE(headerSize, 2);
    h.writeUInt32LE(8 + header.length + payload.length, 4);
    return Buffer.concat([h, header, payload]);
  };
  const u32 = (...xs: number[]): Buffer => {
    const b = Buffer.alloc(4 * xs.length);
    xs.forEach((x, i) => b.writeUInt32LE(x >>> 0, i * 4));
    return b;
  };
  const nsIdx = idx(ANDROID_NS);
  const prefixIdx = idx('android');
  const emit = (el: EncEl): void => {
    const attrSize = opts.attrSize ?? 20;
    const attrStart = opts.attrStart ?? 20;
    const attrs = el.attrs.map((a) => {
      const rec = Buffer.alloc(attrSize);
      rec.writeUInt32LE(a.ns === undefined ? 0xffffffff : idx(a.ns), 0);
      rec.writeUInt32LE(idx(a.name), 4);
      rec.writeUInt32LE(a.str !== undefined ? idx(a.str) : 0xffffffff, 8);
      rec.writeUInt16LE(8, 12);
      rec[15] = a.str !== undefined ? ValueType.STRING : a.type!;
      rec.writeUInt32LE(a.str !== undefined ? idx(a.str) : a.data! >>> 0, 16);
      return rec;
    });
    const ext = Buffer.alloc(attrStart);
    ext.writeUInt32LE(0xffffffff, 0);
    ext.writeUInt32LE(idx(el.tag), 4);
    ext.writeUInt16LE(attrStart, 8);
    ext.writeUInt16LE(attrSize, 10);
    ext.writeUInt16LE(el.attrs.length, 12);
    body.push(chunk(0x0102, 16, u32(7, 0xffffffff), Buffer.concat([ext, ...attrs])));
    el.children.forEach(emit);
    body.push(chunk(0x0103, 16, u32(7, 0xffffffff), u32(0xffffffff, idx(el.tag))));
  };
  body.push(chunk(0x0100, 16, u32(1, 0xffffffff), u32(prefixIdx, nsIdx)));
  emit(root);
  body.push(chunk(0x0101, 16, u32(1, 0xffffffff), u32(prefixIdx, nsIdx)));

  const encoded = strings.map((s) => {
    if (opts.utf8) {
      const bytes = Buffer.from(s, 'utf8');
      const len = (n: number): Buffer => (n > 0x7f ? Buffer.from([0x80 | (n >> 8), n & 0xff]) : Buffer.from([n]));
      return Buffer.concat([len(s.length), len(bytes.length), bytes, Buffer.from([0])]);
    }
    const units = Buffer.from(s, 'utf16le');
    const n = s.length;
    const len = n > 0x7fff ? u16(0x8000 | (n >>> 16), n & 0xffff) : u16(n);
    return Buffer.concat([len, units, Buffer.from([0, 0])]);
  });
  const offsets: number[] = [];
  let at = 0;
  for (const e of encoded) {
    offsets.push(at);
    at += e.length;
  }
  let data = Buffer.concat(encoded);
  data = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  const poolHeader = u32(strings.length, 0, opts.utf8 ? 0x100 : 0, 28 + strings.length * 4, 0);
  const pool = chunk(0x0001, 28, poolHeader, Buffer.concat([u32(...offsets), data]));
  const resMap = opts.noResMap ? Buffer.alloc(0) : chunk(0x0180, 8, Buffer.alloc(0), u32(...withIds.map((a) => a.resId!)));
  return chunk(0x0003, 8, Buffer.alloc(0), Buffer.concat([pool, resMap, ...body]));
}

function u16(...xs: number[]): Buffer {
  const b = Buffer.alloc(2 * xs.length);
  xs.forEach((x, i) => b.writeUInt16LE(x, i * 2));
  return b;
}

// Long enough for two-byte lengths: UTF-8 lengths stop at 0x7fff bytes, UTF-16 ones go to 0x7fffffff units.
const longText = (utf8: boolean): string => 'Ω'.repeat(200) + 'x'.repeat(utf8 ? 20_000 : 40_000);
const sampleWith = (utf8: boolean): EncEl => ({
  tag: 'manifest',
  attrs: [
    { name: 'versionCode', ns: ANDROID_NS, resId: 0x0101021b, type: ValueType.INT_DEC, data: -5 },
    { name: 'package', str: 'cn.example.人脸' },
  ],
  children: [
    { tag: 'uses-permission', attrs: [{ name: 'name', ns: ANDROID_NS, resId: 0x01010003, str: 'android.permission.CAMERA' }], children: [] },
    { tag: 'meta-data', attrs: [{ name: 'value', ns: ANDROID_NS, resId: 0x01010024, str: longText(utf8) }], children: [] },
    { tag: 'uses-feature', attrs: [{ name: 'required', ns: ANDROID_NS, resId: 0x0101028e, type: ValueType.INT_BOOLEAN, data: 0 }], children: [] },
  ],
});
const sample = sampleWith(true);

for (const utf8 of [true, false]) {
  test(`string pool ${utf8 ? 'UTF-8' : 'UTF-16'}: short, non-ASCII and long strings, typed values`, () => {
    const root = parseAxml(encode(sampleWith(utf8), { utf8 }), 'x.xml');
    assert.equal(root.tag, 'manifest');
    assert.equal(root.attrs.find((a) => a.name === 'package')?.value, 'cn.example.人脸');
    assert.equal(androidAttr(root, 'versionCode')?.value, -5);
    assert.equal(androidAttr(root.children[0]!, 'name')?.value, 'android.permission.CAMERA');
    const long = androidAttr(root.children[1]!, 'value')?.value;
    assert.ok(long === longText(utf8), `long string decoded to ${String(long).length} characters`);
    assert.equal(androidAttr(root.children[2]!, 'required')?.value, false);
  });
}

test('attributes are found by resource ID even when their name strings are obfuscated', () => {
  const obf: EncEl = {
    tag: 'manifest',
    attrs: [],
    children: [{ tag: 'uses-permission', attrs: [{ name: 'x1', ns: ANDROID_NS, resId: 0x01010003, str: 'android.permission.READ_SMS' }], children: [] }],
  };
  const root = parseAxml(encode(obf, { utf8: true }), 'x.xml');
  assert.equal(androidAttr(root.children[0]!, 'name')?.value, 'android.permission.READ_SMS');
});

test('without a resource map, android attributes are found by namespace and name', () => {
  const root = parseAxml(encode(sample, { utf8: false, noResMap: true }), 'x.xml');
  assert.equal(androidAttr(root.children[0]!, 'name')?.value, 'android.permission.CAMERA');
});

test('non-standard attribute start and record size (used by packers) are honoured', () => {
  const root = parseAxml(encode(sample, { utf8: true, attrStart: 24, attrSize: 28 }), 'x.xml');
  assert.equal(androidAttr(root.children[0]!, 'name')?.value, 'android.permission.CAMERA');
});

test('not binary XML, and damaged chunks, give clear errors', () => {
  assert.throws(() => parseAxml(Buffer.from('<manifest/>'), 'm.xml'), /m\.xml: damaged binary XML: not a compiled XML file/);
  assert.throws(() => parseAxml(Buffer.alloc(4), 'm.xml'), /only 4 bytes/);
  const good = encode(sample, { utf8: true });
  const bigger = Buffer.from(good);
  bigger.writeUInt32LE(good.length + 100, 4);
  assert.throws(() => parseAxml(bigger, 'm.xml'), /bad size/);
  const badString = Buffer.from(good);
  // First string offset far outside the pool.
  badString.writeUInt32LE(0x00ffffff, 8 + 28);
  assert.throws(() => parseAxml(badString, 'm.xml'), AxmlError);
});

test('every truncation and random corruption of a real manifest fails cleanly or parses, never crashes', async () => {
  const buf = await manifestBytes(join(apps, 'androguard-a2dp.Vol_137.apk'));
  assert.ok(buf);
  let errors = 0;
  for (let n = 0; n < buf.length; n += 7) {
    try {
      parseAxml(buf.subarray(0, n), 'cut');
    } catch (e) {
      assert.ok(e instanceof AppInputError, `cut at ${n}: ${(e as Error).stack}`);
      errors++;
    }
  }
  assert.ok(errors > 0);
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < 2000; i++) {
    const copy = Buffer.from(buf);
    for (let k = 0; k < 4; k++) copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256);
    try {
      parseAxml(copy, 'fuzz');
    } catch (e) {
      assert.ok(e instanceof AppInputError, `mutation ${i}: ${(e as Error).stack}`);
    }
  }
});
