// Analyses one package in a fresh Node process and prints wall time and peak RSS: the cold, whole-process cost
// a user of `faceaudit app FILE` pays. Used by bench/app.mjs.
const started = performance.now();
const dist = new URL(`../${process.env.FACEAUDIT_DIST ?? 'dist'}/collectors/app/analyze.js`, import.meta.url);
const { analyzeApp } = await import(dist.href);
const a = await analyzeApp(process.argv[2]);
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    classes: a.classCount,
    permissions: a.permissions.length,
    sdks: a.sdks.length,
    models: a.models.length,
  }),
);
