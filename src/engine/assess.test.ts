import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, ruleApplies } from './assess.js';
import { AssessmentJson, assessmentJsonSchema } from './assessment-schema.js';
import { projectRoot } from '../core/paths.js';
import { subjectWith } from '../test-support/fixtures.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';

test('assess output matches the published Assessment schema', () => {
  const a = assess(subjectWith({ scenarios: [{ id: 's2', setting: 'public-place', type: 'remote-verification' }] }));
  const parsed = AssessmentJson.safeParse(JSON.parse(JSON.stringify(a)));
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
});

test('docs/assessment.schema.json is up to date with the zod schema', () => {
  const onDisk = JSON.parse(readFileSync(join(projectRoot(), 'docs/assessment.schema.json'), 'utf8'));
  assert.deepEqual(onDisk, assessmentJsonSchema(), 'regenerate with: npx faceaudit schema assessment --out docs/assessment.schema.json');
});

test('no rule passes a subject that says nothing', () => {
  const a = assess(subjectWith());
  const passed = a.rules.filter((r) => r.verdict === 'pass').map((r) => r.id);
  assert.deepEqual(passed, [], `rules passing without any information: ${passed.join(', ')}`);
});

test('every scenario-scoped rule gives each scenario a finding; applicability is by setting, type and sector', () => {
  const s = subjectWith({ scenarios: [{ id: 's2', setting: 'public-place' }] });
  const a = assess(s);
  for (const r of a.rules) {
    const rule = RULES.find((x) => x.id === r.id)!;
    if (rule.scope === 'scenario') {
      for (const id of ['s1', 's2']) assert.ok(r.findings.some((f) => f.scenarioId === id), `${r.id} says nothing about ${id}`);
    }
  }
  const onlyPublic = { applies: { settings: ['public-place'] } } as unknown as Rule;
  assert.equal(ruleApplies(onlyPublic, s.deployments[0]!.scenarios[0]!, s), false);
  assert.equal(ruleApplies(onlyPublic, s.deployments[0]!.scenarios[1]!, s), true);
});

test('rule IDs are unique and every fail carries a remediation (the engine enforces it)', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('an inspection recorded on a rule whose ID has dots applies to that rule only', () => {
  const s = subjectWith({ inspections: [{ check: 'TAF-6', verdict: 'fail', note: 'x', date: '2026-01-01' }] });
  const a = assess(s);
  const r = a.rules.find((x) => x.id === 'TAF-6.3c');
  assert.ok(r, 'TAF-6.3c is in the rulebook');
  assert.ok(!r.findings.some((f) => f.evidence.some((e) => e.kind === 'inspection')), 'TAF-6 is not a prefix rule of TAF-6.3c');
  const s2 = subjectWith({ inspections: [{ check: 'TAF-6.3c', verdict: 'fail', note: '临时数据未清除', date: '2026-01-01' }] });
  assert.equal(assess(s2).rules.find((x) => x.id === 'TAF-6.3c')!.verdict, 'fail');
});
