import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-05.js';
import { check, pageWith, policyFromSentences, run, subjectWith, problemHint } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const answersYes = { 'Q-PI05-SERVICE-ON-REFUSAL': 'yes', 'Q-PI05-NO-INDUCEMENT': 'yes', 'Q-PI05-NO-FORCED-UPDATE': 'yes' } as const;

test('PI-05 passes when refusal keeps service and the answers say no inducement or forced update', () => {
  const policy = policyFromSentences([['本政策更新后，我们会以弹窗方式通知您，并说明不同意更新内容对服务的影响。', ['policy-update']]]);
  const f = run(rule, subjectWith({ answers: answersYes }), { page: [pageWith({ refuseStillWorks: true })], policy: [policy] });
  assert.equal(v(f, 'PI-05.refusal'), 'pass');
  assert.equal(v(f, 'PI-05.inducement'), 'pass');
  assert.equal(v(f, 'PI-05.policy-update'), 'pass');
});

test('PI-05 fails a policy telling users who decline an update to stop using the service', () => {
  const policy = policyFromSentences([['如您不同意更新后的本政策，请您立即停止使用我们的服务。', ['policy-update']]], { problems: [problemHint('forced-update-consent', [0])] });
  const f = run(rule, subjectWith({ answers: answersYes }), { policy: [policy] });
  const u = check(f, 'PI-05.policy-update')[0]!;
  assert.equal(u.verdict, 'fail');
  assert.match(u.evidence[0]!.text, /停止使用/);
});

test('PI-05 fails refusal of service seen in the page audit', () => {
  const f = run(rule, subjectWith({ answers: answersYes }), { page: [pageWith({ refuseStillWorks: false })] });
  assert.equal(v(f, 'PI-05.refusal'), 'fail');
});

test('PI-05 leaves deemed consent and rewards tied to permissions to an inspector', () => {
  const policy = policyFromSentences([
    ['您继续使用我们的服务即视为同意更新后的政策。', ['policy-update']],
    ['参与抽奖活动需开启通讯录权限以邀请好友。', []],
  ], { problems: [problemHint('deemed-consent', [0]), problemHint('reward-for-data', [1])] });
  const f = run(rule, subjectWith(), { policy: [policy] });
  assert.equal(v(f, 'PI-05.policy-update'), 'manual');
  assert.equal(v(f, 'PI-05.inducement'), 'manual');
  assert.equal(check(f, 'PI-05.inducement')[0]!.evidence.length, 1);
});

test('PI-05 fails "no" answers and needs answers when nothing is known', () => {
  const f = run(rule, subjectWith({ answers: { 'Q-PI05-NO-INDUCEMENT': 'no' } }));
  assert.equal(v(f, 'PI-05.inducement'), 'fail');
  assert.equal(v(f, 'PI-05.refusal'), 'needs-evidence');
  assert.deepEqual(check(f, 'PI-05.policy-update')[0]!.missing, ['question:Q-PI05-NO-FORCED-UPDATE', 'artifact:policy']);
});
