import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppSdk } from '../../core/artifacts.js';
import { corpusDir } from '../../core/paths.js';
import { analyzeApp, collectPackage, type MatchInput } from './analyze.js';
import { AppInputError } from './errors.js';
import { aaptFixturesMissing, aaptPackage, hasCommand, makeZip, tempDir } from './testzip.js';
import { ZipArchive } from './zip.js';

const apps = corpusDir('apps');
const app = (f: string): string => join(apps, f);

/** A matcher double that records what it was given and recognises nothing. */
function recorder(): { match: (i: MatchInput) => AppSdk[]; seen: MatchInput[] } {
  const seen: MatchInput[] = [];
  return { seen, match: (i) => (seen.push({ ...i, packages: [...i.packages] }), []) };
}

function isCode(code: string, message?: RegExp) {
  return (e: unknown): boolean => e instanceof AppInputError && e.code === code && (!message || message.test(e.message));
}

async function entry(path: string, name: string): Promise<Buffer> {
  const z = await ZipArchive.open(path);
  try {
    return await z.read(z.get(name)!);
  } finally {
    await z.close();
  }
}

test('every corpus package is analysed without error, with the right platform and package', async () => {
  const expected: Record<string, [string, string | undefined, string | undefined]> = {
    'androguard-Invalid.apk': ['apk', 're.androguard.android.invalid', '1.0'],
    'androguard-TestActivity.apk': ['apk', 'tests.androguard', '1.0'],
    'androguard-a2dp.Vol_137.apk': ['apk', 'a2dp.Vol', '2.12.9.2'],
    'androguard-com.teleca.jamendo_35.apk': ['apk', 'com.teleca.jamendo', '1.0.4 [BETA]'],
    'androguard-hello-world.apk': ['apk', 'de.rhab.helloworld', '1.0'],
    'androguard-multidex.apk': ['apk', undefined, undefined],
    'appinfo-android.aab': ['aab', 'com.icyleaf.appinfodemo', '2.1.0'],
    'appinfo-android.apk': ['apk', 'com.icyleaf.appinfodemo', '2.1.0'],
    'appinfo-harmony.hap': ['hap', 'com.example.myapplication', '1.0.0'],
    'appinfo-iphone.ipa': ['ipa', 'com.icyleaf.AppInfoDemo', '1.2.3'],
    'appinfo-wear.apk': ['apk', 'com.icyleaf.appinfoweardemo', '1.0'],
    'mlkit-face-detection-demo.apk': ['apk', 'org.sirekanyan.facedetection', '1.0'],
  };
  for (const f of readdirSync(apps)) {
    const a = await analyzeApp(app(f), { matchSdks: () => [] });
    const want = expected[f];
    if (want) assert.deepEqual([a.format, a.package, a.version], want, f);
    assert.equal(a.kind, 'app');
    assert.ok(Array.isArray(a.permissions) && Array.isArray(a.nativeLibs) && Array.isArray(a.models));
  }
  assert.ok(Object.keys(expected).every((f) => readdirSync(apps).includes(f)), 'the corpus files these tests name are present');
});

test('the AAB and the APK of the same app agree on package, permissions and classes', async () => {
  const aab = await collectPackage(app('appinfo-android.aab'), { keepClasses: true });
  const apk = await collectPackage(app('appinfo-android.apk'), { keepClasses: true });
  assert.equal(aab.package, apk.package);
  assert.deepEqual(aab.permissions, apk.permissions);
  assert.equal(aab.classCount, 5455);
  assert.deepEqual(aab.classList, apk.classList);
});

test('the Wear APK: its GMS activity is a component, Google hosts found', async () => {
  const a = await analyzeApp(app('appinfo-wear.apk'), { matchSdks: () => [] });
  assert.ok(a.components?.includes('com.google.android.gms.common.api.GoogleApiActivity'));
  assert.ok(a.hosts.includes('www.googleapis.com'));
  assert.equal(a.minSdk, 21);
});

