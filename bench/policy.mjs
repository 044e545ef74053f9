// Benchmark of the policy analyzer on the real corpus: time per policy (p50/p95), throughput on one core,
// peak memory, and the same batch run 1×, 2× and 4× in fresh processes to show that memory stays flat.
// Runs against dist/ (`npm run build` first) or another tsc output folder given with --build.
// Usage: node bench/policy.mjs [--build DIR] [--dir DIR] [--times 1,2,4] [--json]
//        node bench/policy.mjs --build NEW --compare OLD [--rounds 3]
// "cpu/s" divides by the process's CPU time (user + system), which other load on the machine does not inflate.
// --compare loads both builds into one pinned process and times them file by file, alternating which goes first,
// with the model on and off: on a shared machine whose load drifts, the ratio is steadier than two separate runs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const dir = resolve(opt('--dir', join(root, '..', 'shared', 'corpus', 'policies')));
const build = resolve(root, opt('--build', 'dist'));

if (args.includes('--compare-child')) {
  const load = async (b) => (await import(join(resolve(root, b), 'collectors', 'policy', 'analyze.js'))).analyzePolicyFile;
  const [oldFn, newFn] = [await load(opt('--compare-child')), await load(opt('--build'))];
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const rounds = Number(opt('--rounds', '3'));
  const time = async (fn, f, model) => {
    const t = performance.now();
    try {
      await fn(f, { model });
    } catch (e) {
      if (e?.name !== 'PolicyInputError') throw e;
    }
    return performance.now() - t;
  };
  const out = [];
  for (const model of [true, false]) {
    for (const f of files.slice(0, 10)) {
      await time(oldFn, f, model);
      await time(newFn, f, model);
    }
    let tOld = 0;
    let tNew = 0;
    for (let r = 0; r < rounds; r++) {
      for (const [i, f] of files.entries()) {
        if ((i + r) % 2) (tOld += await time(oldFn, f, model)), (tNew += await time(newFn, f, model));
        else (tNew += await time(newFn, f, model)), (tOld += await time(oldFn, f, model));
      }
    }
    const n = files.length * rounds;
    out.push({ model, files: n, oldPerSecond: n / (tOld / 1000), newPerSecond: n / (tNew / 1000), speedup: tOld / tNew });
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

if (args.includes('--child')) {
  const times = Number(opt('--child', '1'));
  const { analyzePolicyFile } = await import(join(build, 'collectors', 'policy', 'analyze.js'));
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  // warm up: compile the patterns and let the JIT see them once
  for (const f of files.slice(0, 10)) await analyzePolicyFile(f).catch(() => {});
  const ms = [];
  let refused = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < times; r++) {
    for (const f of files) {
      const t = performance.now();
      try {
        await analyzePolicyFile(f);
        ms.push(performance.now() - t);
      } catch (e) {
        if (e?.name !== 'PolicyInputError') throw e;
        refused++;
      }
    }
  }
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  ms.sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  console.log(
    JSON.stringify({
      times,
      files: files.length * times,
      analysed: ms.length,
      refused,
      totalMs: total,
      p50: q(0.5),
      p95: q(0.95),
      max: ms[ms.length - 1],
      perSecond: (files.length * times) / (total / 1000),
      cpuMs,
      perCpuSecond: (files.length * times) / (cpuMs / 1000),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    }),
  );
  process.exit(0);
}

const hasTaskset = spawnSync('sh', ['-c', 'command -v taskset'], { stdio: 'ignore' }).status === 0;
const pinned = (cmd) => (hasTaskset ? spawnSync('taskset', ['-c', '0', ...cmd], { encoding: 'utf8' }) : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' }));

if (opt('--compare')) {
  const r = pinned([process.execPath, fileURLToPath(import.meta.url), '--compare-child', opt('--compare'), '--build', build, '--dir', dir, '--rounds', opt('--rounds', '3')]);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const rows = JSON.parse(r.stdout.trim().split('\n').pop());
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    let load = 'unknown';
    try {
      load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    } catch {}
    console.log(`policy analyzer A/B — node ${process.version}, ${new Date().toISOString()}, load average ${load}`);
    console.log(`old ${resolve(root, opt('--compare'))}, new ${build}`);
    console.log('| model | files | old policies/s | new policies/s | speed-up |');
    console.log('|---|---:|---:|---:|---:|');
    for (const x of rows) console.log(`| ${x.model ? 'on' : 'off'} | ${x.files} | ${x.oldPerSecond.toFixed(0)} | ${x.newPerSecond.toFixed(0)} | ${x.speedup.toFixed(2)}× |`);
  }
  process.exit(0);
}

const multipliers = opt('--times', '1,2,4').split(',').map(Number);
const results = [];
for (const m of multipliers) {
  // one fresh process per batch size, pinned to one core when taskset exists
  const cmd = [process.execPath, fileURLToPath(import.meta.url), '--child', String(m), '--dir', dir, '--build', build];
  const r = pinned(cmd);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  results.push(JSON.parse(r.stdout.trim().split('\n').pop()));
}
if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log(`policy analyzer benchmark — ${dir}`);
  console.log(`node ${process.version}, ${new Date().toISOString()}, build ${build}`);
  console.log('| batch | files | analysed | refused | total s | p50 ms | p95 ms | max ms | policies/s | cpu/s | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.times}× | ${r.files} | ${r.analysed} | ${r.refused} | ${(r.totalMs / 1000).toFixed(2)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.max.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.perCpuSecond.toFixed(0)} | ${r.peakRssMb.toFixed(0)} |`,
    );
  }
}
