import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './fr-02.js';
import type { PageArtifact } from '../../core/artifacts.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const fullPolicy = policyWith({
  'controller-identity': '本规则由某某物业服务有限公司制定。',
  'controller-contact': '联系电话：021-12345678。',
  'face-purpose-method': '人脸信息仅用于小区门禁识别，仅在门禁设备本地比对特征值。',
  'face-retention': '人脸信息保存1年，期满删除。',
  'sensitive-pi': '人脸信息属于敏感个人信息，处理人脸信息对您的权益可能产生影响，门禁识别需要该信息。',
  rights: '您可通过线上渠道查询、更正、删除您的人脸信息。',
});
const page = (p: Partial<PageArtifact>): PageArtifact => ({ kind: 'page', url: 'https://h5.example.com/face', screenshots: [], notes: [], ...p });

test('FR-02 passes a complete policy and a prominent, recorded notice', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR02-PROMINENT': 'yes' }, evidence: [{ kind: 'notice-record', path: 'notice.jpg' }] }), { policy: [fullPolicy] });
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
  assert.equal(check(f, 'FR-02.content')[0]!.evidence.length, 6);
});

test('FR-02 fails a policy missing retention and necessity, quoting what it has', () => {
  const p = policyWith({ 'controller-identity': '某某公司', 'controller-contact': '电话 123', 'face-purpose-method': '用于门禁', rights: '可删除' });
  const f = run(rule, subjectWith(), { policy: [p] });
  const c = check(f, 'FR-02.content')[0]!;
  assert.equal(c.verdict, 'fail');
  assert.deepEqual(c.missing, ['policy-item:face-retention', 'policy-item:sensitive-pi']);
});

test('FR-02 judges an offline notice by the answer when there is no policy (community before rectification)', () => {
  const f = run(rule, subjectWith({ scenario: { setting: 'offline-device' }, answers: { 'Q-FR02-NOTICE': 'no', 'Q-FR02-PROMINENT': 'no' } }));
  assert.deepEqual(verdicts(f), ['fail', 'fail']);
});

test('FR-02 passes an offline notice answered yes with the notice text attached', () => {
  const f = run(rule, subjectWith({
    scenario: { setting: 'offline-device' },
    answers: { 'Q-FR02-NOTICE': 'yes', 'Q-FR02-PROMINENT': 'yes' },
    evidence: [{ kind: 'consent-record', path: '知情同意书.pdf' }, { kind: 'signage-photo', path: 'board.jpg' }],
  }));
  assert.deepEqual(verdicts(f), ['pass', 'pass']);
});

test('FR-02 a "no" answer fails even with a complete policy', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-FR02-NOTICE': 'no' } }), { policy: [fullPolicy] });
  assert.equal(check(f, 'FR-02.content')[0]!.verdict, 'fail');
});

test('FR-02 fails when the page audit shows no notice before collection, passes on a separate face dialog', () => {
  const none = run(rule, subjectWith(), { policy: [fullPolicy], page: [page({ consentDialog: { present: false, buttons: [], preTicked: false } })] });
  assert.equal(check(none, 'FR-02.prominent')[0]!.verdict, 'fail');
  const shown = run(rule, subjectWith(), { policy: [fullPolicy], page: [page({ consentDialog: { present: true, buttons: ['同意', '拒绝'], preTicked: false, separateForFace: true } })] });
  assert.equal(check(shown, 'FR-02.prominent')[0]!.verdict, 'pass');
});

test('FR-02 needs the policy or the answer when nothing is given', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence']);
  assert.deepEqual(check(f, 'FR-02.content')[0]!.missing, ['question:Q-FR02-NOTICE', 'artifact:policy']);
});
