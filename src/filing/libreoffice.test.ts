// The generated forms opened by another reader: LibreOffice converts them to CSV (the cells it read) and to
// PDF (the printed form). Skipped with a message where LibreOffice is not installed; not needed in CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { filingForms, officerReportXlsx } from './forms.js';
import { CREDIT_CODE, processorSubject, withUploads } from './test-fixtures.js';

const run = promisify(execFile);

async function findOffice(): Promise<string | undefined> {
  for (const bin of ['libreoffice', 'soffice']) {
    try {
      await run(bin, ['--version'], { timeout: 60_000 });
      return bin;
    } catch {
      // not this one
    }
  }
  return undefined;
}

async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(await readFile(file)),
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
    }
    return { pages: doc.numPages, text };
  } finally {
    await doc.destroy();
  }
}

test('LibreOffice reads the generated forms: the cells as CSV, the printed form as PDF', { timeout: 240_000 }, async (t) => {
  const office = await findOffice();
  if (!office) {
    t.skip('LibreOffice is not installed (libreoffice / soffice not on PATH): the forms were only read back with exceljs');
    return;
  }
  const subject = processorSubject();
  const forms = [...(await filingForms(subject, {}, { filledOn: '2026-06-30' })), await officerReportXlsx(subject, {}, { filledOn: '2026-06-30' })];
  await withUploads(async (dir) => {
    const names = forms.map((f, i) => `form-${i}.xlsx`);
    await Promise.all(forms.map((f, i) => writeFile(join(dir, names[i]!), f.buffer)));
    // A private profile: no clash with a LibreOffice the user (or another test) has open.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const convert = (to: string) => run(office, [profile, '--headless', '--convert-to', to, '--outdir', join(dir, 'out'), ...names.map((n) => join(dir, n))], { timeout: 180_000 });
    await convert('pdf');
    await convert('csv:Text - txt - csv (StarCalc):44,34,76');
    for (const [i, form] of forms.entries()) {
      const csv = await readFile(join(dir, 'out', `form-${i}.csv`), 'utf8');
      assert.ok(csv.includes(form.spec.title.zh), `${form.fileName}: title read by LibreOffice`);
      assert.ok(csv.includes('示例物业服务有限公司'), `${form.fileName}: processor name`);
      assert.ok(csv.includes(CREDIT_CODE), `${form.fileName}: credit code`);
      assert.ok(csv.includes('2026-06-30'), `${form.fileName}: 填报日期`);
      assert.ok(csv.includes('单位盖章'), `${form.fileName}: seal row`);
      const pdfFile = join(dir, 'out', `form-${i}.pdf`);
      assert.equal((await readFile(pdfFile)).subarray(0, 5).toString('latin1'), '%PDF-');
      const pdf = await pdfText(pdfFile);
      assert.ok(pdf.pages >= 1);
      assert.ok(pdf.text.replace(/\s/g, '').includes(form.spec.title.zh), `${form.fileName}: title printed`);
    }
    // The FIL-07 CSV has the scenario row LibreOffice read from merged cells.
    const csv07 = await readFile(join(dir, 'out', 'form-0.csv'), 'utf8');
    assert.match(csv07, /人脸识别门禁.*本地核身类.*门禁识别/);
  });
});
