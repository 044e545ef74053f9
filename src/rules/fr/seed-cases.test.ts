// The seed 001 cases, told as facts and answers only: each must get the verdicts the seed gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frRules } from './index.js';
import { assess } from '../../engine/assess.js';
import { QUESTIONS } from '../../questionnaire/index.js';
import { frQuestions } from '../../questionnaire/questions/fr.js';
import { subjectWith, type SubjectPatch } from '../../test-support/fixtures.js';
import type { Verdict } from '../../core/types.js';

/** Rule verdict (worst of its findings) per rule ID, for scenario `s1`. */
function ruleVerdicts(p: SubjectPatch): Record<string, Verdict> {
  const a = assess(subjectWith(p), undefined, { rules: frRules });
  return Object.fromEntries(a.rules.map((r) => [r.id, r.verdict]));
}

const doorAccess = { type: 'local-verification' as const, setting: 'offline-device' as const, sector: 'property' as const, purpose: '门禁识别', verifiesIdentity: true };

test('community door access before rectification fails FR-02, FR-04 and FR-10', () => {
  const v = ruleVerdicts({
    scenario: { ...doorAccess, alternatives: [], consent: 'none' },
    answers: { 'Q-FR02-NOTICE': 'no', 'Q-FR02-PROMINENT': 'no' },
  });
  assert.equal(v['FR-02'], 'fail');
  assert.equal(v['FR-04'], 'fail');
  assert.equal(v['FR-10'], 'fail');
});

test('community door access after rectification passes', () => {
  const yes = Object.fromEntries(
    ['Q-FR01-NECESSITY', 'Q-FR02-NOTICE', 'Q-FR02-PROMINENT', 'Q-FR04-WITHDRAW', 'Q-FR06-MINIMUM', 'Q-FR06-DELETE', 'Q-FR07-RIGHTS', 'Q-FR07-TIMELY', 'Q-FR08-RECORDS', 'Q-FR10-CONVENIENT', 'Q-FR11-NO-COERCION', 'Q-FR13-ACCESS', 'Q-FR13-AUDIT', 'Q-FR13-INTRUSION'].map((q) => [q, 'yes' as const]),
  );
  const docs = ['purpose-statement', 'consent-record', 'notice-record', 'pia-report', 'verification-log', 'deletion-record', 'pi-management-policy', 'encryption-policy', 'security-plan', 'audit-log', 'processing-record'] as const;
  const v = ruleVerdicts({
    scenario: {
      ...doorAccess,
      alternatives: ['card', 'manual-check'],
      consent: 'written', // 逐户签署《人脸信息处理知情同意书》
      retentionDays: 365,
      rawImagesStored: false, // 仅采集非原始图像的人脸特征值
      usedForProfiling: false,
      labelsPersons: false,
      storage: 'third-party', // 委托合规第三方加密存储
      faceLeavesDevice: true,
      transmissionEncrypted: true,
      encryptedAtRest: true,
    },
    facts: { processingStartedOn: '2025-09-01', pia: { date: '2025-08-20', coversFourContents: true }, incidents: [] },
    answers: { ...yes, 'Q-FR13-MLPS': 'not-applicable' },
    evidence: docs.map((kind) => ({ kind, path: `${kind}.pdf` })),
  });
  for (const id of ['FR-01', 'FR-02', 'FR-04', 'FR-05', 'FR-06', 'FR-07', 'FR-08', 'FR-10', 'FR-11', 'FR-13']) assert.equal(v[id], 'pass', id);
  assert.equal(v['FR-12'], 'not-applicable');
  assert.equal(v['FR-14'], 'not-applicable');
});

test('metro public-security identification: nothing fails, signage and area await the inspector', () => {
  const v = ruleVerdicts({
    scenario: {
      type: 'remote-verification',
      setting: 'public-place',
      sector: 'transport',
      purpose: '实时比对公安机关通缉人员数据库',
      verifiesIdentity: false,
      publicSecurityOnly: true,
      imagesUsedForOtherPurposes: false, // 数据仅与公安机关共享
      inPrivateSpace: false,
      consent: 'not-required',
    },
    answers: { 'Q-FR12-AREA': 'yes', 'Q-FR12-SIGNAGE': 'yes' },
    evidence: [{ kind: 'public-security-qualification', path: 'q.pdf' }, { kind: 'signage-photo', path: 'board.jpg' }],
  });
  assert.equal(v['FR-12'], 'manual');
  assert.equal(v['FR-04'], 'not-applicable');
  assert.equal(v['FR-10'], 'not-applicable');
  assert.ok(!Object.values(v).includes('fail'));
});

