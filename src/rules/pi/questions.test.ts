import { test } from 'node:test';
import assert from 'node:assert/strict';
import { piRules } from './index.js';
import { piQuestions } from '../../questionnaire/questions/pi.js';
import { QUESTIONS } from '../../questionnaire/index.js';

// The rules and the questionnaire must agree: every question a PI rule reads exists, and each question
// belongs to the rule its ID names, asked at that rule's scope.
test('PI questions and PI rules agree on IDs and scope', () => {
  const ids = piQuestions.map((q) => q.id);
  assert.equal(new Set(ids).size, ids.length, 'question IDs are unique');
  for (const q of piQuestions) {
    const ruleId = q.id.replace(/^Q-PI(\d\d)-.*/, 'PI-$1');
    const rule = piRules.find((r) => r.id === ruleId);
    assert.ok(rule, `${q.id} names a PI rule`);
    assert.ok(rule.inputs.questions?.includes(q.id), `${rule.id} lists ${q.id} in its inputs`);
    assert.equal(q.scope, rule.scope, `${q.id} is asked at ${rule.id}'s scope`);
    assert.equal(q.type, 'yes-no');
    assert.ok(q.text.zh && q.text.en && q.help.zh && q.help.en);
  }
  const all = QUESTIONS.map((q) => q.id);
  for (const r of piRules) for (const q of r.inputs.questions ?? []) assert.ok(all.includes(q), `${r.id} reads ${q}, which is defined`);
});

test('PI rules are listed in ID order with their metadata', () => {
  const order = piRules.map((r) => r.id);
  assert.deepEqual(order, [...order].sort());
  for (const r of piRules) {
    assert.equal(r.chapter, 'PI');
    assert.ok(r.source.length && r.decidedBy.length && r.title.zh && r.requirement.en);
  }
});
