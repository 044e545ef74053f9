// AndroidManifest.xml → the facts an inspector needs: package, version, SDK levels, every uses-permission form,
// components (names resolved against the package), meta-data and <queries>. Accepts the three encodings a
// manifest comes in: binary XML (APK), protobuf XML (AAB) and text XML (AAR).
import { xmlParser } from './xmlparser.js';
import { ANDROID_NS, androidAttr, parseAxml, plainAttr, RES_XML_TYPE, type XmlAttr, type XmlElement } from './axml.js';
import { AppInputError } from './errors.js';
import { parseProtoXml } from './protoxml.js';

export type PermissionElement = 'uses-permission' | 'uses-permission-sdk-23' | 'uses-permission-sdk-m';

export interface UsesPermission {
  name: string;
  element: PermissionElement;
  maxSdkVersion?: number;
  /** android:required="false" (uses-permission only). */
  required: boolean;
  /** Position among the manifest's top-level elements (document order). */
  order: number;
}

export interface DeclaredPermission {
  name: string;
  protectionLevel?: number;
  order: number;
}

export type ComponentType = 'activity' | 'activity-alias' | 'service' | 'receiver' | 'provider';

export interface ManifestComponent {
  type: ComponentType;
  /** Fully qualified class name. */
  name: string;
  exported?: boolean;
  permission?: string;
  authorities?: string[];
  targetActivity?: string;
  actions: string[];
}

export interface ManifestMetaData {
  name: string;
  value?: string | number | boolean | null;
  resource?: string;
  /** 'application' or the component's class name. */
  owner: string;
}

export interface ManifestQueries {
  packages: string[];
  intents: { actions: string[]; schemes: string[]; mimeTypes: string[] }[];
  providers: string[];
}

export interface AndroidManifest {
  package?: string;
  /** Name of this split (config or feature split APKs); absent in a base APK. */
  split?: string;
  versionCode?: number;
  versionName?: string;
  minSdk?: number;
  targetSdk?: number;
  maxSdk?: number;
  usesPermissions: UsesPermission[];
  declaredPermissions: DeclaredPermission[];
  usesFeatures: { name: string; required: boolean }[];
  components: ManifestComponent[];
  metaData: ManifestMetaData[];
  queries: ManifestQueries;
  application: {
    name?: string;
    debuggable?: boolean;
    allowBackup?: boolean;
    usesCleartextTraffic?: boolean;
    networkSecurityConfig?: string;
  };
  /** Hosts in intent-filter <data android:host>. */
  hosts: string[];
}

/** Decodes manifest bytes whatever their encoding. */
export function parseManifestBytes(buf: Buffer, where = 'AndroidManifest.xml'): AndroidManifest {
  return readManifest(manifestTree(buf, where), where);
}

export function manifestTree(buf: Buffer, where: string): XmlElement {
  if (buf.length >= 2 && buf.readUInt16LE(0) === RES_XML_TYPE) return parseAxml(buf, where);
  const head = buf.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return parseTextXml(buf.toString('utf8'), where);
  if (buf.length > 0 && buf[0] === 0x0a) return parseProtoXml(buf, where); // field 1, length-delimited
  throw new AppInputError('corrupt-manifest', `${where}: neither binary, protobuf nor text XML`);
}

/** Text XML (AAR manifests) into the same tree, namespaces resolved from xmlns declarations. */
export function parseTextXml(text: string, where: string): XmlElement {
  const parser = xmlParser({
    ignoreAttributes: false,
    preserveOrder: true,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    processEntities: true,
    allowBooleanAttributes: true,
  });
  let doc: unknown[];
  try {
    doc = parser.parse(text, true) as unknown[];
  } catch (e) {
    throw new AppInputError('corrupt-manifest', `${where}: not well-formed XML (${(e as Error).message})`);
  }
  const convert = (node: Record<string, unknown>, scope: Map<string, string>): XmlElement | undefined => {
    const tag = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && !k.startsWith('?') && !k.startsWith('!'));
    if (!tag) return undefined;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
    const local = new Map(scope);
    for (const [k, v] of Object.entries(rawAttrs)) if (k.startsWith('xmlns:')) local.set(k.slice(6), String(v));
    const split = (qname: string): [string, string] => {
      const i = qname.indexOf(':');
      return i < 0 ? ['', qname] : [local.get(qname.slice(0, i)) ?? qname.slice(0, i), qname.slice(i + 1)];
    };
    const attrs: XmlAttr[] = [];
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const [ns, name] = split(k);
      attrs.push({ ns, name, raw: String(v), type: 0x03, data: 0, value: String(v) });
    }
    const [ns, name] = split(tag);
    const el: XmlElement = { ns, tag: name, attrs, children: [] };
    for (const child of (node[tag] ?? []) as Record<string, unknown>[]) {
      if ('#text' in child) el.text = (el.text ?? '') + String(child['#text']);
      const c = convert(child, local);
      if (c) el.children.push(c);
    }
    return el;
  };
  for (const node of doc) {
    const el = convert(node as Record<string, unknown>, new Map());
    if (el) return el;
  }
  throw new AppInputError('corrupt-manifest', `${where}: no root element`);
}

