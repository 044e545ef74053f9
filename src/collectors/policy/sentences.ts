// Sentence segmentation with offsets into the clean text. Boundaries: line breaks, 。！？；!?; (with closing
// quotes kept), an ASCII period followed by a space, section headings that start inside a line, and a length
// cap so that a table flattened into one line does not become one giant "sentence".

export interface Span {
  start: number;
  end: number;
}

const MAX_LEN = 400;
const TERMINATOR = /[。！？!?；;]+[”’」』）)】〕"'\]]*|(?<![\d.A-Za-z])\.(?=[\s\u3000]|$)|\.(?=[\u4e00-\u9fff])(?<=[\u4e00-\u9fff]\.)/g;
const LEAD = /^[\s\u3000\u200b\u00a0\ufeff>*•·●■◆▪–\-|]+/;
/** One trailing character to trim (a `[…]+$` regex would try every position of the span). */
const TRAIL = /[\s\u3000\u200b\u00a0\ufeff|]/;
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Splits `text` into sentence spans. `breaks` are extra split points (inline heading ends); `skip` ranges
 * produce no sentences.
 */
export function segment(text: string, breaks: number[] = [], skip: Span[] = []): Span[] {
  const out: Span[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (!skip.some((r) => pos < r.end && end > r.start)) splitLine(text, pos, end, out);
    pos = end + 1;
  }
  return breaks.length ? cutAt(text, out, [...new Set(breaks)].sort((a, b) => a - b)) : out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const end = m.index + m[0].length;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, from + line.length, out);
}

/** Adds the span trimmed of leading bullets and trailing space; a span over MAX_LEN is cut at a comma or space. */
function push(text: string, start: number, end: number, out: Span[]): void {
  let a = start;
  while (a < end) {
    const s = text.slice(a, Math.min(end, a + MAX_LEN + 64));
    a += LEAD.exec(s)?.[0].length ?? 0;
    let b = Math.min(end, a + MAX_LEN);
    if (b < end) {
      // too long: cut at the last comma or space before the cap
      const window = text.slice(a, b);
      for (const sep of ['，', ',', '\t', '：', '、', ' ', '\u3000']) {
        const i = window.lastIndexOf(sep);
        if (i > MAX_LEN / 3) {
          b = a + i + 1;
          break;
        }
      }
    }
    const piece = text.slice(a, b);
    let e = b;
    while (e > a && TRAIL.test(text[e - 1]!)) e--;
    if (e > a && CONTENT.test(piece)) out.push({ start: a, end: e });
    a = b;
  }
}

/** Splits spans at the break offsets inside them (both lists sorted). */
function cutAt(text: string, spans: Span[], sorted: number[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < sorted.length && sorted[k]! <= s.start) k++;
    let a = s.start;
    while (k < sorted.length && sorted[k]! < s.end) {
      push(text, a, sorted[k]!, out);
      a = sorted[k]!;
      k++;
    }
    push(text, a, s.end, out);
  }
  return out;
}

/** At least `n` characters of `text` are not \s. */
export function nonSpaceAtLeast(text: string, n: number): boolean {
  const re = /\S/g;
  for (let k = 0; k < n; k++) if (!re.test(text)) return false;
  return true;
}
