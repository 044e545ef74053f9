// The SDK signature data (sdk-signatures.json): its schema, its rules against weak signatures, and its loader.
// The format is documented in sdk-signatures.md. The file is validated once, at first use; a bad entry throws
// an error naming the entry and the field, so a broken edit never silently drops or widens a signature.
import { z } from 'zod';
import raw from './sdk-signatures.json' with { type: 'json' };
import type { SdkCategory } from '../../core/artifacts.js';

export const SDK_CATEGORIES = [
  'face-recognition',
  'liveness',
  'id-ocr',
  'analytics',
  'ads',
  'push',
  'crash',
  'payment',
  'map',
  'social',
  'browser-kernel',
  'other',
] as const satisfies readonly SdkCategory[];

export const SIGNATURE_KINDS = ['packages', 'nativeLibs', 'components', 'assets', 'domains'] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

/**
 * Prefixes that span many unrelated SDKs of one company (or a whole platform). A package signature equal to one of
 * these would claim every library under it, so it is refused; use the product's own package instead.
 */
export const UMBRELLA_PACKAGES: ReadonlySet<string> = new Set([
  'android', 'androidx', 'java', 'javax', 'kotlin', 'kotlinx', 'dalvik', 'org.json', 'org.apache',
  'com.google', 'com.google.android', 'com.google.android.gms', 'com.google.firebase', 'com.google.mlkit',
  'com.tencent', 'com.tencent.mm', 'com.tencent.cloud', 'com.qq', 'com.baidu', 'com.alibaba', 'com.alibaba.security',
  'com.alipay', 'com.aliyun', 'com.taobao', 'com.huawei', 'com.huawei.hms', 'com.huawei.hms.mlsdk', 'com.facebook',
  'com.bytedance', 'com.bytedance.sdk', 'com.ss', 'com.xiaomi', 'com.sina', 'com.umeng', 'cn.jiguang', 'cn.jpush',
  'com.megvii', 'com.sensetime', 'com.arcsoft', 'cn.cloudwalk', 'com.iflytek', 'com.amap', 'com.autonavi',
  'com.heytap', 'com.vivo', 'com.meizu', 'com.hihonor', 'com.igexin', 'com.getui', 'com.kwad', 'com.sensorsdata',
  'com.microsoft', 'com.amazon', 'com.samsung', 'com.github', 'io.github', 'org.jetbrains',
]);

/** Words that name a kind of thing, not a vendor: a signature made only of these identifies nothing. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'face', 'faces', 'facesdk', 'sdk', 'lib', 'libs', 'api', 'apis', 'core', 'common', 'base', 'util', 'utils', 'app',
  'android', 'mobile', 'internal', 'ads', 'ad', 'push', 'analytics', 'stat', 'stats', 'crash', 'pay', 'map', 'maps',
  'location', 'share', 'login', 'ocr', 'liveness', 'live', 'detect', 'detection', 'vision', 'camera', 'model',
  'models', 'native', 'jni', 'main', 'demo', 'sample', 'test', 'com', 'cn', 'org', 'net', 'io', 'www', 'so',
]);

/** Hosts shared by many products of one company: a domain signature equal to one of these is refused. */
export const SHARED_DOMAINS: ReadonlySet<string> = new Set([
  'qq.com', 'tencent.com', 'baidu.com', 'bdstatic.com', 'google.com', 'googleapis.com', 'gstatic.com', 'alibaba.com',
  'aliyun.com', 'aliyuncs.com', 'alipay.com', 'taobao.com', 'huawei.com', 'hicloud.com', 'xiaomi.com', 'mi.com',
  'amazonaws.com', 'cloudfront.net', 'akamaihd.net', 'github.com', 'apple.com', 'microsoft.com', 'weibo.com',
  'sina.com.cn', 'bytedance.com', 'snssdk.com', 'com.cn', 'net.cn',
]);

const JAVA_IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function segments(name: string): string[] {
  return name.split('.');
}

function isDotted(name: string, minSegments: number): boolean {
  const parts = segments(name);
  return parts.length >= minSegments && parts.every((p) => JAVA_IDENT.test(p));
}

