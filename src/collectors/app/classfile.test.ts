import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { parseClassFile } from './classfile.js';
import { AppInputError } from './errors.js';
import { ZipArchive } from './zip.js';

async function debugProbes(): Promise<Buffer> {
  // R8 keeps kotlinx-coroutines' DebugProbesKt as a real JVM class file inside the APK.
  const z = await ZipArchive.open(join(corpusDir('apps'), 'mlkit-face-detection-demo.apk'));
  try {
    return await z.read(z.get('DebugProbesKt.bin')!);
  } finally {
    await z.close();
  }
}

test('this_class of a real class file comes from its constant pool', async () => {
  const info = parseClassFile(await debugProbes(), 'DebugProbesKt.bin');
  assert.equal(info.descriptor, 'Lkotlin/coroutines/jvm/internal/DebugProbesKt;');
  assert.ok(info.referenced.includes('Ljava/lang/Object;'));
});

const JSR305 = '/usr/share/java/jsr305.jar';
test('every class of a real JAR is named as its entry path says', { skip: existsSync(JSR305) ? undefined : `${JSR305} is missing (apt-get install libjsr305-java)` }, async () => {
  const z = await ZipArchive.open(JSR305);
  try {
    const classes = z.entries.filter((e) => e.name.endsWith('.class'));
    assert.ok(classes.length > 20);
    for (const e of classes) {
      const info = parseClassFile(await z.read(e), e.name);
      assert.equal(info.descriptor, `L${e.name.slice(0, -'.class'.length)};`);
    }
  } finally {
    await z.close();
  }
});

test('truncated and mangled class files give clear errors', async () => {
  const real = await debugProbes();
  // Cuts inside the constant pool (this class's pool is far longer than 400 bytes); later bytes are not read.
  for (let n = 0; n < 400; n += 3) {
    assert.throws(() => parseClassFile(real.subarray(0, n), 'X.class'), (e: unknown) => e instanceof AppInputError && e.code === 'corrupt-class' && e.message.startsWith('X.class: '));
  }
  const bad = Buffer.from(real);
  bad[10] = 99; // first constant pool tag
  assert.throws(() => parseClassFile(bad, 'X.class'), /unknown constant pool tag 99/);
});
