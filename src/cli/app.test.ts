import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../core/paths.js';
import { appCommand } from './app.js';
import { tempDir } from '../collectors/app/testzip.js';
import { listPackageFiles } from '../collectors/app/batch.js';

const mlkit = corpusDir('apps', 'mlkit-face-detection-demo.apk');

test('app FILE --format json: the artifact with platform, package, version, permissions, sdks, nativeLibs, models', async () => {
  const r = await appCommand([mlkit]);
  assert.equal(r.exitCode, 0);
  const { apps, errors } = JSON.parse(r.output) as { apps: Record<string, unknown>[]; errors: unknown[] };
  assert.deepEqual(errors, []);
  const a = apps[0]!;
  assert.equal(a.platform, 'android');
  assert.equal(a.package, 'org.sirekanyan.facedetection');
  assert.equal(a.version, '1.0');
  assert.ok((a.permissions as string[]).includes('android.permission.CAMERA'));
  assert.deepEqual(a.nativeLibs, ['libimage_processing_util_jni.so']);
  assert.deepEqual(a.models, []);
  for (const s of a.sdks as Record<string, unknown>[]) for (const k of ['id', 'name', 'vendor', 'categories', 'face', 'evidence']) assert.ok(k in s, k);
});

test('app --format md and html: readable reports, HTML escaped and self-contained', async () => {
  const md = await appCommand([mlkit], { format: 'md' });
  assert.match(md.output, /^# 应用包分析 \/ App package analysis/);
  assert.match(md.output, /人脸SDK Face SDK: /);
  assert.match(md.output, /android\.permission\.CAMERA/);
  const html = await appCommand([mlkit], { format: 'html' });
  assert.match(html.output, /^<!doctype html>/);
  assert.doesNotMatch(html.output, /<script|<link|src="http/);
  assert.match(html.output, /libimage_processing_util_jni\.so/);
});

test('unusable input: exit code 2 with the reason, other files still reported', async () => {
  const t = tempDir();
  try {
    const bad = join(t.dir, '<b>.apk');
    writeFileSync(bad, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const r = await appCommand([bad, corpusDir('apps', 'androguard-multidex.apk')], { format: 'html', workers: 2 });
    assert.equal(r.exitCode, 2);
    assert.match(r.output, /is a PNG image, not an app package/);
    assert.match(r.output, /&lt;b&gt;\.apk/);
    assert.doesNotMatch(r.output, /<b>\.apk/);
    const one = await appCommand([bad]);
    assert.equal(one.exitCode, 2);
    assert.equal((JSON.parse(one.output) as { errors: { problem: string }[] }).errors[0]!.problem, 'not-a-package');
    const missing = await appCommand([join(t.dir, 'nope.ipa')]);
    assert.equal(missing.exitCode, 2);
  } finally {
    t.done();
  }
});

test('a folder runs in batch mode', async () => {
  const r = await appCommand([corpusDir('apps')], { workers: 2 });
  const { apps } = JSON.parse(r.output) as { apps: { source: string }[] };
  assert.equal(apps.length, listPackageFiles(corpusDir('apps')).length);
  assert.equal(r.exitCode, 0);
});

test('app --policy compares the SDKs and permissions with the policy (PI-10, PI-16)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fa-app-policy-'));
  const policyFile = join(dir, 'policy.txt');
  // A policy that lists no SDK but explains the camera permission.
  writeFileSync(policyFile, '隐私政策\n我们会申请相机权限，用于人脸检测功能。\n如您对本政策有任何疑问，可发送邮件至 privacy@example.com 与我们联系。\n');
  const r = await appCommand([corpusDir('apps', 'mlkit-face-detection-demo.apk')], { format: 'json', policy: [policyFile] });
  assert.equal(r.exitCode, 0);
  const out = JSON.parse(r.output) as { policyComparison: { findings: { checkId: string; verdict: string; evidence: { text: string }[] }[] }[] };
  const findings = out.policyComparison[0]!.findings;
  const disclosure = findings.find((f) => f.checkId === 'PI-10.sdk-disclosure')!;
  assert.equal(disclosure.verdict, 'fail');
  assert.ok(disclosure.evidence.some((e) => e.text.includes('ML Kit Face Detection')));
  assert.equal(findings.find((f) => f.checkId === 'PI-16.permissions')!.verdict, 'pass');
});
