// Headings and section numbering: 一、 (一) 1. 1.1 1.1.1 第X章/第X条 and Markdown #. Levels follow the order in
// which numbering styles first appear, as authors nest them. Tables of contents are recognised so that their
// entries are not taken for sections, and, in one-line scraped pages, the contents list tells where the
// sections start in the running text.

export interface Heading {
  text: string;
  level: number;
  start: number;
  end: number;
}

export interface Structure {
  headings: Heading[];
  /** Ranges that are a table of contents (not policy statements). */
  toc: { start: number; end: number }[];
}

const CN = '[一二三四五六七八九十]{1,3}';
const STYLES: [string, RegExp][] = [
  ['md', /^(#{1,6})\s+\S/],
  ['chapter', /^第[一二三四五六七八九十百零\d]{1,4}[章部篇](?:分)?/],
  ['section', /^第[一二三四五六七八九十百零\d]{1,4}节/],
  ['article', /^第[一二三四五六七八九十百零\d]{1,4}条/],
  ['cn', new RegExp(`^${CN}\\s*[、.．]`)],
  ['cnparen', new RegExp(`^[（(]${CN}[)）]`)],
  ['num3', /^\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])/],
  ['num2', /^\d{1,2}\.\d{1,2}(?![\d.])/],
  ['num', /^\d{1,2}\s*[、.．](?!\d)/],
  ['paren', /^[（(]\d{1,2}[)）]/],
];
/** The characters a STYLES match can start with: other lines skip the ten regexes. */
const STYLE_START = /^[#第一二三四五六七八九十（(0-9]/;
const MAX_HEADING = 50;
const TITLE_WORDS = /(?:隐私|个人信息|人脸|规则|政策|协议|声明|指引|Privacy|Policy)/i;
const BULLET = /^[\s\u3000\u200b\ufeff>*•·●■◆▪\-–]+/;

interface Cand {
  style: string;
  level: number;
  text: string;
  start: number;
  end: number;
  line: number;
}

export function findStructure(text: string, skip: { start: number; end: number }[] = []): Structure {
  const cands: Cand[] = [];
  const toc: { start: number; end: number }[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (!skip.some((r) => pos >= r.start && pos < r.end)) {
      const raw = text.slice(pos, end);
      const lead = raw.match(BULLET)?.[0].length ?? 0;
      const line = raw.slice(lead).trimEnd();
      if (line) {
        const c = classify(line);
        if (c) cands.push({ ...c, text: line, start: pos + lead, end: pos + lead + line.length, line: lineNo });
        else if (lineNo < 5 && cands.length === 0 && line.length <= 40 && TITLE_WORDS.test(line) && !/[。；;，,：:]$/.test(line)) {
          cands.push({ style: 'title', level: 0, text: line, start: pos + lead, end: pos + lead + line.length, line: lineNo });
        }
        lineNo++;
      }
    }
    pos = end + 1;
  }
  // a run of three or more headings with no prose between them is a table of contents
  const kept: Cand[] = [];
  for (let i = 0; i < cands.length; ) {
    let j = i;
    while (j + 1 < cands.length && cands[j + 1]!.line === cands[j]!.line + 1 && cands[j + 1]!.style === cands[i]!.style) j++;
    if (j - i >= 2 && cands[i]!.style !== 'md' && cands[i]!.style !== 'title') toc.push({ start: cands[i]!.start, end: cands[j]!.end });
    else for (let k = i; k <= j; k++) kept.push(cands[k]!);
    i = j + 1;
  }
  const inline = inlineSections(text, kept.length < 3);
  toc.push(...inline.toc);
  const all = [...kept, ...inline.headings].sort((a, b) => a.start - b.start);
  // levels: numbering styles nest in the order they first appear
  const order: string[] = [];
  const headings: Heading[] = all.map((c) => {
    if (c.style === 'title') return { text: c.text, level: 0, start: c.start, end: c.end };
    if (c.style === 'md') return { text: c.text.replace(/^#+\s*/, ''), level: c.level, start: c.start, end: c.end };
    if (!order.includes(c.style)) order.push(c.style);
    return { text: c.text, level: order.indexOf(c.style) + 1, start: c.start, end: c.end };
  });
  return { headings, toc: toc.sort((a, b) => a.start - b.start) };
}

function classify(line: string): { style: string; level: number } | undefined {
  if (line.length > MAX_HEADING + 8 || !STYLE_START.test(line)) return undefined;
  for (const [style, re] of STYLES) {
    const m = re.exec(line);
    if (!m) continue;
    if (style === 'md') return { style, level: m[1]!.length };
    const body = line.slice(m[0].length).trim();
    // a numbered line that ends like a sentence, or is long, is a list item, not a heading
    if (body.length === 0 || body.length > MAX_HEADING || /[。；;，,：:]$/.test(body)) return undefined;
    if (/[。；;]/.test(body)) return undefined;
    return { style, level: 0 };
  }
  return undefined;
}

/**
 * Scraped one-line pages: "本政策将帮助您了解以下内容：一、A二、B三、C … 一、A正文…". The contents list gives the
 * titles; each title found again later, after its number, starts a section in the running text.
 */
function inlineSections(text: string, wanted: boolean): { headings: Cand[]; toc: { start: number; end: number }[] } {
  const headings: Cand[] = [];
  const toc: { start: number; end: number }[] = [];
  if (!wanted) return { headings, toc };
  // contents lists sit near the top
  const marks = [...text.slice(0, 12000).matchAll(/([一二三四五六七八九十]{1,3})、/g)];
  for (let i = 0; i < marks.length; i++) {
    // a contents list: 一、二、三、… in order, close together, no sentence end between
    if (cnNum(marks[i]![1]!) !== 1) continue;
    const run = [marks[i]!];
    for (let j = i + 1; j < marks.length; j++) {
      const prev = run[run.length - 1]!;
      const m = marks[j]!;
      const gap = text.slice(prev.index! + prev[0].length, m.index);
      if (gap.length > 40 || /[。；;\n]/.test(gap) || cnNum(m[1]!) !== cnNum(prev[1]!) + 1) break;
      run.push(m);
    }
    if (run.length < 3) continue;
    const last = run[run.length - 1]!;
    const tocEnd = lastTitleEnd(text, last.index! + last[0].length);
    const titles = run.map((m, k) => {
      const from = m.index! + m[0].length;
      const to = k + 1 < run.length ? run[k + 1]!.index! : tocEnd;
      return text.slice(from, to).trim();
    });
    toc.push({ start: run[0]!.index!, end: tocEnd });
    let from = tocEnd;
    run.forEach((m, k) => {
      const title = titles[k]!;
      if (title.length < 2 || title.length > 40) return;
      const at = text.indexOf(m[1]! + '、' + title, from);
      if (at < 0) return;
      const end = at + m[1]!.length + 1 + title.length;
      headings.push({ style: 'cn', level: 0, text: text.slice(at, end), start: at, end, line: -1 });
      from = end;
    });
    break;
  }
  return { headings, toc };
}

function lastTitleEnd(text: string, from: number): number {
  const m = /[\s。；;]|[一二三四五六七八九十]{1,3}、/.exec(text.slice(from, from + 41));
  return m ? from + m.index : Math.min(text.length, from + 40);
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20. */
export function cnNum(s: string): number {
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return CN_DIGITS[s] ?? 0;
  const tens = i === 0 ? 1 : (CN_DIGITS[s.slice(0, i)] ?? 0);
  const ones = CN_DIGITS[s.slice(i + 1)] ?? 0;
  return tens * 10 + ones;
}

/** For each position, the heading path: computed once for a sorted list of starts. */
export function sectionPaths(headings: Heading[], starts: number[]): string[][] {
  const out: string[][] = [];
  const stack: Heading[] = [];
  let h = 0;
  for (const s of starts) {
    while (h < headings.length && headings[h]!.start <= s) {
      const hd = headings[h]!;
      while (stack.length && stack[stack.length - 1]!.level >= hd.level) stack.pop();
      stack.push(hd);
      h++;
    }
    out.push(stack.map((x) => x.text));
  }
  return out;
}
