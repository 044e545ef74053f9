// A progress bar on standard error for long work, only when a person is watching (a TTY).
import { createRequire } from 'node:module';
import type cliProgressTypes from 'cli-progress';

export interface Progress {
  update(done: number, total: number, item: string): void;
  stop(): void;
}

export function progressBar(label: string): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  // Loaded only when a person is watching: scripts and CI never pay for it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressTypes;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {item}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, item) {
      if (!started) {
        bar.start(total, 0, { item: '' });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { item: item.length > 40 ? `…${item.slice(-39)}` : item });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
