// iOS IPA: Payload/<App>.app/Info.plist (binary or XML), embedded frameworks and app extensions, model files,
// and the executables scanned for framework classes in use (camera, location…) and URL hosts.
import type { Contents } from './contents.js';
import { scanBinary } from './binscan.js';
import { AppInputError } from './errors.js';
import { markersFor } from './facts.js';
import { scanModels } from './models.js';
import { parsePlist, readInfoPlist } from './plist.js';
import type { ZipArchive } from './zip.js';

const MAX_PLIST = 8 * 1024 * 1024;
/** Executables scanned in total; beyond this the scan stops and says so. */
const MAX_SCAN = 1024 * 1024 * 1024;

export async function collectIpa(zip: ZipArchive, c: Contents): Promise<void> {
  const plistEntry = zip.entries.find((e) => /^(?:Payload\/)?[^/]+\.app\/Info\.plist$/.test(e.name));
  if (!plistEntry) throw new AppInputError('not-a-package', `${zip.label}: no Payload/<App>.app/Info.plist`);
  const root = plistEntry.name.slice(0, -'Info.plist'.length); // "Payload/X.app/"
  c.progress('manifest', plistEntry.name);
  const where = `${zip.label}!/${plistEntry.name}`;
  const info = readInfoPlist(parsePlist(await zip.read(plistEntry, MAX_PLIST), where), where);
  if (info.bundleId) c.package = info.bundleId;
  if (info.version) c.version = info.version;
  if (info.build) c.build = info.build;
  c.usageDescriptions = info.usageDescriptions;
  // iOS has no permission list: the usage-description keys are what the app may ask for.
  for (const k of Object.keys(info.usageDescriptions)) c.addPermission(k);
  for (const d of info.atsDomains) c.hosts.add(d.toLowerCase());

  const executables: string[] = [];
  if (info.executable) executables.push(root + info.executable);
  for (const e of zip.entries) {
    if (!e.name.startsWith(root) || e.isDirectory) continue;
    const rel = e.name.slice(root.length);
    c.assets.push(rel);
    const fw = /^Frameworks\/([^/]+)\.framework\/([^/]+)$/.exec(rel);
    if (fw && fw[1] === fw[2]) {
      c.nativeLibs.add(`${fw[1]}.framework`);
      executables.push(e.name);
    } else if (/^Frameworks\/[^/]+\.dylib$/.test(rel)) {
      c.nativeLibs.add(rel.slice('Frameworks/'.length));
      executables.push(e.name);
    }
    const ext = /^PlugIns\/([^/]+\.appex)\/Info\.plist$/.exec(rel);
    if (ext) c.components.push(ext[1]!);
  }
  const markers = markersFor('ios');
  let scanned = 0;
  for (const [i, name] of executables.entries()) {
    const e = zip.get(name);
    if (!e) continue;
    if (scanned + e.size > MAX_SCAN) {
      c.warn(`executables beyond ${MAX_SCAN / 1024 ** 3} GiB were not scanned (from ${name})`);
      break;
    }
    c.progress('code', name, i, executables.length);
    await scanBinary(zip, e, markers, c.markers, c.hosts);
    scanned += e.size;
    c.codeAnalysed = true;
  }
  c.progress('models', zip.label);
  const escaped = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  c.models.push(...(await scanModels(zip, { display: (e) => e.name.slice(root.length), sniffDir: new RegExp(`^${escaped}`) })));
}
