// Data types and purposes named in the policy.
import { piTypesIn } from '../patterns/lexicon.js';

export function dataTypes(sentences: string[]): string[] {
  const seen = new Set<string>();
  for (const s of sentences) for (const t of piTypesIn(s)) seen.add(t);
  return [...seen];
}

const PURPOSE = /(?:用于|以便|为了|目的(?:是|为|在于)?\s*[：:]?|使用目的\s*[：:]|用途\s*[：:])\s*([^，。；,;\n]{2,40})/g;

export function purposes(sentences: string[]): string[] {
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const m of s.matchAll(PURPOSE)) {
      const p = m[1]!.trim().replace(/^[“"「]|[”"」]$/g, '');
      if (p.length >= 2) seen.add(p);
      if (seen.size >= 60) return [...seen];
    }
  }
  return [...seen];
}
