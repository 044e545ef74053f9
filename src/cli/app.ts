// `faceaudit app FILE|FOLDER… --format json|html|md` without the argument parsing (the CLI entry wires this to
// commander). Folders are analysed in batch mode on all cores. Exit code 2 when any input is unusable.
import { statSync } from 'node:fs';
import type { AppArtifact, PolicyArtifact } from '../core/artifacts.js';
import { analyzeApp } from '../collectors/app/analyze.js';
import { analyzeFiles, listPackageFiles, type BatchResult } from '../collectors/app/batch.js';
import { isAppInputError } from '../collectors/app/errors.js';
import { appReport, type AppPolicyComparison, type AppReportError, type AppReportFormat } from '../reports/app-report.js';

export interface AppCommandOptions {
  format?: AppReportFormat;
  /** Worker threads for several files (default: one per core). */
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Privacy policies to compare each app with (PI-10 SDK list, PI-16 permissions). */
  policy?: string[];
}

export interface CommandResult {
  output: string;
  exitCode: number;
}

export const EXIT_UNUSABLE_INPUT = 2;

/** Files named on the command line, with folders replaced by the files in them. */
function expand(paths: string[], errors: AppReportError[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      errors.push({ file: p, problem: 'not-found', message: `${p}: no such file or folder` });
      continue;
    }
    if (!isDir) files.push(p);
    else {
      const inside = listPackageFiles(p);
      if (!inside.length) errors.push({ file: p, problem: 'not-found', message: `${p}: the folder has no files` });
      files.push(...inside);
    }
  }
  return files;
}

export async function appCommand(paths: string[], opts: AppCommandOptions = {}): Promise<CommandResult> {
  const errors: AppReportError[] = [];
  const files = expand(paths, errors);
  let results: BatchResult[];
  if (files.length === 1) {
    // One file: analysed here, no worker start-up cost.
    const file = files[0]!;
    try {
      results = [{ file, artifact: await analyzeApp(file) }];
    } catch (e) {
      if (!isAppInputError(e)) throw e;
      results = [{ file, error: { code: e.code, message: e.message } }];
    }
    opts.onProgress?.(1, 1, file);
  } else {
    results = await analyzeFiles(files, { ...(opts.workers ? { workers: opts.workers } : {}), onResult: (r, done, total) => opts.onProgress?.(done, total, r.file) });
  }
  const apps: AppArtifact[] = [];
  let internal = false;
  for (const r of results) {
    if (r.artifact) apps.push(r.artifact);
    else if (r.error) {
      errors.push({ file: r.file, problem: r.error.code, message: r.error.message });
      internal ||= r.error.code === 'internal';
    }
  }
  if (!files.length && !errors.length) errors.push({ file: '', problem: 'not-found', message: 'no input files given' });
  let comparisons: AppPolicyComparison[] = [];
  if (opts.policy?.length && apps.length) {
    // Loaded only with --policy: the analyzer and the rulebook are not needed for a plain package scan.
    const { analyzePolicyFile } = await import('../collectors/policy/analyze.js');
    const { PolicyInputError } = await import('../collectors/policy/errors.js');
    const { compareAppWithPolicy } = await import('../engine/app-policy.js');
    const policies: PolicyArtifact[] = [];
    for (const f of opts.policy) {
      try {
        policies.push(await analyzePolicyFile(f));
      } catch (e) {
        if (!(e instanceof PolicyInputError)) throw e;
        errors.push({ file: f, problem: e.problem, message: e.message });
      }
    }
    if (policies.length) comparisons = apps.map((a) => ({ app: a.source, findings: compareAppWithPolicy(a, policies) }));
  }
  const output = appReport(apps, errors, opts.format ?? 'json', comparisons);
  return { output, exitCode: internal ? 1 : errors.length ? EXIT_UNUSABLE_INPUT : 0 };
}
