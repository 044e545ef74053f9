// Lists the entry names of an OLE2 compound file (MS-CFB: .xls, .doc, WPS .et/.wps) by reading only the
// header, the FAT sectors the directory chain needs and the directory sectors — never the whole file.
// No npm package reads the directory lazily (SheetJS `cfb` wants the whole file in memory), hence this.
import type { FileHandle } from 'node:fs/promises';

export const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
/** A directory chain longer than this is treated as corrupt (loops, absurd sizes). 4096 sectors = 16k+ entries. */
const MAX_DIR_SECTORS = 4096;

export interface Ole2Entry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
}

export class Ole2Error extends Error {}

async function readAt(fh: FileHandle, position: number, length: number, fileSize: number): Promise<Buffer> {
  if (position < 0 || position + length > fileSize) {
    throw new Ole2Error(`sector at byte ${position} lies beyond the end of the file (${fileSize} bytes): truncated or corrupt`);
  }
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new Ole2Error(`short read at byte ${position}: truncated file`);
  return buf;
}

/** Reads the directory of an open OLE2 file. Throws Ole2Error on a malformed or truncated file. */
export async function ole2Entries(fh: FileHandle, fileSize: number): Promise<Ole2Entry[]> {
  const header = await readAt(fh, 0, 512, fileSize);
  if (!header.subarray(0, 8).equals(OLE2_MAGIC)) throw new Ole2Error('not an OLE2 compound file');
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new Ole2Error(`unsupported sector size 2^${shift}`);
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const fatSectorCount = header.readUInt32LE(0x2c);
  const firstDirSector = header.readUInt32LE(0x30);
  let difatSector = header.readUInt32LE(0x44);
  const sectorPos = (n: number) => (n + 1) * sectorSize;

  // FAT sector locations: 109 in the header, the rest in the DIFAT chain (read only when needed).
  const fatLocations: number[] = [];
  for (let i = 0; i < 109; i++) fatLocations.push(header.readUInt32LE(0x4c + i * 4));
  const difatSeen = new Set<number>();
  async function fatLocation(index: number): Promise<number> {
    if (index >= fatSectorCount) throw new Ole2Error(`FAT sector ${index} referenced but the header lists ${fatSectorCount}`);
    while (index >= fatLocations.length) {
      if (difatSector === END_OF_CHAIN || difatSector === FREE || difatSeen.has(difatSector)) {
        throw new Ole2Error('DIFAT chain ends early or loops');
      }
      difatSeen.add(difatSector);
      const d = await readAt(fh, sectorPos(difatSector), sectorSize, fileSize);
      for (let i = 0; i < perSector - 1; i++) fatLocations.push(d.readUInt32LE(i * 4));
      difatSector = d.readUInt32LE((perSector - 1) * 4);
    }
    return fatLocations[index]!;
  }
  const fatCache = new Map<number, Buffer>();
  async function next(sector: number): Promise<number> {
    const fatIndex = Math.floor(sector / perSector);
    let fat = fatCache.get(fatIndex);
    if (!fat) {
      fat = await readAt(fh, sectorPos(await fatLocation(fatIndex)), sectorSize, fileSize);
      fatCache.set(fatIndex, fat);
    }
    return fat.readUInt32LE((sector % perSector) * 4);
  }

  const entries: Ole2Entry[] = [];
  const seen = new Set<number>();
  for (let s = firstDirSector; s !== END_OF_CHAIN; s = await next(s)) {
    if (s === FREE || seen.has(s) || seen.size >= MAX_DIR_SECTORS) throw new Ole2Error('directory chain is broken or loops');
    seen.add(s);
    const dir = await readAt(fh, sectorPos(s), sectorSize, fileSize);
    for (let off = 0; off + 128 <= sectorSize; off += 128) {
      const type = dir[off + 0x42]!;
      if (type === 0) continue; // unused slot
      const nameBytes = Math.min(dir.readUInt16LE(off + 0x40), 64);
      const name = dir.toString('utf16le', off, off + Math.max(0, nameBytes - 2));
      entries.push({ name, type });
    }
  }
  if (!entries.some((e) => e.type === 5)) throw new Ole2Error('no root entry in the directory');
  return entries;
}
