// Retention periods normalised to days, and retention rules ("until the purpose is fulfilled").
import type { PolicyArtifact } from '../../../core/artifacts.js';

type Retention = PolicyArtifact['facts']['retention'][number];

const NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };
const UNIT_DAYS: Record<string, number> = { 年: 365, 月: 30, 周: 7, 星期: 7, 日: 1, 天: 1, 小时: 1 / 24 };
const DURATION = /(\d+(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})\s*(?:个)?\s*(年|月|周|星期|日|天|小时)(?!内[^。；]{0,8}(?:答复|回复|反馈|处理|响应))/g;
const STORE = /保存|存储|保留|留存|储存|删除|匿名化|销毁|期限/;
const UNTIL_PURPOSE = /目的所(?:必需|必要|需|必须)的(?:最短)?(?:时间|期限|期间)|最短(?:的)?(?:时间|期限|期间)|实现(?:处理)?目的(?:后|之后)/;
const LEGAL = /法律法规(?:另有)?(?:规定|要求)|法定(?:的)?(?:期限|最短)|不(?:少|短)于/;
const ACCOUNT = /注销(?:账号|账户|帐号)|账号存续|账户存续|您使用[^。；]{0,10}期间|服务期间|直至您(?:注销|删除)/;

export function retentionFacts(sentences: string[]): Retention[] {
  const out: Retention[] = [];
  for (const s of sentences) {
    const days = durationDays(s);
    const rule = UNTIL_PURPOSE.test(s) ? 'until-purpose' : LEGAL.test(s) ? 'legal-minimum' : ACCOUNT.test(s) ? 'account-lifetime' : undefined;
    if (days === undefined && !rule) continue;
    const r: Retention = { text: s.length > 200 ? s.slice(0, 200) + '…' : s };
    if (days !== undefined) r.days = days;
    if (rule) r.rule = rule;
    out.push(r);
  }
  return out;
}

/** The first duration near a storage word, in days. */
export function durationDays(s: string): number | undefined {
  for (const m of s.matchAll(DURATION)) {
    const near = s.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 10);
    if (!STORE.test(near)) continue;
    if (/工作日/.test(s.slice(m.index!, m.index! + m[0].length + 3))) continue;
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : cnNumber(m[1]!);
    if (!n) continue;
    const days = n * UNIT_DAYS[m[2]!]!;
    return days >= 1 ? Math.round(days) : Math.round(days * 1000) / 1000;
  }
  return undefined;
}

function cnNumber(s: string): number {
  if (s.length === 1) return NUM[s] ?? 0;
  const i = s.indexOf('十');
  if (i < 0) return 0;
  return (i === 0 ? 1 : (NUM[s[0]!] ?? 0)) * 10 + (NUM[s[i + 1] ?? ''] ?? 0);
}
