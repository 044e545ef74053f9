import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-07.js';
import { check, policyFromSentences, run, subjectWith, verdicts, statementHint } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const kids = { subjects: { minorsUnder14: true }, setting: 'school' as const };
const general = policyFromSentences([
  ['若您是不满十四周岁的未成年人，请在监护人同意后使用。', ['minors']],
  ['我们收集学生姓名用于考勤。', ['purpose']],
], { statements: [statementHint('guardian-consent', [0])] });

test('PI-07 passes a dedicated children\'s document and guardian consent with records', () => {
  const doc = policyFromSentences([['我们在取得监护人同意后处理儿童个人信息。', ['minors']]], {
    title: '儿童个人信息保护规则',
    source: 'children.txt',
    minorsDocument: true,
    statements: [statementHint('guardian-consent', [0])],
  });
  const f = run(rule, subjectWith({ scenario: kids, answers: { 'Q-PI07-GUARDIAN-CONSENT': 'yes' }, evidence: [{ kind: 'guardian-consent-record', path: 'consents.xlsx' }] }), { policy: [general, doc] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('PI-07 passes a reference to a separately published document in the policy', () => {
  const p = policyFromSentences([['我们制定了《儿童个人信息保护规则》，详见该规则。', ['minors']]], { statements: [statementHint('minors-rules-reference', [0])] });
  assert.equal(v(run(rule, subjectWith({ scenario: kids }), { policy: [p] }), 'PI-07.own-rules'), 'pass');
});

test('PI-07 fails children\'s clauses only inside the general policy, and processing without consent', () => {
  const f = run(rule, subjectWith({ scenario: { ...kids, consent: 'none' } }), { policy: [general] });
  const own = check(f, 'PI-07.own-rules')[0]!;
  assert.equal(own.verdict, 'fail');
  assert.ok(own.evidence.some((e) => e.text.includes('监护人')));
  assert.equal(v(f, 'PI-07.guardian-consent'), 'fail');
});

test('PI-07 asks whether children are concerned before judging an adult service with a children clause', () => {
  const f = run(rule, subjectWith(), { policy: [general] });
  assert.ok(check(f, 'PI-07.own-rules')[0]!.missing?.includes('fact:scenario.subjects.minorsUnder14'));
  const g = run(rule, subjectWith());
  assert.deepEqual(verdicts(g), ['needs-evidence']);
  assert.ok(g[0]!.missing?.includes('fact:scenario.subjects.minorsUnder14'));
});

test('PI-07 does not apply when the scenario has no children', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { subjects: { minorsUnder14: false } } }))), ['not-applicable']);
});

test('PI-07 counts the FR-14 answers on children\'s face information (the school case)', () => {
  const school = subjectWith({
    scenario: { ...kids, consent: 'written' },
    answers: { 'Q-FR14-RULES': 'no', 'Q-FR14-GUARDIAN-CONSENT': 'yes' },
    evidence: [{ kind: 'guardian-consent-record', path: 'letter-to-parents.pdf' }],
  });
  const f = run(rule, school);
  const own = check(f, 'PI-07.own-rules')[0]!;
  assert.equal(own.verdict, 'fail');
  assert.equal(own.evidence[0]!.location, 'Q-FR14-RULES');
  assert.equal(v(f, 'PI-07.guardian-consent'), 'pass');
  const g = run(rule, subjectWith({ scenario: kids, answers: { 'Q-FR14-GUARDIAN-CONSENT': 'no' } }));
  assert.equal(v(g, 'PI-07.guardian-consent'), 'fail');
});
