// Renders the blank self-inspection questionnaire (自查清单) as Markdown, JSON or XLSX.
import { QUESTIONS } from './index.js';
import type { Question } from './types.js';
import { RULES } from '../rules/index.js';
import { CHAPTERS } from '../rules/rule.js';

/** question ID → rule IDs that read it, derived from the rulebook so the two never disagree. */
export function rulesByQuestion(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of RULES) for (const q of r.inputs.questions ?? []) m.set(q, [...(m.get(q) ?? []), r.id]);
  return m;
}

const ANSWER_HINT: Record<Question['type'], string> = {
  'yes-no': 'yes / no / partial / not-applicable',
  number: 'number',
  date: 'YYYY-MM-DD',
  text: 'text',
  choice: 'one of the choices',
};

export function questionnaireJson(): string {
  const used = rulesByQuestion();
  return JSON.stringify(QUESTIONS.map((q) => ({ ...q, rules: used.get(q.id) ?? [] })), null, 2) + '\n';
}

export function questionnaireMarkdown(): string {
  const used = rulesByQuestion();
  const out = ['# 人脸识别与个人信息保护自查清单 / Self-inspection questionnaire', '', '对"是/否"题，"是"(yes) 始终表示已做到。For yes-no questions, "yes" always means the good practice is in place.', ''];
  for (const c of CHAPTERS) {
    const qs = QUESTIONS.filter((q) => q.chapter === c.id);
    if (!qs.length) continue;
    out.push(`## ${c.id} ${c.title.zh} / ${c.title.en}`, '');
    for (const q of qs) {
      out.push(`### ${q.id} ${q.text.zh}`, '', q.text.en, '');
      out.push(`- 回答方式 Answer: ${ANSWER_HINT[q.type]}${q.choices ? ` (${q.choices.map((c) => `${c.value} = ${c.label.zh}`).join('; ')})` : ''}; ${q.scope === 'scenario' ? '每个场景分别回答 per scenario' : '处理者整体回答一次 once for the processor'}`);
      out.push(`- 查验方法 How to check: ${q.help.zh}`, `  ${q.help.en}`);
      out.push(`- 相关规则 Rules: ${(used.get(q.id) ?? []).join(', ') || '—'}`, `- 回答 Answer: ______`, '');
    }
  }
  return out.join('\n');
}

export async function questionnaireXlsx(): Promise<Buffer> {
  const used = rulesByQuestion();
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'faceaudit';
  const ws = wb.addWorksheet('自查清单 Questionnaire', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '编号 ID', key: 'id', width: 22 },
    { header: '章节 Chapter', key: 'chapter', width: 8 },
    { header: '范围 Scope', key: 'scope', width: 10 },
    { header: '问题', key: 'zh', width: 50 },
    { header: 'Question', key: 'en', width: 50 },
    { header: '查验方法 How to check', key: 'help', width: 60 },
    { header: '回答方式 Answer type', key: 'type', width: 22 },
    { header: '相关规则 Rules', key: 'rules', width: 16 },
    { header: '回答 Answer', key: 'answer', width: 16 },
    { header: '说明/证据 Notes, evidence', key: 'notes', width: 30 },
  ];
  for (const q of QUESTIONS) {
    ws.addRow({ id: q.id, chapter: q.chapter, scope: q.scope, zh: q.text.zh, en: q.text.en, help: q.help.zh, type: ANSWER_HINT[q.type], rules: (used.get(q.id) ?? []).join(', ') });
  }
  ws.getRow(1).font = { bold: true };
  ws.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  const yesNoRows = QUESTIONS.map((q, i) => (q.type === 'yes-no' ? i + 2 : 0)).filter(Boolean);
  for (const r of yesNoRows) {
    ws.getCell(`I${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"yes,no,partial,not-applicable"'] };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
