// The app package analyzer: detects the package kind from its bytes, reads it with the platform's reader,
// matches SDK signatures and derives the facts the rules use. `analyzeApp(path)` → AppArtifact.
import type { AppArtifact, AppSdk } from '../../core/artifacts.js';
import { collectAab, collectApk, collectDexFile, collectSplitSet } from './android.js';
import { Contents, type CollectOptions } from './contents.js';
import { AppInputError } from './errors.js';
import { deriveFacts } from './facts.js';
import { detectZipFormat, platformOf, sniffFile } from './formats.js';
import { scanModels } from './models.js';
import { ZipArchive } from './zip.js';

/** Same shape as sdk-match.ts's SdkMatchInput (declared here so this module does not depend on its load). */
export interface MatchInput {
  packages: Iterable<string>;
  nativeLibs: string[];
  components: string[];
  assets: string[];
  hosts: string[];
}
export type SdkMatcher = (input: MatchInput) => AppSdk[];

export interface AnalyzeOptions extends CollectOptions {
  /** SDK matcher; defaults to sdk-match.ts's matchSdks. */
  matchSdks?: SdkMatcher;
}

let defaultMatcher: SdkMatcher | undefined;
async function loadMatcher(): Promise<SdkMatcher> {
  if (!defaultMatcher) {
    const mod = (await import('./sdk-match.js')) as { matchSdks: SdkMatcher };
    defaultMatcher = mod.matchSdks;
  }
  return defaultMatcher;
}

/** Reads a package into a Contents (no SDK matching). Throws AppInputError for unusable input. */
export async function collectPackage(path: string, opts: CollectOptions = {}): Promise<Contents> {
  const kind = await sniffFile(path);
  if (kind === 'dex') {
    const c = new Contents('dex', 'android', opts);
    await collectDexFile(path, c);
    return c;
  }
  opts.onProgress?.({ stage: 'open', detail: path });
  const zip = await ZipArchive.open(path);
  try {
    const format = await detectZipFormat(zip);
    const c = new Contents(format, platformOf(format), opts);
    switch (format) {
      case 'apk':
        await collectApk(zip, c);
        break;
      case 'aab':
        await collectAab(zip, c);
        break;
      case 'apks':
      case 'xapk':
        await collectSplitSet(zip, c);
        break;
      // Other platforms' readers (and their parsers) load only when needed: a cold APK run stays fast.
      case 'ipa':
        await (await import('./ios.js')).collectIpa(zip, c);
        break;
      case 'hap':
        await (await import('./hap.js')).collectHap(zip, c);
        break;
      case 'harmony-app':
        await (await import('./hap.js')).collectHarmonyApp(zip, c);
        break;
      case 'aar':
        await (await import('./jvm.js')).collectAar(zip, c);
        break;
      case 'jar':
        for (const e of zip.entries) {
          if (e.isDirectory) continue;
          c.assets.push(e.name);
          if (e.name.endsWith('.so')) c.addNativeLib(e.name);
        }
        await (await import('./jvm.js')).collectJar(zip, c);
        c.models.push(...(await scanModels(zip)));
        break;
      default:
        throw new AppInputError('unsupported', `${path}: ${String(format)} packages are not supported`);
    }
    return c;
  } finally {
    await zip.close();
  }
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

/** Builds the artifact from what was collected, with the SDKs the matcher recognised. */
export function toArtifact(path: string, c: Contents, sdks: AppSdk[]): AppArtifact {
  const a: AppArtifact = {
    kind: 'app',
    source: path,
    platform: c.platform,
    format: c.format,
    permissions: [...c.permissions],
    sdks,
    nativeLibs: sorted(c.nativeLibs),
    models: c.models,
    hosts: sorted(c.hosts),
    classCount: c.classCount,
    components: [...c.components],
  };
  if (c.package !== undefined) a.package = c.package;
  if (c.version !== undefined) a.version = c.version;
  if (c.build !== undefined) a.build = c.build;
  if (c.minSdk !== undefined) a.minSdk = c.minSdk;
  if (c.targetSdk !== undefined) a.targetSdk = c.targetSdk;
  if (c.usageDescriptions) a.usageDescriptions = c.usageDescriptions;
  if (c.abis.size) a.abis = sorted(c.abis);
  const markers = new Map([...c.api.found, ...[...c.markers].map((m): [string, string] => [m, m])]);
  a.facts = deriveFacts({ platform: c.platform, permissions: c.permissions, sdks, models: c.models, apiMarkers: markers, codeAnalysed: c.codeAnalysed });
  if (c.warnings.length) a.warnings = [...c.warnings];
  return a;
}

/** Analyzes one package file: APK, AAB, APKS/XAPK, IPA, HAP, HarmonyOS .app, AAR, JAR or a bare DEX. */
export async function analyzeApp(path: string, opts: AnalyzeOptions = {}): Promise<AppArtifact> {
  const c = await collectPackage(path, opts);
  opts.onProgress?.({ stage: 'sdks' });
  const match = opts.matchSdks ?? (await loadMatcher());
  const sdks = match({ packages: c.packages, nativeLibs: sorted(c.nativeLibs), components: [...c.components], assets: c.assets, hosts: sorted(c.hosts) });
  opts.onProgress?.({ stage: 'done' });
  return toArtifact(path, c, sdks);
}
