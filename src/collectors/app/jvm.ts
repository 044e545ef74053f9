// SDK binaries as vendors ship them: AAR (AndroidManifest.xml as text, classes.jar and libs/*.jar nested,
// jni/<abi>/*.so) and plain JARs. Class names come from each class file's constant pool.
import { parseClassFile, isClassFile } from './classfile.js';
import type { Contents } from './contents.js';
import { parseDex } from './dex.js';
import { inputError } from './errors.js';
import { manifestTree, readManifest } from './manifest.js';
import { scanModels } from './models.js';
import type { ZipArchive } from './zip.js';

const MAX_CLASS = 64 * 1024 * 1024;
const MAX_DEX = 512 * 1024 * 1024;

/** Every class (and DEX) in a JAR. Multi-release copies under META-INF/versions/ are skipped: same classes. */
export async function collectJar(zip: ZipArchive, c: Contents): Promise<void> {
  const classes = zip.entries.filter((e) => !e.isDirectory && e.name.endsWith('.class') && !e.name.startsWith('META-INF/'));
  let done = 0;
  for (const e of classes) {
    if (done % 500 === 0) c.progress('code', zip.label, done, classes.length);
    done++;
    if (e.name.endsWith('module-info.class')) continue;
    const buf = await zip.read(e, MAX_CLASS);
    if (!isClassFile(buf)) {
      c.warn(`${zip.label}!/${e.name}: not a class file (bad magic); skipped`);
      continue;
    }
    const info = parseClassFile(buf, `${zip.label}!/${e.name}`);
    c.addClass(info.descriptor);
    for (const t of info.referenced) c.addType(t);
    c.addHostsFromText(buf.toString('latin1'));
    c.codeAnalysed = true;
  }
  for (const e of zip.entries.filter((x) => /(^|\/)classes\d*\.dex$/.test(x.name))) {
    try {
      const info = parseDex(await zip.read(e, MAX_DEX), `${zip.label}!/${e.name}`);
      for (const d of info.classes) c.addClass(d);
      for (const t of info.types) c.addType(t);
      for (const h of info.hosts) c.hosts.add(h);
      c.codeAnalysed = true;
    } catch (err) {
      throw inputError('corrupt-dex', `${zip.label}!/${e.name}`, err);
    }
  }
}

export async function collectAar(zip: ZipArchive, c: Contents): Promise<void> {
  const me = zip.get('AndroidManifest.xml');
  if (me) {
    c.progress('manifest', 'AndroidManifest.xml');
    const where = `${zip.label}!/AndroidManifest.xml`;
    const m = readManifest(manifestTree(await zip.read(me, 16 * 1024 * 1024), where), where);
    if (m.package) c.package = m.package;
    if (m.versionName) c.version = m.versionName;
    if (m.minSdk !== undefined) c.minSdk = m.minSdk;
    if (m.targetSdk !== undefined) c.targetSdk = m.targetSdk;
    for (const p of m.usesPermissions) c.addPermission(p.name);
    for (const comp of m.components) c.components.push(comp.name);
  }
  for (const e of zip.entries) {
    if (e.isDirectory) continue;
    c.assets.push(e.name);
    if (e.name.endsWith('.so')) c.addNativeLib(e.name);
  }
  const jars = zip.entries.filter((e) => e.name === 'classes.jar' || /^libs\/[^/]+\.jar$/.test(e.name));
  for (const e of jars) {
    const nested = await zip.openNested(e);
    try {
      await collectJar(nested, c);
    } finally {
      await nested.close();
    }
  }
  c.progress('models', zip.label);
  c.models.push(...(await scanModels(zip)));
}
