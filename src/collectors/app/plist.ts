// iOS property lists: binary (bplist-parser) and XML (fast-xml-parser), and the Info.plist facts an inspector
// needs: bundle ID, versions, and every NS*UsageDescription (camera, Face ID, photos, location…).
import { parseBuffer } from 'bplist-parser';
import { xmlParser } from './xmlparser.js';
import { AppInputError } from './errors.js';

export type PlistValue = string | number | boolean | Date | Buffer | PlistValue[] | { [key: string]: PlistValue };

export function parsePlist(buf: Buffer, where: string): PlistValue {
  if (buf.subarray(0, 6).toString('latin1') === 'bplist') {
    try {
      const [root] = parseBuffer<PlistValue>(buf);
      return root;
    } catch (e) {
      throw new AppInputError('corrupt-plist', `${where}: damaged binary property list (${(e as Error).message})`);
    }
  }
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) throw new AppInputError('corrupt-plist', `${where}: neither a binary nor an XML property list`);
  let doc: Node[];
  try {
    doc = xmlParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false, trimValues: false }).parse(text, true) as Node[];
  } catch (e) {
    throw new AppInputError('corrupt-plist', `${where}: not well-formed XML (${(e as Error).message})`);
  }
  const plist = doc.find((n) => 'plist' in n);
  const first = plist ? children(plist, 'plist').find((n) => tagOf(n) !== undefined) : undefined;
  if (!first) throw new AppInputError('corrupt-plist', `${where}: no <plist> value`);
  return xmlValue(first, where);
}

type Node = Record<string, unknown>;

function tagOf(n: Node): string | undefined {
  return Object.keys(n).find((k) => k !== '#text' && k !== ':@' && !k.startsWith('?') && !k.startsWith('!'));
}

function children(n: Node, tag: string): Node[] {
  return (n[tag] ?? []) as Node[];
}

function textOf(n: Node, tag: string): string {
  return children(n, tag)
    .map((c) => (c['#text'] !== undefined ? String(c['#text']) : ''))
    .join('');
}

function xmlValue(n: Node, where: string): PlistValue {
  const tag = tagOf(n)!;
  switch (tag) {
    case 'dict': {
      const out: Record<string, PlistValue> = {};
      let key: string | undefined;
      for (const c of children(n, tag)) {
        const t = tagOf(c);
        if (!t) continue;
        if (t === 'key') key = textOf(c, t);
        else if (key !== undefined) {
          out[key] = xmlValue(c, where);
          key = undefined;
        }
      }
      return out;
    }
    case 'array':
      return children(n, tag)
        .filter((c) => tagOf(c) !== undefined)
        .map((c) => xmlValue(c, where));
    case 'string':
      return textOf(n, tag);
    case 'integer':
      return Number.parseInt(textOf(n, tag).trim(), 10);
    case 'real':
      return Number.parseFloat(textOf(n, tag).trim());
    case 'true':
      return true;
    case 'false':
      return false;
    case 'date':
      return new Date(textOf(n, tag).trim());
    case 'data':
      return Buffer.from(textOf(n, tag).replace(/\s+/g, ''), 'base64');
    default:
      throw new AppInputError('corrupt-plist', `${where}: unknown property list element <${tag}>`);
  }
}

export interface IosInfo {
  bundleId?: string;
  name?: string;
  version?: string;
  build?: string;
  minOs?: string;
  executable?: string;
  /** NS…UsageDescription keys and their texts, in file order. */
  usageDescriptions: Record<string, string>;
  backgroundModes: string[];
  /** URL schemes the app queries (LSApplicationQueriesSchemes): reveals SDKs like WeChat and Alipay. */
  queriesSchemes: string[];
  /** Domains with App Transport Security exceptions. */
  atsDomains: string[];
}

const asString = (v: PlistValue | undefined): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const asStrings = (v: PlistValue | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function readInfoPlist(root: PlistValue, where = 'Info.plist'): IosInfo {
  if (!root || typeof root !== 'object' || Array.isArray(root) || root instanceof Date || Buffer.isBuffer(root)) {
    throw new AppInputError('corrupt-plist', `${where}: the top-level value is not a dictionary`);
  }
  const d = root as Record<string, PlistValue>;
  const info: IosInfo = { usageDescriptions: {}, backgroundModes: asStrings(d.UIBackgroundModes), queriesSchemes: asStrings(d.LSApplicationQueriesSchemes), atsDomains: [] };
  const set = <K extends keyof IosInfo>(k: K, v: IosInfo[K] | undefined): void => {
    if (v !== undefined) info[k] = v;
  };
  set('bundleId', asString(d.CFBundleIdentifier));
  set('name', asString(d.CFBundleDisplayName) ?? asString(d.CFBundleName));
  set('version', asString(d.CFBundleShortVersionString));
  set('build', asString(d.CFBundleVersion));
  set('minOs', asString(d.MinimumOSVersion) ?? asString(d.LSMinimumSystemVersion));
  set('executable', asString(d.CFBundleExecutable));
  for (const [k, v] of Object.entries(d)) {
    if (/^NS\w*UsageDescription$/.test(k) && typeof v === 'string') info.usageDescriptions[k] = v;
  }
  const ats = d.NSAppTransportSecurity;
  if (ats && typeof ats === 'object' && !Array.isArray(ats)) {
    const domains = (ats as Record<string, PlistValue>).NSExceptionDomains;
    if (domains && typeof domains === 'object' && !Array.isArray(domains)) info.atsDomains = Object.keys(domains);
  }
  return info;
}
