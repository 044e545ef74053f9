import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tafRules } from './index.js';
import { tafQuestions } from '../../questionnaire/questions/taf.js';
import { assess } from '../../engine/assess.js';
import { subjectWith } from '../../test-support/fixtures.js';

// requirements.md §2, in order.
const IDS = ['6.1a', '6.1b', '6.1c', '6.1d', '6.1e', '6.2a', '6.2b', '6.2c', '6.2d', '6.2e', '6.3a', '6.3b', '6.3c', '6.3d', '6.4a', '6.4b', '6.4c'].map((x) => `TAF-${x}`);

test('tafRules carries every TAF ID of requirements.md §2, in order', () => {
  assert.deepEqual(tafRules.map((r) => r.id), IDS);
});

test('every TAF rule cites its clause and the seed, and is scoped per scenario', () => {
  for (const r of tafRules) {
    assert.equal(r.chapter, 'TAF');
    assert.equal(r.scope, 'scenario');
    assert.ok(r.source.includes(`TAF ${r.id.slice(4, 7)} ${r.id.slice(7)})`), `${r.id} cites its clause`);
    assert.ok(r.source.some((s) => s.startsWith('seed 003 §')), `${r.id} cites seed 003`);
    assert.ok(r.title.zh && r.title.en && r.requirement.zh && r.requirement.en);
  }
});

test('the questions the rules use are exactly the TAF questions, and yes-no', () => {
  const used = new Set(tafRules.flatMap((r) => r.inputs.questions ?? []));
  const defined = new Set(tafQuestions.map((q) => q.id));
  assert.deepEqual([...used].sort(), [...defined].sort());
  for (const q of tafQuestions) {
    assert.equal(q.chapter, 'TAF');
    assert.equal(q.type, 'yes-no');
    assert.ok(q.help.zh.includes('TAF 6.'), `${q.id} help points at its clause`);
  }
});

test('the whole TAF chapter runs through the engine on an empty app scenario without a pass', () => {
  const a = assess(subjectWith({ scenario: { setting: 'mini-program' } }), undefined, { rules: tafRules });
  assert.equal(a.rules.length, 17);
  for (const r of a.rules) assert.notEqual(r.verdict, 'pass', `${r.id} must not pass on no input`);
  for (const f of a.rules.flatMap((r) => r.findings)) {
    if (f.verdict === 'needs-evidence') assert.ok(f.missing?.length, `${f.checkId} names what is missing`);
  }
});

test('every scenario type gets one finding per check, with distinct check IDs', () => {
  for (const type of ['experience', 'local-verification', 'remote-verification', 'hybrid'] as const) {
    const a = assess(subjectWith({ scenario: { type } }), undefined, { rules: tafRules });
    for (const r of a.rules) {
      const ids = r.findings.map((f) => f.checkId);
      assert.equal(new Set(ids).size, ids.length, `${r.id} (${type}) repeats a check`);
      assert.ok(ids.every((id) => id === r.id || id.startsWith(`${r.id}.`)), `${r.id} check IDs start with the rule ID`);
    }
  }
});
