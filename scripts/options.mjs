// What the scripts in this folder share: the repository root, `--name value` options, and the compiled build they
// load (`--build DIR`, default dist/) and the corpus folder they read (`--dir DIR`).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const args = process.argv.slice(2);
export const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
export const build = resolve(root, opt('--build', 'dist'));
export const policyDir = () => resolve(opt('--dir', join(root, '..', 'shared', 'corpus', 'policies')));
