// What kind of package a file is, decided from its bytes and entries, never from its name.
import { open } from 'node:fs/promises';
import { AppInputError } from './errors.js';
import { isDex } from './dex.js';
import type { ZipArchive } from './zip.js';

export type PackageFormat =
  | 'apk' // Android package (also one without a manifest but with classes.dex)
  | 'apks' // split APK set (bundletool .apks, .apkm)
  | 'xapk' // APKPure bundle: manifest.json + APKs (+ OBB)
  | 'aab' // Android App Bundle
  | 'ipa' // iOS app archive
  | 'hap' // HarmonyOS module package
  | 'harmony-app' // HarmonyOS .app bundle of HAPs
  | 'aar' // Android library
  | 'jar' // Java library
  | 'dex'; // a bare DEX file

/** Magic numbers of files people mistake for packages, for a message that says what the file really is. */
const OTHER_MAGIC: [string, (b: Buffer) => boolean][] = [
  ['a PNG image', (b) => b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a],
  ['a JPEG image', (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['a GIF image', (b) => b.toString('latin1', 0, 4) === 'GIF8'],
  ['a PDF document', (b) => b.toString('latin1', 0, 5) === '%PDF-'],
  ['a gzip file', (b) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b],
  ['an ELF binary', (b) => b.toString('latin1', 0, 4) === '\x7fELF'],
  ['a RAR archive', (b) => b.toString('latin1', 0, 4) === 'Rar!'],
  ['a 7-Zip archive', (b) => b.length >= 6 && b.readUInt32BE(0) === 0x377abcaf && b.readUInt16BE(4) === 0x271c],
  ['a Mach-O binary', (b) => b.length >= 4 && [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(b.readUInt32BE(0))],
  ['an HTML page', (b) => /^\s*<(!doctype html|html)/i.test(b.toString('latin1', 0, 64))],
];

/** Reads the first bytes of a file and says whether it is a zip or a DEX; anything else is refused clearly. */
export async function sniffFile(path: string): Promise<'zip' | 'dex'> {
  let head: Buffer;
  let size: number;
  try {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      size = st.size;
      if (st.isDirectory()) throw new AppInputError('not-a-package', `${path}: is a folder; give a package file (or use batch mode for a folder)`);
      head = Buffer.alloc(64);
      const { bytesRead } = await fh.read(head, 0, 64, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof AppInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new AppInputError('not-a-package', `${path}: is a folder; give a package file (or use batch mode for a folder)`);
    throw new AppInputError('not-found', `${path}: cannot read (${(e as Error).message})`);
  }
  if (size === 0) throw new AppInputError('not-a-package', `${path}: the file is empty`);
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0403, 0x0605, 0x0807].includes(head.readUInt16LE(2))) return 'zip';
  if (isDex(head)) return 'dex';
  for (const [what, test] of OTHER_MAGIC) {
    if (test(head)) throw new AppInputError('not-a-package', `${path}: this file is ${what}, not an app package (whatever its name says)`);
  }
  throw new AppInputError('not-a-package', `${path}: not an app package: it is neither a zip archive (APK, AAB, IPA, HAP, AAR, JAR) nor a DEX file`);
}

const APP_DIR = /^(?:Payload\/)?[^/]+\.app\/Info\.plist$/;

/** Decides the package kind from the entries (and, for AndroidManifest.xml, from its first bytes). */
export async function detectZipFormat(zip: ZipArchive): Promise<PackageFormat> {
  const names = zip.entries.map((e) => e.name);
  const has = (n: string): boolean => zip.get(n) !== undefined;
  if (has('BundleConfig.pb') && names.some((n) => /^[^/]+\/manifest\/AndroidManifest\.xml$/.test(n))) return 'aab';
  const manifest = zip.get('AndroidManifest.xml');
  if (manifest) {
    if (has('classes.jar') || has('R.txt')) return 'aar';
    const head = manifest.size > 0 ? await zip.head(manifest, 2) : Buffer.alloc(0);
    if (head.length === 2 && head.readUInt16LE(0) === 0x0003) return 'apk';
    return 'aar'; // a text manifest: a library, not an installable package
  }
  if (names.some((n) => APP_DIR.test(n))) return 'ipa';
  const apks = names.filter((n) => /\.apk$/i.test(n) && !n.includes('/../'));
  if (apks.length) {
    if (has('manifest.json') && !has('toc.pb')) return 'xapk';
    return 'apks';
  }
  if ((has('module.json') || has('config.json')) && (has('pack.info') || has('resources.index') || names.some((n) => n.endsWith('.abc')))) return 'hap';
  if (has('pack.info') && names.some((n) => /\.hap$/i.test(n))) return 'harmony-app';
  if (names.some((n) => /^classes\d*\.dex$/.test(n))) return 'apk';
  if (names.some((n) => n.endsWith('.class')) || has('META-INF/MANIFEST.MF')) return 'jar';
  throw new AppInputError(
    'not-a-package',
    `${zip.label}: a zip archive, but not an app package: no AndroidManifest.xml, classes.dex, Payload/*.app, module.json, nested APKs or class files`,
  );
}

export function platformOf(format: PackageFormat): 'android' | 'ios' | 'harmony' | 'sdk' {
  switch (format) {
    case 'ipa':
      return 'ios';
    case 'hap':
    case 'harmony-app':
      return 'harmony';
    case 'aar':
    case 'jar':
      return 'sdk';
    default:
      return 'android';
  }
}
