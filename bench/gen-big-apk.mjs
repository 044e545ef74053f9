// Generates a large synthetic APK for the app analyzer benchmark (bench/app.mjs). How it is made, honestly:
// - classes.dex … classesN.dex are valid DEX files written here from scratch: header, sorted string_ids,
//   type_ids, class_defs and a map list, with correct Adler-32 checksum and SHA-1 signature (dexdump reads them).
//   Each class is empty (no fields or methods, no code), but carries a source-file name and three more strings
//   (a method-like name, a field-like name and, for one class in 50, a URL) so the string tables are realistic
//   in count and size. Real apps of this class count have bigger DEX files because of code.
// - AndroidManifest.xml and resources.arsc are copied from a real corpus APK (appinfo-android.apk).
// - Native libraries, model files and assets are random bytes (incompressible, stored), with realistic names;
//   20,000 small resource files make the central directory as large as a big real app's.
// Usage: node bench/gen-big-apk.mjs OUT.apk [classes=120000] [targetMB=150]
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import yauzl from 'yauzl';

const [out, classArg, mbArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench/gen-big-apk.mjs OUT.apk [classes] [targetMB]');
  process.exit(2);
}
const CLASSES = Number(classArg ?? 120_000);
const TARGET = Number(mbArg ?? 150) * 1024 * 1024;
const PER_DEX = 30_000; // a DEX holds at most 65,536 types

