import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';
import { dexChain } from './android.js';
import { decodeMutf8, DexError, parseDex } from './dex.js';
import { AppInputError } from './errors.js';
import { hasCommand } from './testzip.js';
import { ZipArchive } from './zip.js';

const apps = corpusDir('apps');
const apks = readdirSync(apps).filter((f) => f.endsWith('.apk'));

async function dexFiles(path: string): Promise<Buffer[]> {
  const z = await ZipArchive.open(path);
  try {
    const out: Buffer[] = [];
    for (const e of dexChain(z)) out.push(await z.read(e));
    return out;
  } finally {
    await z.close();
  }
}

const dexdumpMissing = hasCommand('dexdump') ? undefined : 'dexdump is not installed (apt-get install dexdump): cannot compare class lists';

test('class lists of every corpus APK (all DEX files) equal dexdump class descriptors', { skip: dexdumpMissing }, async () => {
  let total = 0;
  for (const f of apks) {
    const path = join(apps, f);
    const ours = (await dexFiles(path)).flatMap((b, i) => parseDex(b, `${f}#${i}`).classes);
    const out = execFileSync('dexdump', [path], { maxBuffer: 1 << 30 }).toString();
    const theirs = [...out.matchAll(/^ {2}Class descriptor {2}: '(.*)'$/gm)].map((m) => m[1]);
    assert.ok(theirs.length > 0, `dexdump printed no classes for ${f}`);
    assert.ok(ours.length === theirs.length && ours.every((c, i) => c === theirs[i]), `${f}: ${ours.length} classes vs dexdump's ${theirs.length}`);
    total += ours.length;
  }
  assert.ok(total > 10_000, `${total} classes compared`);
});

test('multidex: classes.dex and classes2.dex both read, in order', async () => {
  const files = await dexFiles(join(apps, 'androguard-multidex.apk'));
  assert.equal(files.length, 2);
  assert.equal(files.map((b) => parseDex(b).classes.length).reduce((a, b) => a + b), 2);
});

test('referenced types include framework APIs; hosts come from URL strings', async () => {
  const [dex] = await dexFiles(join(apps, 'androguard-com.teleca.jamendo_35.apk'));
  const info = parseDex(dex!);
  assert.ok(info.types.includes('Landroid/telephony/TelephonyManager;'));
  assert.ok(info.types.length > info.classes.length);
  assert.ok(info.hosts.includes('api.jamendo.com'), info.hosts.join(' '));
  assert.equal(info.version, '035');
});

test('MUTF-8: NUL as C0 80, two- and three-byte forms, surrogates one by one', () => {
  const b = Buffer.from([0x41, 0xc0, 0x80, 0xc3, 0xa9, 0xe4, 0xba, 0xba, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
  assert.equal(decodeMutf8(b, 0, b.length), 'A\u0000é人\ud83d\ude00');
});

async function realDex(): Promise<Buffer> {
  const [dex] = await dexFiles(join(apps, 'androguard-TestActivity.apk'));
  return dex!;
}

const mutations: [string, (b: Buffer) => void, RegExp][] = [
  ['string_ids offset past the end', (b) => b.writeUInt32LE(b.length + 4096, 0x3c), /string_ids .* lie outside the file/],
  ['type_ids count too large', (b) => b.writeUInt32LE(0x0fffffff, 0x40), /type_ids .* lie outside the file/],
  ['class_defs offset past the end', (b) => b.writeUInt32LE(b.length - 8, 0x64), /class_defs .* lie outside the file/],
  ['file_size larger than the data', (b) => b.writeUInt32LE(b.length * 2, 0x20), /truncated/],
  ['map_off past the end', (b) => b.writeUInt32LE(b.length + 100, 0x34), /map_off .* outside the file/],
  ['bad endian tag', (b) => b.writeUInt32LE(0x11111111, 0x28), /bad endian tag/],
  ['bad magic', (b) => b.write('zip', 0, 'latin1'), /bad magic/],
  ['first string_data_off past the end', (b) => b.writeUInt32LE(b.length + 1, b.readUInt32LE(0x3c)), /string 0|outside the file/],
  ['class_def type index out of range', (b) => b.writeUInt32LE(0xffff, b.readUInt32LE(0x64)), /class_def 0 names type 65535/],
  ['map and header disagree', (b) => b.writeUInt32LE(b.readUInt32LE(0x38) + 1, 0x38), /disagrees with the header|lie outside/],
];

for (const [name, mutate, message] of mutations) {
  test(`corrupt DEX (${name}) gives a clear error`, async () => {
    const b = Buffer.from(await realDex());
    mutate(b);
    assert.throws(() => parseDex(b, 'x.apk!/classes.dex'), (e: unknown) => e instanceof AppInputError && e.message.startsWith('x.apk!/classes.dex: ') && message.test(e.message));
  });
}

test('DEX versions outside 035–040 are refused as unsupported, not misread', async () => {
  const b = Buffer.from(await realDex());
  b.write('041', 4, 'latin1');
  assert.throws(() => parseDex(b), (e: unknown) => e instanceof AppInputError && e.code === 'unsupported');
});

test('random corruption and every truncation of a real DEX fail cleanly or parse, never crash', async () => {
  const dex = await realDex();
  for (let n = 0; n < dex.length; n += Math.max(1, Math.floor(dex.length / 300))) {
    assert.throws(() => parseDex(dex.subarray(0, n)), DexError);
  }
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const header = 0x70;
  for (let i = 0; i < 1500; i++) {
    const b = Buffer.from(dex);
    // Hit the header and the ID tables most, where offsets live.
    for (let k = 0; k < 3; k++) b[Math.floor(rand() * (rand() < 0.5 ? header : Math.min(b.length, 8192)))] = Math.floor(rand() * 256);
    try {
      parseDex(b, 'fuzz');
    } catch (e) {
      assert.ok(e instanceof AppInputError, `mutation ${i}: ${(e as Error).stack}`);
    }
  }
});
