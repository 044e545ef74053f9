// Benchmark of the app package analyzer (runs against dist/: `npm run build` first).
// In one run, on the same files: our analyzer vs Debian's `aapt dump permissions` + `dexdump` (what Exodus
// runs) and vs androguard (Debian package) loading each APK and its DEX files; then a generated ~150 MB APK
// with 120,000 classes (bench/gen-big-apk.mjs) analysed in a fresh process, with wall time and peak RSS.
// Usage: node bench/app.mjs [--runs N] [--big-classes N] [--big-mb N] [--no-androguard]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const RUNS = opt('--runs', 5);
const BIG_CLASSES = opt('--big-classes', 120_000);
const BIG_MB = opt('--big-mb', 150);
const withAndroguard = !args.includes('--no-androguard');

const root = new URL('..', import.meta.url).pathname;
// FACEAUDIT_DIST lets a developer point at another build folder (e.g. .build/app); CI and docs use dist/.
const distDir = join(root, process.env.FACEAUDIT_DIST ?? 'dist');
const dist = join(distDir, 'collectors/app/analyze.js');
if (!existsSync(dist)) {
  console.error(`${distDir} is not built: run \`npm run build\` first`);
  process.exit(2);
}
const corpus = join(root, '..', 'shared', 'corpus', 'apps');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const PY = '/usr/bin/python3';
const tools = { aapt: has('aapt'), dexdump: has('dexdump'), androguard: withAndroguard && spawnSync(PY, ['-c', 'import androguard']).status === 0 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const fmt = (ms) => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(1)}×`);

const { analyzeApp } = await import(dist);

/** aapt dump permissions + dexdump, each a process, as Exodus runs them. */
function aaptDexdump(file) {
  if (!tools.aapt || !tools.dexdump) return undefined;
  return median(
    Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, () =>
      time(() => {
        spawnSync('aapt', ['dump', 'permissions', file], { stdio: 'ignore' });
        spawnSync('dexdump', [file], { stdio: 'ignore' });
      }),
    ),
  );
}

/** Our analyzer in this process (warm), median of RUNS. */
async function oursWarm(file) {
  await analyzeApp(file);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await analyzeApp(file);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Our analyzer in a fresh Node process (cold: includes Node start-up and module loading). */
function oursCold(file) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bench/app-once.mjs'), file], { encoding: 'utf8' });
    const wall = performance.now() - t;
    if (r.status !== 0) throw new Error(`app-once failed on ${file}: ${r.stderr}`);
    runs.push({ wall, ...JSON.parse(r.stdout) });
  }
  return { wall: median(runs.map((r) => r.wall)), maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)) };
}

/** androguard: one python process for all files; per-file load time measured inside it. */
function androguard(files) {
  if (!tools.androguard || !files.length) return new Map();
  const t = performance.now();
  const out = execFileSync(PY, [join(root, 'bench/androguard_load.py'), ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  const total = performance.now() - t;
  const m = new Map();
  for (const line of out.trim().split('\n')) {
    const r = JSON.parse(line);
    m.set(r.file, { ms: r.seconds * 1000, error: r.error, importMs: r.import_seconds * 1000 });
  }
  m.totalMs = total;
  return m;
}

console.log(`# App analyzer benchmark — ${new Date().toISOString()}`);
console.log(`node ${process.version}, ${spawnSync('nproc').stdout.toString().trim()} cores; runs per measure: ${RUNS}; tools: ${Object.entries(tools).map(([k, v]) => `${k} ${v ? 'yes' : 'no'}`).join(', ')}\n`);

const files = readdirSync(corpus).sort().map((f) => join(corpus, f));
const apks = files.filter((f) => f.endsWith('.apk'));
const ag = androguard(apks);
console.log('| File | Ours warm | Ours cold process | aapt+dexdump | ratio aapt+dexdump / ours (warm, cold) | androguard load | ratio androguard / ours warm |');
console.log('|---|---|---|---|---|---|---|');
for (const f of files) {
  const name = f.slice(corpus.length + 1);
  const warm = await oursWarm(f);
  const cold = oursCold(f).wall;
  const isApk = f.endsWith('.apk');
  const ad = isApk ? aaptDexdump(f) : undefined;
  const a = ag.get(f);
  const agMs = a && !a.error ? a.ms : undefined;
  console.log(`| ${name} | ${fmt(warm)} | ${fmt(cold)} | ${fmt(ad)} | ${ratio(ad, warm)}, ${ratio(ad, cold)} | ${a?.error ? 'error' : fmt(agMs)} | ${ratio(agMs, warm)} |`);
}
if (ag.size) console.log(`\nandroguard: import ${fmt([...ag.values()][0].importMs)} once, whole process for ${apks.length} APKs ${fmt(ag.totalMs)}.`);

// ---- The generated big APK ----
const big = join(tmpdir(), `faceaudit-bench-big-${process.pid}.apk`);
try {
  const gen = JSON.parse(execFileSync(process.execPath, [join(root, 'bench/gen-big-apk.mjs'), big, String(BIG_CLASSES), String(BIG_MB)], { encoding: 'utf8' }));
  console.log(`\n## Generated APK: ${(gen.bytes / 1024 / 1024).toFixed(1)} MiB, ${gen.classes} classes in ${gen.dexFiles} DEX files (bench/gen-big-apk.mjs)\n`);
  const cold = oursCold(big);
  console.log(`- ours, fresh process: ${fmt(cold.wall)}, peak RSS ${cold.maxRssMB.toFixed(0)} MiB (goal < 10 s, < 500 MiB)`);
  const ad = aaptDexdump(big);
  if (ad !== undefined) console.log(`- aapt dump permissions + dexdump: ${fmt(ad)} (${ratio(ad, cold.wall)} ours)`);
  if (tools.androguard) {
    const t = performance.now();
    const r = androguard([big]).get(big);
    console.log(`- androguard load: ${r?.error ? `error ${r.error}` : fmt(r?.ms)} (process ${fmt(performance.now() - t)}; ${ratio(r?.ms, cold.wall)} ours)`);
  }
} finally {
  rmSync(big, { force: true });
}
