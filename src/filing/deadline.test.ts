import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dossierDeadline, subjectWithDossier } from './deadline.js';
import { dossierView } from './view.js';
import { approve, createDossier, returnFiling, saveDraft, startChange, startDeregistration, submit } from './workflow.js';
import { company, completeFiles, draft, processorSubject, regulator, withFiles, withUploads } from './test-fixtures.js';

// Stored faces reached 100,000 on the day the Measures came into force: due 2025-07-14 (requirements.md §7).
const subject = processorSubject({ facts: { faceThresholdReachedOn: '2025-06-01' } });
const files = await withUploads((dir) => completeFiles(dir, subject));
const ready = () => withFiles(draft(subject), files);
const submittedAt = (at: string) => submit(ready(), company, subject, { at });

test('a draft filing past its due date is flagged overdue, with the working days late', () => {
  const d = dossierDeadline(ready(), subject, '2025-07-21');
  assert.equal(d.kind, 'filing');
  assert.equal(d.due, '2025-07-14');
  assert.equal(d.status, 'overdue');
  assert.equal(d.overdue, true);
  assert.equal(d.late, true);
  assert.equal(d.workingDaysLate, 5); // 15, 16, 17, 18, 21 July
  assert.match(d.text.zh, /已逾期 5 个工作日（7 天）/);
});

test('before the due date a draft is open, with the working days left', () => {
  const d = dossierDeadline(ready(), subject, '2025-07-10');
  assert.equal(d.status, 'open');
  assert.equal(d.overdue, false);
  assert.equal(d.workingDaysLeft, 2);
});

test('submitting in time counts as done, whatever the day asked about', () => {
  const d = dossierDeadline(submittedAt('2025-07-10T15:00:00+08:00'), subject, '2025-09-01');
  assert.equal(d.status, 'done');
  assert.equal(d.overdue, false);
  assert.equal(d.late, false);
  assert.equal(d.obligation?.doneOn, '2025-07-10');
});

test('submitting after the due date is done late, counted in working days', () => {
  const d = dossierDeadline(submittedAt('2025-07-16T09:00:00+08:00'), subject, '2025-09-01');
  assert.equal(d.status, 'done-late');
  assert.equal(d.overdue, false);
  assert.equal(d.late, true);
  assert.equal(d.workingDaysLate, 2);
});

test('the submission day is the day in China: 17:30 UTC on the due date is already the next day in Beijing', () => {
  const d = dossierDeadline(submittedAt('2025-07-14T17:30:00Z'), subject, '2025-09-01');
  assert.equal(d.obligation?.doneOn, '2025-07-15');
  assert.equal(d.status, 'done-late');
  assert.equal(d.workingDaysLate, 1);
});

test('a filing returned after an in-time submission is not done: it is overdue once the date passes', () => {
  const r = returnFiling(submittedAt('2025-07-10T15:00:00+08:00'), regulator, '材料不全', { at: '2025-07-11T10:00:00+08:00' });
  const d = dossierDeadline(r, subject, '2025-07-21');
  assert.equal(d.status, 'overdue');
  assert.equal(d.overdue, true);
  // Resubmitted the next working day after the due date: done one working day late.
  const again = submit(saveDraft(r, company, subject, { at: '2025-07-15T09:00:00+08:00' }).dossier, company, subject, { at: '2025-07-15T10:00:00+08:00' });
  assert.equal(dossierDeadline(again, subject, '2025-07-21').status, 'done-late');
  assert.equal(dossierDeadline(again, subject, '2025-07-21').workingDaysLate, 1);
});

test('the dossier view carries the deadline and flags it', () => {
  const v = dossierView(ready(), subject, '2025-07-21');
  assert.equal(v.deadline.overdue, true);
  assert.equal(v.completeness.complete, true);
  assert.deepEqual(v.actions.company, ['saveDraft', 'attach', 'detach', 'submit']);
  assert.equal(v.status.zh, '草稿');
});

