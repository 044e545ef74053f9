// The G26, BIO, FIL and FR-16 rules and their questions agree: every question a rule reads is listed in its
// inputs and defined once, every defined question is read by some rule, and evidence kinds read are listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { g26Questions } from './g26.js';
import { bioQuestions } from './bio.js';
import { filQuestions } from './fil.js';
import { g26Rules } from '../../rules/g26/index.js';
import { bioRules } from '../../rules/bio/index.js';
import { filRules } from '../../rules/fil/index.js';
import fr16 from '../../rules/fr/fr-16.js';
import { buildContext } from '../../engine/context.js';
import { emptyArtifacts } from '../../core/artifacts.js';
import { allScenarios, ruleApplies } from '../../engine/assess.js';
import type { Rule } from '../../rules/rule.js';
import { appWith, documentWith, policyWith, subjectWith } from '../../test-support/fixtures.js';
import { EVIDENCE_KINDS, type EvidenceKindId } from '../../subject/schema.js';

const RULES: Rule[] = [...g26Rules, ...bioRules, ...filRules, fr16];
const QUESTIONS = [...g26Questions, ...bioQuestions, ...filQuestions];

test('question IDs are unique, well-formed and yes-no unless they offer choices', () => {
  const ids = QUESTIONS.map((q) => q.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const q of QUESTIONS) {
    assert.match(q.id, /^Q-[A-Z0-9]+-[A-Z0-9-]+$/);
    assert.ok(q.text.zh && q.text.en && q.help.zh && q.help.en, q.id);
    if (q.type === 'choice') assert.ok(q.choices?.length, q.id);
  }
});

test('every question listed in a rule is defined, and every defined question is listed by a rule', () => {
  const listed = new Set(RULES.flatMap((r) => r.inputs.questions ?? []));
  const defined = new Set(QUESTIONS.map((q) => q.id));
  assert.deepEqual([...listed].filter((q) => !defined.has(q)), []);
  assert.deepEqual([...defined].filter((q) => !listed.has(q)), []);
});

test('rules read only the questions and evidence kinds their inputs list', () => {
  const yes = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.type === 'choice' ? q.choices![0]!.value : 'yes']));
  const app = appWith({
    permissions: ['android.permission.CAMERA', 'android.permission.ACCESS_COARSE_LOCATION', 'android.permission.RECORD_AUDIO', 'android.permission.READ_PHONE_STATE'],
    sdks: [{ id: 'x', name: 'X', vendor: 'V', categories: ['face-recognition'], face: true, evidence: [] }],
  });
  const sectors = ['education', 'transport', 'health', 'finance', 'advertising'] as const;
  const subject = subjectWith({
    scenario: { sector: 'education', setting: 'mobile-app' },
    scenarios: [...sectors.map((sector) => ({ id: `s-${sector}`, sector })), { id: 's-exp', type: 'experience' as const }],
    answers: yes,
    facts: { faceStoredPersons: 200_000 },
    evidence: (Object.keys(EVIDENCE_KINDS) as EvidenceKindId[]).map((kind) => ({ kind, path: `${kind}.pdf` })),
  });
  const artifacts = { ...emptyArtifacts(), app: [app], policy: [policyWith({ minors: '未成年人规则。' })], document: [documentWith({ evidenceId: 'FIL-01.pdf', evidenceKind: 'FIL-01' })] };
  for (const rule of RULES) {
    const asked = new Set<string>();
    const kinds = new Set<string>();
    const scenarios = rule.scope === 'processor' ? [undefined] : allScenarios(subject).filter((s) => ruleApplies(rule, s, subject));
    for (const s of scenarios) {
      const ctx = buildContext(subject, artifacts, [], '2026-06-30', s);
      const answer = ctx.answer.bind(ctx);
      const evidence = ctx.evidence.bind(ctx);
      ctx.answer = (id) => (asked.add(id), answer(id));
      ctx.evidence = (...k) => (k.forEach((x) => kinds.add(x)), evidence(...k));
      rule.evaluate(ctx);
    }
    const qs = new Set(rule.inputs.questions ?? []);
    assert.deepEqual([...asked].filter((q) => !qs.has(q)), [], `${rule.id} reads unlisted questions`);
    const ev = new Set<string>(rule.inputs.evidence ?? []);
    assert.deepEqual([...kinds].filter((k) => !ev.has(k)), [], `${rule.id} reads unlisted evidence kinds`);
  }
});
