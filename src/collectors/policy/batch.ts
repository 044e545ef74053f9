// Batch analysis over files and folders, one policy at a time so that memory stays flat: results are
// yielded as they are made, and a caller that does not keep them keeps nothing.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { PolicyArtifact } from '../../core/artifacts.js';
import { analyzePolicyFile, type AnalyzeOptions } from './analyze.js';
import { PolicyInputError } from './errors.js';

export const POLICY_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx']);

export type BatchResult = { file: string; artifact: PolicyArtifact; ms: number } | { file: string; error: PolicyInputError; ms: number };

export interface BatchOptions extends AnalyzeOptions {
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Files named, and policy files found (recursively, sorted) in folders named. A missing path is kept so it reports an error. */
export async function listPolicyFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (st.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && POLICY_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Analyses each file in turn. Unusable input yields its PolicyInputError; any other error is a bug and is thrown. */
export async function* analyzeBatch(files: string[], opts: BatchOptions = {}): AsyncGenerator<BatchResult> {
  let done = 0;
  for (const file of files) {
    const t = performance.now();
    let r: BatchResult;
    try {
      r = { file, artifact: await analyzePolicyFile(file, opts), ms: performance.now() - t };
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      r = { file, error: e, ms: performance.now() - t };
    }
    opts.onProgress?.(++done, files.length, file);
    yield r;
  }
}
