// The examples under examples/ are the seed cases told as facts. Each must fail exactly the rules its
// account implies — no more (no rule may fail on what the account does not say), no fewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectRoot } from './core/paths.js';
import { loadSubject } from './subject/load.js';
import { assess } from './engine/assess.js';
import { emptyArtifacts } from './core/artifacts.js';
import { collectDocuments } from './collectors/document/index.js';
import type { Assessment } from './engine/assessment.js';

const EXPECTED_FAILS: Record<string, string[]> = {
  'community-before.yaml': ['FR-02', 'FR-04', 'FR-10'],
  'community-after.yaml': [],
  'metro-station.yaml': [],
  'school-attendance.yaml': ['FR-04', 'FR-10', 'FR-14', 'PI-07', 'G26-EDU'],
  'wuxi-gym.yaml': ['FR-04', 'FR-07', 'FR-10', 'PI-08'],
  'putuo-supermarket.yaml': ['FR-01', 'FR-02', 'FR-04', 'FR-12', 'PI-08', 'PI-17'],
  'car-showroom.yaml': ['FR-01', 'FR-02', 'FR-04', 'FR-12', 'PI-08'],
  'amusement-leak.yaml': ['FR-13', 'PI-11', 'PI-12'],
};

async function run(name: string): Promise<Assessment> {
  const { subject, dir } = loadSubject(join(projectRoot(), 'examples', name));
  const artifacts = emptyArtifacts();
  const docs = await collectDocuments(subject, dir);
  assert.deepEqual(docs.errors, [], `${name}: evidence documents readable`);
  artifacts.document.push(...docs.artifacts);
  return assess(subject, artifacts);
}

const failing = (a: Assessment) => a.rules.filter((r) => r.verdict === 'fail').map((r) => r.id).sort();

for (const [name, expected] of Object.entries(EXPECTED_FAILS)) {
  test(`${name} fails exactly ${expected.join(', ') || 'nothing'}`, async () => {
    assert.deepEqual(failing(await run(name)), [...expected].sort());
  });
}

test('the rectified community passes every rule the unrectified one fails', async () => {
  const after = await run('community-after.yaml');
  for (const id of EXPECTED_FAILS['community-before.yaml']!) {
    assert.equal(after.rules.find((r) => r.id === id)!.verdict, 'pass', id);
  }
});

test('every failure in the examples quotes evidence and says how to fix it', async () => {
  for (const name of Object.keys(EXPECTED_FAILS)) {
    for (const r of (await run(name)).rules) {
      for (const f of r.findings.filter((x) => x.verdict === 'fail')) {
        assert.ok(f.evidence.length > 0, `${name} ${f.checkId} has evidence`);
        assert.ok(f.remediation?.zh && f.remediation.en, `${name} ${f.checkId} has a remediation`);
      }
    }
  }
});
