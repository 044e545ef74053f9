// Worker thread for batch mode: analyses the files it is sent, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { analyzeApp } from './analyze.js';
import { isAppInputError } from './errors.js';
import type { BatchResult } from './batch.js';

parentPort?.on('message', async (file: string) => {
  let result: BatchResult;
  try {
    result = { file, artifact: await analyzeApp(file) };
  } catch (e) {
    result = isAppInputError(e)
      ? { file, error: { code: e.code, message: e.message } }
      : { file, error: { code: 'internal', message: `${file}: internal error: ${(e as Error).stack ?? String(e)}` } };
  }
  parentPort?.postMessage(result);
});
