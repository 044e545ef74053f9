import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { AppInputError } from './errors.js';
import { parsePlist, readInfoPlist } from './plist.js';
import { hasCommand } from './testzip.js';
import { ZipArchive } from './zip.js';

const INFO = {
  CFBundleIdentifier: 'cn.example.face',
  CFBundleShortVersionString: '3.1',
  CFBundleVersion: '310',
  CFBundleExecutable: 'Face',
  MinimumOSVersion: '12.0',
  NSCameraUsageDescription: '用于人脸识别登录',
  NSFaceIDUsageDescription: 'Unlock with Face ID',
  NSLocationWhenInUseUsageDescription: '定位 & <附近> 网点',
  UIBackgroundModes: ['location'],
  LSApplicationQueriesSchemes: ['weixin', 'alipay'],
  NSAppTransportSecurity: { NSExceptionDomains: { 'api.example.cn': { NSExceptionAllowsInsecureHTTPLoads: true } } },
  Numbers: [1, 2.5, true, false],
};

/** A plist written by Python's plistlib, in the given format. */
function pythonPlist(format: 'FMT_XML' | 'FMT_BINARY'): Buffer {
  const script = `import json,plistlib,sys\nsys.stdout.buffer.write(plistlib.dumps(json.loads(sys.stdin.read()), fmt=plistlib.${format}))`;
  return execFileSync('python3', ['-c', script], { input: JSON.stringify(INFO) });
}

for (const format of ['FMT_XML', 'FMT_BINARY'] as const) {
  test(`${format === 'FMT_XML' ? 'XML' : 'binary'} Info.plist written by Python plistlib`, { skip: hasCommand('python3') ? undefined : 'python3 is not installed' }, () => {
    const value = parsePlist(pythonPlist(format), 'Info.plist');
    assert.deepEqual(JSON.parse(JSON.stringify(value)), INFO);
    const info = readInfoPlist(value);
    assert.equal(info.bundleId, 'cn.example.face');
    assert.equal(info.version, '3.1');
    assert.equal(info.build, '310');
    assert.equal(info.executable, 'Face');
    assert.deepEqual(info.usageDescriptions, {
      NSCameraUsageDescription: '用于人脸识别登录',
      NSFaceIDUsageDescription: 'Unlock with Face ID',
      NSLocationWhenInUseUsageDescription: '定位 & <附近> 网点',
    });
    assert.deepEqual(info.backgroundModes, ['location']);
    assert.deepEqual(info.queriesSchemes, ['weixin', 'alipay']);
    assert.deepEqual(info.atsDomains, ['api.example.cn']);
  });
}

test('the corpus IPA has a binary Info.plist', async () => {
  const z = await ZipArchive.open(join(corpusDir('apps'), 'appinfo-iphone.ipa'));
  try {
    const buf = await z.read(z.get('Payload/AppInfoDemo.app/Info.plist')!);
    assert.equal(buf.toString('latin1', 0, 6), 'bplist');
    const info = readInfoPlist(parsePlist(buf, 'Info.plist'));
    assert.equal(info.bundleId, 'com.icyleaf.AppInfoDemo');
    assert.equal(info.version, '1.2.3');
    assert.equal(info.build, '5');
    assert.deepEqual(info.usageDescriptions, {});
  } finally {
    await z.close();
  }
});

test('damaged property lists give clear errors', () => {
  const bad = (b: Buffer, re: RegExp): void => assert.throws(() => readInfoPlist(parsePlist(b, 'Info.plist')), (e: unknown) => e instanceof AppInputError && re.test(e.message));
  bad(Buffer.from('bplist00garbage'), /damaged binary property list/);
  bad(Buffer.from('{"json": true}'), /neither a binary nor an XML/);
  bad(Buffer.from('<plist><array><string>x</string></array></plist>'), /not a dictionary/);
  bad(Buffer.from('<plist><dict><key>a</key><blob/></dict></plist>'), /unknown property list element <blob>/);
});
