// Where the platform keeps its files. Everything lives under one data folder (default ./data, relative to the
// working directory; FACEAUDIT_DATA_DIR moves it).
import { resolve } from 'node:path';

export function dataDir(): string {
  return resolve(process.env.FACEAUDIT_DATA_DIR || 'data');
}