test('the HAP and the IPA from the corpus', async () => {
  const hap = await analyzeApp(app('appinfo-harmony.hap'), { matchSdks: () => [] });
  assert.equal(hap.platform, 'harmony');
  assert.equal(hap.build, '1000000');
  assert.deepEqual(hap.components, ['EntryAbility', 'EntryBackupAbility']);
  const ipa = await analyzeApp(app('appinfo-iphone.ipa'), { matchSdks: () => [] });
  assert.equal(ipa.platform, 'ios');
  assert.equal(ipa.build, '5');
  assert.deepEqual(ipa.permissions, []);
  assert.deepEqual(ipa.usageDescriptions, {});
  // Certificate hosts of the code signature are not app traffic.
  assert.ok(!ipa.hosts.includes('ocsp.apple.com'));
});

test('ML Kit demo: native libs, classes, components and assets reach the matcher, which identifies ML Kit', async () => {
  const r = recorder();
  const a = await analyzeApp(app('mlkit-face-detection-demo.apk'), { matchSdks: r.match });
  const seen = r.seen[0]!;
  assert.deepEqual(a.nativeLibs, ['libimage_processing_util_jni.so']);
  assert.deepEqual(a.abis, ['arm64-v8a', 'armeabi-v7a', 'x86', 'x86_64']);
  const packages = seen.packages as string[];
  assert.ok(packages.includes('com.google.mlkit.vision.face.internal'), 'face detection package survives R8');
  assert.ok(seen.components.includes('com.google.mlkit.common.internal.MlKitComponentDiscoveryService'));
  assert.ok(seen.assets.includes('play-services-mlkit-face-detection.properties'));
  assert.ok(seen.nativeLibs.includes('libimage_processing_util_jni.so'));
  assert.equal(a.classCount, 2498);
  assert.deepEqual(a.permissions.slice(0, 1), ['android.permission.CAMERA']);
  const camera = a.facts!.sensitivePermissions.find((p) => p.permission === 'android.permission.CAMERA')!;
  assert.ok(camera.usedBy.some((u) => u.startsWith('api androidx.camera.')), camera.usedBy.join(', '));
  assert.deepEqual(a.facts!.unusedSensitivePermissions, []);

  const real = await analyzeApp(app('mlkit-face-detection-demo.apk'));
  const face = real.sdks.filter((s) => s.face);
  assert.ok(face.some((s) => /ml ?kit/i.test(s.name)), `face SDKs: ${face.map((s) => s.id).join(', ')}`);
  assert.ok(face.every((s) => s.evidence.length > 0));
  assert.equal(real.facts!.face.present, true);
});

test('facts: a camera permission with no camera code or SDK is listed as unused', async () => {
  const a = await analyzeApp(app('androguard-a2dp.Vol_137.apk'), { matchSdks: () => [] });
  const facts = a.facts!;
  assert.equal(facts.codeAnalysed, true);
  assert.deepEqual(
    facts.sensitivePermissions.map((p) => [p.permission, p.usedBy.length > 0]),
    [
      ['android.permission.RECEIVE_SMS', true],
      ['android.permission.READ_CONTACTS', true],
      ['android.permission.ACCESS_COARSE_LOCATION', true],
      ['android.permission.ACCESS_FINE_LOCATION', true],
      ['android.permission.READ_PHONE_STATE', true],
    ],
  );
  assert.equal(facts.face.present, false);
  // The same permissions facts with a face SDK that needs the camera, and a camera permission without code.
  const sdk: AppSdk = { id: 'x-face', name: 'X Face', vendor: 'X', categories: ['face-recognition', 'liveness'], face: true, comparison: 'cloud', evidence: ['package x.face'] };
  const withSdk = await analyzeApp(app('androguard-TestActivity.apk'), { matchSdks: () => [sdk] });
  assert.deepEqual(withSdk.facts!.face, { present: true, sdks: ['x-face'], models: [], comparison: 'cloud' });
  assert.deepEqual(withSdk.facts!.liveness, { present: true, sdks: ['x-face'], models: [] });
});