/** Why a package prefix is too weak to identify a vendor; undefined when it is fine. */
export function weakPackageReason(prefix: string): string | undefined {
  if (!isDotted(prefix, 2)) return 'must be a dotted Java package of at least two segments';
  if (UMBRELLA_PACKAGES.has(prefix)) return 'is an umbrella prefix covering many unrelated SDKs';
  const parts = segments(prefix);
  if (parts.slice(1).every((p) => GENERIC_WORDS.has(p.toLowerCase()))) return 'is made only of generic words';
  return undefined;
}

/** The literal characters of a glob, without its wildcards and the lib…/.so frame. */
function globCore(name: string): string {
  return name.replace(/^lib/, '').replace(/\.so$/, '').replace(/[*?]/g, '');
}

/** Open-source or platform libraries bundled by many unrelated SDKs: their names identify no vendor. */
export const SHARED_NATIVE_LIBS: ReadonlySet<string> = new Set([
  'c++_shared', 'opencv_java3', 'opencv_java4', 'tensorflowlite_jni', 'tensorflowlite_gpu_jni', 'ncnn', 'mnn',
  'onnxruntime', 'mmkv', 'ffmpeg', 'sqlite', 'sqlcipher', 'crypto', 'ssl', 'yuv', 'jpeg', 'turbojpeg', 'png', 'gif',
  'image_processing_util_jni', 'paddle_light_api_shared', 'fbjni', 'jsc', 'hermes', 'flutter', 'app', 'main',
]);

export function weakNativeLibReason(name: string): string | undefined {
  if (!/^[A-Za-z0-9_.+*?-]+\.so$/.test(name)) return 'must be a file name ending in .so (globs may use * and ?)';
  const core = globCore(name);
  const letters = core.replace(/[-_.+]/g, '');
  if (letters.length < 3) return 'needs at least three literal characters besides lib and .so';
  if (GENERIC_WORDS.has(letters.toLowerCase())) return 'is a generic word';
  if (SHARED_NATIVE_LIBS.has(core.toLowerCase())) return 'is a shared open-source or platform library, not a vendor';
  return undefined;
}

export function weakComponentReason(name: string): string | undefined {
  if (!isDotted(name.replace(/\$/g, '.'), 3)) return 'must be a fully qualified class name of at least three segments';
  const pkg = segments(name).slice(0, -1).join('.');
  if (UMBRELLA_PACKAGES.has(pkg) && segments(name).length < 4) return 'sits directly in an umbrella package';
  return undefined;
}

export function weakAssetReason(name: string): string | undefined {
  if (name.startsWith('/') || name.includes('..') || name.includes('\\')) return 'must be a relative path inside the package';
  const base = name.split('/').pop() ?? '';
  const core = base.replace(/[*?]/g, '');
  if (core.length < 8 || (!core.includes('.') && !name.includes('/'))) return 'is too short or bare to identify a vendor';
  const stem = (core.split('.')[0] ?? '').replace(/[-_]+$/, '');
  if (stem.length < 4 || GENERIC_WORDS.has(stem.toLowerCase())) return 'has a generic file name';
  return undefined;
}

export function weakDomainReason(host: string): string | undefined {
  if (!/^(?=.{4,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/.test(host)) return 'must be a lower-case host name';
  if (SHARED_DOMAINS.has(host)) return 'is shared by many products of one company';
  return undefined;
}

const WEAKNESS: Record<SignatureKind, (v: string) => string | undefined> = {
  packages: weakPackageReason,
  nativeLibs: weakNativeLibReason,
  components: weakComponentReason,
  assets: weakAssetReason,
  domains: weakDomainReason,
};

const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

const sourceCommon = {
  /** The signature values (from this SDK's signatures) that this source backs. */
  covers: z.array(z.string()).default([]),
  /** What the source says, in a sentence: the fact recorded, never copied code. */
  note: z.string().min(10),
  /** How far the source establishes the covered signatures. */
  confidence: Confidence.default('high'),
};

const SourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('vendor-doc'), url: z.url(), ...sourceCommon }),
  z.strictObject({
    kind: z.literal('repo-file'),
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name'),
    path: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
    ...sourceCommon,
  }),
  z.strictObject({ kind: z.literal('exodus'), tracker: z.number().int().positive(), ...sourceCommon }),
  z.strictObject({ kind: z.literal('code-search'), query: z.string().min(5), ...sourceCommon }),
  z.strictObject({ kind: z.literal('corpus'), path: z.string().min(1), ...sourceCommon }),
]);
export type SignatureSource = z.infer<typeof SourceSchema>;

