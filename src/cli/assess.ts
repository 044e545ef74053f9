// `faceaudit assess`: load the subject, collect artifacts, evaluate, render, gate.
import { emptyArtifacts } from '../core/artifacts.js';
import { VERDICTS, type Verdict } from '../core/types.js';
import { assess } from '../engine/assess.js';
import { loadSubject } from '../subject/load.js';
import { DateSchema } from '../subject/schema.js';
import { renderHtml } from '../reports/html.js';
import { renderJson } from '../reports/json.js';
import { renderMarkdown } from '../reports/markdown.js';
import { renderSarif } from '../reports/sarif.js';
import { UsageError, writeOutput } from './io.js';
import { collectArtifacts } from './collect.js';

export interface AssessOpts {
  app?: string[];
  policy?: string[];
  har?: string[];
  format: 'html' | 'pdf' | 'json' | 'sarif' | 'md';
  out?: string;
  failOn: 'fail' | 'needs-evidence' | 'none';
  asOf?: string;
}

/** Returns the exit code: 1 when a rule's verdict is at or above --fail-on. */
export async function assessCommand(subjectFile: string, opts: AssessOpts): Promise<number> {
  if (opts.asOf !== undefined && !DateSchema.safeParse(opts.asOf).success) {
    throw new UsageError(`--as-of takes a real date as YYYY-MM-DD (got "${opts.asOf}")`);
  }
  const { subject, dir } = loadSubject(subjectFile);
  const artifacts = emptyArtifacts();
  await collectArtifacts(artifacts, subject, dir, opts);
  const a = assess(subject, artifacts, opts.asOf ? { asOf: opts.asOf } : {});
  if (opts.format === 'pdf') {
    if (!opts.out) throw new UsageError('--format pdf writes a file: give --out report.pdf');
    const { renderInChromium } = await import('../reports/browser.js');
    writeOutput((await renderInChromium(renderHtml(a), { pdf: true })).pdf!, opts.out);
  } else {
    const render = { html: renderHtml, json: renderJson, md: renderMarkdown, sarif: (x: typeof a) => renderSarif(x, { subjectUri: subjectFile }) }[opts.format];
    writeOutput(render(a), opts.out);
  }

  const t = a.counts.total;
  process.stderr.write(
    `faceaudit: ${a.rules.length} rules — ${t.fail} fail, ${t['needs-evidence']} needs-evidence, ${t.manual} manual, ${t.pass} pass, ${t['not-applicable']} not applicable\n`,
  );
  if (opts.failOn === 'none') return 0;
  const gate = VERDICTS.indexOf(opts.failOn as Verdict);
  return a.rules.some((r) => VERDICTS.indexOf(r.verdict) <= gate) ? 1 : 0;
}