test('an AAR (text manifest, nested classes.jar, jni libs) and a JAR: classes from class files', async () => {
  const probe = await entry(app('mlkit-face-detection-demo.apk'), 'DebugProbesKt.bin');
  const jar = makeZip([
    { name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n' },
    { name: 'kotlin/coroutines/jvm/internal/DebugProbesKt.class', data: probe },
  ]);
  const aar = makeZip([
    {
      name: 'AndroidManifest.xml',
      data: '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.megvii.meglive_sdk"><uses-sdk android:minSdkVersion="19"/><uses-permission android:name="android.permission.CAMERA"/><application><activity android:name=".FaceActivity"/></application></manifest>',
    },
    { name: 'classes.jar', data: jar, method: 0 },
    { name: 'libs/extra.jar', data: jar, method: 8 },
    { name: 'jni/arm64-v8a/libmegface.so', data: Buffer.alloc(100, 1) },
    { name: 'assets/face_landmark.model', data: Buffer.alloc(300, 2) },
    { name: 'R.txt', data: '' },
  ]);
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, 'sdk.aar'), aar);
    writeFileSync(join(t.dir, 'lib.jar'), jar);
    const r = recorder();
    const a = await analyzeApp(join(t.dir, 'sdk.aar'), { matchSdks: r.match });
    assert.equal(a.platform, 'sdk');
    assert.equal(a.format, 'aar');
    assert.equal(a.package, 'com.megvii.meglive_sdk');
    assert.equal(a.minSdk, 19);
    assert.deepEqual(a.permissions, ['android.permission.CAMERA']);
    assert.deepEqual(a.components, ['com.megvii.meglive_sdk.FaceActivity']);
    assert.deepEqual(a.nativeLibs, ['libmegface.so']);
    assert.equal(a.classCount, 2);
    assert.deepEqual([...r.seen[0]!.packages], ['kotlin.coroutines.jvm.internal']);
    assert.deepEqual(a.models.map((m) => [m.path, m.format, m.faceHint]), [['assets/face_landmark.model', 'model', 'face']]);
    const j = await collectPackage(join(t.dir, 'lib.jar'), { keepClasses: true });
    assert.equal(j.format, 'jar');
    assert.deepEqual(j.classList, ['Lkotlin/coroutines/jvm/internal/DebugProbesKt;']);
  } finally {
    t.done();
  }
});

test('an IPA with usage descriptions, frameworks, a model and code that uses the camera', { skip: hasCommand('python3') ? undefined : 'python3 is not installed' }, async () => {
  const plist = execFileSync('python3', ['-c', 'import plistlib,sys;sys.stdout.buffer.write(plistlib.dumps({"CFBundleIdentifier":"cn.x.face","CFBundleShortVersionString":"2.0","CFBundleVersion":"7","CFBundleExecutable":"Face","NSCameraUsageDescription":"人脸识别","NSFaceIDUsageDescription":"解锁","NSLocationWhenInUseUsageDescription":"网点"},fmt=plistlib.FMT_BINARY))']);
  // A stand-in executable: what matters is the symbol and URL strings a real Mach-O carries.
  const exe = Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(300_000), Buffer.from('\0_OBJC_CLASS_$_AVCaptureDevice\0https://api.megvii.com/faceid/v3\0')]);
  const ipa = makeZip([
    { name: 'Payload/Face.app/Info.plist', data: plist },
    { name: 'Payload/Face.app/Face', data: exe },
    { name: 'Payload/Face.app/Frameworks/MGFaceIDLiveDetect.framework/MGFaceIDLiveDetect', data: Buffer.from('\0_OBJC_CLASS_$_CLLocationManager\0') },
    { name: 'Payload/Face.app/Frameworks/MGFaceIDLiveDetect.framework/Info.plist', data: plist },
    { name: 'Payload/Face.app/models/face_detect.tflite', data: Buffer.from('\0\0\0\0TFL3rest') },
    { name: 'Payload/Face.app/PlugIns/Share.appex/Info.plist', data: plist },
  ]);
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, 'face.ipa'), ipa);
    const r = recorder();
    const a = await analyzeApp(join(t.dir, 'face.ipa'), { matchSdks: r.match });
    assert.equal(a.package, 'cn.x.face');
    assert.equal(a.build, '7');
    assert.deepEqual(a.permissions, ['NSCameraUsageDescription', 'NSFaceIDUsageDescription', 'NSLocationWhenInUseUsageDescription']);
    assert.equal(a.usageDescriptions!.NSCameraUsageDescription, '人脸识别');
    assert.deepEqual(a.nativeLibs, ['MGFaceIDLiveDetect.framework']);
    assert.deepEqual(a.components, ['Share.appex']);
    assert.ok(a.hosts.includes('api.megvii.com'));
    assert.deepEqual(a.models.map((m) => [m.path, m.format]), [['models/face_detect.tflite', 'tflite']]);
    assert.ok(r.seen[0]!.assets.includes('Frameworks/MGFaceIDLiveDetect.framework/MGFaceIDLiveDetect'));
    const uses = Object.fromEntries(a.facts!.sensitivePermissions.map((p) => [p.permission, p.usedBy]));
    assert.deepEqual(uses.NSCameraUsageDescription, ['api AVCaptureDevice']);
    assert.deepEqual(uses.NSLocationWhenInUseUsageDescription, ['api CLLocationManager']);
    assert.deepEqual(a.facts!.unusedSensitivePermissions, ['NSFaceIDUsageDescription']);
  } finally {
    t.done();
  }
});

