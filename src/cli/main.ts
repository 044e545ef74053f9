// The faceaudit command line: a thin shell over the core library.
// Exit codes: 0 = ok; 1 = the gate (--fail-on) tripped; 2 = unusable input or usage error; 3 = internal error.
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { UsageError, writeOutput } from './io.js';
// Command modules are imported when their command runs: a cold `faceaudit app` should not load exceljs,
// the rulebook or the report renderers.
import { progressBar } from './progress.js';

const program = new Command();
program
  .name('faceaudit')
  .description('人脸识别与个人信息合规检测 — face recognition and personal information compliance checks under Chinese rules')
  .version(VERSION)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('assess')
  .description('assess a subject file against the rulebook and write a report')
  .argument('<subject>', 'subject file (YAML or JSON); see `faceaudit init`')
  .option('--app <file...>', 'app package(s) to analyse: APK, AAB, IPA, HAP, AAR, JAR')
  .option('--policy <file...>', 'privacy policy / processing rules (txt, md, html, pdf, docx)')
  .option('--har <file...>', 'network capture (HAR)')
  .addOption(new Option('--format <format>', 'report format').choices(['html', 'pdf', 'json', 'sarif', 'md']).default('html'))
  .option('--out <file>', 'write the report to this file instead of standard output')
  .addOption(new Option('--fail-on <verdict>', 'exit 1 when a rule has this verdict or a worse one').choices(['fail', 'needs-evidence', 'none']).default('fail'))
  .option('--as-of <date>', 'assessment date YYYY-MM-DD (default: the subject\'s asOf, then today)')
  .action(async (subject: string, opts) => {
    const { assessCommand } = await import('./assess.js');
    process.exitCode = await assessCommand(subject, opts);
  });

program
  .command('rules')
  .description('list the rulebook')
  .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
  .option('--out <file>', 'write to this file')
  .action(async (opts: { format: 'md' | 'json'; out?: string }) => {
    const { rulesCommand } = await import('./rules.js');
    writeOutput(rulesCommand(opts.format), opts.out);
  });

program
  .command('questionnaire')
  .description('print the blank self-inspection questionnaire (自查清单)')
  .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'xlsx']).default('md'))
  .option('--out <file>', 'write to this file (required for xlsx unless stdout is redirected)')
  .action(async (opts: { format: 'md' | 'json' | 'xlsx'; out?: string }) => {
    const { questionnaireCommand } = await import('./questionnaire.js');
    writeOutput(await questionnaireCommand(opts.format), opts.out);
  });

program
  .command('init')
  .description('write a starter subject file with every question present and unanswered')
  .argument('[file]', 'where to write it', 'faceaudit-subject.yaml')
  .option('--force', 'overwrite an existing file')
  .action(async (file: string, opts: { force?: boolean }) => {
    const { initCommand } = await import('./init.js');
    initCommand(file, opts);
  });

program
  .command('app')
  .description('analyse app packages (APK, AAB, XAPK, APKS, IPA, HAP, AAR, JAR) or folders of them')
  .argument('<paths...>', 'files or folders')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'html', 'md']).default('json'))
  .option('--policy <file...>', 'privacy policy to compare with: SDKs vs its SDK list (PI-10), permissions it does not explain (PI-16)')
  .option('--out <file>', 'write to this file')
  .action(async (paths: string[], opts: { format: 'json' | 'html' | 'md'; out?: string; policy?: string[] }) => {
    const { appCommand } = await import('./app.js');
    const bar = progressBar('app');
    const r = await appCommand(paths, { format: opts.format, ...(opts.policy ? { policy: opts.policy } : {}), onProgress: (d, t, f) => bar.update(d, t, f) });
    bar.stop();
    writeOutput(r.output, opts.out);
    process.exitCode = r.exitCode;
  });

