import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-12.js';
import { check, policyWith, run, subjectWith, verdicts } from '../../test-support/fixtures.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const policy = policyWith({ 'incident-notice': '发生个人信息安全事件后，我们将及时以推送、邮件等方式告知您，并向主管部门报告。' });
const good = {
  answers: { 'Q-PI12-VULNS-FIXED': 'yes', 'Q-PI12-INCIDENT-PLAN': 'yes' } as const,
  evidence: [
    { kind: 'pentest-report' as const, path: 'retest.pdf' },
    { kind: 'pi-management-policy' as const, path: 'incident-plan.pdf' },
  ],
};

test('PI-12 passes fixed vulnerabilities, a plan, a policy notice and no incidents', () => {
  const f = run(rule, subjectWith({ ...good, facts: { incidents: [] } }), { policy: [policy] });
  assert.deepEqual(verdicts(f), ['pass', 'not-applicable', 'pass', 'pass']);
});

test('PI-12 fails the amusement company leak: not notified, not fixed', () => {
  const s = subjectWith({
    ...good,
    facts: { incidents: [{ date: '2026-03-02', description: '网站数据库遭攻击，数百万条含人脸的信息泄露', faceDataInvolved: true, individualsNotified: false, vulnerabilitiesFixed: false }] },
  });
  const f = run(rule, s, { policy: [policy] });
  const n = check(f, 'PI-12.notification')[0]!;
  assert.equal(n.verdict, 'fail');
  assert.equal(n.evidence[0]!.location, 'facts.incidents[0].individualsNotified');
  assert.ok(n.remediation?.zh);
  assert.equal(v(f, 'PI-12.vulns-fixed'), 'fail');
});

test('PI-12 needs the incident record when notified and reported, and the facts when unstated', () => {
  const notified = subjectWith({ ...good, facts: { incidents: [{ date: '2026-03-02', description: '泄露', individualsNotified: true, reportedToAuthority: true }] } });
  assert.deepEqual(check(run(rule, notified, { policy: [policy] }), 'PI-12.notification')[0]!.missing, ['evidence:incident-record']);
  const withRecord = subjectWith({ ...good, evidence: [...good.evidence, { kind: 'incident-record', path: 'incident.pdf' }], facts: { incidents: [{ date: '2026-03-02', description: '泄露', individualsNotified: true, reportedToAuthority: true }] } });
  assert.equal(v(run(rule, withRecord, { policy: [policy] }), 'PI-12.notification'), 'pass');
  const half = subjectWith({ facts: { incidents: [{ date: '2026-03-02', description: '泄露', individualsNotified: true }] } });
  assert.deepEqual(check(run(rule, half), 'PI-12.notification')[0]!.missing, ['fact:facts.incidents[0].reportedToAuthority']);
  assert.deepEqual(check(run(rule, subjectWith()), 'PI-12.notification')[0]!.missing, ['fact:facts.incidents']);
});

test('PI-12 fails a policy that says nothing about incidents', () => {
  const f = run(rule, subjectWith(good), { policy: [policyWith({ purpose: '我们收集手机号用于登录。' })] });
  assert.equal(v(f, 'PI-12.policy-notice'), 'fail');
});
