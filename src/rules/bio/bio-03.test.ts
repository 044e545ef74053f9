import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './bio-03.js';
import { appWith, check, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const app = appWith({
  sdks: [{ id: 'arcsoft', name: 'ArcFace', vendor: 'ArcSoft', categories: ['face-recognition'], face: true, comparison: 'local', evidence: ['native lib libarcsoft_face.so'] }],
  models: [{ path: 'assets/face_det.tflite', sha256: 'c'.repeat(64), size: 1_234_567, format: 'tflite' }],
});

test('BIO-03 passes the inventory from the package, listing SDKs and model hashes', () => {
  const f = check(run(rule, subjectWith(), { app: [app] }), 'BIO-03.inventory');
  assert.deepEqual(verdicts(f), ['pass']);
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'model' && e.text.includes('c'.repeat(64))));
  assert.ok(f[0]!.evidence.some((e) => e.kind === 'sdk' && e.text.includes('ArcFace')));
});

test('BIO-03 fails a missing supply-chain review and passes a documented one', () => {
  const no = check(run(rule, subjectWith({ answers: { 'Q-BIO03-SECURITY-REVIEW': 'no' } }), { app: [app] }), 'BIO-03.review');
  assert.deepEqual(verdicts(no), ['fail']);
  const yes = check(
    run(rule, subjectWith({ answers: { 'Q-BIO03-SECURITY-REVIEW': 'yes' }, evidence: [{ kind: 'supplier-security-review', path: 'review.pdf' }] }), { app: [app] }),
    'BIO-03.review',
  );
  assert.deepEqual(verdicts(yes), ['pass']);
});

test('BIO-03 without a package needs the operator inventory; a "no" fails even when the package shows components', () => {
  const none = check(run(rule, subjectWith()), 'BIO-03.inventory');
  assert.deepEqual(none[0]!.missing, ['question:Q-BIO03-INVENTORY']);
  const no = check(run(rule, subjectWith({ answers: { 'Q-BIO03-INVENTORY': 'no' } }), { app: [app] }), 'BIO-03.inventory');
  assert.deepEqual(verdicts(no), ['fail']);
  const docs = check(run(rule, subjectWith({ answers: { 'Q-BIO03-INVENTORY': 'yes' }, evidence: [{ kind: 'model-inventory', path: 'inventory.xlsx' }] })), 'BIO-03.inventory');
  assert.deepEqual(verdicts(docs), ['pass']);
});