test('a HAP with requestPermissions, native libs and ArkTS code importing the camera', async () => {
  const hap = makeZip([
    { name: 'module.json', data: JSON.stringify({ app: { bundleName: 'cn.x.hm', versionName: '1.0', versionCode: 1 }, module: { name: 'entry', type: 'entry', requestPermissions: [{ name: 'ohos.permission.CAMERA' }, { name: 'ohos.permission.LOCATION' }], abilities: [{ name: 'FaceAbility' }] } }) },
    { name: 'ets/modules.abc', data: Buffer.concat([Buffer.from('PANDA\0\0\0'), Buffer.alloc(1000), Buffer.from('@ohos:multimedia.camera\0https://face.example.cn/verify\0')]) },
    { name: 'libs/arm64-v8a/libfacesdk.so', data: Buffer.alloc(10) },
    { name: 'resources/rawfile/liveness.onnx', data: Buffer.alloc(10, 1) },
    { name: 'pack.info', data: '{}' },
  ]);
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, 'face.hap'), hap);
    const a = await analyzeApp(join(t.dir, 'face.hap'), { matchSdks: () => [] });
    assert.equal(a.platform, 'harmony');
    assert.deepEqual(a.permissions, ['ohos.permission.CAMERA', 'ohos.permission.LOCATION']);
    assert.deepEqual(a.nativeLibs, ['libfacesdk.so']);
    assert.deepEqual(a.abis, ['arm64-v8a']);
    assert.ok(a.hosts.includes('face.example.cn'));
    assert.deepEqual(a.facts!.unusedSensitivePermissions, ['ohos.permission.LOCATION']);
    assert.deepEqual(a.facts!.liveness.models, ['resources/rawfile/liveness.onnx']);
    assert.equal(a.facts!.liveness.present, true);
  } finally {
    t.done();
  }
});

test('XAPK and APKS split sets: the base names the app, splits add native libs', { skip: aaptFixturesMissing() }, async () => {
  const t = tempDir();
  try {
    const splitApk = aaptPackage(t.dir, '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.icyleaf.appinfodemo" split="config.arm64_v8a"><application android:hasCode="false"/></manifest>', 'split.apk');
    const split = makeZip([{ name: 'AndroidManifest.xml', data: await entry(splitApk, 'AndroidManifest.xml') }, { name: 'lib/arm64-v8a/libmegface.so', data: Buffer.alloc(64) }]);
    const base = readFileSync(app('appinfo-android.apk'));
    const xapk = makeZip([
      { name: 'manifest.json', data: JSON.stringify({ package_name: 'com.icyleaf.appinfodemo', version_name: '2.1.0' }) },
      { name: 'config.arm64_v8a.apk', data: split, method: 0 },
      { name: 'com.icyleaf.appinfodemo.apk', data: base, method: 0 },
    ]);
    const apks = makeZip([
      { name: 'toc.pb', data: Buffer.from([0x0a, 0x00]) },
      { name: 'splits/base-master.apk', data: base, method: 8 },
      { name: 'splits/base-arm64_v8a.apk', data: split, method: 8 },
    ]);
    for (const [name, bytes, format] of [['app.xapk', xapk, 'xapk'], ['app.apks', apks, 'apks']] as const) {
      writeFileSync(join(t.dir, name), bytes);
      const a = await analyzeApp(join(t.dir, name), { matchSdks: () => [] });
      assert.equal(a.format, format);
      assert.equal(a.package, 'com.icyleaf.appinfodemo');
      assert.equal(a.version, '2.1.0');
      assert.deepEqual(a.permissions, ['android.permission.ACCESS_NETWORK_STATE']);
      assert.deepEqual(a.nativeLibs, ['libmegface.so']);
      assert.equal(a.classCount, 5455);
    }
  } finally {
    t.done();
  }
});

