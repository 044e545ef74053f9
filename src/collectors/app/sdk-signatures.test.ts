import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GENERIC_WORDS,
  SIGNATURE_KINDS,
  SignatureFileError,
  UMBRELLA_PACKAGES,
  loadSignatures,
  parseSignatures,
  signatureConfidence,
  weakAssetReason,
  weakComponentReason,
  weakDomainReason,
  weakNativeLibReason,
  weakPackageReason,
} from './sdk-signatures.js';

const file = loadSignatures();

/** A minimal valid entry to break one field at a time. */
function entry(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'example-vendor',
    name: 'Example Vendor SDK',
    vendor: 'Example',
    categories: ['analytics'],
    face: false,
    signatures: { packages: ['com.examplevendor.sdk'] },
    sources: [{ kind: 'vendor-doc', url: 'https://example.com/doc', covers: ['com.examplevendor.sdk'], note: 'Vendor doc names the package.' }],
    ...over,
  };
}

function rejects(sdk: Record<string, unknown>, pattern: RegExp): void {
  assert.throws(
    () => parseSignatures({ version: 1, sdks: [sdk] }, 'test.json'),
    (e: unknown) => e instanceof SignatureFileError && pattern.test(e.message),
  );
}

test('the bundled signature file is valid and large enough to be useful', () => {
  assert.ok(file.sdks.length >= 60, `only ${file.sdks.length} SDKs`);
  assert.ok(file.sdks.filter((s) => s.face).length >= 15, 'too few face SDKs');
});

test('it covers the face vendors of China and the world, and the common third-party SDKs', () => {
  const ids = new Set(file.sdks.map((s) => s.id));
  const required = [
    // face, China
    'megvii-faceid', 'megvii-facepp-mobile', 'sensetime-stmobile', 'sensetime-senseid', 'baidu-face-collect',
    'tencent-huiyan-faceverify', 'alibaba-realidentity', 'aliyun-cloudauth-face', 'arcsoft-arcface', 'cloudwalk-face',
    'faceunity-nama',
    // face, global
    'google-mlkit-face-detection', 'google-mobile-vision-face', 'huawei-ml-face', 'jumio', 'onfido', 'iproov', 'facetec',
    'regula-face',
    // China third-party
    'umeng-analytics', 'umeng-push', 'jpush', 'getui', 'tencent-bugly', 'tencent-tbs-x5', 'wechat-opensdk',
    'tencent-qq-connect', 'weibo-sdk', 'alipay-sdk', 'baidu-location', 'baidu-map', 'amap', 'pangle', 'tencent-gdt',
    'kuaishou-ads', 'sensorsdata', 'growingio', 'talkingdata', 'xiaomi-push', 'huawei-push', 'oppo-push', 'vivo-push',
    // global trackers
    'firebase-analytics', 'firebase-crashlytics', 'google-admob', 'facebook-sdk', 'facebook-audience-network',
    'appsflyer', 'adjust',
  ];
  for (const id of required) assert.ok(ids.has(id), `missing ${id}`);
});

