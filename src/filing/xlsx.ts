// Lays a FormSpec out as one A4 worksheet with exceljs: title, 填报日期, sections (label | value rows, or a
// table), then the seal and signature rows. Blank required cells are shaded yellow so they show on screen and
// on paper; their keys come back in missing[] and their addresses in cells{}.
import ExcelJS from 'exceljs';
import type { Text } from '../core/types.js';
import { missingFields, type FormField, type FormSpec, type MissingField } from './form-spec.js';

/** Sheet width in columns (A…J): the scenario table has ten. */
const WIDTH = 10;
const LABEL_SPAN = 3;
/** Column width in characters: ten columns fill an A4 page across (landscape) or upright (portrait). */
const COL_CHARS = { landscape: 13, portrait: 9 } as const;
const MISSING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'SimSun';

export interface GeneratedForm {
  id: FormSpec['id'];
  fileName: string;
  buffer: Buffer;
  /** Blank fields to ask for, keyed by their path in FormInput. */
  missing: MissingField[];
  /** Where each field's value is, e.g. { "processor.name": "D5" }. */
  cells: Record<string, string>;
  spec: FormSpec;
}

const bilingual = (x: Text) => `${x.zh}\n${x.en}`;
const col = (n: number) => String.fromCharCode(64 + n);

/** Lines a text needs in a cell `chars` wide; CJK characters count double. */
function lines(text: string, chars: number): number {
  return text.split('\n').reduce((sum, line) => {
    const w = [...line].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    return sum + Math.max(1, Math.ceil(w / Math.max(1, chars)));
  }, 0);
}

class Writer {
  row = 0;
  readonly cells: Record<string, string> = {};
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly colChars: number,
  ) {}

  /** Writes a value into columns [from, to] of the current row (merged when wider than one column). */
  put(from: number, to: number, value: string | number | undefined, style: { bold?: boolean; fill?: ExcelJS.Fill; size?: number; center?: boolean; count?: boolean } = {}) {
    if (to > from) this.ws.mergeCells(this.row, from, this.row, to);
    const cell = this.ws.getCell(this.row, from);
    if (value !== undefined) cell.value = value;
    cell.font = { name: FONT, size: style.size ?? 10, bold: style.bold ?? false };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: style.center ? 'center' : 'left' };
    if (style.count) cell.numFmt = '#,##0';
    for (let c = from; c <= to; c++) {
      const each = this.ws.getCell(this.row, c);
      each.border = THIN;
      if (style.fill) each.fill = style.fill;
    }
    return `${col(from)}${this.row}`;
  }

  fit(texts: { text: string; span: number }[], min = 1) {
    const n = Math.max(min, ...texts.map((x) => lines(x.text, x.span * this.colChars)));
    this.ws.getRow(this.row).height = Math.max(20, n * 14 + 6);
  }

  next() {
    this.row++;
  }

  field(x: FormField) {
    this.next();
    this.put(1, LABEL_SPAN, bilingual(x.label), { bold: true });
    const blank = x.value === undefined;
    this.cells[x.key] = this.put(LABEL_SPAN + 1, WIDTH, x.value, { ...(blank && !x.optional ? { fill: MISSING_FILL } : {}), count: x.count ?? false });
    this.fit([
      { text: bilingual(x.label), span: LABEL_SPAN },
      { text: String(x.value ?? ''), span: WIDTH - LABEL_SPAN },
    ]);
  }
}

/** Writes a spec to an XLSX buffer. */
export async function renderForm(spec: FormSpec): Promise<GeneratedForm> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'faceaudit';
  wb.title = spec.title.zh;
  // Wide tables print across; label | value forms print upright.
  const orientation = spec.sections.some((s) => s.table) ? 'landscape' : 'portrait';
  const ws = wb.addWorksheet(spec.sheetName, {
    pageSetup: { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  ws.columns = Array.from({ length: WIDTH }, () => ({ width: COL_CHARS[orientation] }));
  const w = new Writer(ws, COL_CHARS[orientation]);
  const missing = missingFields(spec);

  w.next();
  w.put(1, WIDTH, spec.title.zh, { bold: true, size: 16, center: true });
  ws.getRow(w.row).height = 30;
  w.next();
  w.put(1, WIDTH, spec.title.en, { size: 11, center: true });
  if (missing.length) {
    w.next();
    w.put(1, WIDTH, '注：黄色底色单元格为尚缺信息，请补充后再盖章报送。 Note: cells shaded yellow are still missing; fill them in before stamping and filing.', { fill: MISSING_FILL });
    w.fit([{ text: '注：黄色底色单元格为尚缺信息，请补充后再盖章报送。 Note: cells shaded yellow are still missing; fill them in before stamping and filing.', span: WIDTH }]);
  }
  w.field(spec.filledOn);

  for (const s of spec.sections) {
    w.next();
    w.put(1, WIDTH, `${s.title.zh}  ${s.title.en}`, { bold: true, fill: SECTION_FILL });
    for (const x of s.fields ?? []) w.field(x);
    if (s.table) {
      const spans = s.table.columns.map((c) => c.span ?? 1);
      const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
      w.next();
      s.table.columns.forEach((c, i) => w.put(starts[i]!, starts[i]! + spans[i]! - 1, bilingual(c.label), { bold: true, center: true }));
      w.fit(s.table.columns.map((c, i) => ({ text: bilingual(c.label), span: spans[i]! })));
      if (s.table.rows.length === 0) {
        w.next();
        w.cells[s.table.key] = w.put(1, WIDTH, undefined, { fill: MISSING_FILL });
        w.fit([], 2);
      }
      for (const r of s.table.rows) {
        w.next();
        r.forEach((x, i) => {
          if (i >= spans.length) return;
          const blank = x.value === undefined && !x.optional;
          w.cells[x.key] = w.put(starts[i]!, starts[i]! + spans[i]! - 1, x.value, { ...(blank ? { fill: MISSING_FILL } : {}), center: i === 0 });
        });
        w.fit(r.map((x, i) => ({ text: String(x.value ?? ''), span: spans[i] ?? 1 })));
      }
    }
    if (s.note) {
      w.next();
      w.put(1, WIDTH, `${s.note.zh}\n${s.note.en}`, { size: 9 });
      w.fit([{ text: `${s.note.zh}\n${s.note.en}`, span: WIDTH }]);
    }
  }

  // 盖章处: the seal needs room; signatures and date a line each.
  w.next();
  w.put(1, WIDTH, '盖章处  Seal and signatures', { bold: true, fill: SECTION_FILL });
  spec.stamp.forEach((label, i) => {
    w.next();
    w.cells[`stamp.${i}`] = `${col(LABEL_SPAN + 1)}${w.row}`;
    w.put(1, LABEL_SPAN, bilingual(label), { bold: true });
    w.put(LABEL_SPAN + 1, WIDTH, i === spec.stamp.length - 1 ? '        年    月    日' : undefined);
    ws.getRow(w.row).height = i === 0 ? 90 : 36;
  });
  ws.pageSetup.printArea = `A1:${col(WIDTH)}${w.row}`;

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { id: spec.id, fileName: spec.fileName, buffer, missing, cells: w.cells, spec };
}
