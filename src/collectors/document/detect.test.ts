import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { corpusDir, projectRoot } from '../../core/paths.js';
import { detectFormat } from './detect.js';

const fx = (name: string) => join(projectRoot(), 'test', 'fixtures', 'documents', name);

async function withTemp(fn: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-doc-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('fixtures made with real tools are detected from their bytes', async () => {
  const cases: [string, string, string][] = [
    ['scan.pdf', 'pdf', 'pdf'],
    ['scan.png', 'png', 'png'],
    ['scan.jpg', 'jpg', 'jpeg'],
    ['scan.ofd', 'ofd', 'ofd'],
    ['sheet.xls', 'xls', 'xls'],
    ['letter.doc', 'doc', 'doc'],
    ['letter.docx', 'docx', 'docx'],
  ];
  for (const [file, ext, format] of cases) {
    const d = await detectFormat(fx(file), ext);
    assert.equal(d.format, format, `${file}: ${d.detail}`);
  }
});

test('the OLE2 directory is read: XLS shows its Workbook stream, DOC its WordDocument stream', async () => {
  assert.match((await detectFormat(fx('sheet.xls'), 'xls')).detail, /stream 'Workbook'/);
  assert.match((await detectFormat(fx('letter.doc'), 'doc')).detail, /WordDocument/);
});

test('a PNG renamed to .pdf is detected as png', async () => {
  await withTemp(async (dir) => {
    const renamed = join(dir, '统一社会信用代码证件.pdf');
    await copyFile(fx('scan.png'), renamed);
    assert.equal((await detectFormat(renamed, 'pdf')).format, 'png');
  });
});

test('an XLSX written by exceljs is detected as xlsx, also when named .pdf', async () => {
  await withTemp(async (dir) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('备案表').addRow(['人脸信息存储数量', 120000]);
    const file = join(dir, '备案表.xlsx');
    await wb.xlsx.writeFile(file);
    assert.equal((await detectFormat(file, 'xlsx')).format, 'xlsx');
    const renamed = join(dir, '备案表.pdf');
    await copyFile(file, renamed);
    assert.equal((await detectFormat(renamed, 'pdf')).format, 'xlsx');
  });
});

test('an OLE2 workbook named .et is reported as et, and the detail says XLS and ET cannot be told apart', async () => {
  await withTemp(async (dir) => {
    const et = join(dir, '基本情况表.et');
    await copyFile(fx('sheet.xls'), et);
    const d = await detectFormat(et, 'et');
    assert.equal(d.format, 'et');
    assert.match(d.detail, /cannot tell them apart/);
    // The same bytes named .pdf: the bytes say "workbook", so xls.
    assert.equal((await detectFormat(et, 'pdf')).format, 'xls');
  });
});

test('a DOC named .et stays doc: the name only picks between what the bytes allow', async () => {
  await withTemp(async (dir) => {
    const f = join(dir, 'x.et');
    await copyFile(fx('letter.doc'), f);
    assert.equal((await detectFormat(f, 'et')).format, 'doc');
  });
});

test('text, empty, random and truncated files get clear results, not crashes', async () => {
  await withTemp(async (dir) => {
    const text = join(dir, 'a.pdf');
    await writeFile(text, '这不是 PDF，是一段文字。\n');
    assert.equal((await detectFormat(text, 'pdf')).format, 'text');

    const empty = join(dir, 'empty.png');
    await writeFile(empty, '');
    const e = await detectFormat(empty, 'png');
    assert.equal(e.format, 'unknown');
    assert.match(e.detail, /empty/);

    const random = join(dir, 'r.jpg');
    await writeFile(random, Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x80, 0x00, 0x07, 0x9a]));
    assert.equal((await detectFormat(random, 'jpg')).format, 'unknown');

    const xls = await readFile(fx('sheet.xls'));
    const cutOle = join(dir, 'cut.xls');
    await writeFile(cutOle, xls.subarray(0, 600));
    const c = await detectFormat(cutOle, 'xls');
    assert.equal(c.format, 'unknown');
    assert.match(c.detail, /OLE2 signature, but the directory cannot be read/);

    const docx = await readFile(fx('letter.docx'));
    const cutZip = join(dir, 'cut.docx');
    await writeFile(cutZip, docx.subarray(0, 200));
    const z = await detectFormat(cutZip, 'docx');
    assert.equal(z.format, 'unknown');
    assert.match(z.detail, /central directory cannot be read/);
  });
});

test('PDF header after leading junk within 1024 bytes is still a PDF, and says where', async () => {
  await withTemp(async (dir) => {
    const f = join(dir, 'junk.pdf');
    await writeFile(f, Buffer.concat([Buffer.from('\r\n\r\n'), await readFile(fx('scan.pdf'))]));
    const d = await detectFormat(f, 'pdf');
    assert.equal(d.format, 'pdf');
    assert.match(d.detail, /at byte 4/);
  });
});

test('real zip packages from the corpus (an APK, a HarmonyOS HAP) are plain zip, not documents', async (t) => {
  const apk = corpusDir('apps', 'androguard-hello-world.apk');
  const hap = corpusDir('apps', 'appinfo-harmony.hap');
  if (!existsSync(apk) || !existsSync(hap)) return t.skip('corpus not present');
  const a = await detectFormat(apk, 'pdf');
  assert.equal(a.format, 'zip');
  assert.match(a.detail, /zip archive \(\d+ entries\)/);
  assert.equal((await detectFormat(hap, 'hap')).format, 'zip');
});