test('secondary school: a parents\' letter is not enough without rules, necessity and an alternative', () => {
  const v = ruleVerdicts({
    scenario: { type: 'local-verification', setting: 'school', sector: 'education', purpose: '学生进出校门和宿舍门管理、考勤统计', verifiesIdentity: true, subjects: { minorsUnder14: true }, consent: 'written', alternatives: [] },
    answers: { 'Q-FR14-RULES': 'no', 'Q-FR14-GUARDIAN-CONSENT': 'yes', 'Q-FR14-NECESSITY': 'no' },
    evidence: [{ kind: 'guardian-consent-record', path: '致家长的一封信-回执.pdf' }],
  });
  assert.equal(v['FR-14'], 'fail');
  assert.equal(v['FR-10'], 'fail');
  assert.equal(v['FR-04'], 'fail');
});

test('Wuxi gym: forced face or fingerprint entry, no withdrawal, deletion refused', () => {
  const v = ruleVerdicts({
    scenario: { type: 'local-verification', setting: 'offline-venue', sector: 'fitness', purpose: '会员入场验证', verifiesIdentity: true, alternatives: ['fingerprint'], consent: 'bundled' },
    answers: { 'Q-FR04-WITHDRAW': 'no' },
    facts: { requests: [{ type: 'deletion', receivedOn: '2022-03-01', answeredOn: '2022-03-02', refused: true }] },
  });
  assert.equal(v['FR-10'], 'fail');
  assert.equal(v['FR-07'], 'fail');
  assert.equal(v['FR-04'], 'fail');
});

test('Putuo supermarkets: entrance capture without consent, labelling customers', () => {
  const v = ruleVerdicts({
    scenario: {
      type: 'remote-verification', setting: 'offline-venue', sector: 'retail', purpose: '识别可疑人员', verifiesIdentity: false,
      passiveCapture: true, publicSecurityOnly: false, imagesUsedForOtherPurposes: true, consent: 'none',
      labelsPersons: true, usedForProfiling: true, subjects: { facesPerDay: 3000 },
    },
    answers: { 'Q-FR02-NOTICE': 'no' },
  });
  for (const id of ['FR-01', 'FR-02', 'FR-04', 'FR-12']) assert.equal(v[id], 'fail', id);
  assert.equal(v['FR-10'], 'not-applicable');
});

test('car showroom: 430,000 photos for footfall analysis without consent', () => {
  const v = ruleVerdicts({
    scenario: {
      type: 'remote-verification', setting: 'offline-venue', sector: 'automotive', purpose: '客流分析', verifiesIdentity: false,
      passiveCapture: true, publicSecurityOnly: false, consent: 'none', rawImagesStored: true, usedForProfiling: true,
    },
    answers: { 'Q-FR02-NOTICE': 'no' },
  });
  for (const id of ['FR-01', 'FR-02', 'FR-04', 'FR-12']) assert.equal(v[id], 'fail', id);
});

test('amusement company: a database leak of face data fails FR-13', () => {
  const v = ruleVerdicts({
    scenario: { sector: 'entertainment', encryptedAtRest: false },
    facts: { incidents: [{ date: '2024-05-01', description: '网站及数据库遭恶意攻击，数百万条信息泄露', faceDataInvolved: true, vulnerabilitiesFixed: false }] },
  });
  assert.equal(v['FR-13'], 'fail');
});

test('every question an FR rule reads is in the questionnaire, and every question in fr.ts is read by a rule', () => {
  const read = new Set(frRules.flatMap((r) => r.inputs.questions ?? []));
  for (const q of read) assert.ok(QUESTIONS.some((x) => x.id === q), q);
  for (const q of frQuestions) assert.ok(read.has(q.id), q.id);
});

test('FR rules are listed in ID order', () => {
  const ids = frRules.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
});
