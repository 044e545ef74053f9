import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { FormInputError, formContent, mergeFormInput, prefillFormInput } from './form-input.js';
import { filingFormXlsx, processorFormXlsx } from './forms.js';
import type { GeneratedForm } from './xlsx.js';
import { subjectWith } from '../test-support/fixtures.js';
import { CREDIT_CODE, processorSubject } from './test-fixtures.js';

const subject = processorSubject({
  scenarios: [
    {
      id: 'attendance',
      name: '员工考勤',
      type: 'remote-verification',
      setting: 'offline-device',
      purpose: '员工考勤',
      storage: 'local-server',
      retentionDays: 0,
      alternatives: [],
      encryptedAtRest: true,
      faceLeavesDevice: true,
      transmissionEncrypted: true,
    },
  ],
});

async function sheetOf(form: GeneratedForm): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form.buffer as unknown as ArrayBuffer);
  assert.equal(wb.worksheets.length, 1);
  return wb.worksheets[0]!;
}

/** The value written for a field, read back from the file. */
function value(ws: ExcelJS.Worksheet, form: GeneratedForm, key: string): unknown {
  const addr = form.cells[key];
  assert.ok(addr, `no cell for ${key}`);
  return ws.getCell(addr).value;
}
const isYellow = (c: ExcelJS.Cell) => c.fill?.type === 'pattern' && (c.fill as ExcelJS.FillPattern).fgColor?.argb === 'FFFFF2CC';

test('FIL-07 form: title, 填报日期, basic situation, and the labels Chinese first', async () => {
  const form = await filingFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  assert.equal(form.fileName, '人脸识别技术应用情况备案表.xlsx');
  const ws = await sheetOf(form);
  assert.equal(ws.name, '人脸识别技术应用情况备案表');
  assert.equal(ws.getCell('A1').value, '人脸识别技术应用情况备案表');
  assert.equal(ws.getCell('A2').value, 'Face Recognition Technology Application Filing Form');
  assert.equal(value(ws, form, 'filledOn'), '2026-06-30');
  assert.equal(value(ws, form, 'processor.name'), '示例物业服务有限公司');
  assert.equal(value(ws, form, 'processor.creditCode'), CREDIT_CODE);
  assert.equal(value(ws, form, 'officer.name'), '李负责');
  assert.equal(value(ws, form, 'officer.email'), 'officer@example.com');
  // The label sits left of the value: Chinese, then English.
  const row = Number(form.cells['processor.creditCode']!.slice(1));
  assert.equal(ws.getCell(`A${row}`).value, '统一社会信用代码\nUnified social credit code');
});

test('FIL-07 form: one row per scenario with type, setting, purpose, comparison, storage, retention, alternatives', async () => {
  const form = await filingFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  const ws = await sheetOf(form);
  const cell = (k: string) => value(ws, form, k);
  assert.equal(cell('scenarios.door-access.name'), '人脸识别门禁');
  assert.equal(cell('scenarios.door-access.type'), '本地核身类');
  assert.equal(cell('scenarios.door-access.setting'), '线下设备（门禁、考勤、闸机、支付终端等）');
  assert.equal(cell('scenarios.door-access.purpose'), '门禁识别');
  assert.equal(cell('scenarios.door-access.comparison'), '本地比对（在设备上完成）');
  assert.equal(cell('scenarios.door-access.storage'), '设备本地');
  assert.equal(cell('scenarios.door-access.retention'), '365 天');
  assert.equal(cell('scenarios.door-access.alternatives'), '刷卡、人工核验');
  assert.equal(cell('scenarios.attendance.comparison'), '远程比对（在服务器完成）');
  assert.equal(cell('scenarios.attendance.retention'), '处理完成后立即删除');
  assert.equal(cell('scenarios.attendance.alternatives'), '无（人脸识别为唯一验证方式）');
  // Same row for one scenario's cells, next row for the next scenario.
  const r1 = Number(form.cells['scenarios.door-access.purpose']!.replace(/^[A-Z]+/, ''));
  const r2 = Number(form.cells['scenarios.attendance.purpose']!.replace(/^[A-Z]+/, ''));
  assert.equal(r2, r1 + 1);
});

