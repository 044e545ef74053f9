// Batch mode: every package file in a folder, analysed in worker threads (one per core by default), so a
// folder of apps uses both cores of the machine. Results come back in the folder's order.
import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppArtifact } from '../../core/artifacts.js';
import { AppInputError } from './errors.js';

export interface BatchResult {
  file: string;
  artifact?: AppArtifact;
  /** Why the file could not be analysed; code 'internal' for a bug rather than bad input. */
  error?: { code: string; message: string };
}

export interface BatchOptions {
  /** Worker threads; defaults to the number of cores. */
  workers?: number;
  onResult?: (r: BatchResult, done: number, total: number) => void;
}

/** The regular, non-hidden files of a folder, sorted by name. */
export function listPackageFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new AppInputError('not-found', `${dir}: cannot list the folder (${(e as Error).message})`);
  }
  return names
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}

/** Analyses files in parallel worker threads. Never rejects for a bad file: its result carries the error. */
export async function analyzeFiles(files: string[], opts: BatchOptions = {}): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array<BatchResult>(files.length);
  if (!files.length) return results;
  const count = Math.max(1, Math.min(opts.workers ?? availableParallelism(), files.length));
  let next = 0;
  let done = 0;
  await new Promise<void>((resolve) => {
    const finish = (index: number, r: BatchResult): void => {
      results[index] = r;
      done++;
      opts.onResult?.(r, done, files.length);
      if (done === files.length) resolve();
    };
    const start = (): void => {
      const worker = new Worker(new URL('./batch-worker.js', import.meta.url));
      let current = -1;
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(files[current]);
      };
      worker.on('message', (r: BatchResult) => {
        finish(current, r);
        feed();
      });
      // A worker that dies (out of memory, a native crash) fails only its current file; a new one takes over.
      worker.on('error', (e) => {
        if (current >= 0 && results[current] === undefined) finish(current, { file: files[current]!, error: { code: 'internal', message: `${files[current]}: worker failed: ${e.message}` } });
        current = -1;
        if (next < files.length) start();
      });
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
  return results;
}

export async function analyzeFolder(dir: string, opts: BatchOptions = {}): Promise<BatchResult[]> {
  return analyzeFiles(listPackageFiles(dir), opts);
}
