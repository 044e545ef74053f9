// HarmonyOS packages: a HAP's module.json (stage model; module.json5 in sources) or config.json (FA model).
// Facts: bundle name, version, API levels, requestPermissions and abilities.
import JSON5 from 'json5';
import { AppInputError } from './errors.js';

export interface HarmonyModule {
  bundleName?: string;
  versionName?: string;
  versionCode?: number;
  minApi?: number;
  targetApi?: number;
  moduleName?: string;
  moduleType?: string;
  permissions: { name: string; reason?: string }[];
  abilities: { name: string; kind: 'ability' | 'extension'; type?: string; exported?: boolean; srcEntry?: string }[];
  metadata: { name: string; value?: string; resource?: string }[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj).filter((x): x is Json => !!x) : []);
const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const n = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
const b = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

function assign<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined) o[k] = v;
}

/** Parses module.json / module.json5 / config.json text (JSON5 accepts all three). */
export function parseHarmonyConfig(buf: Buffer, where: string): HarmonyModule {
  let root: Json | undefined;
  try {
    root = obj(JSON5.parse(buf.toString('utf8').replace(/^\uFEFF/, '')));
  } catch (e) {
    throw new AppInputError('corrupt-manifest', `${where}: not valid JSON5 (${(e as Error).message})`);
  }
  if (!root) throw new AppInputError('corrupt-manifest', `${where}: the top level is not an object`);
  const app = obj(root.app) ?? {};
  const mod = obj(root.module);
  if (!mod) throw new AppInputError('corrupt-manifest', `${where}: no "module" object`);
  const out: HarmonyModule = { permissions: [], abilities: [], metadata: [] };
  assign(out, 'bundleName', s(app.bundleName));
  const version = obj(app.version); // FA model: app.version.{name,code}
  assign(out, 'versionName', s(app.versionName) ?? s(version?.name));
  assign(out, 'versionCode', n(app.versionCode) ?? n(version?.code));
  const apiVersion = obj(app.apiVersion); // FA model: app.apiVersion.{compatible,target}
  assign(out, 'minApi', n(app.minAPIVersion) ?? n(apiVersion?.compatible));
  assign(out, 'targetApi', n(app.targetAPIVersion) ?? n(apiVersion?.target));
  assign(out, 'moduleName', s(mod.name) ?? s(obj(mod.distro)?.moduleName));
  assign(out, 'moduleType', s(mod.type) ?? s(obj(mod.distro)?.moduleType));
  // Stage model: requestPermissions; FA model: reqPermissions.
  for (const p of [...arr(mod.requestPermissions), ...arr(mod.reqPermissions)]) {
    const name = s(p.name);
    if (!name) continue;
    const perm: HarmonyModule['permissions'][number] = { name };
    assign(perm, 'reason', s(p.reason));
    out.permissions.push(perm);
  }
  const addAbility = (a: Json, kind: 'ability' | 'extension'): void => {
    const name = s(a.name);
    if (!name) return;
    const ab: HarmonyModule['abilities'][number] = { name, kind };
    assign(ab, 'type', s(a.type));
    assign(ab, 'exported', b(a.exported) ?? b(a.visible));
    assign(ab, 'srcEntry', s(a.srcEntry) ?? s(a.srcEntrance));
    out.abilities.push(ab);
  };
  for (const a of arr(mod.abilities)) addAbility(a, 'ability');
  for (const a of arr(mod.extensionAbilities)) addAbility(a, 'extension');
  const meta = Array.isArray(mod.metadata) ? arr(mod.metadata) : arr(obj(mod.metaData)?.customizeData);
  for (const m of meta) {
    const name = s(m.name);
    if (!name) continue;
    const md: HarmonyModule['metadata'][number] = { name };
    assign(md, 'value', s(m.value));
    assign(md, 'resource', s(m.resource));
    out.metadata.push(md);
  }
  return out;
}