test('FIL-07 form: count stored and security measures, rules and procedures, PIA', async () => {
  const form = await filingFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  const ws = await sheetOf(form);
  const count = ws.getCell(form.cells['faces.storedPersons']!);
  assert.equal(count.value, 150_000);
  assert.equal(count.numFmt, '#,##0');
  assert.equal(value(ws, form, 'faces.countedOn'), '2026-06-30');
  assert.equal(value(ws, form, 'security.encryption'), '人脸信息加密存储；传输加密');
  assert.match(String(value(ws, form, 'security.accessControl')), /^已落实：访问控制/);
  assert.match(String(value(ws, form, 'security.intrusion')), /^部分落实：/);
  assert.equal(value(ws, form, 'security.mlps'), '网络安全等级保护第2级');
  assert.equal(value(ws, form, 'documents.0.title'), '个人信息保护管理制度文件（人脸信息处理规则）');
  assert.equal(value(ws, form, 'documents.0.category'), '操作规程');
  assert.equal(value(ws, form, 'documents.0.date'), '2025-08-10');
  assert.equal(value(ws, form, 'pia.date'), '2025-08-20');
  assert.equal(value(ws, form, 'pia.version'), '1.0');
  assert.equal(value(ws, form, 'pia.coversFourContents'), '是');
  // The seal and signature rows (盖章处) close the sheet.
  const seal = Number(form.cells['stamp.0']!.slice(1));
  assert.equal(ws.getCell(`A${seal}`).value, '单位盖章\nSeal of the processor');
  assert.equal(ws.getCell(`A${seal - 1}`).value, '盖章处  Seal and signatures');
  assert.ok(ws.getRow(seal).height! >= 60, 'room for the seal');
});

test('unknown fields are blank, shaded, and listed in missing[] by their input path', async () => {
  const form = await filingFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  const ws = await sheetOf(form);
  const keys = form.missing.map((m) => m.key);
  assert.deepEqual(keys, ['processor.registeredAddress', 'processor.legalRepresentative.name', 'processor.contact.name', 'officer.phone']);
  for (const k of keys) {
    const c = ws.getCell(form.cells[k]!);
    assert.equal(c.value, null, k);
    assert.ok(isYellow(c), `${k} is shaded`);
  }
  assert.ok(!isYellow(ws.getCell(form.cells['processor.name']!)));
  assert.match(String(ws.getCell('A3').value), /黄色底色单元格为尚缺信息/);
  assert.equal(form.missing[1]!.label.zh, '法定代表人');
  assert.equal(form.missing[1]!.section.zh, '一、个人信息处理者基本情况');
});

test('what the person enters fills the blanks and overrides the subject, scenario by ID', async () => {
  const entered = {
    processor: { registeredAddress: '示例市示例区示例路 1 号', legalRepresentative: { name: '张三' }, contact: { name: '王经办' } },
    officer: { phone: '021-11111111' },
    scenarios: [{ id: 'door-access', purpose: '小区门禁通行核验' }],
  };
  const form = await filingFormXlsx(subject, entered, { filledOn: '2026-06-30' });
  const ws = await sheetOf(form);
  assert.deepEqual(form.missing, []);
  assert.equal(value(ws, form, 'processor.legalRepresentative.name'), '张三');
  assert.equal(value(ws, form, 'scenarios.door-access.purpose'), '小区门禁通行核验');
  assert.equal(value(ws, form, 'scenarios.door-access.storage'), '设备本地', 'the rest of the scenario still comes from the subject');
  assert.equal(value(ws, form, 'officer.email'), 'officer@example.com');
  assert.ok(!String(ws.getCell('A3').value).includes('黄色'), 'no note when nothing is missing');
});

