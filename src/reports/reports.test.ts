import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { assess } from '../engine/assess.js';
import { projectRoot } from '../core/paths.js';
import { subjectWith, trafficWith } from '../test-support/fixtures.js';
import { emptyArtifacts } from '../core/artifacts.js';
import { RULES } from '../rules/index.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { rectificationList } from './common.js';

const hostile = '<script>alert(1)</script>"&\'';
const subject = subjectWith({
  processor: { name: `某公司${hostile}` },
  scenario: { name: `门禁${hostile}`, storage: 'cloud', consent: 'bundled' },
});
const artifacts = { ...emptyArtifacts(), traffic: [trafficWith([{ url: `https://x.example/face?q=${hostile}`, faceData: { detected: true, reason: 'jpeg' } }])] };
const a = assess(subject, artifacts);

test('the assessment lists every rule of the rulebook, in rulebook order', () => {
  assert.deepEqual(a.rules.map((r) => r.id), RULES.map((r) => r.id));
  const sum = Object.values(a.counts.total).reduce((x, y) => x + y, 0);
  assert.equal(sum, RULES.length);
});

test('assessing twice gives the same JSON (deterministic)', () => {
  assert.equal(renderJson(assess(subject, artifacts)), renderJson(a));
});

test('SARIF output is valid against the SARIF 2.1.0 schema and carries rule metadata', () => {
  const schemaPath = join(projectRoot(), 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The published schema has a pattern that is invalid with the `u` flag, hence unicodeRegExp: false.
  type Validator = ((d: unknown) => boolean) & { errors?: unknown[] | null };
  const { default: Ajv } = createRequire(import.meta.url)('ajv-draft-04') as {
    default: new (o: Record<string, unknown>) => { compile(s: unknown): Validator };
  };
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const log = JSON.parse(renderSarif(a));
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const run = log.runs[0];
  assert.equal(run.tool.driver.rules.length, RULES.length);
  assert.ok(run.tool.driver.rules.every((r: { shortDescription: { text: string } }) => r.shortDescription.text.length > 0));
  const fail = run.results.find((r: { ruleId: string; level: string }) => r.ruleId === 'FR-05');
  assert.equal(fail.level, 'error');
  assert.equal(run.tool.driver.rules[fail.ruleIndex].id, 'FR-05');
});

test('HTML escapes everything that comes from inputs and is self-contained', () => {
  const html = renderHtml(a);
  assert.ok(!html.includes('<script>alert(1)</script>'), 'raw script from input must not appear');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!/<script\b/i.test(html), 'the report needs no script at all');
  assert.ok(!/(src|href)=["']https?:/i.test(html), 'no external resources');
  assert.match(html, /<svg[^>]+verdicts by chapter/);
  for (const r of RULES) assert.ok(html.includes(`id="${r.id}"`), `rule ${r.id} has a section`);
  assert.match(html, /整改清单/);
});

test('the rectification list has every failing finding with its remediation', () => {
  const fails = a.rules.flatMap((r) => r.findings).filter((f) => f.verdict === 'fail');
  const list = rectificationList(a);
  assert.equal(list.length, fails.length);
  assert.ok(list.length > 0);
  assert.ok(list.every((i) => i.remediation.zh && i.remediation.en));
  assert.match(renderMarkdown(a), /## 整改清单 Rectification list/);
});
