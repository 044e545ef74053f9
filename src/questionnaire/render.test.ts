import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { QUESTIONS } from './index.js';
import { questionnaireJson, questionnaireMarkdown, questionnaireXlsx, rulesByQuestion } from './render.js';
import { RULES } from '../rules/index.js';
import { parseSubject } from '../subject/load.js';
import { starterSubject } from '../subject/starter.js';

test('question IDs are unique, bilingual, and each is read by at least one rule', () => {
  const ids = QUESTIONS.map((q) => q.id);
  assert.equal(new Set(ids).size, ids.length);
  const used = rulesByQuestion();
  for (const q of QUESTIONS) {
    assert.ok(q.text.zh && q.text.en && q.help.zh && q.help.en, `${q.id} has both languages`);
    assert.ok(used.get(q.id)?.length, `${q.id} is read by a rule`);
  }
  for (const r of RULES) for (const q of r.inputs.questions ?? []) assert.ok(ids.includes(q), `${r.id} reads ${q}, which exists`);
});

test('JSON and Markdown list every question with the rules that use it', () => {
  const json = JSON.parse(questionnaireJson()) as { id: string; rules: string[] }[];
  assert.equal(json.length, QUESTIONS.length);
  assert.ok(json.every((q) => q.rules.length > 0));
  const md = questionnaireMarkdown();
  for (const q of QUESTIONS) assert.ok(md.includes(`### ${q.id} `), q.id);
});

test('the XLSX opens in a spreadsheet library with one row per question and a yes/no list', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await questionnaireXlsx()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.rowCount, QUESTIONS.length + 1);
  assert.equal(ws.getCell('A2').value, QUESTIONS[0]!.id);
  const yesNoRow = QUESTIONS.findIndex((q) => q.type === 'yes-no') + 2;
  assert.deepEqual(ws.getCell(`I${yesNoRow}`).dataValidation.formulae, ['"yes,no,partial,not-applicable"']);
});

test('`init` writes a subject that loads, with every question present and unanswered', () => {
  const text = starterSubject();
  const { subject } = parseSubject(text, 'starter.yaml');
  const answered = { ...subject.answers, ...subject.deployments[0]!.scenarios[0]!.answers };
  assert.deepEqual(Object.keys(answered).sort(), QUESTIONS.map((q) => q.id).sort());
  assert.ok(Object.values(answered).every((v) => v === null));
});
