// The command line as a user meets it: exit codes, messages without stack traces, output formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../core/paths.js';

const bin = join(projectRoot(), 'bin', 'faceaudit.js');
const ex = (name: string) => join(projectRoot(), 'examples', name);
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: projectRoot(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('assess gates on --fail-on: 1 for failures, 0 with none, and needs-evidence is stricter', () => {
  assert.equal(cli('assess', ex('community-before.yaml'), '--format', 'json').code, 1);
  assert.equal(cli('assess', ex('community-before.yaml'), '--format', 'json', '--fail-on', 'none').code, 0);
  assert.equal(cli('assess', ex('metro-station.yaml'), '--format', 'json').code, 0, 'no failing rule');
  assert.equal(cli('assess', ex('metro-station.yaml'), '--format', 'json', '--fail-on', 'needs-evidence').code, 1);
});

test('assess writes each format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fa-cli-'));
  for (const format of ['html', 'json', 'sarif', 'md']) {
    const out = join(dir, `r.${format}`);
    const r = cli('assess', ex('school-attendance.yaml'), '--format', format, '--out', out, '--fail-on', 'none');
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, 'utf8');
    assert.ok(text.includes('FR-14'), `${format} mentions FR-14`);
  }
  assert.equal(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version, '2.1.0');
});

test('a bad subject file exits 2 with the field and line, and no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fa-cli-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, readFileSync(ex('wuxi-gym.yaml'), 'utf8').replace('type: local-verification', 'type: lokal'));
  const r = cli('assess', f);
  assert.equal(r.code, 2);
  assert.match(r.err, /s\.yaml:\d+:\d+\s+deployments\[0\]\.scenarios\[0\]\.type/);
  assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
  const missing = cli('assess', join(dir, 'none.yaml'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /file not found/);
});

test('usage errors exit 2', () => {
  assert.equal(cli('assess', ex('wuxi-gym.yaml'), '--format', 'docx').code, 2);
  assert.equal(cli('assess', ex('wuxi-gym.yaml'), '--as-of', '2026-13-01').code, 2);
  assert.equal(cli('nonsense').code, 2);
});

test('deadline prints the CAC transition date and refuses to guess an unpublished calendar', () => {
  const ok = cli('deadline', '--from', '2025-06-01', '--working-days', '30', '--format', 'json');
  assert.equal(ok.code, 0);
  assert.equal(JSON.parse(ok.out).due, '2025-07-14');
  const beyond = cli('deadline', '--from', '2026-12-20', '--working-days', '30');
  assert.equal(beyond.code, 2);
  assert.match(beyond.err, /2027 holiday calendar is not available/);
});

test('rules --format json lists every requirement ID of requirements.md', () => {
  const ids = (JSON.parse(cli('rules', '--format', 'json').out) as { id: string }[]).map((r) => r.id);
  const req = readFileSync(join(projectRoot(), '..', 'shared', 'requirements.md'), 'utf8');
  const wanted = [...req.matchAll(/^\| (FR-\d\d|TAF-6\.\d[a-e]|PI-\d\d|G26-[A-Z]{3}|BIO-\d\d|FIL-\d\d) \|/gm)].map((m) => m[1]!);
  assert.ok(wanted.length >= 65, `found ${wanted.length} IDs in requirements.md`);
  assert.deepEqual(ids, wanted);
});
