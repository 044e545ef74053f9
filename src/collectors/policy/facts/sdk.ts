// Third-party SDK lists (第三方SDK目录), in the layouts policies use:
//  - labelled blocks: "SDK名称：… 公司名称：… 收集信息：… 使用目的：… 隐私政策链接：…" (also glued on one line);
//  - tables whose rows are lines with cells split by tabs or pipes (HTML, DOCX, Markdown);
//  - tables scraped to text, one cell per paragraph, cells separated by blank lines and rows by wider gaps.
// Returns the rows and the text ranges they cover (sentences there are SDK rows, not the controller's words).
import type { PolicySdkRow } from '../../../core/artifacts.js';
import { nonSpaceAtLeast, type Span } from '../sentences.js';

type Field = 'name' | 'company' | 'data' | 'purpose' | 'permissions' | 'url' | 'type';

export interface SdkList {
  rows: PolicySdkRow[];
  spans: Span[];
}

const MAX_VALUE = 300;

/** What a table header cell or a block label names. */
export function fieldOf(label: string): Field | undefined {
  // most callers pass whole paragraphs: rule out long ones without copying them
  if (label.length > 24 && nonSpaceAtLeast(label, 25)) return undefined;
  const l = label.replace(/\s+/g, '');
  if (l.length > 24) return undefined;
  if (/链接|网址|官网|隐私政策|隐私协议|隐私权政策|政策地址|协议地址|隐私声明/.test(l)) return 'url';
  if (/公司|提供方|提供者|提供商|主体|运营方|开发者|服务商|机构|所属|厂商/.test(l)) return 'company';
  if (/权限/.test(l)) return 'permissions';
  if (/信息|数据|字段/.test(l)) return 'data';
  if (/目的|用途|场景|功能|使用说明|服务内容|提供服务|服务类型|业务/.test(l)) return 'purpose';
  if (/名称|^(?:第三方)?SDK$|^SDK名字$|^插件$/i.test(l)) return 'name';
  if (/类型|类别/.test(l)) return 'type';
  return undefined;
}

export function extractSdks(text: string): SdkList {
  const out: SdkList = { rows: [], spans: [] };
  if (!/SDK|插件/i.test(text)) return out;
  labelledBlocks(text, out);
  delimitedRows(text, out);
  paragraphTables(text, out);
  out.spans.sort((a, b) => a.start - b.start);
  return out;
}

// ---- labelled blocks -----------------------------------------------------------------------------------

const NAME_LABEL = /(?:第三方)?(?:SDK|插件)\s*(?:名称|名字)\s*[：:]|(?<=^|\n)[ \t\u00a0\u3000]*(?:\d+[、.．]\s*)?(?:第三方)?SDK\s*[：:]|(?:接入|使用|集成)的?(?:第三方)?(?:SDK|插件)\s*(?:名称)?\s*[：:]/gi;
const KNOWN_LABEL =
  /(?:第三方)?(?:SDK|插件)?\s*(?:名称|名字|公司名称|所属公司|公司|提供方|提供者|服务商|运营方|开发者|技术服务提供方|第三方主体|主体名称|收集(?:的)?(?:个人)?信息(?:类型|字段)?|获取(?:的)?(?:个人)?信息(?:类型)?|(?:可能)?(?:收集|获取|使用|共享|涉及)(?:的)?个人信息(?:类型|字段|范围)?|个人信息(?:类型|字段)|信息获取|数据类型|使用目的|接入目的|处理目的|目的|用途|使用场景|应用场景|业务服务功能|功能(?:描述|类型)?|服务类型|(?:调用|申请|所需|涉及)?(?:的)?(?:系统|设备)?权限|(?:第三方)?(?:SDK)?(?:隐私(?:权)?政策|隐私协议)?(?:官网|官方)?(?:的)?(?:链接|地址|网址)|(?:第三方)?(?:SDK)?(?:隐私(?:权)?政策|隐私协议|官网)|链接|网址|包名|SDK类型|类型)\s*[：:]/gi;
// a known label anywhere (glued one-line text), or any short key at the start of a line ("收集数据类型：")
const ANY_LABEL = new RegExp(`${KNOWN_LABEL.source}|(?<=^|\\n)[ \\t\\u00a0\\u3000]*[\\u4e00-\\u9fa5A-Za-z]{2,12}\\s*[：:]`, 'gi');

/**
 * Where a NAME_LABEL match can start: each of its branches begins with one of these words or at a line start
 * (none of the words overlaps another, so a global search finds every occurrence).
 */
const NAME_START = /第三方|sdk|插件|接入|使用|集成|\n/gi;
const NAME_AT = new RegExp(NAME_LABEL.source, 'iy');

/** `[...text.matchAll(NAME_LABEL)]`, trying the regex only where a match can start (a scan of every position is slow). */
function nameLabels(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // matches do not overlap: the next starts at or after the previous end
  const tryAt = (pos: number) => {
    if (pos < from) return;
    NAME_AT.lastIndex = pos;
    const m = NAME_AT.exec(text);
    if (m) (out.push(m), (from = pos + m[0].length));
  };
  tryAt(0);
  NAME_START.lastIndex = 0;
  for (let s = NAME_START.exec(text); s; s = NAME_START.exec(text)) tryAt(s[0] === '\n' ? s.index + 1 : s.index);
  return out;
}

