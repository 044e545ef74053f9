import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import yauzl from 'yauzl';
import { corpusDir } from '../../core/paths.js';
import { SdkMatcher, matchSdks, type SdkMatchInput } from './sdk-match.js';
import { parseSignatures } from './sdk-signatures.js';

function input(over: Partial<SdkMatchInput>): SdkMatchInput {
  return { packages: [], nativeLibs: [], components: [], assets: [], hosts: [], ...over };
}

function ids(over: Partial<SdkMatchInput>): string[] {
  return matchSdks(input(over)).map((s) => s.id);
}

/** A matcher over two made-up SDKs, one nested inside the other's namespace. */
const custom = new SdkMatcher(
  parseSignatures({
    version: 1,
    sdks: [
      {
        id: 'outer',
        name: 'Outer',
        vendor: 'Example',
        categories: ['analytics'],
        face: false,
        signatures: { packages: ['com.examplevendor.track'], domains: ['examplevendor.com'] },
        sources: [{ kind: 'vendor-doc', url: 'https://example.com', covers: ['com.examplevendor.track', 'examplevendor.com'], note: 'Test source.' }],
      },
      {
        id: 'inner',
        name: 'Inner',
        vendor: 'Example',
        categories: ['liveness'],
        face: true,
        comparison: 'local',
        signatures: { packages: ['com.examplevendor.track.live'], assets: ['assets/models/exlive_*.bin'] },
        sources: [{ kind: 'vendor-doc', url: 'https://example.com', covers: ['com.examplevendor.track.live', 'assets/models/exlive_*.bin'], note: 'Test source.' }],
      },
    ],
  }),
);

test('package prefixes match on a segment boundary only', () => {
  const m = (p: string) => custom.match(input({ packages: [p] })).map((s) => s.id);
  assert.deepEqual(m('com.examplevendor.track'), ['outer']);
  assert.deepEqual(m('com.examplevendor.track.net'), ['outer']);
  assert.deepEqual(m('com.examplevendor.trackx'), []);
  assert.deepEqual(m('com.examplevendor'), []);
  assert.deepEqual(m('org.com.examplevendor.track'), []);
  // DEX-style slashes are accepted too
  assert.deepEqual(m('com/examplevendor/track/net'), ['outer']);
  // bundled data: the same rule
  assert.deepEqual(ids({ packages: ['com.megvii.meglive_sdk.view'] }), ['megvii-faceid']);
  assert.deepEqual(ids({ packages: ['com.megvii.meglive_sdkx', 'com.megviix.meglive_sdk'] }), []);
});

test('the longest prefix wins when one SDK lives inside another\'s namespace', () => {
  const r = custom.match(input({ packages: ['com.examplevendor.track.live.ui', 'com.examplevendor.track.io'] }));
  assert.deepEqual(r.map((s) => s.id), ['inner', 'outer']);
  assert.deepEqual(r[0]!.evidence, ['package com.examplevendor.track.live']);
  assert.deepEqual(r[1]!.evidence, ['package com.examplevendor.track']);
});

test('com.facebook packages and components never match a face SDK', () => {
  const facebook = [
    'com.facebook', 'com.facebook.login', 'com.facebook.appevents', 'com.facebook.ads', 'com.facebook.react',
    'com.facebook.drawee', 'com.facebook.imagepipeline', 'com.facebook.soloader', 'com.facebook.face',
    'com.facebook.share.widget', 'com.facebook.internal',
  ];
  const r = matchSdks(input({ packages: facebook, components: ['com.facebook.FacebookActivity', 'com.facebook.internal.FacebookInitProvider'], hosts: ['graph.facebook.com'] }));
  assert.ok(r.length > 0, 'the Facebook SDK itself is recognised');
  for (const sdk of r) assert.equal(sdk.face, false, `${sdk.id} is not a face SDK`);
  assert.deepEqual(r.map((s) => s.id), ['facebook-audience-network', 'facebook-sdk']);
});

test('an obfuscated app is identified by its native library alone', () => {
  const r = matchSdks(input({ packages: ['a', 'a.a', 'b.c.d', 'o0O0.oO'], nativeLibs: ['lib/arm64-v8a/libMegActionFmpJni.so', 'lib/armeabi-v7a/libMegActionFmpJni.so'] }));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.id, 'megvii-faceid');
  assert.equal(r[0]!.face, true);
  assert.equal(r[0]!.comparison, 'cloud');
  assert.deepEqual(r[0]!.evidence, ['native lib libMegActionFmpJni.so']);
});

test('native library globs match versioned file names', () => {
  assert.deepEqual(ids({ nativeLibs: ['libMegviiFacepp-0.4.7.so', 'libMegviiFacepp-jni-0.4.7.so'] }), ['megvii-facepp-mobile']);
  assert.deepEqual(ids({ nativeLibs: ['libMegviiFacepp.so', 'libmegviifacepp-0.4.7.so'] }), []);
});

test('every way an SDK was recognised is reported, in a fixed order', () => {
  const r = matchSdks(
    input({
      packages: ['com.tencent.bugly.crashreport', 'com.tencent.bugly.proguard'],
      nativeLibs: ['libBugly.so'],
      components: ['com.tencent.bugly.beta.ui.BetaActivity'],
      hosts: ['https://android.bugly.qq.com/rqd/async?aid=1', 'bugly.qq.com:443'],
    }),
  );
  assert.deepEqual(r.map((s) => s.id), ['tencent-bugly']);
  assert.deepEqual(r[0]!.evidence, [
    'package com.tencent.bugly',
    'native lib libBugly.so',
    'component com.tencent.bugly.beta.ui.BetaActivity',
    'host android.bugly.qq.com',
    'host bugly.qq.com',
  ]);
});

