import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSubject, parseSubject, SubjectError } from './load.js';

const good = `schemaVersion: 1
asOf: 2026-06-30
processor:
  name: 某物业公司
deployments:
  - id: gate
    name: 小区门禁
    scenarios:
      - id: door
        name: 人脸门禁
        type: local-verification
        setting: offline-device
        answers:
          Q-FR05-LEGAL-BASIS: "no"
`;

function issuesOf(text: string, opts = {}) {
  try {
    parseSubject(text, 'subject.yaml', opts);
  } catch (e) {
    assert.ok(e instanceof SubjectError, String(e));
    return e.issues;
  }
  assert.fail('expected a SubjectError');
}

test('a valid subject loads with defaults filled', () => {
  const { subject } = parseSubject(good, 'subject.yaml');
  assert.equal(subject.deployments[0]!.scenarios[0]!.type, 'local-verification');
  assert.deepEqual(subject.evidence, []);
});

test('a JSON subject file is accepted too', () => {
  const json = JSON.stringify({ schemaVersion: 1, processor: { name: 'X' }, deployments: [{ id: 'd', name: 'D', scenarios: [{ id: 's', name: 'S', type: 'experience', setting: 'mobile-app' }] }] }, null, 2);
  assert.equal(parseSubject(json, 's.json').subject.processor.name, 'X');
});

test('a wrong enum value is reported with its field and line', () => {
  const issues = issuesOf(good.replace('type: local-verification', 'type: local'));
  assert.equal(issues[0]!.path, 'deployments[0].scenarios[0].type');
  assert.equal(issues[0]!.line, 11);
});

test('an unknown key is reported at the key itself', () => {
  const issues = issuesOf(good.replace('  name: 某物业公司', '  name: 某物业公司\n  nmae: typo'));
  assert.equal(issues[0]!.path, 'processor.nmae');
  assert.equal(issues[0]!.line, 5);
  assert.match(issues[0]!.message, /unknown key "nmae"/);
});

test('wrong types name the field', () => {
  const issues = issuesOf(good.replace('processor:', 'facts:\n  faceStoredPersons: many\nprocessor:'));
  assert.equal(issues[0]!.path, 'facts.faceStoredPersons');
  assert.equal(issues[0]!.line, 4);
});

test('impossible and out-of-range dates are rejected', () => {
  assert.match(issuesOf(good.replace('asOf: 2026-06-30', 'asOf: 2026-02-30'))[0]!.message, /real calendar date/);
  assert.match(issuesOf(good.replace('asOf: 2026-06-30', 'asOf: 1899-01-01'))[0]!.message, /out of range/);
  const late = issuesOf(good.replace('processor:', 'facts:\n  processingStartedOn: 2027-01-01\nprocessor:'));
  assert.match(late[0]!.message, /after the assessment date/);
  assert.equal(late[0]!.line, 4);
});

test('unknown question IDs and wrong answer types are caught', () => {
  const unknown = issuesOf(good.replace('Q-FR05-LEGAL-BASIS', 'Q-NOPE-1'));
  assert.match(unknown[0]!.message, /unknown question Q-NOPE-1/);
  const wrong = issuesOf(good.replace('"no"', '42'));
  assert.match(wrong[0]!.message, /takes yes, no, partial/);
});

test('missing evidence files are reported with the resolved path', () => {
  const text = good + 'evidence:\n  - kind: pia-report\n    path: missing/pia.pdf\n';
  const issues = issuesOf(text);
  assert.equal(issues[0]!.path, 'evidence[0].path');
  assert.match(issues[0]!.message, /file not found/);
  assert.equal(issuesOf(text.replace('pia-report', 'pia-reprot'))[0]!.path, 'evidence[0].kind');
});

test('broken YAML is a located error, not a crash', () => {
  const issues = issuesOf('schemaVersion: 1\nprocessor: [unclosed\n');
  assert.match(issues[0]!.message, /not valid YAML/);
  assert.ok(issues[0]!.line);
});

test('non-UTF-8 and missing files give a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fa-subject-'));
  const gbk = join(dir, 'gbk.yaml');
  writeFileSync(gbk, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0xff]));
  assert.throws(() => loadSubject(gbk), /not UTF-8/);
  assert.throws(() => loadSubject(join(dir, 'nope.yaml')), /file not found/);
});

test('null means "not known" for optional fields, and a misspelt key with null is still caught', () => {
  const { subject } = parseSubject(good.replace('  name: 某物业公司', '  name: 某物业公司\n  creditCode: null'), 's.yaml');
  assert.equal(subject.processor.creditCode, undefined);
  assert.match(issuesOf(good.replace('  name: 某物业公司', '  name: 某物业公司\n  creditCod: ~'))[0]!.message, /unknown key/);
});