test('entered input is validated with zod: a bad credit code or an unknown field names its path', () => {
  assert.throws(() => formContent(subject, { processor: { creditCode: '12345' } }), (e: unknown) => e instanceof FormInputError && e.issues[0]!.path === 'processor.creditCode');
  assert.throws(() => formContent(subject, { processor: { nmae: 'x' } }), (e: unknown) => e instanceof FormInputError && /nmae/.test(e.message));
  assert.throws(() => formContent(subject, { faces: { storedPersons: -1 } }), /faces\.storedPersons/);
  assert.throws(() => formContent(subject, { pia: { date: '2025-02-30' } }), /pia\.date/);
  assert.throws(() => formContent(subject, { processor: { name: '   ' } }), /processor\.name/);
});

test('merge: entered values win, unknowns never erase, an entered document list replaces the subject’s', () => {
  const base = prefillFormInput(subject);
  const merged = mergeFormInput(base, { processor: { name: '新名称' }, documents: [{ title: '人脸信息处理规则', date: '2026-01-01' }], scenarios: [{ id: 'new-one', name: '新场景' }] });
  assert.equal(merged.processor?.name, '新名称');
  assert.equal(merged.processor?.creditCode, CREDIT_CODE);
  assert.deepEqual(merged.documents, [{ title: '人脸信息处理规则', date: '2026-01-01' }]);
  assert.deepEqual(merged.scenarios?.map((s) => s.id), ['door-access', 'attendance', 'new-one']);
});

test('a subject that says little gives a valid form that is mostly blank, with an empty scenario purpose and no documents', async () => {
  const bare = subjectWith({ processor: { name: '某公司' } });
  const form = await filingFormXlsx(bare, {}, { filledOn: '2026-06-30' });
  const ws = await sheetOf(form);
  const keys = form.missing.map((m) => m.key);
  for (const k of ['processor.creditCode', 'scenarios.s1.purpose', 'faces.storedPersons', 'security.encryption', 'documents', 'pia.date', 'pia.coversFourContents']) {
    assert.ok(keys.includes(k), `${k} missing`);
  }
  assert.ok(isYellow(ws.getCell(form.cells['documents']!)), 'the empty table has a shaded row');
  assert.ok(!keys.includes('security.other'), 'optional fields are not asked for');
});

test('change and deregistration filings add their own section', async () => {
  const change = await filingFormXlsx(subject, { change: { changedOn: '2026-08-01', description: '新增员工考勤场景' } }, { filledOn: '2026-08-02', kind: 'change' });
  const ws = await sheetOf(change);
  assert.equal(value(ws, change, 'change.description'), '新增员工考勤场景');
  assert.equal(value(ws, change, 'change.changedOn'), '2026-08-01');
  const dereg = await filingFormXlsx(subject, { deregistration: { stoppedOn: '2026-09-01' } }, { filledOn: '2026-09-02', kind: 'deregistration' });
  assert.deepEqual(
    dereg.missing.filter((m) => m.key.startsWith('deregistration')).map((m) => m.key),
    ['deregistration.reason', 'deregistration.dataDisposal'],
  );
  const initial = await filingFormXlsx(subject, {}, { filledOn: '2026-06-30' });
  assert.equal(initial.cells['change.description'], undefined);
});

test('FIL-08 form: organisation, legal representative, contact, officer, PI processed', async () => {
  const form = await processorFormXlsx(subject, { processor: { unitType: '企业' } }, { filledOn: '2026-06-30' });
  assert.equal(form.fileName, '个人信息处理者基本情况表.xlsx');
  const ws = await sheetOf(form);
  assert.equal(ws.getCell('A1').value, '个人信息处理者基本情况表');
  assert.equal(value(ws, form, 'processor.unitType'), '企业');
  assert.equal(value(ws, form, 'processor.industry'), '物业');
  assert.equal(value(ws, form, 'processor.officeAddress'), '示例市示例路 1 号');
  assert.equal(value(ws, form, 'processor.province'), '示例省');
  assert.equal(value(ws, form, 'processor.contact.email'), 'dpo@example.com');
  assert.equal(value(ws, form, 'processor.piPersons'), 160_000);
  assert.equal(value(ws, form, 'scenarios'), 2);
  assert.ok(form.missing.some((m) => m.key === 'processor.legalRepresentative.phone'));
  assert.ok(form.missing.some((m) => m.key === 'officer.title'));
});
