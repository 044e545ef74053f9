import { RULES } from '../rules/index.js';
import { CHAPTERS } from '../rules/rule.js';

/** The rulebook as JSON (metadata only) or Markdown. */
export function rulesCommand(format: 'md' | 'json'): string {
  if (format === 'json') {
    const list = RULES.map(({ evaluate: _e, applies, ...meta }) => ({
      ...meta,
      ...(applies ? { applies: { types: applies.types, settings: applies.settings, sectors: applies.sectors, when: applies.whenText } } : {}),
    }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  const out = ['# FaceAudit rulebook / 规则库', '', `${RULES.length} rules.`, ''];
  for (const c of CHAPTERS) {
    out.push(`## ${c.id} ${c.title.zh} / ${c.title.en}`, '', '| ID | 规则 Rule | 依据 Source | 判定 Decided by | 范围 Scope |', '|---|---|---|---|---|');
    for (const r of RULES.filter((x) => x.chapter === c.id)) {
      out.push(`| ${r.id} | ${r.title.zh}<br>${r.title.en} | ${r.source.join('; ')} | ${r.decidedBy.join(' ')} | ${r.scope} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
