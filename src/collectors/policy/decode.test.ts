import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicyFile } from './analyze.js';
import { decodeText } from './decode.js';
import { PolicyInputError } from './errors.js';
import { corpusPolicy, iconv, tempDir } from './test-fixtures.js';

const SOURCE = corpusPolicy('appch-mi.app-实用工具-com.palmmob.voicer.txt');
const utf8 = readFileSync(SOURCE);
const plain = utf8.toString('utf8');

function sentencesOf(a: Awaited<ReturnType<typeof analyzePolicyFile>>) {
  return a.sentences.map((s) => [s.start, s.end, s.text, s.tags.join(',')]);
}

test('the same policy in UTF-8, UTF-8 BOM, CRLF, GB18030, UTF-16LE/BE (with and without BOM) gives identical sentences', async () => {
  const dir = tempDir();
  const reference = await analyzePolicyFile(SOURCE);
  assert.equal(reference.encoding, 'utf-8');
  assert.ok(reference.sentences.length > 100);
  const le = Buffer.from(plain, 'utf16le');
  const variants: [string, Buffer, string][] = [
    ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'utf-8-bom'],
    ['crlf.txt', Buffer.from(plain.replace(/\n/g, '\r\n'), 'utf8'), 'utf-8'],
    ['bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.replace(/\n/g, '\r\n'), 'utf8')]), 'utf-8-bom'],
    ['gb18030.txt', iconv(utf8, 'GB18030'), 'gb18030'],
    ['gb18030-crlf.txt', iconv(Buffer.from(plain.replace(/\n/g, '\r\n'), 'utf8'), 'GB18030'), 'gb18030'],
    ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'],
    ['utf16le.txt', le, 'utf-16le'],
    ['utf16be.txt', iconv(utf8, 'UTF-16BE'), 'utf-16be'],
    ['utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv(utf8, 'UTF-16BE')]), 'utf-16be'],
  ];
  for (const [name, bytes, encoding] of variants) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const a = await analyzePolicyFile(path);
    assert.equal(a.encoding, encoding, name);
    assert.equal(a.text, reference.text, name);
    assert.deepEqual(sentencesOf(a), sentencesOf(reference), name);
  }
});

test('a file whose lines mix UTF-8 and GB18030 is decoded line by line', () => {
  const lines = plain.split('\n');
  const half = lines.length >> 1;
  const bytes = Buffer.concat([Buffer.from(lines.slice(0, half).join('\n') + '\n', 'utf8'), iconv(Buffer.from(lines.slice(half).join('\n'), 'utf8'), 'GB18030')]);
  const d = decodeText(bytes);
  assert.equal(d.encoding, 'mixed(utf-8,gb18030)');
  assert.equal(d.text, plain);
});

test('GBK text from the corpus is detected as GB18030', () => {
  const d = decodeText(readFileSync(corpusPolicy('appch-360-cn.emoney.pf.txt')));
  assert.equal(d.encoding, 'gb18030');
  assert.match(d.text, /益盟操盘手隐私政策/);
});

test('empty, whitespace-only, binary and damaged input are refused with a reason', () => {
  const err = (b: Uint8Array) => {
    try {
      decodeText(b, 'x.txt');
    } catch (e) {
      assert.ok(e instanceof PolicyInputError);
      return e.problem;
    }
    return 'decoded';
  };
  assert.equal(err(new Uint8Array(0)), 'empty');
  assert.equal(err(Buffer.from(' \n\t\r\n ')), 'empty');
  // deterministic pseudo-random bytes
  let x = 12345;
  const junk = Buffer.alloc(65536, 0).map(() => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x >> 16) & 0xff);
  assert.equal(err(junk), 'binary');
  assert.equal(err(Buffer.from('隐私政策' + '\ufffd'.repeat(200) + '个人信息', 'utf8')), 'corrupt');
  assert.equal(err(Buffer.from('隐私政策\n我们收集您的手机号码。\n', 'utf8')), 'decoded');
});
