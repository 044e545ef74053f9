// A tagged template that escapes every interpolated value (src/reports/html-escape.ts) unless it is already
// markup built by this same template. Pages never concatenate raw strings into HTML.
import { esc } from '../reports/html-escape.js';

export class Raw {
  constructor(readonly s: string) {}
  toString(): string {
    return this.s;
  }
}

function part(v: unknown): string {
  if (v instanceof Raw) return v.s;
  if (Array.isArray(v)) return v.map(part).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => (out += part(v) + (strings[i + 1] ?? '')));
  return new Raw(out);
}

/** Markup from a trusted constant (never from input). */
export const raw = (s: string): Raw => new Raw(s);

/** A URL path with each segment value encoded: url`/subjects/${id}/evidence`. */
export function url(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0] ?? '';
  values.forEach((v, i) => (out += encodeURIComponent(String(v)) + (strings[i + 1] ?? '')));
  return out;
}
