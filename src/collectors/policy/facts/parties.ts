// Controller names and contact details.
import type { PolicyArtifact } from '../../../core/artifacts.js';

type Contact = PolicyArtifact['facts']['contacts'][number];

const SUFFIX = /有限责任公司|股份有限公司|有限公司|集团有限公司|集团|公司/g;
const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9（）()·&]/;
// words that end the text before a company name: "本应用由XX公司运营" → "XX公司"
const BEFORE = /(?:由|是|为|即|指|与|及|或|的|在|向|被|主体|运营者|运营方|开发者|经营者|提供者|使用|欢迎|本应用|本软件|本平台|本产品|我们|您好|尊敬|成立|注册|设立|隶属|位于|主办|名称)$/;

/** Company names in controller sentences, most frequent first. */
export function companies(texts: string[]): string[] {
  const count = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(SUFFIX)) {
      const name = nameBefore(t, m.index!, m[0]);
      if (name && name.length >= 4 && !/^(?:本|该|此|我们|贵|上述|关联|第三方|合作|其他|相关)/.test(name) && !/^(?:有限|股份|集团)?公司$/.test(name)) {
        count.set(name, (count.get(name) ?? 0) + 1);
      }
    }
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n).slice(0, 5);
}

function nameBefore(t: string, at: number, suffix: string): string | undefined {
  let i = at;
  let depth = 0;
  while (i > 0 && at - i < 40) {
    const c = t[i - 1]!;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) break;
      depth--;
    } else if (!NAME_CHAR.test(c)) break;
    if (depth === 0 && BEFORE.test(t.slice(Math.max(0, i - 6), i))) break;
    i--;
  }
  const name = (t.slice(i, at) + suffix).replace(/^[（(]|[）)]$/g, '');
  return name.length > suffix.length + 1 ? name : undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\d-])(?:400|800)[-－\s]?\d{3}[-－\s]?\d{4}(?!\d)|(?<![\d-])0\d{2,3}[-－]\d{7,8}(?![\d-])|(?<![\d.-])1[3-9]\d{9}(?!\d)|(?<=(?:电话|热线|客服|致电|拨打)[^。；\d]{0,8})(?<![\d-])(?:95\d{3,5}|\d{5})(?!\d)/g;
const ADDRESS = /(?:(?:联系|通讯|通信|办公|注册|公司|邮寄|联络|经营)地址|住所地?|(?:^|[\s，。；;,、（(])地址)\s*(?:为|是|位于|：|:)\s*([^；;。，,\n（(]{6,60})/g;
const FORM = /在线客服|意见反馈|帮助与反馈|帮助和反馈|客服中心|反馈入口|联系客服|人工客服/g;
const LOCATION = /省|市|区|县|镇|路|街|号|大厦|大楼|园|室|层|楼|座|栋/;

export function contacts(texts: string[]): Contact[] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (type: Contact['type'], value: string) => {
    const v = value.trim();
    const key = type + ':' + v;
    if (v && !seen.has(key)) {
      seen.add(key);
      out.push({ type, value: v });
    }
  };
  for (const t of texts) {
    for (const m of t.matchAll(EMAIL)) add('email', m[0]);
    for (const m of t.matchAll(PHONE)) add('phone', m[0].replace(/[－\s]/g, '-'));
    for (const m of t.matchAll(ADDRESS)) if (LOCATION.test(m[1]!)) add('address', m[1]!);
    for (const m of t.matchAll(FORM)) add('form', m[0]);
  }
  return out;
}