program
  .command('policy')
  .description('analyse privacy policies (txt, md, html, pdf, docx; folders too); `policy diff OLD NEW` compares two versions')
  .argument('<paths...>', 'files or folders, or: diff OLD NEW')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'html', 'md']))
  .option('--max-size <bytes>', 'size limit per file (default 8 MB)')
  .option('--out <file>', 'write to this file')
  .action(async (paths: string[], opts: { format?: 'json' | 'html' | 'md'; maxSize?: string; out?: string }) => {
    const { policyCommand, policyDiffCommand } = await import('./policy.js');
    const maxBytes = opts.maxSize === undefined ? undefined : Number(opts.maxSize);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) throw new UsageError('--max-size takes a number of bytes');
    let r;
    if (paths[0] === 'diff') {
      if (paths.length !== 3) throw new UsageError('usage: faceaudit policy diff OLD NEW');
      r = await policyDiffCommand(paths[1]!, paths[2]!, { format: opts.format ?? 'md', ...(maxBytes ? { maxBytes } : {}) });
    } else {
      const bar = progressBar('policy');
      r = await policyCommand(paths, { format: opts.format ?? 'json', ...(maxBytes ? { maxBytes } : {}), onProgress: (d, t, f) => bar.update(d, t, f) });
      bar.stop();
    }
    writeOutput(r.output, opts.out);
    process.exitCode = r.exitCode;
  });

program
  .command('deadline')
  .description('the due date N working days after a trigger date (State Council holiday calendar)')
  .requiredOption('--from <date>', 'trigger date YYYY-MM-DD (counting starts the next day)')
  .requiredOption('--working-days <n>', 'number of working days, e.g. 30 for filing, 15 for requests')
  .option('--format <format>', 'text or json', 'text')
  .action(async (opts: { from: string; workingDays: string; format: string }) => {
    const { deadlineCommand } = await import('./deadline.js');
    try {
      const r = deadlineCommand({ from: opts.from, workingDays: opts.workingDays });
      process.stdout.write(opts.format === 'json' ? JSON.stringify({ from: opts.from, workingDays: Number(opts.workingDays), due: r.due }) + '\n' : r.text + '\n');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  });

program
  .command('schema')
  .description('print the JSON Schema of the assessment output or of the subject file')
  .argument('<which>', 'assessment | subject')
  .option('--out <file>', 'write to this file')
  .action(async (which: string, opts: { out?: string }) => {
    const { schemaCommand } = await import('./schema.js');
    writeOutput(schemaCommand(which), opts.out);
  });

/** Errors about the user's input: exit code 2 with the message alone. */
const INPUT_ERRORS = new Set(['PolicyInputError', 'AppInputError', 'TrafficInputError', 'CalendarMissingError', 'InvalidDateError', 'UsageError']);

program
  .command('audit')
  .description('the platform audit log (DATABASE_URL, or ./data/faceaudit.db)')
  .command('verify')
  .description('check the audit log hash chain; exit 1 when an entry was changed or removed')
  .option('--json', 'print the result as JSON')
  .action(async (opts: { json?: boolean }) => {
    const { auditVerifyCommand } = await import('../platform/cli.js');
    process.exitCode = await auditVerifyCommand(opts);
  });

program
  .command('worker')
  .description('start one platform job worker (app analysis…); with DATABASE_URL several share a pg-boss queue')
  .action(async () => {
    const { workerCommand } = await import('../platform/cli.js');
    process.exitCode = await workerCommand();
  });

program
  .command('serve')
  .description('start the platform server (API; SQLite under ./data unless DATABASE_URL is set)')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--port <port>', 'port', (v) => Number.parseInt(v, 10), 8080)
  .option('--demo', 'load the demo organisation from examples/ and print the demo logins')
  .option('--no-jobs', 'do not run job handlers in this process (leave them to `faceaudit worker`)')
  .option('--insecure-cookies', 'session cookie without Secure (only for http://localhost)')
  .action(async (opts: { host: string; port: number; demo?: boolean; jobs: boolean; insecureCookies?: boolean }) => {
    const { serveCommand } = await import('../server/serve.js');
    process.exitCode = await serveCommand(opts);
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander already printed its message; help and version exit 0.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof UsageError || (e instanceof Error && e.name.endsWith('Error') && 'userFacing' in e)) {
      process.stderr.write(`faceaudit: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    const err = e as Error;
    if (err?.name === 'SubjectError') {
      process.stderr.write(`faceaudit: the subject file has problems:\n${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (INPUT_ERRORS.has(err?.name)) {
      process.stderr.write(`faceaudit: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    // Anything else is our bug, not the user's input: say so, keep the stack for FACEAUDIT_DEBUG.
    process.stderr.write(`faceaudit: internal error: ${err?.message ?? String(e)}\n(set FACEAUDIT_DEBUG=1 for details and report it)\n`);
    if (process.env.FACEAUDIT_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    process.exitCode = 3;
  }
}

await main();
