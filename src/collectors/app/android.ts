// Android packages: APK, split sets (APKS, XAPK), App Bundles (AAB) and bare DEX files. Each part is read from
// the zip as a stream or one entry at a time; DEX files are parsed one after another, never all at once.
import { readFile } from 'node:fs/promises';
import { StringPool } from './axml.js';
import type { Contents } from './contents.js';
import { parseDex, type DexInfo } from './dex.js';
import { AppInputError, inputError } from './errors.js';
import { hostsInString, scanText } from './hosts.js';
import { manifestTree, readManifest, type AndroidManifest } from './manifest.js';
import { scanModels } from './models.js';
import type { ZipArchive, ZipEntry } from './zip.js';

const MAX_MANIFEST = 16 * 1024 * 1024;
const MAX_DEX = 512 * 1024 * 1024;
const MAX_ARSC = 128 * 1024 * 1024;

/** classes.dex, classes2.dex, … as the platform (and dexdump) loads them: stops at the first gap. */
export function dexChain(zip: ZipArchive, dir = ''): ZipEntry[] {
  const out: ZipEntry[] = [];
  for (let i = 1; ; i++) {
    const e = zip.get(`${dir}classes${i === 1 ? '' : i}.dex`);
    if (!e) return out;
    out.push(e);
  }
}

function addDex(c: Contents, info: DexInfo, inChain: boolean): void {
  for (const d of info.classes) {
    if (inChain) c.addClass(d);
    else c.packages.add(d.slice(1, Math.max(1, d.lastIndexOf('/'))).replaceAll('/', '.'));
  }
  for (const t of info.types) c.addType(t);
  for (const h of info.hosts) c.hosts.add(h);
  c.codeAnalysed = true;
}

async function readDexEntries(zip: ZipArchive, c: Contents, chain: ZipEntry[], extra: ZipEntry[]): Promise<void> {
  const all = [...chain.map((e) => ({ e, inChain: true })), ...extra.map((e) => ({ e, inChain: false }))];
  let done = 0;
  for (const { e, inChain } of all) {
    c.progress('code', e.name, done++, all.length);
    const buf = await zip.read(e, MAX_DEX);
    addDex(c, parseDex(buf, `${zip.label}!/${e.name}`), inChain);
  }
  if (extra.length) c.warn(`DEX files outside the classes*.dex chain (loaded at run time, e.g. by a packer or plugin): ${extra.map((e) => e.name).join(', ')}`);
}

function applyManifest(c: Contents, m: AndroidManifest, primary: boolean): void {
  if (primary || c.package === undefined) {
    if (m.package !== undefined) c.package = m.package;
    if (m.versionName !== undefined) c.version = m.versionName;
    if (m.versionCode !== undefined) c.build = String(m.versionCode);
    if (m.minSdk !== undefined) c.minSdk = m.minSdk;
    if (m.targetSdk !== undefined) c.targetSdk = m.targetSdk;
  }
  for (const p of m.usesPermissions) c.addPermission(p.name);
  for (const comp of m.components) if (!c.components.includes(comp.name)) c.components.push(comp.name);
  if (m.application.name && !c.components.includes(m.application.name)) c.components.push(m.application.name);
  for (const h of m.hosts) c.hosts.add(h);
  for (const md of m.metaData) if (typeof md.value === 'string') hostsInString(md.value, c.hosts);
}

async function readManifestEntry(zip: ZipArchive, e: ZipEntry): Promise<AndroidManifest> {
  const where = `${zip.label}!/${e.name}`;
  const buf = await zip.read(e, MAX_MANIFEST);
  return readManifest(manifestTree(buf, where), where);
}

/** Hosts in the global string pool of resources.arsc (string resources: URLs, API hosts). */
async function arscHosts(zip: ZipArchive, e: ZipEntry, c: Contents): Promise<void> {
  if (e.size > MAX_ARSC || e.size < 12) return;
  const buf = await zip.read(e);
  if (buf.readUInt16LE(0) !== 0x0002 || buf.length < 20 || buf.readUInt16LE(12) !== 0x0001) return;
  try {
    const pool = new StringPool(buf, buf.readUInt16LE(2), `${zip.label}!/${e.name}`);
    for (let i = 0; i < pool.count; i++) hostsInString(pool.get(i), c.hosts);
  } catch (err) {
    // resources.arsc is not needed for any fact the rules use; a damaged one is reported, not fatal.
    c.warn(`resources.arsc could not be read: ${(err as Error).message}`);
  }
}

function listFiles(zip: ZipArchive, c: Contents, strip: (name: string) => string | undefined): void {
  for (const e of zip.entries) {
    if (e.isDirectory) continue;
    const name = strip(e.name);
    if (name === undefined) continue;
    c.assets.push(name);
    if (name.endsWith('.so')) c.addNativeLib(name);
  }
}