const sigList = (kind: SignatureKind) =>
  z
    .array(z.string())
    .default([])
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      for (const v of values) {
        const why = WEAKNESS[kind](v);
        if (why) ctx.addIssue({ code: 'custom', message: `${kind} "${v}" ${why}` });
        if (seen.has(v)) ctx.addIssue({ code: 'custom', message: `${kind} "${v}" is listed twice` });
        seen.add(v);
      }
    });

const SdkSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
    name: z.string().min(2),
    vendor: z.string().min(2),
    categories: z.array(z.enum(SDK_CATEGORIES)).min(1),
    /** Processes face data (detection, liveness, comparison, tracking for effects). */
    face: z.boolean(),
    /** Where face comparison happens, as the vendor documents it; absent when the SDK does not compare faces. */
    comparison: z.enum(['local', 'cloud', 'both', 'unknown']).optional(),
    note: z.string().optional(),
    signatures: z.strictObject({
      packages: sigList('packages'),
      nativeLibs: sigList('nativeLibs'),
      components: sigList('components'),
      assets: sigList('assets'),
      domains: sigList('domains'),
    }),
    sources: z.array(SourceSchema).min(1),
  })
  .superRefine((sdk, ctx) => {
    if (!sdk.face && sdk.comparison) {
      ctx.addIssue({ code: 'custom', path: ['comparison'], message: 'only face SDKs have a comparison place' });
    }
    const all = new Set(SIGNATURE_KINDS.flatMap((k) => sdk.signatures[k]));
    if (all.size === 0) ctx.addIssue({ code: 'custom', path: ['signatures'], message: 'has no signature at all' });
    const covered = new Set(sdk.sources.flatMap((s) => s.covers));
    for (const v of all) {
      if (!covered.has(v)) ctx.addIssue({ code: 'custom', path: ['sources'], message: `signature "${v}" has no source` });
    }
    for (const [i, s] of sdk.sources.entries()) {
      for (const v of s.covers) {
        if (!all.has(v)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'covers'], message: `"${v}" is not a signature of this SDK` });
      }
    }
  });
export type SdkSignature = z.infer<typeof SdkSchema>;

const FileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    sdks: z.array(SdkSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const [i, sdk] of file.sdks.entries()) {
      if (ids.has(sdk.id)) ctx.addIssue({ code: 'custom', path: ['sdks', i, 'id'], message: `duplicate id ${sdk.id}` });
      ids.add(sdk.id);
    }
  });
export type SignatureFile = z.infer<typeof FileSchema>;

export class SignatureFileError extends Error {
  override name = 'SignatureFileError';
}

/** Validates signature data; throws a SignatureFileError naming each bad entry (by id) and field. */
export function parseSignatures(data: unknown, label = 'sdk-signatures.json'): SignatureFile {
  const result = FileSchema.safeParse(data);
  if (result.success) return result.data;
  const sdks = (data as { sdks?: { id?: unknown }[] } | null)?.sdks;
  const lines = result.error.issues.slice(0, 20).map((issue) => {
    const [head, index, ...rest] = issue.path;
    let where = issue.path.join('.');
    if (head === 'sdks' && typeof index === 'number') {
      const id = sdks?.[index]?.id;
      where = `sdk #${index}${typeof id === 'string' ? ` (${id})` : ''}${rest.length ? ` ${rest.join('.')}` : ''}`;
    }
    return `  ${where || '(file)'}: ${issue.message}`;
  });
  const more = result.error.issues.length > 20 ? `\n  … and ${result.error.issues.length - 20} more` : '';
  throw new SignatureFileError(`${label} is invalid:\n${lines.join('\n')}${more}`);
}

let cached: SignatureFile | undefined;

/** The bundled signature file, validated once. */
export function loadSignatures(): SignatureFile {
  return (cached ??= parseSignatures(raw));
}

/** The confidence of one signature value: the best confidence among the sources that cover it. */
export function signatureConfidence(sdk: SdkSignature, value: string): Confidence {
  const order: Confidence[] = ['high', 'medium', 'low'];
  let best: Confidence = 'low';
  for (const s of sdk.sources) {
    if (s.covers.includes(value) && order.indexOf(s.confidence) < order.indexOf(best)) best = s.confidence;
  }
  return best;
}

/** The public address of an Exodus tracker entry. */
export function exodusUrl(tracker: number): string {
  return `https://reports.exodus-privacy.eu.org/en/trackers/${tracker}/`;
}
