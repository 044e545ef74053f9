// The rectification list (整改清单) as XLSX: every failing finding of an assessment, with the tracked item's
// owner, due date and status when one was created for it.
import ExcelJS from 'exceljs';
import type { Assessment } from '../engine/assessment.js';
import type { Rectification } from '../platform/index.js';
import { rectificationList } from '../reports/common.js';

const STATUS: Record<string, string> = { open: '待整改', 'in-progress': '整改中', done: '已整改待复核', verified: '已复核' };

export async function rectificationXlsx(a: Assessment, tracked: Rectification[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FaceAudit';
  const ws = wb.addWorksheet('整改清单');
  ws.columns = [
    { header: '序号 No.', key: 'no', width: 6 },
    { header: '规则 Rule', key: 'rule', width: 14 },
    { header: '检查项 Check', key: 'check', width: 22 },
    { header: '场景 Scenario', key: 'scenario', width: 18 },
    { header: '问题 Problem', key: 'problem', width: 50 },
    { header: '整改建议 Remediation', key: 'remediation', width: 50 },
    { header: '依据 Source', key: 'source', width: 30 },
    { header: '负责人 Owner', key: 'owner', width: 14 },
    { header: '期限 Due', key: 'due', width: 12 },
    { header: '状态 Status', key: 'status', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const item of rectificationList(a)) {
    const t = tracked.find((r) => r.checkId === item.checkId);
    ws.addRow({
      no: item.no,
      rule: item.ruleId,
      check: item.checkId,
      scenario: item.scenario,
      problem: `${item.problem.zh}\n${item.problem.en}`,
      remediation: `${item.remediation.zh}\n${item.remediation.en}`,
      source: item.source.join('\n'),
      owner: t?.owner ?? '',
      due: t?.dueOn ?? '',
      status: t ? STATUS[t.status] ?? t.status : '未建整改项',
    });
  }
  ws.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