test('hosts match on a label boundary', () => {
  assert.deepEqual(ids({ hosts: ['api.megvii.com'] }), ['megvii-faceid']);
  assert.deepEqual(ids({ hosts: ['API.MEGVII.COM.'] }), ['megvii-faceid']);
  assert.deepEqual(ids({ hosts: ['notmegvii.com', 'api.megvii.com.evil.example', 'megvii.com', 'xapi.megvii.com'] }), []);
});

test('components in an SDK package identify it even when not listed one by one', () => {
  assert.deepEqual(ids({ components: ['com.xiaomi.push.service.receivers.PingReceiver'] }), ['xiaomi-push']);
  const r = matchSdks(input({ components: ['com.alipay.sdk.app.H5PayActivity'] }));
  assert.deepEqual(r[0]!.evidence, ['component com.alipay.sdk.app.H5PayActivity']);
});

test('assets match by path, by file name, and by glob', () => {
  assert.deepEqual(ids({ assets: ['assets/idl-license.face-android'] }), ['baidu-face-collect']);
  assert.deepEqual(ids({ assets: ['play-services-mlkit-face-detection.properties'] }), ['google-mlkit-face-detection']);
  assert.deepEqual(custom.match(input({ assets: ['assets/models/exlive_v2.bin'] })).map((s) => s.id), ['inner']);
  assert.deepEqual(custom.match(input({ assets: ['assets/other/exlive_v2.bin', 'assets/models/sub/exlive_v2.bin'] })), []);
});

test('Firebase component registrars in meta-data identify ML Kit face detection in a minified app', () => {
  const r = matchSdks(input({ metaData: ['com.google.firebase.components:com.google.mlkit.vision.face.internal.FaceRegistrar', 'com.google.android.gms.version'] }));
  assert.deepEqual(r.map((s) => s.id), ['google-mlkit-face-detection']);
  assert.deepEqual(r[0]!.evidence, ['meta-data com.google.firebase.components:com.google.mlkit.vision.face.internal.FaceRegistrar']);
});

test('evidence from weakly sourced signatures says so', () => {
  const r = matchSdks(input({ packages: ['cn.cloudwalk.libproject.callback'] }));
  assert.deepEqual(r[0]!.evidence, ['package cn.cloudwalk.libproject (low confidence)']);
});

test('many hits of one kind are summarised, and results are sorted by id', () => {
  const hosts = Array.from({ length: 30 }, (_, i) => `h${i}.umeng.com`);
  const r = matchSdks(input({ hosts, packages: ['com.umeng.analytics.pro', 'com.appsflyer.internal', 'cn.jpush.android.api'] }));
  assert.deepEqual(r.map((s) => s.id), ['appsflyer', 'jpush', 'umeng-analytics']);
  const umeng = r.find((s) => s.id === 'umeng-analytics')!;
  assert.equal(umeng.evidence.filter((e) => e.startsWith('host ')).length, 20);
  assert.equal(umeng.evidence.at(-1), '… and 10 more hosts');
});

test('nothing in, nothing out', () => {
  assert.deepEqual(matchSdks(input({})), []);
  assert.deepEqual(matchSdks(input({ packages: new Set(['', '.', 'a..b']), hosts: ['', '://'], nativeLibs: [''], assets: [''] })), []);
});

test('100,000 packages from a big app are matched in one pass', (t) => {
  const packages = new Set<string>();
  for (let i = 0; packages.size < 100_000; i++) {
    packages.add(`com.bigapp.feature${i % 500}.module${i}`);
    if (i % 1000 === 0) packages.add(`com.tencent.bugly.part${i}`);
    if (i % 997 === 0) packages.add(`com.megvii.lv5.x${i}`);
  }
  const started = performance.now();
  const r = matchSdks(input({ packages }));
  t.diagnostic(`matched ${packages.size} packages in ${(performance.now() - started).toFixed(1)} ms`);
  assert.deepEqual(r.map((s) => s.id), ['megvii-faceid', 'tencent-bugly']);
  assert.deepEqual(r[0]!.evidence, ['package com.megvii.lv5']);
});

/** File names in a zip, read with yauzl (central directory only). */
function zipEntries(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        if (!e.fileName.endsWith('/')) names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('ML Kit face detection is found in the real R8-minified demo APK from its files alone', async (t) => {
  const apk = corpusDir('apps', 'mlkit-face-detection-demo.apk');
  if (!existsSync(apk)) return t.skip(`corpus file missing: ${apk}`);
  const names = await zipEntries(apk);
  const nativeLibs = names.filter((n) => /^lib\/[^/]+\/[^/]+\.so$/.test(n));
  assert.ok(nativeLibs.length > 0, 'the APK ships native libraries');
  // Its only native library is CameraX's image util: nothing face-specific there.
  assert.ok(nativeLibs.every((n) => n.endsWith('/libimage_processing_util_jni.so')));
  const r = matchSdks(input({ nativeLibs, assets: names }));
  const mlkit = r.find((s) => s.id === 'google-mlkit-face-detection');
  assert.ok(mlkit, `ML Kit face detection not found among ${r.map((s) => s.id).join(', ') || 'nothing'}`);
  assert.equal(mlkit.face, true);
  assert.deepEqual(mlkit.evidence, ['asset play-services-mlkit-face-detection.properties']);
  // No other face SDK is claimed for this app.
  assert.deepEqual(r.filter((s) => s.face).map((s) => s.id), ['google-mlkit-face-detection']);
});
