import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './taf-6-1c.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const full = {
  'face-purpose-method': '我们仅在您使用刷脸登录时，在本机提取人脸特征用于比对。',
  'face-retention': '人脸特征在您关闭刷脸登录后立即删除。',
  'controller-identity': '本应用由某某科技有限公司运营。',
  'controller-contact': '如有问题请拨打 400-000-0000。',
  rights: '您可在“设置-隐私”中查看、更正您的个人信息。',
  'face-deletion': '您可在“设置-刷脸登录”中删除人脸信息。',
  'withdraw-consent': '您可随时关闭刷脸登录以撤回同意。',
} as const;

test('TAF-6.1c passes a policy with all four items and a stated processing mode', () => {
  const f = run(rule, subjectWith(), { policy: [policyWith(full, { face: { mentioned: true, processing: 'local' } })] });
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass']);
  assert.equal(check(f, 'TAF-6.1c.purpose-method')[0]!.evidence[0]!.kind, 'quote');
});

test('TAF-6.1c fails each missing part on its own', () => {
  const { 'controller-contact': _c, 'withdraw-consent': _w, ...rest } = full;
  const f = run(rule, subjectWith(), { policy: [policyWith(rest, { face: { mentioned: true } })] });
  assert.equal(check(f, 'TAF-6.1c.purpose-method')[0]!.verdict, 'pass');
  assert.equal(check(f, 'TAF-6.1c.processing-mode')[0]!.verdict, 'fail');
  const contact = check(f, 'TAF-6.1c.controller-contact')[0]!;
  assert.equal(contact.verdict, 'fail');
  assert.deepEqual(contact.missing, ['policy-item:controller-contact']);
  assert.deepEqual(check(f, 'TAF-6.1c.rights')[0]!.missing, ['policy-item:withdraw-consent']);
});

test('TAF-6.1c needs the policy', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.ok(f.every((x) => x.missing?.includes('artifact:policy')));
});