/** One APK (also a split or a nested APK). `primary` says its manifest names the app. */
export async function collectApk(zip: ZipArchive, c: Contents, primary = true): Promise<void> {
  c.progress('manifest', zip.label);
  const me = zip.get('AndroidManifest.xml');
  let isSplit = false;
  if (me) {
    const m = await readManifestEntry(zip, me);
    isSplit = m.split !== undefined;
    applyManifest(c, m, primary && !isSplit);
  } else c.warn(`${zip.label}: no AndroidManifest.xml, so package, permissions and components are unknown (not an installable APK)`);
  if (zip.duplicates.length) c.warn(`${zip.label}: entries listed twice (a trick to show a scanner one file and the device another): ${zip.duplicates.slice(0, 10).join(', ')}`);
  listFiles(zip, c, (n) => n);
  const chain = dexChain(zip);
  const inChain = new Set(chain.map((e) => e.name));
  const extra = zip.entries.filter((e) => !e.isDirectory && e.name.endsWith('.dex') && !inChain.has(e.name) && e.size >= 0x70);
  await readDexEntries(zip, c, chain, extra);
  const arsc = zip.get('resources.arsc');
  if (arsc) {
    c.progress('resources', 'resources.arsc');
    await arscHosts(zip, arsc, c);
  }
  c.progress('models', zip.label);
  c.models.push(...(await scanModels(zip)));
}

/** An Android App Bundle: base/ and feature modules, each with manifest/ (protobuf XML), dex/, lib/, assets/, root/. */
export async function collectAab(zip: ZipArchive, c: Contents): Promise<void> {
  const modules = zip.entries
    .map((e) => /^([^/]+)\/manifest\/AndroidManifest\.xml$/.exec(e.name)?.[1])
    .filter((m): m is string => m !== undefined)
    .sort((a, b) => (a === 'base' ? -1 : b === 'base' ? 1 : a.localeCompare(b)));
  for (const mod of modules) {
    c.progress('manifest', `${mod}/manifest/AndroidManifest.xml`);
    applyManifest(c, await readManifestEntry(zip, zip.get(`${mod}/manifest/AndroidManifest.xml`)!), mod === 'base');
  }
  // Paths as they end up in the APKs built from the bundle: base/assets/x → assets/x, base/root/x → x.
  listFiles(zip, c, (n) => {
    const m = /^([^/]+)\/(assets|lib|res|root)\/(.*)$/.exec(n);
    if (!m || !modules.includes(m[1]!)) return undefined;
    return m[2] === 'root' ? m[3]! : `${m[2]}/${m[3]}`;
  });
  for (const mod of modules) await readDexEntries(zip, c, dexChain(zip, `${mod}/dex/`), []);
  for (const e of zip.entries) if (/^[^/]+\/resources\.pb$/.test(e.name) && e.size < MAX_ARSC) scanText((await zip.read(e)).toString('latin1'), c.hosts);
  c.progress('models', zip.label);
  c.models.push(...(await scanModels(zip)));
}

/** APKS / XAPK / APKM: a zip of APKs (base + config splits). The base APK names the app. */
export async function collectSplitSet(zip: ZipArchive, c: Contents): Promise<void> {
  const apks = zip.entries.filter((e) => !e.isDirectory && /\.apk$/i.test(e.name));
  // Standalone APKs (bundletool's standalones/) repeat the splits; read them only when there are no splits.
  const splits = apks.filter((e) => !e.name.startsWith('standalones/'));
  const chosen = splits.length ? splits : apks.slice(0, 1);
  let sawBase = false;
  for (const e of chosen) {
    const nested = await zip.openNested(e);
    try {
      const me = nested.get('AndroidManifest.xml');
      const isBase = me ? (await readManifestEntry(nested, me)).split === undefined : false;
      await collectApk(nested, c, isBase && !sawBase);
      sawBase ||= isBase;
    } finally {
      await nested.close();
    }
  }
  if (!sawBase) c.warn(`${zip.label}: no base APK among the nested packages`);
  const meta = zip.get('manifest.json');
  if (meta && c.package === undefined && meta.size < MAX_MANIFEST) {
    try {
      const j = JSON.parse((await zip.read(meta)).toString('utf8')) as { package_name?: string; version_name?: string };
      if (j.package_name) c.package = j.package_name;
      if (j.version_name) c.version = j.version_name;
    } catch {
      c.warn(`${zip.label}: manifest.json is not valid JSON`);
    }
  }
}

/** A bare DEX file given on its own. */
export async function collectDexFile(path: string, c: Contents): Promise<void> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new AppInputError('not-found', `${path}: cannot read (${(e as Error).message})`);
  }
  try {
    addDex(c, parseDex(buf, path), true);
  } catch (e) {
    throw inputError('corrupt-dex', path, e);
  }
  c.warn('a bare DEX file: no manifest, so package, permissions and components are unknown');
}
