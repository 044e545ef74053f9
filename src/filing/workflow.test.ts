import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FilingError, IncompleteDossierError } from './errors.js';
import {
  allowedActions,
  approve,
  attach,
  closeRectification,
  createDossier,
  detach,
  lastReturn,
  requestRectification,
  respondRectification,
  returnFiling,
  saveDraft,
  startChange,
  startDeregistration,
  submit,
} from './workflow.js';
import { parseDossier, type Dossier } from './types.js';
import { dossierView } from './view.js';
import { at, company, completeFiles, draft, processorSubject, regulator, withFiles, withUploads, type Files } from './test-fixtures.js';

const subject = processorSubject();
const files: Files = await withUploads((dir) => completeFiles(dir, subject));
const complete = () => withFiles(draft(subject), files);
const submitted = () => submit(complete(), company, subject, { at: at(10) });
const filed = () => approve(submitted(), regulator, '示例人脸备〔2026〕0001号', { at: at(20) });

/** Asserts fn throws a FilingError with the code, and returns it. */
function throwsFiling(fn: () => unknown, code: FilingError['code'], message?: RegExp): FilingError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof FilingError, `expected a FilingError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (message) assert.match(`${e.text.zh} ${e.message}`, message);
    return e;
  }
  assert.fail('expected a FilingError');
}

test('create: a company starts a draft, with the province it files in and a history entry', () => {
  const d = draft(subject);
  assert.equal(d.status, 'draft');
  assert.equal(d.type, 'initial');
  assert.equal(d.province, '示例省');
  assert.equal(d.version, 1);
  assert.deepEqual(
    d.history.map((h) => [h.action, h.from, h.to, h.actor.id]),
    [['create', null, 'draft', 'u-company']],
  );
});

test('create: a regulator cannot create a dossier; a change cannot be created from nothing', () => {
  throwsFiling(() => createDossier({ id: 'x', type: 'initial', actor: regulator, subject }), 'forbidden');
  throwsFiling(() => createDossier({ id: 'x', type: 'change' as 'initial', actor: company, subject }), 'invalid-input', /startChange/);
  throwsFiling(() => createDossier({ id: ' ', type: 'initial', actor: company, subject }), 'invalid-input', /dossier ID/);
});

test('saveDraft (暂存) is allowed on an empty dossier: it reports what is missing but does not refuse', () => {
  const d = draft(subject);
  const { dossier, completeness } = saveDraft(d, company, subject, { at: at(1), form: { processor: { legalRepresentative: { name: '张三' } } } });
  assert.equal(dossier.status, 'draft');
  assert.equal(dossier.version, 2);
  assert.equal(dossier.form.processor?.legalRepresentative?.name, '张三');
  assert.equal(completeness.complete, false);
  assert.deepEqual(
    completeness.blocking.filter((b) => b.code === 'slot').map((b) => b.ref),
    ['FIL-01', 'FIL-02', 'FIL-03', 'FIL-04', 'FIL-05', 'FIL-06', 'FIL-07', 'FIL-08'],
  );
  assert.deepEqual(dossier.history.at(-1)!.action, 'save-draft');
  // The input dossier is not changed.
  assert.equal(d.version, 1);
  assert.equal(d.history.length, 1);
});

test('saveDraft rejects malformed form input, naming the field', () => {
  throwsFiling(() => saveDraft(draft(subject), company, subject, { form: { processor: { creditCode: '123' } } }), 'invalid-input', /processor\.creditCode/);
  throwsFiling(() => saveDraft(draft(subject), company, subject, { form: { nonsense: 1 } }), 'invalid-input', /nonsense|Unrecognized/);
  throwsFiling(() => saveDraft(draft(subject), company, subject, { trigger: { changedOn: '2026-02-30' } }), 'invalid-input', /YYYY-MM-DD/);
});

test('submit (全部完成) refuses an incomplete dossier with the full check attached', () => {
  const e = throwsFiling(() => submit(draft(subject), company, subject, { at: at(2) }), 'incomplete');
  assert.ok(e instanceof IncompleteDossierError);
  assert.equal(e.completeness.complete, false);
  assert.equal(e.completeness.slots.length, 8);
  assert.match(e.text.zh, /FIL-01/);
});

test('submit: a complete dossier becomes submitted; the company can no longer edit it', () => {
  const d = submitted();
  assert.equal(d.status, 'submitted');
  assert.deepEqual(d.history.at(-1)!, { at: at(10), actor: company, action: 'submit', from: 'draft', to: 'submitted' });
  throwsFiling(() => saveDraft(d, company, subject), 'illegal-transition', /submitted \(under review\)/);
  throwsFiling(() => submit(d, company, subject), 'illegal-transition', /只适用于“草稿”、“已退回”状态/);
  throwsFiling(() => detach(d, company, { evidenceId: 'scan-01' }), 'illegal-transition');
});

test('roles: the regulator cannot submit, the company cannot approve or return', () => {
  throwsFiling(() => submit(complete(), regulator, subject), 'forbidden', /Only the processor/);
  throwsFiling(() => approve(submitted(), company, 'A-2026-0001'), 'forbidden', /Only the regulator/);
  throwsFiling(() => returnFiling(submitted(), company, '材料不全'), 'forbidden');
});

test('a regulator of another province may not review the filing', () => {
  throwsFiling(() => approve(submitted(), { ...regulator, province: '别的省' }, 'A-2026-0001'), 'forbidden', /示例省/);
});

test('returnFiling needs a reason; the returned dossier shows it and can be fixed and submitted again', () => {
  throwsFiling(() => returnFiling(submitted(), regulator, ''), 'invalid-input', /reason/);
  throwsFiling(() => returnFiling(submitted(), regulator, '   '), 'invalid-input');
  const r = returnFiling(submitted(), regulator, '承诺书未加盖公章', { at: at(15) });
  assert.equal(r.status, 'returned');
  assert.equal(lastReturn(r)?.reason, '承诺书未加盖公章');
  assert.equal(dossierView(r, subject, '2026-07-01').lastReturn?.reason, '承诺书未加盖公章');
  // Edit while returned: saving keeps it returned; a file can be swapped.
  const fixed = saveDraft(detach(r, company, { evidenceId: 'scan-05', at: at(16) }), company, subject, { at: at(17) }).dossier;
  assert.equal(fixed.status, 'returned');
  throwsFiling(() => submit(fixed, company, subject), 'incomplete', /FIL-05/);
  const again = submit(attach(fixed, company, { slot: 'FIL-05', part: 'scan', file: files['FIL-05']!.scan![0]!, at: at(18) }), company, subject, { at: at(19) });
  assert.equal(again.status, 'submitted');
  assert.deepEqual(again.history.map((h) => h.action), ['create', 'submit', 'return', 'save-draft', 'submit']);
  assert.equal(lastReturn(again), undefined);
});

test('returnFiling is only for a submitted dossier', () => {
  throwsFiling(() => returnFiling(draft(subject), regulator, '材料不全'), 'illegal-transition', /draft/);
  throwsFiling(() => returnFiling(filed(), regulator, '材料不全'), 'illegal-transition', /filed/);
});

test('approve issues the 备案编号; a first filing needs one, and a malformed one is refused', () => {
  const d = filed();
  assert.equal(d.status, 'filed');
  assert.equal(d.number, '示例人脸备〔2026〕0001号');
  assert.equal(d.history.at(-1)!.number, '示例人脸备〔2026〕0001号');
  throwsFiling(() => approve(submitted(), regulator), 'invalid-input', /filing number/);
  for (const bad of ['ABC', 'no digits here', '12 34', 'x'.repeat(70) + '1', '1<script>']) {
    throwsFiling(() => approve(submitted(), regulator, bad), 'invalid-input', /malformed|格式不符/);
  }
  for (const good of ['FR-440000-2026-00012', '粤网信人脸备〔2026〕12号', 'A1B2', '(2026)00001']) {
    assert.equal(approve(submitted(), regulator, good).number, good);
  }
});

test('approve is only for a submitted dossier', () => {
  throwsFiling(() => approve(complete(), regulator, 'A-2026-0001'), 'illegal-transition', /draft/);
  throwsFiling(() => approve(filed(), regulator, 'A-2026-0002'), 'illegal-transition', /filed/);
});

test('rectification: the regulator asks after filing, the company answers, the regulator closes', () => {
  throwsFiling(() => requestRectification(submitted(), regulator, { reason: '补充说明' }), 'illegal-transition');
  throwsFiling(() => requestRectification(filed(), company, { reason: '补充说明' }), 'forbidden');
  throwsFiling(() => requestRectification(filed(), regulator, { reason: '' }), 'invalid-input');
  throwsFiling(() => requestRectification(filed(), regulator, { reason: 'x', dueOn: '31/07/2026' }), 'invalid-input');
  let d = requestRectification(filed(), regulator, { reason: '人脸信息未加密传输，限期整改', dueOn: '2026-07-31', at: at(30) });
  assert.equal(d.status, 'filed');
  assert.deepEqual(d.rectifications.map((r) => [r.id, r.dueOn]), [['R1', '2026-07-31']]);
  assert.equal(dossierView(d, subject, '2026-07-02').openRectifications.length, 1);
  throwsFiling(() => respondRectification(d, regulator, { id: 'R1', response: 'x' }), 'forbidden');
  throwsFiling(() => respondRectification(d, company, { id: 'R9', response: 'x' }), 'invalid-input', /R9/);
  d = respondRectification(d, company, { id: 'R1', response: '已启用 TLS 传输加密', at: at(31) });
  assert.equal(d.rectifications[0]!.response, '已启用 TLS 传输加密');
  d = closeRectification(d, regulator, { id: 'R1', note: '复核通过', at: at(32) });
  assert.equal(d.rectifications[0]!.closeNote, '复核通过');
  assert.equal(dossierView(d, subject, '2026-07-02').openRectifications.length, 0);
  throwsFiling(() => respondRectification(d, company, { id: 'R1', response: 'x' }), 'illegal-transition', /closed/);
  assert.deepEqual(d.history.slice(-3).map((h) => [h.action, h.rectificationId]), [
    ['request-rectification', 'R1'],
    ['respond-rectification', 'R1'],
    ['close-rectification', 'R1'],
  ]);
});

test('change filing starts from a filed dossier, carries the number, and follows the same path', async () => {
  throwsFiling(() => startChange(submitted(), { id: 'c1', actor: company, changedOn: '2026-08-01' }), 'illegal-transition');
  throwsFiling(() => startChange(filed(), { id: 'c1', actor: regulator, changedOn: '2026-08-01' }), 'forbidden');
  throwsFiling(() => startChange(filed(), { id: 'c1', actor: company, changedOn: '2026-13-01' }), 'invalid-input');
  const base = filed();
  const c = startChange(base, { id: 'c1', actor: company, changedOn: '2026-08-01', at: at(40, '2026-08-03') });
  assert.equal(c.type, 'change');
  assert.equal(c.status, 'draft');
  assert.deepEqual(c.basedOn, { dossierId: 'dossier-1', number: base.number });
  assert.equal(c.trigger.changedOn, '2026-08-01');
  // A change needs what changed before it can be submitted.
  const withAll = withFiles(c, files);
  const e = throwsFiling(() => submit(withAll, company, subject), 'incomplete') as IncompleteDossierError;
  assert.deepEqual(e.completeness.blocking.map((b) => b.ref), ['change.description']);
  const ready = saveDraft(withAll, company, subject, { form: { change: { description: '新增员工考勤场景' } } }).dossier;
  const done = approve(submit(ready, company, subject, { at: at(41, '2026-08-03') }), regulator, undefined, { at: at(42, '2026-08-04') });
  assert.equal(done.status, 'filed');
  assert.equal(done.number, base.number, 'a change keeps the filed number unless a new one is issued');
});

test('deregistration starts from a filed face filing and needs fewer attachments', () => {
  const d = startDeregistration(filed(), { id: 'd1', actor: company, stoppedOn: '2026-09-01' });
  assert.equal(d.type, 'deregistration');
  assert.equal(d.trigger.stoppedOn, '2026-09-01');
  const onlyNeeded: Files = Object.fromEntries((['FIL-01', 'FIL-02', 'FIL-03', 'FIL-04', 'FIL-05', 'FIL-07'] as const).map((k) => [k, files[k]!]));
  const ready = saveDraft(withFiles(d, onlyNeeded), company, subject, { form: { deregistration: { reason: '停止使用人脸识别门禁' } } });
  assert.equal(ready.completeness.complete, true, JSON.stringify(ready.completeness.blocking));
  const f = approve(submit(ready.dossier, company, subject), regulator);
  assert.equal(f.status, 'filed');
  throwsFiling(() => requestRectification(f, regulator, { reason: 'x' }), 'illegal-transition', /deregistration/);
  throwsFiling(() => startDeregistration(f, { id: 'd2', actor: company, stoppedOn: '2026-09-01' }), 'illegal-transition');
});

test('officer report: no attachments; submit needs the officer and the city; a change report follows', () => {
  const bare = processorSubject({ processor: { officer: {}, city: undefined } });
  let d = createDossier({ id: 'o1', type: 'officer-report', actor: company, subject: bare, at: at(0) });
  throwsFiling(() => attach(d, company, { slot: 'FIL-01', part: 'scan', file: files['FIL-01']!.scan![0]! }), 'invalid-input', /no attachment fields/);
  const e = throwsFiling(() => submit(d, company, bare), 'incomplete') as IncompleteDossierError;
  assert.deepEqual(e.completeness.blocking.map((b) => b.ref), ['processor.city', 'officer.name', 'officer.phone']);
  d = saveDraft(d, company, bare, { form: { processor: { city: '示例市' }, officer: { name: '李负责', email: 'dpo@example.com' } } }).dossier;
  const f = approve(submit(d, company, bare), regulator);
  assert.equal(f.status, 'filed');
  assert.equal(f.number, undefined);
  const c = startChange(f, { id: 'o2', actor: company, changedOn: '2026-10-09' });
  assert.equal(c.type, 'officer-report');
  assert.equal(c.trigger.changedOn, '2026-10-09');
});

test('attach checks the slot, the field and the file reference', () => {
  const d = draft(subject);
  const file = files['FIL-01']!.scan![0]!;
  throwsFiling(() => attach(d, company, { slot: 'FIL-09' as 'FIL-01', part: 'scan', file }), 'invalid-input', /FIL-09/);
  throwsFiling(() => attach(d, company, { slot: 'FIL-01', part: 'spreadsheet', file }), 'invalid-input', /no "spreadsheet" field/);
  throwsFiling(() => attach(d, company, { slot: 'FIL-01', part: 'scan', file: { ...file, sha256: 'xyz' } }), 'invalid-input', /sha256/);
  const once = attach(d, company, { slot: 'FIL-01', part: 'scan', file });
  assert.equal(once.slots['FIL-01']!.scan[0]!.addedBy, 'u-company');
  throwsFiling(() => attach(once, company, { slot: 'FIL-02', part: 'scan', file }), 'invalid-input', /already/);
  throwsFiling(() => detach(d, company, { evidenceId: 'nope' }), 'invalid-input', /nope/);
});

test('allowedActions lists each side’s buttons per status', () => {
  assert.deepEqual(allowedActions(draft(subject), 'company'), ['saveDraft', 'attach', 'detach', 'submit']);
  assert.deepEqual(allowedActions(draft(subject), 'regulator'), []);
  assert.deepEqual(allowedActions(submitted(), 'company'), []);
  assert.deepEqual(allowedActions(submitted(), 'regulator'), ['returnFiling', 'approve']);
  assert.deepEqual(allowedActions(filed(), 'company'), ['respondRectification', 'startChange', 'startDeregistration']);
  assert.deepEqual(allowedActions(filed(), 'regulator'), ['requestRectification', 'closeRectification']);
});

test('a dossier survives a JSON round trip through parseDossier; a corrupted one is refused', () => {
  const d: Dossier = requestRectification(filed(), regulator, { reason: '补充材料', at: at(30) });
  assert.deepEqual(parseDossier(JSON.parse(JSON.stringify(d))), d);
  assert.throws(() => parseDossier({ ...d, status: 'approved' }), /status/);
  assert.throws(() => parseDossier({ ...d, history: [] }), /history/);
});

test('a malformed timestamp or actor is a clear error, not a crash', () => {
  throwsFiling(() => saveDraft(draft(subject), company, subject, { at: 'yesterday' }), 'invalid-input', /ISO 8601/);
  throwsFiling(() => saveDraft(draft(subject), { role: 'company', id: '' } as never, subject), 'invalid-input', /actor/);
  throwsFiling(() => saveDraft(draft(subject), { role: 'evaluator', id: 'e1' } as never, subject), 'invalid-input', /actor/);
});
