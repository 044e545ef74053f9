// Small inline SVG charts for the HTML report (no external assets: the report must be self-contained).
import { VERDICTS, type Verdict } from '../core/types.js';
import type { VerdictCounts } from '../engine/assessment.js';
import type { Obligation } from '../obligations/types.js';
import { VERDICT_COLOR, VERDICT_LABEL } from './common.js';
import { esc } from './html-escape.js';

/** Stacked horizontal bars, one per row (chapter), segments per verdict. */
export function verdictBars(rows: { label: string; counts: VerdictCounts }[]): string {
  const w = 720, barH = 22, gap = 10, left = 210, top = 10;
  const max = Math.max(1, ...rows.map((r) => VERDICTS.reduce((s, v) => s + r.counts[v], 0)));
  const scale = (w - left - 60) / max;
  const h = top + rows.length * (barH + gap); // the verdict tiles above the chart are its legend
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * (barH + gap);
    parts.push(`<text x="${left - 8}" y="${y + barH * 0.7}" text-anchor="end" font-size="12">${esc(r.label)}</text>`);
    let x = left;
    for (const v of VERDICTS) {
      const n = r.counts[v];
      if (!n) continue;
      const bw = n * scale;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${bw.toFixed(1)}" height="${barH}" fill="${VERDICT_COLOR[v]}"><title>${esc(VERDICT_LABEL[v].zh)} ${n}</title></rect>`);
      if (bw > 16) parts.push(`<text x="${(x + bw / 2).toFixed(1)}" y="${y + barH * 0.7}" text-anchor="middle" font-size="11" fill="#fff">${n}</text>`);
      x += bw;
    }
  });
  return `<svg role="img" aria-label="verdicts by chapter" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" xmlns="http://www.w3.org/2000/svg" font-family="inherit">${parts.join('')}</svg>`;
}

/** Donut of the overall rule verdicts. */
export function verdictDonut(counts: VerdictCounts): string {
  const total = VERDICTS.reduce((s, v) => s + counts[v], 0) || 1;
  const r = 60, c = 2 * Math.PI * r;
  let offset = 0;
  const arcs = VERDICTS.filter((v) => counts[v] > 0).map((v: Verdict) => {
    const len = (counts[v] / total) * c;
    const el = `<circle r="${r}" cx="80" cy="80" fill="none" stroke="${VERDICT_COLOR[v]}" stroke-width="28" stroke-dasharray="${len.toFixed(2)} ${(c - len).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 80 80)"><title>${esc(VERDICT_LABEL[v].zh)} ${counts[v]}</title></circle>`;
    offset += len;
    return el;
  });
  return `<svg role="img" aria-label="overall verdicts" viewBox="0 0 160 160" width="160" height="160" xmlns="http://www.w3.org/2000/svg">${arcs.join('')}<text x="80" y="78" text-anchor="middle" font-size="26" font-weight="bold">${counts.fail}</text><text x="80" y="98" text-anchor="middle" font-size="11">不符合 fail</text></svg>`;
}

const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

/** Timeline: one lane per obligation from trigger to due date, with the assessment date marked. */
export function obligationTimeline(obligations: Obligation[], asOf: string): string {
  const dated = obligations.filter((o) => o.due);
  if (!dated.length) return '';
  const dates = dated.flatMap((o) => [o.trigger.date, o.due!, ...(o.doneOn ? [o.doneOn] : [])]).concat(asOf);
  const min = Math.min(...dates.map(day)) - 10, max = Math.max(...dates.map(day)) + 10;
  const w = 720, left = 170, right = 20, laneH = 30, top = 24;
  const x = (d: string) => left + ((day(d) - min) / (max - min)) * (w - left - right);
  const color: Record<string, string> = { done: '#2e7d32', 'done-late': '#ef8f00', open: '#1565c0', overdue: '#c62828', running: '#607d8b', unknown: '#9e9e9e' };
  const h = top + dated.length * laneH + 30;
  const parts: string[] = [];
  dated.forEach((o, i) => {
    const y = top + i * laneH;
    const c = color[o.status] ?? '#9e9e9e';
    parts.push(`<text x="${left - 8}" y="${y + 14}" text-anchor="end" font-size="11">${esc(o.ruleId)} ${esc(o.title.zh.replace(/（.*$/, '').slice(0, 14))}</text>`);
    parts.push(`<line x1="${x(o.trigger.date).toFixed(1)}" x2="${x(o.due!).toFixed(1)}" y1="${y + 10}" y2="${y + 10}" stroke="${c}" stroke-width="6" stroke-linecap="round"><title>${esc(o.trigger.date)} → ${esc(o.due!)}</title></line>`);
    parts.push(`<circle cx="${x(o.due!).toFixed(1)}" cy="${y + 10}" r="6" fill="#fff" stroke="${c}" stroke-width="3"/>`);
    parts.push(`<text x="${x(o.due!).toFixed(1)}" y="${y + 26}" text-anchor="middle" font-size="9">${esc(o.due!)}</text>`);
    if (o.doneOn) parts.push(`<path d="M${x(o.doneOn).toFixed(1)} ${y + 3} l5 7 l-5 7 l-5 -7 z" fill="${c}"><title>done ${esc(o.doneOn)}</title></path>`);
  });
  const ax = x(asOf);
  parts.push(`<line x1="${ax.toFixed(1)}" x2="${ax.toFixed(1)}" y1="${top - 12}" y2="${h - 20}" stroke="#333" stroke-dasharray="4 3"/><text x="${ax.toFixed(1)}" y="${top - 14}" text-anchor="middle" font-size="10">评估日 ${esc(asOf)}</text>`);
  return `<svg role="img" aria-label="obligations timeline" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