function str(a: XmlAttr | undefined): string | undefined {
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  if (a.value === null) return undefined;
  return String(a.value);
}

function int(a: XmlAttr | undefined): number | undefined {
  if (!a) return undefined;
  if (typeof a.value === 'number' && Number.isInteger(a.value)) return a.value;
  if (typeof a.value === 'string' && /^-?\d+$/.test(a.value.trim())) return Number(a.value.trim());
  if (typeof a.value === 'string' && /^0x[0-9a-f]+$/i.test(a.value.trim())) return Number.parseInt(a.value.trim(), 16);
  return undefined;
}

function bool(a: XmlAttr | undefined): boolean | undefined {
  if (!a) return undefined;
  if (typeof a.value === 'boolean') return a.value;
  if (a.value === 'true') return true;
  if (a.value === 'false') return false;
  return undefined;
}

/** PackageParser.buildClassName: ".Foo" and "Foo" are relative to the package. */
export function resolveClassName(pkg: string | undefined, name: string): string {
  if (!pkg) return name;
  if (name.startsWith('.')) return pkg + name;
  if (!name.includes('.')) return `${pkg}.${name}`;
  return name;
}

const COMPONENTS = new Set<ComponentType>(['activity', 'activity-alias', 'service', 'receiver', 'provider']);

/** Extracts the manifest facts from a parsed tree. */
export function readManifest(root: XmlElement, where = 'AndroidManifest.xml'): AndroidManifest {
  if (root.tag !== 'manifest') throw new AppInputError('corrupt-manifest', `${where}: the root element is <${root.tag}>, not <manifest>`);
  const pkg = str(plainAttr(root, 'package'));
  const m: AndroidManifest = {
    usesPermissions: [],
    declaredPermissions: [],
    usesFeatures: [],
    components: [],
    metaData: [],
    queries: { packages: [], intents: [], providers: [] },
    application: {},
    hosts: [],
  };
  if (pkg !== undefined) m.package = pkg;
  const split = str(plainAttr(root, 'split'));
  if (split) m.split = split;
  const versionCode = int(androidAttr(root, 'versionCode'));
  if (versionCode !== undefined) m.versionCode = versionCode;
  const versionName = str(androidAttr(root, 'versionName'));
  if (versionName !== undefined) m.versionName = versionName;
  const hosts = new Set<string>();

  root.children.forEach((el, order) => {
    switch (el.tag) {
      case 'uses-permission':
      case 'uses-permission-sdk-23':
      case 'uses-permission-sdk-m': {
        const name = str(androidAttr(el, 'name'));
        if (!name) break;
        const p: UsesPermission = { name, element: el.tag, required: el.tag === 'uses-permission' ? int(androidAttr(el, 'required')) !== 0 && bool(androidAttr(el, 'required')) !== false : true, order };
        const max = int(androidAttr(el, 'maxSdkVersion'));
        if (max !== undefined) p.maxSdkVersion = max;
        m.usesPermissions.push(p);
        break;
      }
      case 'permission': {
        const name = str(androidAttr(el, 'name'));
        if (!name) break;
        const d: DeclaredPermission = { name, order };
        const level = int(androidAttr(el, 'protectionLevel'));
        if (level !== undefined) d.protectionLevel = level;
        m.declaredPermissions.push(d);
        break;
      }
      case 'uses-sdk': {
        // The platform keeps the last <uses-sdk>.
        const min = int(androidAttr(el, 'minSdkVersion'));
        const target = int(androidAttr(el, 'targetSdkVersion'));
        const max = int(androidAttr(el, 'maxSdkVersion'));
        if (min !== undefined) m.minSdk = min;
        if (target !== undefined) m.targetSdk = target;
        if (max !== undefined) m.maxSdk = max;
        break;
      }
      case 'uses-feature': {
        const name = str(androidAttr(el, 'name'));
        if (name) m.usesFeatures.push({ name, required: bool(androidAttr(el, 'required')) !== false && int(androidAttr(el, 'required')) !== 0 });
        break;
      }
      case 'queries':
        readQueries(el, m.queries);
        break;
      case 'application':
        readApplication(el, pkg, m, hosts);
        break;
      default:
        break;
    }
  });
  m.hosts = [...hosts];
  return m;
}

