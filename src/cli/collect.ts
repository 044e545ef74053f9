// Runs the collectors for `assess`: evidence documents from the manifest, then the inputs given on the command line.
import type { ArtifactSet } from '../core/artifacts.js';
import type { Subject } from '../subject/schema.js';
import { analyzeHarFile } from '../collectors/traffic/har.js';
import { collectDocuments } from '../collectors/document/index.js';
import { analyzePolicyFile } from '../collectors/policy/analyze.js';
import { analyzeApp } from '../collectors/app/analyze.js';
import { progressBar } from './progress.js';

export async function collectArtifacts(
  artifacts: ArtifactSet,
  subject: Subject,
  dir: string,
  opts: { app?: string[]; policy?: string[]; har?: string[] },
): Promise<void> {
  for (const f of opts.policy ?? []) artifacts.policy.push(await analyzePolicyFile(f));
  const apps = opts.app ?? [];
  const bar = progressBar('app');
  for (const [i, f] of apps.entries()) {
    artifacts.app.push(await analyzeApp(f));
    bar.update(i + 1, apps.length, f);
  }
  bar.stop();
  for (const f of opts.har ?? []) artifacts.traffic.push(analyzeHarFile(f));
  // Evidence documents: format from their bytes, size and hash. The loader has already checked they exist.
  const docs = await collectDocuments(subject, dir);
  artifacts.document.push(...docs.artifacts);
  for (const e of docs.errors) process.stderr.write(`faceaudit: evidence ${e.evidenceId} (${e.path}): ${e.message}\n`);
}
