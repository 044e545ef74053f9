// Effective and update dates, normalised to YYYY-MM-DD.

const DATE = String.raw`(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?`;
const EFFECTIVE = new RegExp(String.raw`(?:生效(?:日期|时间)|施行(?:日期|时间)|实施(?:日期|时间))\s*(?:为|是)?\s*[：:]?\s*${DATE}|(?:于|自)\s*${DATE}\s*(?:起)?(?:正式)?(?:生效|施行|实施)`);
const UPDATED = new RegExp(String.raw`(?:更新(?:日期|时间)|修订(?:日期|时间)|修改(?:日期|时间)|最近更新|最新更新|最后更新|版本日期|版本更新日期|发布(?:日期|时间))\s*(?:为|是)?\s*(?:于)?\s*[：:]?\s*${DATE}|(?:于|自)\s*${DATE}\s*(?:进行了|完成|作出)?(?:更新|修订|修改|发布)`);

export function policyDates(text: string): { effectiveDate?: string; updatedDate?: string } {
  return { effectiveDate: first(text, EFFECTIVE), updatedDate: first(text, UPDATED) };
}

function first(text: string, re: RegExp): string | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const g = m.slice(1).filter((x) => x !== undefined);
  const [y, mo, d] = g.map(Number) as [number, number, number];
  if (!(y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