function readApplication(app: XmlElement, pkg: string | undefined, m: AndroidManifest, hosts: Set<string>): void {
  const name = str(androidAttr(app, 'name'));
  if (name) m.application.name = resolveClassName(pkg, name);
  const debuggable = bool(androidAttr(app, 'debuggable'));
  if (debuggable !== undefined) m.application.debuggable = debuggable;
  const allowBackup = bool(androidAttr(app, 'allowBackup'));
  if (allowBackup !== undefined) m.application.allowBackup = allowBackup;
  const cleartext = bool(androidAttr(app, 'usesCleartextTraffic'));
  if (cleartext !== undefined) m.application.usesCleartextTraffic = cleartext;
  const nsc = str(androidAttr(app, 'networkSecurityConfig'));
  if (nsc) m.application.networkSecurityConfig = nsc;

  for (const el of app.children) {
    if (el.tag === 'meta-data') {
      pushMeta(el, 'application', m.metaData);
      continue;
    }
    if (!COMPONENTS.has(el.tag as ComponentType)) continue;
    const raw = str(androidAttr(el, 'name'));
    if (!raw) continue;
    const c: ManifestComponent = { type: el.tag as ComponentType, name: resolveClassName(pkg, raw), actions: [] };
    const exported = bool(androidAttr(el, 'exported'));
    if (exported !== undefined) c.exported = exported;
    const permission = str(androidAttr(el, 'permission'));
    if (permission) c.permission = permission;
    const authorities = str(androidAttr(el, 'authorities'));
    if (authorities) c.authorities = authorities.split(';').filter(Boolean);
    const target = str(androidAttr(el, 'targetActivity'));
    if (target) c.targetActivity = resolveClassName(pkg, target);
    for (const child of el.children) {
      if (child.tag === 'meta-data') pushMeta(child, c.name, m.metaData);
      if (child.tag !== 'intent-filter') continue;
      for (const f of child.children) {
        if (f.tag === 'action') {
          const a = str(androidAttr(f, 'name'));
          if (a && !c.actions.includes(a)) c.actions.push(a);
        } else if (f.tag === 'data') {
          const h = str(androidAttr(f, 'host'));
          if (h && h !== '*') hosts.add(h.toLowerCase());
        }
      }
    }
    m.components.push(c);
  }
}

function pushMeta(el: XmlElement, owner: string, out: ManifestMetaData[]): void {
  const name = str(androidAttr(el, 'name'));
  if (!name) return;
  const md: ManifestMetaData = { name, owner };
  const value = androidAttr(el, 'value');
  if (value) md.value = value.value;
  const resource = str(androidAttr(el, 'resource'));
  if (resource) md.resource = resource;
  out.push(md);
}

function readQueries(el: XmlElement, q: ManifestQueries): void {
  for (const c of el.children) {
    if (c.tag === 'package') {
      const name = str(androidAttr(c, 'name'));
      if (name) q.packages.push(name);
    } else if (c.tag === 'provider') {
      const auth = str(androidAttr(c, 'authorities'));
      if (auth) q.providers.push(...auth.split(';').filter(Boolean));
    } else if (c.tag === 'intent') {
      const intent = { actions: [] as string[], schemes: [] as string[], mimeTypes: [] as string[] };
      for (const f of c.children) {
        if (f.tag === 'action') {
          const a = str(androidAttr(f, 'name'));
          if (a) intent.actions.push(a);
        } else if (f.tag === 'data') {
          const s = str(androidAttr(f, 'scheme'));
          if (s) intent.schemes.push(s);
          const t = str(androidAttr(f, 'mimeType'));
          if (t) intent.mimeTypes.push(t);
        }
      }
      q.intents.push(intent);
    }
  }
}

/** The permission strings of the artifact: every uses-permission form, first occurrence kept, in order. */
export function permissionNames(m: AndroidManifest): string[] {
  return [...new Set(m.usesPermissions.map((p) => p.name))];
}

/** Formats the permissions exactly as Debian's `aapt dump permissions` prints them (used to test against it). */
export function aaptPermissionLines(m: AndroidManifest): string[] {
  const lines = [`package: ${m.package ?? ''}`];
  const items: { order: number; lines: string[] }[] = [];
  for (const p of m.usesPermissions) {
    const max = p.maxSdkVersion !== undefined ? ` maxSdkVersion='${p.maxSdkVersion}'` : '';
    if (p.element === 'uses-permission') {
      const l = [`uses-permission: name='${p.name}'${max}`];
      if (!p.required) l.push(`optional-permission: name='${p.name}'${max}`);
      items.push({ order: p.order, lines: l });
    } else items.push({ order: p.order, lines: [`uses-permission-sdk-23: name='${p.name}'${max}`] });
  }
  for (const d of m.declaredPermissions) items.push({ order: d.order, lines: [`permission: ${d.name}`] });
  items.sort((a, b) => a.order - b.order);
  for (const i of items) lines.push(...i.lines);
  return lines;
}

export { ANDROID_NS };
