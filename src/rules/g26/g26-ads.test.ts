import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './g26-ads.js';
import { appWith, check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const ADS = { sector: 'advertising' as const, type: 'experience' as const };
const POLICY = policyWith({
  personalization: '我们会根据您的浏览记录形成用户画像用于个性化广告推荐，您可在“设置-隐私”中关闭个性化推荐。',
  'third-party-sharing': '我们会向广告主提供去标识化的投放效果数据。',
  rights: '您可通过“我的-设置-个人信息管理”查阅、更正、删除您的个人信息。',
});

test('G26-ADS passes disclosed ads use and rights, a working opt-out and internal rules', () => {
  const f = run(
    rule,
    subjectWith({
      scenario: ADS,
      answers: { 'Q-G26ADS-OPT-OUT': 'yes', 'Q-G26ADS-ACCESS-CONTROL': 'yes', 'Q-G26ADS-PROVISION-RULES': 'yes' },
      evidence: [{ kind: 'pi-management-policy', path: 'pims.pdf' }],
    }),
    { policy: [POLICY], app: [appWith({ permissions: ['android.permission.INTERNET'] })] },
  );
  assert.deepEqual([...new Set(verdicts(f))], ['pass']);
});

test('G26-ADS fails a policy silent on profiling and third parties, and an ad SDK reading the app list', () => {
  const policy = policyWith({ rights: '您可以联系客服删除个人信息。' });
  const app = appWith({ permissions: ['android.permission.QUERY_ALL_PACKAGES'] });
  const f = run(rule, subjectWith({ scenario: ADS }), { policy: [policy], app: [app] });
  const d = check(f, 'G26-ADS.disclosure');
  assert.deepEqual(verdicts(d), ['fail']);
  assert.deepEqual(d[0]!.missing, ['policy-item:personalization', 'policy-item:third-party-sharing']);
  assert.deepEqual(verdicts(check(f, 'G26-ADS.rights-channel')), ['pass']);
  assert.deepEqual(verdicts(check(f, 'G26-ADS.permissions')), ['fail']);
});

test('G26-ADS fails an opt-out that does not stop collection; needs the policy and answers when absent', () => {
  const f = run(rule, subjectWith({ scenario: ADS, answers: { 'Q-G26ADS-OPT-OUT': 'partial' } }));
  assert.deepEqual(verdicts(check(f, 'G26-ADS.opt-out')), ['fail']);
  assert.deepEqual(check(f, 'G26-ADS.disclosure')[0]!.missing, ['artifact:policy']);
  assert.deepEqual(check(f, 'G26-ADS.access-control')[0]!.missing, ['question:Q-G26ADS-ACCESS-CONTROL']);
});

test('G26-ADS does not apply outside advertising', () => {
  assert.deepEqual(verdicts(run(rule, subjectWith({ scenario: { sector: 'education' } }))), ['not-applicable']);
});
