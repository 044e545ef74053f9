// Negation scope: a negator governs what follows it up to the end of its clause. "我们不会将人脸信息用于营销"
// negates 用于; "如您不提供手机号，将无法注册" is a condition, not a statement that something is not done.

const CLAUSE_SEP = /[，,。；;：:！!？?\n]/;
const WINDOW = 24;
const NEG =
  /(?:不会|不将|不得|不予|不再|不可|绝不|决不|并不|从不|从未|并未|禁止|无需|没有|并非|均不|亦不|也不|不(?!同意|限于|少于|低于|高于|超过|超出|时|定期|断|同|仅|止|久|便|足|当|良|利|适用|满|一|论|管|然|得不|包括|影响|愿|对称|确定|可抗|能|区分|易|必要|特定|同程度|在此|属于)|未(?!成年|满|经|来|能|及|曾))/;
const CONDITIONAL = /(?:如果?|若|假如|倘若|一旦|当)(?:您|你|用户)?[^，,]{0,10}(?:拒绝|不|未|没有)/;

/** The clause text before `index`, at most WINDOW characters. */
export function clauseBefore(text: string, index: number): string {
  let i = index;
  const min = Math.max(0, index - WINDOW);
  while (i > min && !CLAUSE_SEP.test(text[i - 1]!)) i--;
  return text.slice(i, index);
}

/** True when a negator governs the text at `index`. */
export function negatedAt(text: string, index: number): boolean {
  const before = clauseBefore(text, index);
  if (!NEG.test(before)) return false;
  return !CONDITIONAL.test(before);
}

const globals = new WeakMap<RegExp, RegExp>();

/** The same pattern with the g flag, compiled once. */
export function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globals.set(re, g);
  }
  return g;
}

/** Index of the first match of `re` in `text` that is (or is not) negated; -1 when none. */
export function findMatch(text: string, re: RegExp, negated: boolean): number {
  const g = globalOf(re);
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (negatedAt(text, m.index) === negated) return m.index;
    if (m[0].length === 0) g.lastIndex++;
  }
  return -1;
}
