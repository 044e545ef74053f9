// HTML to clean text with htmlparser2: scripts, styles and navigation dropped; blocks become lines;
// table cells are separated by a tab and rows by a newline, so SDK tables stay tables.
import { Parser } from 'htmlparser2';
import { decodeText } from '../decode.js';
import type { Extracted } from './types.js';

const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'svg', 'head', 'iframe', 'canvas', 'button', 'select',
  'object', 'embed', 'audio', 'video', 'map', 'math',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'pre', 'hr',
  'form', 'fieldset', 'figure', 'figcaption', 'address', 'caption', 'details', 'summary', 'body', 'html',
]);
const MAX_DEPTH = 1024;
const NAV_CLASS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|topbar|skip-link)(?:$|[\s_-])/i;
const CJK_BREAK = /([\u3000-\u9fff\uff00-\uffef])[ \t\r\n\f]*\n[ \t\r\n\f]*(?=[\u3000-\u9fff\uff00-\uffef])/g;

export function extractHtml(buf: Uint8Array, file: string): Extracted {
  const d = decodeText(buf, file);
  return { text: htmlToText(d.text), format: 'html', encoding: d.encoding };
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  const dropStack: boolean[] = [];
  let drop = 0;
  let pre = 0;
  const newline = () => out.push('\n');
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip =
          DROP.has(name) ||
          attrs.hidden !== undefined ||
          attrs['aria-hidden'] === 'true' ||
          attrs.role === 'navigation' ||
          NAV_CLASS.test(attrs.class ?? '') ||
          NAV_CLASS.test(attrs.id ?? '');
        dropStack.push(skip);
        if (skip) drop++;
        if (dropStack.length > MAX_DEPTH) forgetOutermost();
        if (drop) return;
        if (name === 'pre') pre++;
        if (name === 'br') out.push('\n');
        else if (BLOCK.has(name)) newline();
      },
      ontext(text) {
        if (drop) return;
        out.push(pre ? text : text.replace(CJK_BREAK, '$1').replace(/[ \t\r\n\f]+/g, ' '));
      },
      onclosetag(name) {
        const skip = dropStack.pop();
        if (skip) {
          drop--;
          return;
        }
        if (drop) return;
        if (name === 'pre') pre--;
        if (name === 'td' || name === 'th') out.push('\t');
        else if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  // htmlparser2 keeps open elements with Array.unshift, quadratic in nesting depth: hostile pages nest
  // 100 000 deep. Past MAX_DEPTH, forget the outermost half (real pages nest a few dozen deep).
  const parserStack = (parser as unknown as { stack: string[] }).stack;
  function forgetOutermost() {
    const keep = MAX_DEPTH / 2;
    if (Array.isArray(parserStack) && parserStack.length > keep) parserStack.length = keep;
    dropStack.splice(0, dropStack.length - keep);
    drop = dropStack.filter(Boolean).length;
  }
  parser.write(html);
  parser.end();
  return tidy(out.join(''));
}

/** Trim every line, keep tabs between cells, drop blank lines (blocks are lines already). */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/^[ \u00a0]+|[ \t\u00a0]+$/g, '').replace(/ *\t */g, '\t'))
    .filter((l) => l.trim() !== '')
    .join('\n');
}