test('every entry has sources and every signature value is backed by one', () => {
  for (const sdk of file.sdks) {
    assert.ok(sdk.sources.length > 0, sdk.id);
    const covered = new Set(sdk.sources.flatMap((s) => s.covers));
    for (const kind of SIGNATURE_KINDS) {
      for (const v of sdk.signatures[kind]) assert.ok(covered.has(v), `${sdk.id}: ${v} has no source`);
    }
    for (const s of sdk.sources) {
      if (s.kind === 'code-search') assert.notEqual(s.confidence, 'high', `${sdk.id}: a code search is never high confidence`);
      if (s.kind === 'vendor-doc') assert.match(s.url, /^https?:\/\//);
    }
  }
});

test('no signature is a bare generic word or an umbrella prefix', () => {
  for (const sdk of file.sdks) {
    const s = sdk.signatures;
    for (const p of s.packages) {
      assert.equal(weakPackageReason(p), undefined, `${sdk.id}: ${p}`);
      assert.ok(p.split('.').length >= 2 && !UMBRELLA_PACKAGES.has(p), `${sdk.id}: ${p}`);
      assert.ok(!GENERIC_WORDS.has(p), `${sdk.id}: ${p}`);
    }
    for (const l of s.nativeLibs) assert.equal(weakNativeLibReason(l), undefined, `${sdk.id}: ${l}`);
    for (const c of s.components) assert.equal(weakComponentReason(c), undefined, `${sdk.id}: ${c}`);
    for (const a of s.assets) assert.equal(weakAssetReason(a), undefined, `${sdk.id}: ${a}`);
    for (const d of s.domains) assert.equal(weakDomainReason(d), undefined, `${sdk.id}: ${d}`);
  }
});

test('the weakness rules refuse what would match too much', () => {
  for (const p of ['face', 'com.face', 'com.google', 'com.tencent', 'com.facebook', 'com.sdk.face', 'cn.cloudwalk', 'com.', '1abc.x']) {
    assert.ok(weakPackageReason(p), `package ${p} should be refused`);
  }
  assert.equal(weakPackageReason('com.megvii.meglive_sdk'), undefined);
  for (const l of ['lib*.so', 'libface.so', 'libc++_shared.so', 'libopencv_java4.so', 'face', 'libab.so']) {
    assert.ok(weakNativeLibReason(l), `lib ${l} should be refused`);
  }
  assert.equal(weakNativeLibReason('libMegviiFacepp-*.so'), undefined);
  assert.ok(weakComponentReason('Activity'));
  assert.ok(weakComponentReason('com.google.Foo'));
  assert.ok(weakAssetReason('model.bin'));
  assert.ok(weakAssetReason('../etc/passwd'));
  for (const d of ['qq.com', 'google.com', 'localhost', 'API.EXAMPLE.COM']) assert.ok(weakDomainReason(d), `domain ${d}`);
});

test('a face SDK never claims anything under com.facebook', () => {
  for (const sdk of file.sdks.filter((s) => s.face)) {
    for (const p of [...sdk.signatures.packages, ...sdk.signatures.components]) {
      assert.ok(!p.startsWith('com.facebook'), `${sdk.id}: ${p}`);
    }
  }
});

test('non-face SDKs have no comparison place; face SDKs that compare say where', () => {
  for (const sdk of file.sdks) {
    if (!sdk.face) assert.equal(sdk.comparison, undefined, sdk.id);
    if (sdk.categories.includes('face-recognition')) assert.ok(sdk.comparison, `${sdk.id} compares faces but says nowhere`);
  }
});

test('a bad entry is refused with its id and field in the message', () => {
  rejects(entry({ signatures: { packages: ['com.google'] } }), /example-vendor.*umbrella/s);
  rejects(entry({ signatures: { packages: ['face'] } }), /example-vendor.*"face"/s);
  rejects(entry({ signatures: { packages: ['com.examplevendor.sdk', 'com.examplevendor.other'] } }), /"com\.examplevendor\.other" has no source/);
  rejects(entry({ sources: [] }), /example-vendor.*sources/s);
  rejects(entry({ comparison: 'cloud' }), /only face SDKs/);
  rejects(entry({ categories: ['tracking'] }), /categories/);
  rejects(entry({ surprise: true }), /example-vendor/);
  rejects(entry({ id: 'Bad Id' }), /kebab-case/);
  rejects(entry({ sources: [{ kind: 'vendor-doc', url: 'https://example.com', covers: ['com.other.thing'], note: 'Names another package.' }] }), /not a signature of this SDK/);
  assert.throws(() => parseSignatures({ version: 1, sdks: [entry(), entry()] }), /duplicate id example-vendor/);
  assert.throws(() => parseSignatures(null), SignatureFileError);
  assert.throws(() => parseSignatures({ version: 2, sdks: [entry()] }), SignatureFileError);
});

test('a valid custom entry parses, and confidence comes from its best source', () => {
  const parsed = parseSignatures({
    version: 1,
    sdks: [
      entry({
        sources: [
          { kind: 'code-search', query: 'com.examplevendor.sdk', covers: ['com.examplevendor.sdk'], note: 'Seen in public code only.', confidence: 'low' },
        ],
      }),
    ],
  });
  const sdk = parsed.sdks[0]!;
  assert.equal(signatureConfidence(sdk, 'com.examplevendor.sdk'), 'low');
  assert.deepEqual(sdk.signatures.nativeLibs, []);
});