test('change filing: 30 working days from the change, across the National Day holiday and its make-up days', () => {
  const filed = approve(submittedAt('2025-07-10T15:00:00+08:00'), regulator, 'A-2025-0001', { at: '2025-07-12T09:00:00+08:00' });
  const c = startChange(filed, { id: 'c1', actor: company, changedOn: '2025-09-01', at: '2025-09-02T09:00:00+08:00' });
  const d = dossierDeadline(c, subject, '2025-10-20');
  assert.equal(d.kind, 'change-filing');
  assert.equal(d.due, '2025-10-17'); // Sep 28 and Oct 11 are make-up working days; Oct 1–8 are holidays
  assert.equal(d.overdue, true);
  assert.equal(d.workingDaysLate, 1);
});

test('deregistration: due 30 working days after use stopped; submitting in time is done', () => {
  const filed = approve(submittedAt('2025-07-10T15:00:00+08:00'), regulator, 'A-2025-0001', { at: '2025-07-12T09:00:00+08:00' });
  let d = startDeregistration(filed, { id: 'd1', actor: company, stoppedOn: '2025-11-03', at: '2025-11-04T09:00:00+08:00' });
  assert.equal(dossierDeadline(d, subject, '2025-11-10').status, 'open');
  d = { ...withFiles(d, files), form: { deregistration: { reason: '停止使用' } } };
  d = submit(d, company, subject, { at: '2025-11-10T09:00:00+08:00' });
  const r = dossierDeadline(d, subject, '2026-02-01');
  assert.equal(r.kind, 'deregistration');
  assert.equal(r.status, 'done');
  assert.equal(r.obligation?.doneOn, '2025-11-10');
});

test('officer report: over 1,000,000 before the announcement → due 2025-08-29; a draft on 1 September is overdue', () => {
  const s = processorSubject({ facts: { piPersons: 2_000_000, piThresholdReachedOn: '2025-05-01' } });
  const o = createDossier({ id: 'o1', type: 'officer-report', actor: company, subject: s, at: '2025-08-01T09:00:00+08:00' });
  const d = dossierDeadline(o, s, '2025-09-01');
  assert.equal(d.kind, 'officer-report');
  assert.equal(d.due, '2025-08-29');
  assert.equal(d.overdue, true);
  assert.equal(d.workingDaysLate, 1);
  const sent = submit(o, company, s, { at: '2025-08-28T09:00:00+08:00' });
  assert.equal(dossierDeadline(sent, s, '2025-09-01').status, 'done');
  assert.equal(subjectWithDossier(s, sent).processor.officer?.reportedOn, '2025-08-28');
});

test('officer change report: needs the first report date to count from, and uses the change date', () => {
  const s = processorSubject({ facts: { piPersons: 2_000_000, piThresholdReachedOn: '2025-05-01' } });
  const first = approve(submit(createDossier({ id: 'o1', type: 'officer-report', actor: company, subject: s, at: '2025-08-01T09:00:00+08:00' }), company, s, { at: '2025-08-28T09:00:00+08:00' }), regulator);
  const change = startChange(first, { id: 'o2', actor: company, changedOn: '2026-03-02' });
  const unknown = dossierDeadline(change, s, '2026-05-01');
  assert.equal(unknown.kind, 'officer-change');
  assert.equal(unknown.status, 'none');
  assert.deepEqual(unknown.missing, ['fact:processor.officer.reportedOn']);
  const known = processorSubject({ facts: { piPersons: 2_000_000, piThresholdReachedOn: '2025-05-01' }, processor: { officer: { name: '李负责', reportedOn: '2025-08-28' } } });
  const d = dossierDeadline(change, known, '2026-05-01');
  assert.equal(d.status, 'overdue');
  assert.equal(d.overdue, true);
});

test('no stored count: no due date, and the facts that would give one', () => {
  const s = processorSubject({ facts: { faceStoredPersons: undefined, faceThresholdReachedOn: undefined } });
  const d = dossierDeadline(draft(s), s, '2026-07-01');
  assert.equal(d.status, 'none');
  assert.equal(d.overdue, false);
  assert.deepEqual(d.missing, ['fact:facts.faceStoredPersons', 'fact:facts.faceThresholdReachedOn']);
});

test('below the threshold: a voluntary filing has no legal due date', () => {
  const s = processorSubject({ facts: { faceStoredPersons: 5_000, faceThresholdReachedOn: undefined } });
  const d = dossierDeadline(draft(s), s, '2026-07-01');
  assert.equal(d.status, 'none');
  assert.match(d.text.en, /below 100000/);
});
