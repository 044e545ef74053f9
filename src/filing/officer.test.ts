import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { officerReport, officerReportXlsx } from './forms.js';
import { CREDIT_CODE, processorSubject } from './test-fixtures.js';

const subject = processorSubject({ facts: { piPersons: 1_200_000, piThresholdReachedOn: '2025-09-15' } });

test('officer report: the structured content, from the subject and what was entered', () => {
  const r = officerReport(subject, { officer: { title: '首席隐私官', phone: '021-22222222' }, processor: { registeredAddress: '示例市示例路 1 号' } }, { filledOn: '2026-06-30' });
  assert.deepEqual(r.report, {
    kind: 'initial',
    filledOn: '2026-06-30',
    authority: '示例市网信办',
    processor: {
      name: '示例物业服务有限公司',
      creditCode: CREDIT_CODE,
      registeredAddress: '示例市示例路 1 号',
      province: '示例省',
      city: '示例市',
      piPersons: 1_200_000,
      piThresholdReachedOn: '2025-09-15',
    },
    officer: { name: '李负责', title: '首席隐私官', phone: '021-22222222', email: 'officer@example.com' },
  });
  assert.deepEqual(r.missing.map((m) => m.key), ['officer.contactPublished']);
  assert.deepEqual(r.blocking, []);
});

test('officer report: without the officer’s name and any contact it cannot be made', () => {
  const bare = processorSubject({ processor: { officer: {} } });
  const r = officerReport(bare, {}, { filledOn: '2026-06-30' });
  assert.deepEqual(r.blocking.map((m) => m.key), ['officer.name', 'officer.phone']);
  // One contact is enough for PIPL Art.52; the other stays a plain blank.
  const withEmail = officerReport(bare, { officer: { name: '李负责', email: 'a@b.cn' } });
  assert.deepEqual(withEmail.blocking, []);
  assert.ok(withEmail.missing.some((m) => m.key === 'officer.phone'));
});

test('officer report XLSX: title, cells, blanks shaded', async () => {
  const form = await officerReportXlsx(subject, {}, { filledOn: '2026-06-30' });
  assert.equal(form.fileName, '个人信息保护负责人信息报送表.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form.buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.getCell('A1').value, '个人信息保护负责人信息报送表');
  const v = (k: string) => ws.getCell(form.cells[k]!).value;
  assert.equal(v('filledOn'), '2026-06-30');
  assert.equal(v('processor.city'), '示例市');
  assert.equal(v('processor.piPersons'), 1_200_000);
  assert.equal(v('processor.piThresholdReachedOn'), '2025-09-15');
  assert.equal(v('officer.name'), '李负责');
  assert.equal(v('officer.title'), null);
  assert.equal(form.report.officer.name, '李负责');
  assert.ok(form.missing.some((m) => m.key === 'officer.title'));
});

test('officer change report: its own title and the change section, both required', async () => {
  const r = officerReport(subject, { change: { changedOn: '2026-03-02' } }, { change: true });
  assert.equal(r.report.kind, 'change');
  assert.deepEqual(r.report.change, { changedOn: '2026-03-02' });
  assert.deepEqual(r.blocking.map((m) => m.key), ['change.description']);
  const form = await officerReportXlsx(subject, { change: { changedOn: '2026-03-02', description: '负责人更换为赵某' } }, { change: true, filledOn: '2026-03-05' });
  assert.equal(form.fileName, '个人信息保护负责人信息变更报送表.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form.buffer as unknown as ArrayBuffer);
  assert.equal(wb.worksheets[0]!.getCell(form.cells['change.description']!).value, '负责人更换为赵某');
});
