import { existsSync, writeFileSync } from 'node:fs';
import { starterSubject } from '../subject/starter.js';
import { UsageError } from './io.js';

export function initCommand(file: string, opts: { force?: boolean }): void {
  if (existsSync(file) && !opts.force) throw new UsageError(`${file} exists already (use --force to overwrite it)`);
  writeFileSync(file, starterSubject());
  process.stderr.write(`faceaudit: wrote ${file} — fill it in, then run: npx faceaudit assess ${file}\n`);
}
