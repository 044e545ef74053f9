// HarmonyOS: a HAP (module.json or config.json, libs/<abi>/*.so, ets/*.abc, resources/rawfile) and the .app
// bundle that packs several HAPs with a pack.info.
import type { Contents } from './contents.js';
import { scanBinary } from './binscan.js';
import { AppInputError } from './errors.js';
import { markersFor } from './facts.js';
import { parseHarmonyConfig, type HarmonyModule } from './harmony.js';
import { scanModels } from './models.js';
import type { ZipArchive } from './zip.js';

const MAX_CONFIG = 8 * 1024 * 1024;

function applyModule(c: Contents, m: HarmonyModule, primary: boolean): void {
  if (primary || c.package === undefined) {
    if (m.bundleName) c.package = m.bundleName;
    if (m.versionName) c.version = m.versionName;
    if (m.versionCode !== undefined) c.build = String(m.versionCode);
    if (m.minApi !== undefined) c.minSdk = m.minApi;
    if (m.targetApi !== undefined) c.targetSdk = m.targetApi;
  }
  for (const p of m.permissions) c.addPermission(p.name);
  for (const a of m.abilities) if (!c.components.includes(a.name)) c.components.push(a.name);
}

export async function collectHap(zip: ZipArchive, c: Contents, primary = true): Promise<void> {
  const config = zip.get('module.json') ?? zip.get('module.json5') ?? zip.get('config.json');
  if (!config) throw new AppInputError('not-a-package', `${zip.label}: a HAP needs module.json or config.json`);
  c.progress('manifest', config.name);
  const m = parseHarmonyConfig(await zip.read(config, MAX_CONFIG), `${zip.label}!/${config.name}`);
  applyModule(c, m, primary && (m.moduleType === undefined || m.moduleType === 'entry'));
  for (const e of zip.entries) {
    if (e.isDirectory) continue;
    c.assets.push(e.name);
    if (e.name.endsWith('.so')) c.addNativeLib(e.name);
  }
  const markers = markersFor('harmony');
  for (const e of zip.entries.filter((x) => x.name.endsWith('.abc'))) {
    c.progress('code', e.name);
    await scanBinary(zip, e, markers, c.markers, c.hosts);
    c.codeAnalysed = true;
  }
  c.progress('models', zip.label);
  c.models.push(...(await scanModels(zip)));
}

/** A HarmonyOS .app: pack.info and one HAP per module (HSPs too). The entry module names the app. */
export async function collectHarmonyApp(zip: ZipArchive, c: Contents): Promise<void> {
  const haps = zip.entries.filter((e) => /\.(hap|hsp)$/i.test(e.name) && !e.isDirectory);
  for (const e of haps) {
    const nested = await zip.openNested(e);
    try {
      await collectHap(nested, c, true);
    } finally {
      await nested.close();
    }
  }
}
