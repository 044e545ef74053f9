import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { AppInputError } from './errors.js';
import { aaptPermissionLines, parseManifestBytes, permissionNames, resolveClassName } from './manifest.js';
import { aaptFixturesMissing, aaptPackage, hasCommand, tempDir } from './testzip.js';
import { ZipArchive } from './zip.js';

const apps = corpusDir('apps');

async function entryBytes(path: string, name: string): Promise<Buffer | undefined> {
  const z = await ZipArchive.open(path);
  try {
    const e = z.get(name);
    return e ? await z.read(e) : undefined;
  } finally {
    await z.close();
  }
}

const aaptMissing = hasCommand('aapt') ? undefined : 'aapt is not installed (apt-get install aapt): cannot compare with `aapt dump permissions`';

test('permissions of every corpus APK equal `aapt dump permissions`', { skip: aaptMissing }, async () => {
  let compared = 0;
  for (const f of readdirSync(apps).filter((n) => n.endsWith('.apk'))) {
    const path = join(apps, f);
    const buf = await entryBytes(path, 'AndroidManifest.xml');
    if (!buf) {
      // No manifest: aapt fails on it too.
      assert.throws(() => execFileSync('aapt', ['dump', 'permissions', path], { stdio: 'pipe' }), /no AndroidManifest\.xml found/);
      continue;
    }
    const theirs = execFileSync('aapt', ['dump', 'permissions', path]).toString().trim().split('\n');
    assert.deepEqual(aaptPermissionLines(parseManifestBytes(buf, f)), theirs, f);
    compared++;
  }
  assert.ok(compared >= 8);
});

const FIXTURE = `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="cn.example.face" android:versionCode="42" android:versionName="1.2.3">
  <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="34"/>
  <uses-permission android:name="android.permission.CAMERA"/>
  <uses-permission android:name="android.permission.READ_PHONE_STATE" android:maxSdkVersion="28"/>
  <uses-permission android:name="android.permission.BLUETOOTH" android:required="false"/>
  <uses-permission-sdk-23 android:name="android.permission.ACCESS_FINE_LOCATION"/>
  <uses-permission-sdk-m android:name="android.permission.BODY_SENSORS" android:maxSdkVersion="30"/>
  <permission android:name="cn.example.face.PRIVATE" android:protectionLevel="signature"/>
  <uses-feature android:name="android.hardware.camera" android:required="false"/>
  <queries>
    <package android:name="com.tencent.mm"/>
    <intent><action android:name="android.intent.action.VIEW"/><data android:scheme="alipays"/></intent>
  </queries>
  <application android:name=".App" android:label="测试" android:usesCleartextTraffic="true">
    <activity android:name=".MainActivity" android:exported="true">
      <intent-filter><action android:name="android.intent.action.VIEW"/><data android:scheme="https" android:host="Face.Example.cn"/></intent-filter>
    </activity>
    <activity android:name="com.megvii.meglive_sdk.activity.FaceActivity"/>
    <activity-alias android:name=".Alias" android:targetActivity=".MainActivity"/>
    <service android:name="Svc" android:permission="cn.example.face.PRIVATE"/>
    <receiver android:name=".Rcv"/>
    <provider android:name="cn.example.Prov" android:authorities="x;y"/>
    <meta-data android:name="UMENG_APPKEY" android:value="abc123"/>
    <meta-data android:name="int.key" android:value="7"/>
    <meta-data android:name="flag" android:value="true"/>
    <uses-permission android:name="android.permission.NESTED_IS_NOT_A_PERMISSION"/>
  </application>
</manifest>`;

