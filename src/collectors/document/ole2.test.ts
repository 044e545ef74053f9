// The OLE2 directory reader on real files (fixtures made by LibreOffice) and on compound files laid out in
// code to reach paths small real files never use: FAT sectors listed in the DIFAT chain, and broken chains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../core/paths.js';
import { OLE2_MAGIC, Ole2Error, ole2Entries } from './ole2.js';
import { detectFormat } from './detect.js';

const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;

async function entriesOf(file: string) {
  const fh = await open(file, 'r');
  try {
    return await ole2Entries(fh, (await fh.stat()).size);
  } finally {
    await fh.close();
  }
}

function dirEntry(buf: Buffer, at: number, name: string, type: number) {
  buf.write(name, at, 'utf16le');
  buf.writeUInt16LE((name.length + 1) * 2, at + 0x40);
  buf[at + 0x42] = type;
}

/**
 * A compound file whose directory sits at sector 14000: its FAT entry is in FAT sector 109, the first one
 * not listed in the header, so the reader must follow the DIFAT chain. `dirNext` is the directory's FAT entry.
 */
function bigCompoundFile(dirNext = END): Buffer {
  const dirSector = 14_000;
  const fatSectors = 110; // covers sectors 0 … 14079
  const difatSector = 110;
  const buf = Buffer.alloc((dirSector + 2) * SECTOR);
  const pos = (n: number) => (n + 1) * SECTOR;
  OLE2_MAGIC.copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(3, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(9, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  buf.writeUInt32LE(fatSectors, 0x2c);
  buf.writeUInt32LE(dirSector, 0x30);
  buf.writeUInt32LE(4096, 0x38);
  buf.writeUInt32LE(END, 0x3c);
  buf.writeUInt32LE(difatSector, 0x44);
  buf.writeUInt32LE(1, 0x48);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(i, 0x4c + i * 4); // FAT sectors 0…108 in the header
  // DIFAT sector: FAT sector 109 lives in sector 109; the rest free; no next DIFAT sector.
  const d = pos(difatSector);
  buf.fill(0xff, d, d + SECTOR);
  buf.writeUInt32LE(109, d);
  buf.writeUInt32LE(END, d + SECTOR - 4);
  // FAT: every entry free, then mark the FAT, DIFAT and directory sectors.
  for (let s = 0; s < fatSectors; s++) buf.fill(0xff, pos(s), pos(s) + SECTOR);
  const setFat = (sector: number, value: number) => buf.writeUInt32LE(value, pos(Math.floor(sector / 128)) + (sector % 128) * 4);
  for (let s = 0; s < fatSectors; s++) setFat(s, FATSECT);
  setFat(difatSector, DIFSECT);
  setFat(dirSector, dirNext);
  const dir = pos(dirSector);
  dirEntry(buf, dir, 'Root Entry', 5);
  dirEntry(buf, dir + 128, 'Workbook', 2);
  return buf;
}

test('reads the directory of LibreOffice XLS and DOC files', async () => {
  const xls = await entriesOf(join(projectRoot(), 'test', 'fixtures', 'documents', 'sheet.xls'));
  assert.ok(xls.some((e) => e.name === 'Root Entry' && e.type === 5));
  assert.ok(xls.some((e) => e.name === 'Workbook' && e.type === 2));
  const doc = await entriesOf(join(projectRoot(), 'test', 'fixtures', 'documents', 'letter.doc'));
  assert.ok(doc.some((e) => e.name === 'WordDocument'));
});

test('follows the DIFAT chain to FAT sectors beyond the 109 in the header', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-ole2-'));
  try {
    const f = join(dir, 'big.xls');
    await writeFile(f, bigCompoundFile());
    assert.deepEqual((await entriesOf(f)).map((e) => e.name), ['Root Entry', 'Workbook']);
    assert.equal((await detectFormat(f, 'xls')).format, 'xls');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a directory chain that loops, or points at a free sector, is an Ole2Error, not a hang', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-ole2-'));
  try {
    const loop = join(dir, 'loop.xls');
    await writeFile(loop, bigCompoundFile(14_000));
    await assert.rejects(entriesOf(loop), (e) => e instanceof Ole2Error && /loops/.test(e.message));
    const free = join(dir, 'free.xls');
    await writeFile(free, bigCompoundFile(FREE));
    await assert.rejects(entriesOf(free), Ole2Error);
    const d = await detectFormat(loop, 'xls');
    assert.equal(d.format, 'unknown');
    assert.match(d.detail, /directory cannot be read/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
