// Recognises third-party SDKs in an app from what the package shows: Java package names, native library file names,
// manifest components (and meta-data), files inside the package, and hosts. The signature data is indexed once;
// matching is then a few hash lookups per name, so 100,000+ packages from a big app cost milliseconds.
// Obfuscated apps lose their package names but keep library files, manifest components, assets and hosts.
import type { AppSdk } from '../../core/artifacts.js';
import { loadSignatures, signatureConfidence, type SdkSignature, type SignatureFile } from './sdk-signatures.js';

export interface SdkMatchInput {
  /** Java package names, dotted, deduplicated. */
  packages: Iterable<string>;
  /** Native library file names, e.g. "libmegface.so" (a path is reduced to its file name). */
  nativeLibs: string[];
  /** Manifest component class names, dotted (activities, services, receivers, providers). */
  components: string[];
  /** Paths inside the package, e.g. "assets/model.bin" or "play-services-base.properties". */
  assets: string[];
  hosts: string[];
  /**
   * Optional manifest meta-data names. Names of the form "<key>:<class>" (Firebase component registrars, which
   * R8 keeps) are matched by the class after the colon.
   */
  metaData?: string[];
}

/** At most this many evidence lines of one kind per SDK; the rest are counted. */
const EVIDENCE_PER_KIND = 20;

interface Entry {
  sdk: number;
  /** " (low confidence)" when every source of this signature is weak, else "". */
  suffix: string;
}

type EvidenceKind = 'package' | 'native lib' | 'component' | 'meta-data' | 'asset' | 'host';
const KIND_ORDER: EvidenceKind[] = ['package', 'native lib', 'component', 'meta-data', 'asset', 'host'];
const PLURAL: Record<EvidenceKind, string> = {
  package: 'packages',
  'native lib': 'native libs',
  component: 'components',
  'meta-data': 'meta-data names',
  asset: 'assets',
  host: 'hosts',
};

