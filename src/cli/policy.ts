// `faceaudit policy FILE… --format json|html|md` and `faceaudit policy diff OLD NEW`, without the argument
// parsing (the CLI entry wires these to commander). Exit code 2 when any input is unusable.
import type { PolicyArtifact } from '../core/artifacts.js';
import { analyzePolicyFile } from '../collectors/policy/analyze.js';
import { analyzeBatch, listPolicyFiles } from '../collectors/policy/batch.js';
import { diffPolicies } from '../collectors/policy/diff.js';
import { PolicyInputError } from '../collectors/policy/errors.js';
import { policyDiffReport, policyHtml, policyJson, policyMarkdown, type PolicyReportError, type PolicyReportFormat } from '../reports/policy-report.js';

export interface PolicyCommandOptions {
  format?: PolicyReportFormat;
  /** Size limit per file in bytes (default 8 MB). */
  maxBytes?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface CommandResult {
  output: string;
  exitCode: number;
}

export const EXIT_UNUSABLE_INPUT = 2;

export async function policyCommand(paths: string[], opts: PolicyCommandOptions = {}): Promise<CommandResult> {
  const format = opts.format ?? 'json';
  const files = await listPolicyFiles(paths);
  const policies: PolicyArtifact[] = [];
  const errors: PolicyReportError[] = [];
  if (!files.length) errors.push({ file: paths.join(' '), problem: 'not-found', message: 'no policy files (.txt .md .html .pdf .docx) found' });
  for await (const r of analyzeBatch(files, { maxBytes: opts.maxBytes, onProgress: opts.onProgress })) {
    if ('artifact' in r) policies.push(r.artifact);
    else errors.push({ file: r.file, problem: r.error.problem, message: r.error.message });
  }
  const output = format === 'html' ? policyHtml(policies, errors) : format === 'md' ? policyMarkdown(policies, errors) : policyJson(policies, errors);
  return { output, exitCode: errors.length ? EXIT_UNUSABLE_INPUT : 0 };
}

export async function policyDiffCommand(oldFile: string, newFile: string, opts: PolicyCommandOptions = {}): Promise<CommandResult> {
  try {
    const [a, b] = [await analyzePolicyFile(oldFile, opts), await analyzePolicyFile(newFile, opts)];
    return { output: policyDiffReport(diffPolicies(a, b), opts.format ?? 'md'), exitCode: 0 };
  } catch (e) {
    if (!(e instanceof PolicyInputError)) throw e;
    return { output: e.message + '\n', exitCode: EXIT_UNUSABLE_INPUT };
  }
}