function adler32(buf) {
  let a = 1;
  let b = 0;
  for (let i = 0; i < buf.length; ) {
    const end = Math.min(i + 3800, buf.length);
    for (; i < end; i++) {
      a += buf[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function uleb(n) {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    bytes.push(byte);
  } while (n);
  return bytes;
}

/** One valid DEX with `count` empty public classes extending java.lang.Object. */
function makeDex(first, count) {
  const classNames = [];
  const strings = new Set(['Ljava/lang/Object;']);
  for (let i = first; i < first + count; i++) {
    const pkg = `com/bench/p${Math.floor(i / 400)}/s${Math.floor(i / 40) % 10}`;
    const name = `L${pkg}/GenClass${i};`;
    classNames.push(name);
    strings.add(name);
    strings.add(`GenClass${i}.java`);
    strings.add(`computeSomething${i % 997}WithLongerName`);
    strings.add(`mField${i % 1511}`);
    if (i % 50 === 0) strings.add(`https://api${i % 37}.bench-example.com/v1/endpoint/${i}`);
  }
  // string_ids must be sorted (ASCII here, so code-unit order is byte order).
  const sorted = [...strings].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const index = new Map(sorted.map((s, i) => [s, i]));
  const types = ['Ljava/lang/Object;', ...classNames].sort((x, y) => index.get(x) - index.get(y));
  const typeIndex = new Map(types.map((t, i) => [t, i]));

  const headerSize = 0x70;
  const stringIdsOff = headerSize;
  const typeIdsOff = stringIdsOff + sorted.length * 4;
  const classDefsOff = typeIdsOff + types.length * 4;
  const dataOff = classDefsOff + classNames.length * 32;
  const data = [];
  const stringOffsets = [];
  let at = dataOff;
  for (const s of sorted) {
    stringOffsets.push(at);
    const bytes = [...uleb(s.length), ...Buffer.from(s, 'latin1'), 0];
    data.push(Buffer.from(bytes));
    at += bytes.length;
  }
  const pad = (4 - (at % 4)) % 4;
  data.push(Buffer.alloc(pad));
  at += pad;
  const mapOff = at;
  const mapItems = [
    [0x0000, 1, 0],
    [0x0001, sorted.length, stringIdsOff],
    [0x0002, types.length, typeIdsOff],
    [0x0006, classNames.length, classDefsOff],
    [0x2002, sorted.length, dataOff],
    [0x1000, 1, mapOff],
  ];
  const map = Buffer.alloc(4 + mapItems.length * 12);
  map.writeUInt32LE(mapItems.length, 0);
  mapItems.forEach(([type, size, off], i) => {
    map.writeUInt16LE(type, 4 + i * 12);
    map.writeUInt32LE(size, 8 + i * 12);
    map.writeUInt32LE(off, 12 + i * 12);
  });
  data.push(map);
  at += map.length;
  const fileSize = at;

  const buf = Buffer.alloc(fileSize);
  buf.write('dex\n035\0', 0, 'latin1');
  buf.writeUInt32LE(fileSize, 0x20);
  buf.writeUInt32LE(headerSize, 0x24);
  buf.writeUInt32LE(0x12345678, 0x28);
  buf.writeUInt32LE(mapOff, 0x34);
  buf.writeUInt32LE(sorted.length, 0x38);
  buf.writeUInt32LE(stringIdsOff, 0x3c);
  buf.writeUInt32LE(types.length, 0x40);
  buf.writeUInt32LE(typeIdsOff, 0x44);
  buf.writeUInt32LE(classNames.length, 0x60);
  buf.writeUInt32LE(classDefsOff, 0x64);
  buf.writeUInt32LE(fileSize - dataOff, 0x68);
  buf.writeUInt32LE(dataOff, 0x6c);
  stringOffsets.forEach((o, i) => buf.writeUInt32LE(o, stringIdsOff + i * 4));
  types.forEach((t, i) => buf.writeUInt32LE(index.get(t), typeIdsOff + i * 4));
  const object = typeIndex.get('Ljava/lang/Object;');
  classNames
    .slice()
    .sort((x, y) => typeIndex.get(x) - typeIndex.get(y))
    .forEach((name, i) => {
      const p = classDefsOff + i * 32;
      buf.writeUInt32LE(typeIndex.get(name), p);
      buf.writeUInt32LE(0x0001, p + 4); // public
      buf.writeUInt32LE(object, p + 8);
      buf.writeUInt32LE(0, p + 12);
      buf.writeUInt32LE(index.get(`${name.slice(name.lastIndexOf('/') + 1, -1)}.java`), p + 16);
    });
  Buffer.concat(data).copy(buf, dataOff);
  createHash('sha1').update(buf.subarray(32)).digest().copy(buf, 12);
  buf.writeUInt32LE(adler32(buf.subarray(12)), 8);
  return buf;
}

/** Streams a zip to disk: local headers and data as they come, the central directory at the end. */
class ZipWriter {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.offset = 0;
    this.central = [];
  }
  add(name, data, deflate) {
    const body = deflate ? deflateRawSync(data, { level: 6 }) : data;
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    writeSync(this.fd, local);
    writeSync(this.fd, nameBuf);
    writeSync(this.fd, body);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(deflate ? 8 : 0, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(this.offset, 42);
    this.central.push(c, nameBuf);
    this.offset += 30 + nameBuf.length + body.length;
  }
  close() {
    const cd = Buffer.concat(this.central);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    const n = this.central.length / 2;
    eocd.writeUInt16LE(n, 8);
    eocd.writeUInt16LE(n, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(this.offset, 16);
    writeSync(this.fd, cd);
    writeSync(this.fd, eocd);
    closeSync(this.fd);
    return this.offset + cd.length + 22;
  }
}

async function readEntries(path, names) {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out = {};
  await new Promise((resolve, reject) => {
    zip.on('entry', (e) => {
      if (!names.includes(e.fileName)) return zip.readEntry();
      zip.openReadStream(e, (err, s) => {
        if (err) return reject(err);
        const parts = [];
        s.on('data', (d) => parts.push(d));
        s.on('end', () => {
          out[e.fileName] = Buffer.concat(parts);
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  return out;
}

const sourceApk = new URL('../../shared/corpus/apps/appinfo-android.apk', import.meta.url).pathname;
const real = await readEntries(sourceApk, ['AndroidManifest.xml', 'resources.arsc']);
const w = new ZipWriter(out);
w.add('AndroidManifest.xml', real['AndroidManifest.xml'], true);
let made = 0;
for (let d = 0; made < CLASSES; d++) {
  const n = Math.min(PER_DEX, CLASSES - made);
  w.add(d === 0 ? 'classes.dex' : `classes${d + 1}.dex`, makeDex(made, n), true);
  made += n;
}
w.add('resources.arsc', real['resources.arsc'], false);
for (let i = 0; i < 20_000; i++) w.add(`res/drawable-xhdpi-v4/icon_${i}.xml`, Buffer.from(`<vector name="${i}"/>`), true);
for (const abi of ['arm64-v8a', 'armeabi-v7a']) {
  for (const lib of ['libmegface.so', 'libFaceDetectCNN.so', 'libtensorflowlite_jni.so', 'libapp_core.so']) w.add(`lib/${abi}/${lib}`, randomBytes(4 * 1024 * 1024), false);
}
const tfl = Buffer.concat([Buffer.from('\x1c\0\0\0TFL3', 'latin1'), randomBytes(12 * 1024 * 1024)]);
w.add('assets/models/face_detection_short_range.tflite', tfl, false);
w.add('assets/models/face_landmark.bin', randomBytes(8 * 1024 * 1024), false);
w.add('assets/models/liveness.param', Buffer.from('7767517\n12 13\nInput data 0 1 data\n'), true);
w.add('assets/models/liveness.bin', randomBytes(6 * 1024 * 1024), false);
// Fill up to the target with media-like assets.
let size = w.offset;
for (let i = 0; size < TARGET - 2 * 1024 * 1024; i++) {
  const chunk = randomBytes(Math.min(8 * 1024 * 1024, TARGET - size));
  w.add(`assets/media/video_${i}.mp4`, chunk, false);
  size = w.offset;
}
const total = w.close();
console.log(JSON.stringify({ file: out, bytes: total, classes: CLASSES, dexFiles: Math.ceil(CLASSES / PER_DEX) }));