function push<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function isGlob(s: string): boolean {
  return s.includes('*') || s.includes('?');
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** The entries of the longest key that is `name` itself or `name` cut at a dot. */
function longestDottedPrefix(map: Map<string, Entry[]>, name: string): { key: string; entries: Entry[] } | undefined {
  let end = name.length;
  while (end > 0) {
    const key = end === name.length ? name : name.slice(0, end);
    const entries = map.get(key);
    if (entries) return { key, entries };
    end = name.lastIndexOf('.', end - 1);
  }
  return undefined;
}

/** The entries of the longest registered domain that `host` equals or is a sub-domain of. */
function longestDomainSuffix(map: Map<string, Entry[]>, host: string): Entry[] | undefined {
  let start = 0;
  while (start >= 0) {
    const entries = map.get(start === 0 ? host : host.slice(start));
    if (entries) return entries;
    const dot = host.indexOf('.', start);
    start = dot < 0 ? -1 : dot + 1;
  }
  return undefined;
}

function normalizeHost(raw: string): string {
  let h = raw.trim().toLowerCase();
  const scheme = h.indexOf('://');
  if (scheme >= 0) h = h.slice(scheme + 3);
  h = h.split(/[/?#]/, 1)[0] ?? '';
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  if (!h.startsWith('[')) h = h.replace(/:\d+$/, '');
  return h.replace(/\.$/, '');
}

class Found {
  private readonly lines = new Map<EvidenceKind, Set<string>>();
  private readonly extra = new Map<EvidenceKind, Set<string>>();

  add(kind: EvidenceKind, text: string): void {
    let set = this.lines.get(kind);
    if (!set) this.lines.set(kind, (set = new Set()));
    if (set.has(text)) return;
    if (set.size < EVIDENCE_PER_KIND) {
      set.add(text);
      return;
    }
    let more = this.extra.get(kind);
    if (!more) this.extra.set(kind, (more = new Set()));
    more.add(text);
  }

  evidence(): string[] {
    const out: string[] = [];
    for (const kind of KIND_ORDER) {
      const set = this.lines.get(kind);
      if (!set) continue;
      for (const line of set) out.push(`${kind} ${line}`);
      const more = this.extra.get(kind)?.size ?? 0;
      if (more) out.push(`… and ${more} more ${PLURAL[kind]}`);
    }
    return out;
  }
}

/** An index over one signature file. Build once, match many apps. */
export class SdkMatcher {
  private readonly sdks: SdkSignature[];
  /** Package prefixes and exact component names share the dotted-prefix walk. */
  private readonly packages = new Map<string, Entry[]>();
  private readonly components = new Map<string, Entry[]>();
  private readonly libNames = new Map<string, Entry[]>();
  private readonly libGlobs: { re: RegExp; entry: Entry }[] = [];
  private readonly assetPaths = new Map<string, Entry[]>();
  private readonly assetNames = new Map<string, Entry[]>();
  private readonly assetGlobs: { re: RegExp; onPath: boolean; entry: Entry }[] = [];
  private readonly domains = new Map<string, Entry[]>();

  constructor(file: SignatureFile) {
    this.sdks = file.sdks;
    file.sdks.forEach((sdk, index) => {
      const entry = (value: string): Entry => ({
        sdk: index,
        suffix: signatureConfidence(sdk, value) === 'low' ? ' (low confidence)' : '',
      });
      const s = sdk.signatures;
      for (const p of s.packages) push(this.packages, p, entry(p));
      for (const c of s.components) push(this.components, c, entry(c));
      for (const lib of s.nativeLibs) {
        if (isGlob(lib)) this.libGlobs.push({ re: globToRegExp(lib), entry: entry(lib) });
        else push(this.libNames, lib, entry(lib));
      }
      for (const a of s.assets) {
        const onPath = a.includes('/');
        if (isGlob(a)) this.assetGlobs.push({ re: globToRegExp(a), onPath, entry: entry(a) });
        else push(onPath ? this.assetPaths : this.assetNames, a, entry(a));
      }
      for (const d of s.domains) push(this.domains, d, entry(d));
    });
  }

  match(input: SdkMatchInput): AppSdk[] {
    const found = new Map<number, Found>();
    const note = (entries: Iterable<Entry>, kind: EvidenceKind, text: string): void => {
      for (const e of entries) {
        let f = found.get(e.sdk);
        if (!f) found.set(e.sdk, (f = new Found()));
        f.add(kind, text + e.suffix);
      }
    };

    // Packages: evidence names the signature prefix, so thousands of sub-packages make one line.
    for (const raw of input.packages) {
      const name = raw.includes('/') ? raw.replaceAll('/', '.') : raw;
      const hit = longestDottedPrefix(this.packages, name);
      if (hit) note(hit.entries, 'package', hit.key);
    }

    for (const raw of input.nativeLibs) {
      const name = baseName(raw);
      const exact = this.libNames.get(name);
      if (exact) note(exact, 'native lib', name);
      for (const g of this.libGlobs) if (g.re.test(name)) note([g.entry], 'native lib', name);
    }

    // A component names an SDK exactly, or lives in an SDK's package (class names keep their package in the
    // manifest even when R8 renames the code around them).
    for (const name of input.components) {
      const exact = this.components.get(name);
      if (exact) note(exact, 'component', name);
      const hit = longestDottedPrefix(this.packages, name);
      if (hit) note(hit.entries, 'component', name);
    }

    for (const name of input.metaData ?? []) {
      const cls = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
      if (!cls.includes('.')) continue;
      const hit = this.components.get(cls) ?? longestDottedPrefix(this.packages, cls)?.entries;
      if (hit) note(hit, 'meta-data', name);
    }

    for (const path of input.assets) {
      const name = baseName(path);
      const byPath = this.assetPaths.get(path);
      if (byPath) note(byPath, 'asset', path);
      const byName = this.assetNames.get(name);
      if (byName) note(byName, 'asset', path);
      for (const g of this.assetGlobs) if (g.re.test(g.onPath ? path : name)) note([g.entry], 'asset', path);
    }

    for (const raw of input.hosts) {
      const host = normalizeHost(raw);
      if (!host) continue;
      const hit = longestDomainSuffix(this.domains, host);
      if (hit) note(hit, 'host', host);
    }

    const result: AppSdk[] = [];
    for (const [index, f] of found) {
      const sdk = this.sdks[index];
      if (!sdk) continue;
      const out: AppSdk = {
        id: sdk.id,
        name: sdk.name,
        vendor: sdk.vendor,
        categories: [...sdk.categories],
        face: sdk.face,
        evidence: f.evidence(),
      };
      if (sdk.comparison) out.comparison = sdk.comparison;
      result.push(out);
    }
    return result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

let defaultMatcher: SdkMatcher | undefined;

/** Matches against the bundled signature file (validated and indexed on first call). Sorted by id. */
export function matchSdks(input: SdkMatchInput): AppSdk[] {
  return (defaultMatcher ??= new SdkMatcher(loadSignatures())).match(input);
}
