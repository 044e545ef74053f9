import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-11.js';
import type { PageArtifact } from '../../core/artifacts.js';
import { check, policyWith, run, subjectWith, verdicts, problemHint } from '../../test-support/fixtures.js';

const page = (p: Partial<PageArtifact>): PageArtifact => ({ kind: 'page', url: 'https://h5.example.com/face', screenshots: [], notes: [], ...p });

test('FR-11 passes when the operator answers no coercion and the policy gives no pretext', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR11-NO-COERCION': 'yes' } }), { policy: [policyWith({ 'face-purpose-method': '人脸信息仅用于登录时核验本人身份。' })] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('FR-11 fails a face dialog that can only be accepted', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR11-NO-COERCION': 'yes' } }), {
    page: [page({ consentDialog: { present: true, buttons: ['同意并开始刷脸'], preTicked: false, separateForFace: true } })],
  });
  const c = check(f, 'FR-11.no-coercion')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.equal(c.evidence[0]!.kind, 'page');
});

test('FR-11 fails on a "no" answer', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ answers: { 'Q-FR11-NO-COERCION': 'no' } }))), ['fail']);
});

test('FR-11 sends a "to improve service" reason for face verification to an inspector, quoting it', () => {
  const p = policyWith({ 'face-info': '为提升服务质量，办理业务时需进行人脸识别验证。' }, { problems: [problemHint('face-pretext', [0])] });
  const f = run(rule, subjectWith({ answers: { 'Q-FR11-NO-COERCION': 'yes' } }), { policy: [p] });
  const c = check(f, 'FR-11.pretext')[0]!;
  assert.equal(c.verdict, 'manual');
  assert.match(c.evidence[0]!.text, /提升服务质量/);
});

test('FR-11 needs the answer when nothing else decides', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence']);
  assert.deepEqual(f[0]!.missing, ['question:Q-FR11-NO-COERCION']);
});
