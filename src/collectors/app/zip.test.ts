import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { AppInputError } from './errors.js';
import { makeZip, tempDir } from './testzip.js';
import { DEFAULT_LIMITS, ZipArchive } from './zip.js';

const apps = corpusDir('apps');

function isCode(code: string, message?: RegExp) {
  return (e: unknown): boolean => e instanceof AppInputError && e.code === code && (!message || message.test(e.message));
}

async function withFile<T>(name: string, bytes: Buffer, fn: (path: string) => Promise<T>): Promise<T> {
  const t = tempDir();
  try {
    const path = join(t.dir, name);
    writeFileSync(path, bytes);
    return await fn(path);
  } finally {
    t.done();
  }
}

test('lists the central directory of a real APK and reads entries as the bytes they are', async () => {
  const z = await ZipArchive.open(join(apps, 'androguard-multidex.apk'));
  try {
    assert.deepEqual(z.entries.map((e) => e.name), ['META-INF/MANIFEST.MF', 'classes.dex', 'classes2.dex']);
    const dex = await z.read(z.get('classes2.dex')!);
    assert.equal(dex.toString('latin1', 0, 4), 'dex\n');
    assert.equal(dex.length, z.get('classes2.dex')!.size);
    assert.equal((await z.head(z.get('classes.dex')!, 8)).toString('latin1', 0, 4), 'dex\n');
  } finally {
    await z.close();
  }
});

test('thousands of entries are listed (central directory cached, no per-entry reads)', async () => {
  const z = await ZipArchive.open(join(apps, 'appinfo-android.apk'));
  try {
    assert.ok(z.entries.length > 500, `${z.entries.length} entries`);
  } finally {
    await z.close();
  }
});

test('nested zips: a stored one is read in place, a deflated one from memory', async () => {
  const inner = makeZip([{ name: 'a.txt', data: 'hello' }, { name: 'b/c.bin', data: Buffer.alloc(1000, 7) }]);
  const outer = makeZip([
    { name: 'stored.jar', data: inner, method: 0 },
    { name: 'deflated.jar', data: inner, method: 8 },
  ]);
  await withFile('outer.zip', outer, async (path) => {
    const z = await ZipArchive.open(path);
    try {
      for (const name of ['stored.jar', 'deflated.jar']) {
        const n = await z.openNested(z.get(name)!);
        assert.equal(n.label, `${path}!/${name}`);
        assert.equal((await n.read(n.get('a.txt')!)).toString(), 'hello');
        assert.equal((await n.read(n.get('b/c.bin')!)).length, 1000);
        await n.close();
      }
      // The outer archive still works after its nested ones closed (they share its file).
      assert.equal((await z.head(z.get('stored.jar')!, 2)).toString('latin1'), 'PK');
    } finally {
      await z.close();
    }
  });
});

test('a zip bomb by ratio is refused before inflating', async () => {
  const bomb = makeZip([{ name: 'AndroidManifest.xml', data: 'x' }, { name: 'classes.dex', data: Buffer.alloc(64 * 1024 * 1024) }]);
  assert.ok(bomb.length < 200 * 1024, `bomb is ${bomb.length} bytes`);
  await withFile('bomb.apk', bomb, async (path) => {
    const z = await ZipArchive.open(path);
    try {
      const started = Date.now();
      await assert.rejects(z.read(z.get('classes.dex')!), isCode('zip-bomb', /compression ratio \d+:1 exceeds 200:1/));
      assert.ok(Date.now() - started < 1000);
    } finally {
      await z.close();
    }
  });
});

test('an entry that inflates past its declared size is cut off and refused', async () => {
  const liar = makeZip([{ name: 'classes.dex', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 1000 }]);
  await withFile('liar.apk', liar, async (path) => {
    const z = await ZipArchive.open(path);
    try {
      await assert.rejects(z.read(z.get('classes.dex')!), isCode('zip-bomb', /more than its declared size/));
    } finally {
      await z.close();
    }
  });
});

test('total inflated bytes, declared totals and entry counts are capped', async () => {
  const many = makeZip(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: Buffer.alloc(10_000, i) })));
  await withFile('many.zip', many, async (path) => {
    await assert.rejects(ZipArchive.open(path, { ...DEFAULT_LIMITS, maxEntries: 10 }), isCode('too-many-entries', /50 entries/));
    await assert.rejects(ZipArchive.open(path, { ...DEFAULT_LIMITS, maxDeclaredTotal: 100_000 }), isCode('zip-bomb'));
    const z = await ZipArchive.open(path, { ...DEFAULT_LIMITS, maxTotalInflated: 55_000 });
    try {
      for (let i = 0; i < 5; i++) await z.read(z.get(`f${i}`)!);
      await assert.rejects(z.read(z.get('f5')!), isCode('zip-bomb', /in total/));
    } finally {
      await z.close();
    }
  });
});

test('entries named ../ or absolute are refused (zip slip)', async () => {
  for (const name of ['../../etc/evil.so', 'lib/../../x', '/etc/passwd', 'C:/windows/x.dll']) {
    await withFile('slip.apk', makeZip([{ name: 'AndroidManifest.xml', data: 'x' }, { name, data: 'boom' }]), async (path) => {
      await assert.rejects(ZipArchive.open(path), isCode('unsafe-entry-name', /unsafe name/));
    });
  }
});

test('encrypted entries give a clear error when read', async () => {
  await withFile('enc.apk', makeZip([{ name: 'AndroidManifest.xml', data: 'secret', flags: 0x1 }]), async (path) => {
    const z = await ZipArchive.open(path);
    try {
      assert.equal(z.get('AndroidManifest.xml')!.encrypted, true);
      await assert.rejects(z.read(z.get('AndroidManifest.xml')!), isCode('encrypted', /is encrypted/));
    } finally {
      await z.close();
    }
  });
});

test('duplicate entry names are recorded (first one kept)', async () => {
  await withFile('dup.apk', makeZip([{ name: 'a', data: '1' }, { name: 'a', data: '2' }]), async (path) => {
    const z = await ZipArchive.open(path);
    try {
      assert.deepEqual(z.duplicates, ['a']);
      assert.equal((await z.read(z.get('a')!)).toString(), '1');
    } finally {
      await z.close();
    }
  });
});

test('truncated copies of every corpus package fail with a clear error, never hang', async () => {
  for (const f of readdirSync(apps)) {
    const whole = readFileSync(join(apps, f));
    for (const keep of [0.1, 0.5, 0.9, (whole.length - 10) / whole.length]) {
      await withFile(f, whole.subarray(0, Math.floor(whole.length * keep)), async (path) => {
        await assert.rejects(ZipArchive.open(path), isCode('truncated', /truncated/), `${f} cut to ${keep}`);
      });
    }
  }
});

test('a missing file and a non-zip file say so', async () => {
  await assert.rejects(ZipArchive.open('/nonexistent/x.apk'), isCode('not-found'));
  await withFile('text.apk', Buffer.from('just some text, not a zip at all'), async (path) => {
    await assert.rejects(ZipArchive.open(path), isCode('not-a-package', /not a zip archive/));
  });
});
