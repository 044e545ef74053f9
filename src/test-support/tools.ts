// System tools some tests compare with or build fixtures with (Debian packages that .ci/run installs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether a command is on PATH. */
export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** A python3 that can import `module` (Debian's first: a pyenv python3 on PATH lacks Debian's modules). */
export function pythonWith(module: string): string | undefined {
  for (const py of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(py, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0) return py;
  }
  return undefined;
}

/** What CI must have, with the Debian package that brings it (see .ci/run). */
export const CI_TOOLS: { name: string; present: () => boolean; pkg: string }[] = [
  { name: 'aapt', present: () => hasCommand('aapt'), pkg: 'aapt' },
  { name: 'dexdump', present: () => hasCommand('dexdump'), pkg: 'dexdump' },
  { name: 'framework-res.apk', present: () => existsSync('/usr/share/android-framework-res/framework-res.apk'), pkg: 'android-framework-res' },
  { name: 'jsr305.jar', present: () => existsSync('/usr/share/java/jsr305.jar'), pkg: 'libjsr305-java' },
  { name: 'chromium', present: () => hasCommand('chromium'), pkg: 'chromium' },
  { name: 'gs', present: () => hasCommand('gs'), pkg: 'ghostscript' },
  { name: 'python3', present: () => hasCommand('python3'), pkg: 'python3' },
  { name: 'reportlab', present: () => pythonWith('reportlab') !== undefined, pkg: 'python3-reportlab' },
  { name: 'WenQuanYi Zen Hei font', present: () => existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'), pkg: 'fonts-wqy-zenhei' },
];
