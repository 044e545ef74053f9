import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-15.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const policy = policyWith({
  rights: '您可以通过“设置-账号与安全-注销账号”注销账号，我们将在15个工作日内完成核查和处理。',
  'complaint-channel': '如您对个人信息处理有投诉举报，可发送邮件至 privacy@example.com，我们将在15个工作日内答复。',
});
const good = {
  answers: { 'Q-PI15-DEREGISTRATION': 'yes' as const },
  evidence: [{ kind: 'test-report' as const, path: 'dereg.mp4' }],
  facts: {
    promisedResponseWorkingDays: 15,
    requests: [{ type: 'deletion' as const, receivedOn: '2025-09-30', answeredOn: '2025-10-28' }],
  },
};

test('PI-15 passes when the policy discloses both, deregistration works and requests are answered in time', () => {
  const f = run(rule, subjectWith(good), { policy: [policy] });
  assert.deepEqual(verdicts(f), ['pass', 'pass', 'pass', 'pass', 'pass']);
});

test('PI-15 fails a promised time over 15 working days', () => {
  const f = check(run(rule, subjectWith({ ...good, facts: { ...good.facts, promisedResponseWorkingDays: 20 } }), { policy: [policy] }), 'PI-15.promised-time');
  assert.deepEqual(verdicts(f), ['fail']);
  assert.equal(f[0]!.evidence[0]!.text, '20');
});

test('PI-15 fails a request answered late, quoting its due date', () => {
  const f = check(
    run(rule, subjectWith({ ...good, facts: { requests: [{ type: 'deregistration', receivedOn: '2025-09-30', answeredOn: '2025-10-29' }] } }), { policy: [policy] }),
    'PI-15.requests',
  );
  assert.deepEqual(verdicts(f), ['fail']);
  assert.match(f[0]!.evidence[0]!.text, /截止 2025-10-28/);
});

test('PI-15 fails a policy without a complaint channel', () => {
  const f = check(run(rule, subjectWith(good), { policy: [policyWith({ rights: '您可以注销账号。' })] }), 'PI-15.complaint-channel');
  assert.deepEqual(verdicts(f), ['fail']);
  assert.ok(f[0]!.missing?.includes('policy-item:complaint-channel'));
});

test('PI-15 needs the policy, the answer and the facts when nothing is given', () => {
  const f = run(rule, subjectWith());
  assert.deepEqual(verdicts(f), ['needs-evidence', 'needs-evidence', 'needs-evidence', 'needs-evidence', 'needs-evidence']);
  assert.deepEqual(
    f.flatMap((x) => x.missing ?? []),
    ['artifact:policy', 'question:Q-PI15-DEREGISTRATION', 'artifact:policy', 'fact:facts.promisedResponseWorkingDays', 'fact:facts.requests'],
  );
});

test('PI-15 requests: none recorded → not applicable; only open ones → needs-evidence; done and open → pass', () => {
  const at = (requests: { type: 'access'; receivedOn: string; answeredOn?: string }[]) =>
    check(run(rule, subjectWith({ asOf: '2026-06-30', facts: { requests } })), 'PI-15.requests');
  assert.deepEqual(verdicts(at([])), ['not-applicable']);
  const open = at([{ type: 'access', receivedOn: '2026-06-25' }]);
  assert.deepEqual(verdicts(open), ['needs-evidence']);
  assert.deepEqual(open[0]!.missing, ['fact:facts.requests[0].answeredOn']);
  const mixed = at([
    { type: 'access', receivedOn: '2026-06-25' },
    { type: 'access', receivedOn: '2026-05-06', answeredOn: '2026-05-08' },
  ]);
  assert.deepEqual(verdicts(mixed), ['pass']);
  assert.match(mixed[0]!.message.en, /1 more are not yet due/);
});
