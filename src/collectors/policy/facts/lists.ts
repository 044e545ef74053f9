// Data types and purposes named in the policy.
/** The PI types of the data-types sentences (`piTypesIn` of each, in sentence order), without repeats. */
export function dataTypes(typesPerSentence: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const types of typesPerSentence) for (const t of types) seen.add(t);
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
