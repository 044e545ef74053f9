// Every migration, by name. Names sort in the order they run (NNN-name); add new ones at the end.
// A static list rather than a folder scan: works the same from src/, dist/ or a bundle.
import type { Migration } from 'kysely';
import { m001Initial } from './001-initial.js';

export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001Initial,
};