// ---- Bad input: a clear error each, no crash, no hang. ----

test('bad inputs give clear AppInputErrors and write nothing', { timeout: 60_000 }, async () => {
  const t = tempDir();
  const cwd = process.cwd();
  const work = join(t.dir, 'cwd');
  mkdirSync(work);
  process.chdir(work);
  try {
    const put = (name: string, bytes: Buffer): string => {
      const p = join(t.dir, name);
      writeFileSync(p, bytes);
      return p;
    };
    const manifest = await entry(app('androguard-TestActivity.apk'), 'AndroidManifest.xml');
    const dex = await entry(app('androguard-TestActivity.apk'), 'classes.dex');
    const png = await entry(app('androguard-TestActivity.apk'), 'res/drawable-hdpi/icon.png');
    const badDex = Buffer.from(dex);
    badDex.writeUInt32LE(badDex.length + 999, 0x64); // class_defs_off past the end
    const whole = readFileSync(app('appinfo-android.apk'));
    const cases: [string, string, RegExp][] = [
      [put('icon.apk', png), 'not-a-package', /is a PNG image, not an app package/],
      [put('empty.apk', Buffer.alloc(0)), 'not-a-package', /empty/],
      [t.dir, 'not-a-package', /is a folder/],
      [join(t.dir, 'missing.apk'), 'not-found', /cannot read/],
      [put('cut.apk', whole.subarray(0, whole.length >> 1)), 'truncated', /truncated/],
      [put('bomb.apk', makeZip([{ name: 'AndroidManifest.xml', data: manifest }, { name: 'classes.dex', data: Buffer.alloc(64 * 1024 * 1024) }])), 'zip-bomb', /zip bomb/],
      [put('liar.apk', makeZip([{ name: 'AndroidManifest.xml', data: manifest }, { name: 'classes.dex', data: Buffer.alloc(50 * 1024 * 1024), declaredSize: dex.length }])), 'zip-bomb', /declared size/],
      [put('slip.apk', makeZip([{ name: 'AndroidManifest.xml', data: manifest }, { name: '../../../tmp/pwned.so', data: 'x' }])), 'unsafe-entry-name', /zip-slip/],
      [put('enc.apk', makeZip([{ name: 'AndroidManifest.xml', data: manifest, flags: 1 }, { name: 'classes.dex', data: dex }])), 'encrypted', /encrypted/],
      [put('baddex.apk', makeZip([{ name: 'AndroidManifest.xml', data: manifest }, { name: 'classes.dex', data: badDex }])), 'corrupt-dex', /baddex\.apk!\/classes\.dex: damaged DEX file: class_defs/],
      [put('notapp.zip', makeZip([{ name: 'readme.txt', data: 'hi' }])), 'not-a-package', /not an app package/],
      [put('badmanifest.apk', makeZip([{ name: 'AndroidManifest.xml', data: manifest.subarray(0, 300) }, { name: 'classes.dex', data: dex }])), 'corrupt-axml', /AndroidManifest\.xml: damaged binary XML/],
    ];
    for (const [path, code, message] of cases) {
      const started = Date.now();
      await assert.rejects(analyzeApp(path, { matchSdks: () => [] }), isCode(code, message), path);
      assert.ok(Date.now() - started < 10_000, `${path} took ${Date.now() - started} ms`);
    }
    assert.deepEqual(readdirSync(work), [], 'nothing written to the working folder');
  } finally {
    process.chdir(cwd);
    t.done();
  }
});

test('Invalid.apk and TestActivity.apk (broken androguard samples) are read as far as they go', async () => {
  const inv = await analyzeApp(app('androguard-Invalid.apk'), { matchSdks: () => [] });
  assert.equal(inv.classCount, 286);
  const ta = await analyzeApp(app('androguard-TestActivity.apk'), { matchSdks: () => [] });
  assert.equal(ta.classCount, 340);
});

test('progress is reported by stage', async () => {
  const stages: string[] = [];
  await analyzeApp(app('androguard-multidex.apk'), { matchSdks: () => [], onProgress: (e) => stages.push(e.stage) });
  assert.deepEqual([...new Set(stages)], ['open', 'manifest', 'code', 'models', 'sdks', 'done']);
});
