import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The repository root: the nearest folder above this module whose package.json is faceaudit's. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'faceaudit') {
      return (root = dir);
    }
    const up = dirname(dir);
    if (up === dir) return (root = process.cwd());
    dir = up;
  }
}

/** ../shared/corpus beside the repository (real test inputs; never copied into the repo). */
export function corpusDir(...parts: string[]): string {
  return resolve(projectRoot(), '..', 'shared', 'corpus', ...parts);
}
