// Test helper: builds zip archives in memory, including hostile ones a normal zip tool refuses to write
// (lying sizes, `../` names, the encryption flag). Only tests import it.
import { crc32, deflateRawSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ZipSpec {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
  /** Uncompressed size to declare instead of the real one (a lying header). */
  declaredSize?: number;
  /** General purpose flags (bit 0 = encrypted). */
  flags?: number;
}

export function makeZip(entries: ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A fresh temporary folder and its removal. */
export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'faceaudit-app-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export { hasCommand } from '../../test-support/tools.js';
import { hasCommand } from '../../test-support/tools.js';

export const FRAMEWORK_RES = '/usr/share/android-framework-res/framework-res.apk';

/** Why aapt-built fixtures cannot be made here, or undefined when they can. */
export function aaptFixturesMissing(): string | undefined {
  if (!hasCommand('aapt')) return 'aapt is not installed (apt-get install aapt)';
  if (!existsSync(FRAMEWORK_RES)) return 'android-framework-res is not installed (apt-get install android-framework-res)';
  return undefined;
}

/** Compiles a text AndroidManifest.xml with aapt into an APK (no code) and returns the APK path. */
export function aaptPackage(dir: string, manifestXml: string, name = 'built.apk'): string {
  const src = join(dir, `${name}.d`);
  execFileSync('mkdir', ['-p', src]);
  execFileSync('sh', ['-c', 'cat > "$1"', 'sh', join(src, 'AndroidManifest.xml')], { input: manifestXml });
  const out = join(dir, name);
  execFileSync('aapt', ['package', '-f', '-M', join(src, 'AndroidManifest.xml'), '-I', FRAMEWORK_RES, '-F', out], { stdio: 'pipe' });
  return out;
}
