import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** An error whose message is meant for the user as it is (exit code 2, no stack trace). */
export class UsageError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Writes to a file (creating its folder) or to standard output. */
export function writeOutput(content: string | Buffer, out?: string): void {
  if (out) {
    const dir = dirname(out);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    writeFileSync(out, content);
    process.stderr.write(`faceaudit: wrote ${out}\n`);
    return;
  }
  if (Buffer.isBuffer(content) && process.stdout.isTTY) {
    throw new UsageError('this format is binary: give --out FILE or redirect standard output');
  }
  process.stdout.write(content);
}
