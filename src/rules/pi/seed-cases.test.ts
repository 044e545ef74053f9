// The seed 001 cases as the example subjects tell them (facts and answers only): the PI rules must reach
// the verdicts the seed gives each case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { piRules } from './index.js';
import { assess } from '../../engine/assess.js';
import { loadSubject } from '../../subject/load.js';
import { projectRoot } from '../../core/paths.js';
import type { Finding } from '../../core/types.js';

function findings(example: string): Finding[] {
  const { subject } = loadSubject(join(projectRoot(), 'examples', example), { checkFiles: false });
  return assess(subject, undefined, { rules: piRules }).rules.flatMap((r) => r.findings);
}
const verdictOf = (f: Finding[], checkId: string) => f.filter((x) => x.checkId === checkId).map((x) => x.verdict);

test('Putuo supermarkets: faces captured at the entrance without consent, shoppers labelled', () => {
  const f = findings('putuo-supermarket.yaml');
  assert.deepEqual(verdictOf(f, 'PI-08.separate-consent'), ['fail']);
  assert.deepEqual(verdictOf(f, 'PI-17.labels'), ['fail']);
});

test('car showroom: 430,000 photos for footfall analysis without consent', () => {
  const f = findings('car-showroom.yaml');
  assert.deepEqual(verdictOf(f, 'PI-08.separate-consent'), ['fail']);
});

test('amusement company: database not protected, leak not remedied', () => {
  const f = findings('amusement-leak.yaml');
  assert.deepEqual(verdictOf(f, 'PI-11.encryption'), ['fail']);
  assert.deepEqual(verdictOf(f, 'PI-12.vulns-fixed'), ['fail']);
  // The seed does not say whether individuals were told: asked, not assumed.
  assert.deepEqual(verdictOf(f, 'PI-12.notification'), ['needs-evidence']);
});

test('Wuxi gym: face or fingerprint the only way in, photos used after refusal', () => {
  const f = findings('wuxi-gym.yaml');
  assert.deepEqual(verdictOf(f, 'PI-08.refusal'), ['fail']);
  assert.deepEqual(verdictOf(f, 'PI-08.separate-consent'), ['fail']);
});
