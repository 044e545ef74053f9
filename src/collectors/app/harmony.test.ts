import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { AppInputError } from './errors.js';
import { parseHarmonyConfig } from './harmony.js';
import { ZipArchive } from './zip.js';

test('module.json of the corpus HAP: bundle, version, abilities', async () => {
  const z = await ZipArchive.open(join(corpusDir('apps'), 'appinfo-harmony.hap'));
  try {
    const m = parseHarmonyConfig(await z.read(z.get('module.json')!), 'module.json');
    assert.equal(m.bundleName, 'com.example.myapplication');
    assert.equal(m.versionName, '1.0.0');
    assert.equal(m.versionCode, 1000000);
    assert.equal(m.moduleName, 'entry');
    assert.equal(m.moduleType, 'entry');
    assert.deepEqual(m.abilities.map((a) => `${a.kind} ${a.name}`), ['ability EntryAbility', 'extension EntryBackupAbility']);
    assert.deepEqual(m.permissions, []);
  } finally {
    await z.close();
  }
});

test('module.json5 with comments: requestPermissions with reasons, metadata', () => {
  const text = `{
    // app part as in AppScope/app.json5
    app: { bundleName: 'cn.example.face', versionName: '2.0', versionCode: 20, minAPIVersion: 12 },
    module: {
      name: 'entry', type: 'entry',
      requestPermissions: [
        { name: 'ohos.permission.CAMERA', reason: '$string:camera_reason' },
        { name: 'ohos.permission.INTERNET' },
      ],
      abilities: [{ name: 'FaceAbility', srcEntry: './ets/FaceAbility.ets', exported: true }],
      metadata: [{ name: 'client_id', value: '123' }],
    },
  }`;
  const m = parseHarmonyConfig(Buffer.from(text), 'module.json5');
  assert.deepEqual(m.permissions, [{ name: 'ohos.permission.CAMERA', reason: '$string:camera_reason' }, { name: 'ohos.permission.INTERNET' }]);
  assert.deepEqual(m.abilities, [{ name: 'FaceAbility', kind: 'ability', exported: true, srcEntry: './ets/FaceAbility.ets' }]);
  assert.deepEqual(m.metadata, [{ name: 'client_id', value: '123' }]);
  assert.equal(m.minApi, 12);
});

test('FA-model config.json: reqPermissions and app.version', () => {
  const m = parseHarmonyConfig(
    Buffer.from(JSON.stringify({ app: { bundleName: 'a.b', version: { name: '1.1', code: 11 }, apiVersion: { compatible: 7, target: 9 } }, module: { reqPermissions: [{ name: 'ohos.permission.LOCATION' }], abilities: [{ name: '.MainAbility', visible: true }] } })),
    'config.json',
  );
  assert.equal(m.versionName, '1.1');
  assert.equal(m.versionCode, 11);
  assert.equal(m.minApi, 7);
  assert.equal(m.targetApi, 9);
  assert.deepEqual(m.permissions, [{ name: 'ohos.permission.LOCATION' }]);
  assert.equal(m.abilities[0]!.exported, true);
});

test('bad module files give clear errors', () => {
  assert.throws(() => parseHarmonyConfig(Buffer.from('{ nope'), 'module.json'), (e: unknown) => e instanceof AppInputError && /module\.json: not valid JSON5/.test(e.message));
  assert.throws(() => parseHarmonyConfig(Buffer.from('{"app": {}}'), 'module.json'), /no "module" object/);
  assert.throws(() => parseHarmonyConfig(Buffer.from('[1]'), 'module.json'), /top level is not an object/);
});