test('an aapt-built manifest: every permission form, components, meta-data and queries', { skip: aaptFixturesMissing() }, async () => {
  const t = tempDir();
  try {
    const apk = aaptPackage(t.dir, FIXTURE);
    const m = parseManifestBytes((await entryBytes(apk, 'AndroidManifest.xml'))!);
    assert.deepEqual(aaptPermissionLines(m), execFileSync('aapt', ['dump', 'permissions', apk]).toString().trim().split('\n'));
    assert.equal(m.package, 'cn.example.face');
    assert.equal(m.versionCode, 42);
    assert.equal(m.versionName, '1.2.3');
    assert.equal(m.minSdk, 21);
    assert.equal(m.targetSdk, 34);
    assert.deepEqual(permissionNames(m), [
      'android.permission.CAMERA',
      'android.permission.READ_PHONE_STATE',
      'android.permission.BLUETOOTH',
      'android.permission.ACCESS_FINE_LOCATION',
      'android.permission.BODY_SENSORS',
    ]);
    const phone = m.usesPermissions.find((p) => p.name.endsWith('READ_PHONE_STATE'))!;
    assert.equal(phone.maxSdkVersion, 28);
    assert.equal(m.usesPermissions.find((p) => p.name.endsWith('BLUETOOTH'))!.required, false);
    assert.equal(m.usesPermissions.find((p) => p.name.endsWith('BODY_SENSORS'))!.element, 'uses-permission-sdk-m');
    assert.deepEqual(m.declaredPermissions.map((d) => d.name), ['cn.example.face.PRIVATE']);
    assert.deepEqual(m.usesFeatures, [{ name: 'android.hardware.camera', required: false }]);
    assert.deepEqual(
      m.components.map((c) => `${c.type} ${c.name}`),
      [
        'activity cn.example.face.MainActivity',
        'activity com.megvii.meglive_sdk.activity.FaceActivity',
        'activity-alias cn.example.face.Alias',
        'service cn.example.face.Svc',
        'receiver cn.example.face.Rcv',
        'provider cn.example.Prov',
      ],
    );
    assert.equal(m.components[0]!.exported, true);
    assert.deepEqual(m.components[0]!.actions, ['android.intent.action.VIEW']);
    assert.equal(m.components[2]!.targetActivity, 'cn.example.face.MainActivity');
    assert.equal(m.components[3]!.permission, 'cn.example.face.PRIVATE');
    assert.deepEqual(m.components[5]!.authorities, ['x', 'y']);
    assert.deepEqual(m.metaData.map((d) => [d.name, d.value]), [['UMENG_APPKEY', 'abc123'], ['int.key', 7], ['flag', true]]);
    assert.deepEqual(m.queries.packages, ['com.tencent.mm']);
    assert.deepEqual(m.queries.providers, []);
    assert.deepEqual(m.queries.intents, [{ actions: ['android.intent.action.VIEW'], schemes: ['alipays'], mimeTypes: [] }]);
    assert.equal(m.application.name, 'cn.example.face.App');
    assert.equal(m.application.usesCleartextTraffic, true);
    assert.deepEqual(m.hosts, ['face.example.cn']);
  } finally {
    t.done();
  }
});

test('the same manifest as text XML (as AARs carry it) gives the same facts', { skip: aaptFixturesMissing() }, async () => {
  const t = tempDir();
  try {
    const binary = parseManifestBytes((await entryBytes(aaptPackage(t.dir, FIXTURE), 'AndroidManifest.xml'))!);
    const text = parseManifestBytes(Buffer.from(FIXTURE), 'AndroidManifest.xml');
    assert.deepEqual(permissionNames(text), permissionNames(binary));
    assert.deepEqual(text.components, binary.components);
    assert.deepEqual(text.queries, binary.queries);
    assert.equal(text.versionCode, 42);
    assert.equal(text.minSdk, 21);
    // Text values stay strings where aapt would type them.
    assert.deepEqual(text.metaData.map((d) => d.name), ['UMENG_APPKEY', 'int.key', 'flag']);
    // aapt 10 refuses <provider> in <queries> (it predates it), so that part is checked on text only.
    const q = parseManifestBytes(Buffer.from(FIXTURE.replace('<queries>', '<queries><provider android:authorities="com.example.a;com.example.b"/>')));
    assert.deepEqual(q.queries.providers, ['com.example.a', 'com.example.b']);
  } finally {
    t.done();
  }
});

test('the AAB protobuf manifest gives the same facts as the APK built from the same app', async () => {
  const fromAab = parseManifestBytes((await entryBytes(join(apps, 'appinfo-android.aab'), 'base/manifest/AndroidManifest.xml'))!);
  const fromApk = parseManifestBytes((await entryBytes(join(apps, 'appinfo-android.apk'), 'AndroidManifest.xml'))!);
  assert.deepEqual(fromAab, fromApk);
  assert.equal(fromAab.package, 'com.icyleaf.appinfodemo');
  assert.equal(fromAab.versionName, '2.1.0');
  assert.equal(fromAab.versionCode, 10);
  assert.deepEqual(permissionNames(fromAab), ['android.permission.ACCESS_NETWORK_STATE']);
});

test('class names resolve against the package as the platform does', () => {
  assert.equal(resolveClassName('a.b', '.Main'), 'a.b.Main');
  assert.equal(resolveClassName('a.b', 'Main'), 'a.b.Main');
  assert.equal(resolveClassName('a.b', 'x.y.Main'), 'x.y.Main');
  assert.equal(resolveClassName(undefined, '.Main'), '.Main');
});

test('manifests that are not manifests give clear errors', () => {
  assert.throws(() => parseManifestBytes(Buffer.from('<application/>'), 'm.xml'), (e: unknown) => e instanceof AppInputError && /root element is <application>/.test(e.message));
  assert.throws(() => parseManifestBytes(Buffer.from('<manifest><unclosed></manifest>'), 'm.xml'), (e: unknown) => e instanceof AppInputError && /not well-formed XML/.test(e.message));
  assert.throws(() => parseManifestBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46]), 'm.xml'), /neither binary, protobuf nor text XML/);
  assert.throws(() => parseManifestBytes(Buffer.from([0x0a, 0xff, 0xff, 0xff]), 'm.xml'), (e: unknown) => e instanceof AppInputError && /damaged protobuf XML/.test(e.message));
});
