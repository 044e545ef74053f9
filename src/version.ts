import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './core/paths.js';

/** The package version, read once from package.json so there is one place to bump it. */
export const VERSION: string = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