function labelledBlocks(text: string, out: SdkList): void {
  const names = nameLabels(text);
  for (let i = 0; i < names.length; i++) {
    const m = names[i]!;
    const start = m.index!;
    const block = text.slice(start, Math.min(names[i + 1]?.index ?? text.length, start + 1500));
    const labels = [...block.matchAll(ANY_LABEL)].filter((l) => l.index! >= m[0].length);
    const row: PolicySdkRow = { name: '' };
    let end = start + m[0].length;
    const fields: [Field | undefined, number, number][] = [['name', m[0].length, labels[0]?.index ?? block.length]];
    labels.forEach((l, k) => fields.push([fieldOf(l[0].replace(/[：:]\s*$/, '')), l.index! + l[0].length, labels[k + 1]?.index ?? block.length]));
    for (const [field, from, next] of fields) {
      // a value runs to the next label, but not past its paragraph, nor far past a sentence end
      let to = next;
      const para = block.slice(from, to).search(/\n\s*\n/);
      if (para >= 0 && block.slice(from + para, to).trim() !== '') to = from + para;
      if (to - from > 200) {
        const stop = block.slice(from, to).search(/[。\n]/);
        to = from + (stop >= 0 ? stop + 1 : 200);
      }
      const value = clean(block.slice(from, to));
      if (field === 'name' && from !== m[0].length) break; // another name label: next row
      if (field && value) set(row, field, value);
      end = start + to;
      if (to < next) break; // the block ended before the next label
    }
    if (row.name) {
      out.rows.push(row);
      out.spans.push({ start, end });
    }
  }
}

// ---- tab or pipe separated rows -------------------------------------------------------------------------

function delimitedRows(text: string, out: SdkList): void {
  const lines = lineSpans(text);
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(text.slice(lines[i]!.start, lines[i]!.end));
    if (header.length < 2) continue;
    const fields = header.map(fieldOf);
    if (!fields.includes('name') || new Set(fields.filter(Boolean)).size < 2) continue;
    out.spans.push(lines[i]!);
    for (let j = i + 1; j < lines.length; j++) {
      if (text.slice(lines[j]!.start, lines[j]!.end).trim() === '') continue;
      const cells = cellsOf(text.slice(lines[j]!.start, lines[j]!.end));
      if (/^\s*\|?[\s:|-]+\|?\s*$/.test(text.slice(lines[j]!.start, lines[j]!.end))) continue; // markdown rule
      if (cells.length < 2) break;
      const row: PolicySdkRow = { name: '' };
      cells.forEach((c, k) => {
        const f = fields[k];
        if (f) set(row, f, clean(c));
      });
      if (row.name) {
        out.rows.push(row);
        out.spans.push(lines[j]!);
      }
      i = j;
    }
  }
}

function cellsOf(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if (/^\s*\|.*\|\s*$/.test(line)) return line.trim().slice(1, -1).split('|').map((c) => c.trim());
  return [];
}

// ---- one cell per paragraph ------------------------------------------------------------------------------

interface Cell extends Span {
  text: string;
  /** Newlines between the previous cell and this one. */
  gap: number;
}

function paragraphTables(text: string, out: SdkList): void {
  const cells = paragraphs(text);
  for (let i = 0; i < cells.length; i++) {
    const f0 = fieldOf(cells[i]!.text);
    if (f0 !== 'name' || !/SDK|插件|名称/i.test(cells[i]!.text)) continue;
    // header: consecutive short cells that all name a field
    const fields: Field[] = [f0];
    let j = i + 1;
    while (j < cells.length && fields.length < 10) {
      const f = fieldOf(cells[j]!.text);
      if (!f || fields.includes(f)) break;
      fields.push(f);
      j++;
    }
    if (fields.length < 3) continue;
    const headerGap = Math.max(...cells.slice(i + 1, j).map((c) => c.gap));
    out.spans.push({ start: cells[i]!.start, end: cells[j - 1]!.end });
    // rows: split where the gap is wider than between header cells, else every fields.length cells
    let k = j;
    let rows = 0;
    while (k < cells.length) {
      const row: Cell[] = [cells[k]!];
      let n = k + 1;
      while (n < cells.length && row.length < fields.length && cells[n]!.gap <= headerGap) row.push(cells[n++]!);
      if (row.some((c) => c.text.length > 600) || (row.length < 2 && rows > 0)) break;
      if (rows > 0 && fieldOf(row[0]!.text) === 'name') break; // another table starts
      const r: PolicySdkRow = { name: '' };
      row.forEach((c, x) => set(r, fields[x]!, clean(c.text)));
      if (!r.name || r.name.length > 60) break;
      out.rows.push(r);
      out.spans.push({ start: row[0]!.start, end: row[row.length - 1]!.end });
      rows++;
      k = n;
    }
    i = k - 1;
  }
}

function paragraphs(text: string): Cell[] {
  const out: Cell[] = [];
  const re = /\n[ \t\u3000\u00a0]*(?:\n[ \t\u3000\u00a0]*)+/g;
  let last = 0;
  let gap = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    const raw = text.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: last + lead, end: last + lead + t.length, text: t, gap });
    if (!m) break;
    gap = (m[0].match(/\n/g) ?? []).length;
    last = m.index + m[0].length;
  }
  return out;
}

// ---- helpers ---------------------------------------------------------------------------------------------

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    out.push({ start: pos, end });
    pos = end + 1;
  }
  return out;
}

function clean(v: string): string {
  return v.replace(/\s+/g, ' ').replace(/^[\s；;，,。、:：]+|[\s；;，,。、]+$/g, '').slice(0, MAX_VALUE);
}

function set(row: PolicySdkRow, field: Field, value: string): void {
  if (!value) return;
  switch (field) {
    case 'name':
      row.name ||= value.replace(/^\d+[、.．)）]\s*/, '');
      break;
    case 'url': {
      const url = /https?:\/\/[^\s，。；、）)”"<>\u4e00-\u9fff]+/i.exec(value)?.[0];
      row.policyUrl ||= url ?? value;
      break;
    }
    case 'type':
      break;
    default:
      row[field] ||= value;
  }
}
