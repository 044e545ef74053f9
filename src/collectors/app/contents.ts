// What the per-platform readers gather from a package before SDK matching: one accumulator for all formats.
import type { AppModelFile } from '../../core/artifacts.js';
import { AndroidApiScan } from './facts.js';
import type { PackageFormat } from './formats.js';
import { scanText } from './hosts.js';

export interface ProgressEvent {
  /** open, manifest, code, resources, models, sdks, done */
  stage: string;
  /** Part being read, e.g. "classes3.dex". */
  detail?: string;
  done?: number;
  total?: number;
}

export interface CollectOptions {
  onProgress?: (e: ProgressEvent) => void;
  /** Keep the full class list (descriptors, in file order) — for tests and exports; off by default to save memory. */
  keepClasses?: boolean;
}

export class Contents {
  package?: string;
  version?: string;
  build?: string;
  minSdk?: number;
  targetSdk?: number;
  readonly permissions: string[] = [];
  usageDescriptions?: Record<string, string>;
  classCount = 0;
  /** Java package names of defined classes, dotted. */
  readonly packages = new Set<string>();
  readonly classList: string[] = [];
  readonly api = new AndroidApiScan();
  /** Markers found by binary scans (iOS symbols, HarmonyOS modules). */
  readonly markers = new Set<string>();
  readonly nativeLibs = new Set<string>();
  readonly abis = new Set<string>();
  readonly components: string[] = [];
  readonly assets: string[] = [];
  readonly hosts = new Set<string>();
  models: AppModelFile[] = [];
  readonly warnings: string[] = [];
  codeAnalysed = false;
  private readonly packageOf = new Map<string, string>();

  constructor(
    readonly format: PackageFormat,
    readonly platform: 'android' | 'ios' | 'harmony' | 'sdk',
    readonly opts: CollectOptions,
  ) {}

  progress(stage: string, detail?: string, done?: number, total?: number): void {
    this.opts.onProgress?.({ stage, ...(detail !== undefined ? { detail } : {}), ...(done !== undefined ? { done, total } : {}) });
  }

  addPermission(name: string): void {
    if (!this.permissions.includes(name)) this.permissions.push(name);
  }

  /** A defined class, as a descriptor "Lcom/foo/Bar;". */
  addClass(descriptor: string): void {
    this.classCount++;
    if (this.opts.keepClasses) this.classList.push(descriptor);
    const slash = descriptor.lastIndexOf('/');
    if (slash <= 1) return; // default package
    const raw = descriptor.slice(1, slash);
    let dotted = this.packageOf.get(raw);
    if (dotted === undefined) {
      dotted = raw.replaceAll('/', '.');
      this.packageOf.set(raw, dotted);
      this.packages.add(dotted);
    }
  }

  /** A type the code refers to (defined or not): framework APIs in use. */
  addType(descriptor: string): void {
    this.api.add(descriptor);
  }

  addNativeLib(path: string): void {
    const m = /(?:^|\/)(?:lib|libs|jni)\/([^/]+)\/([^/]+\.so)$/.exec(path);
    if (m) {
      this.abis.add(m[1]!);
      this.nativeLibs.add(m[2]!);
    } else if (path.endsWith('.so')) this.nativeLibs.add(path.slice(path.lastIndexOf('/') + 1));
  }

  addHostsFromText(text: string): void {
    scanText(text, this.hosts);
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }
}
