import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineCommand } from './deadline.js';
import { calendarCoverage, CalendarMissingError } from '../calendar/workdays.js';
import { InvalidDateError } from '../calendar/dates.js';

test('deadline: 30 working days from 2025-06-01 is 2025-07-14, with the holiday skipped', () => {
  const r = deadlineCommand({ from: '2025-06-01', workingDays: '30' });
  assert.equal(r.due, '2025-07-14');
  assert.match(r.text, /截止 2025-07-14/);
  assert.match(r.text, /due 2025-07-14/);
  assert.match(r.text, /holidays: 2025-06-02 端午$/m);
  assert.match(r.text, /make-up working days: 无 none/);
});

test('deadline: make-up days are listed', () => {
  const r = deadlineCommand({ from: '2025-09-26', workingDays: 5 });
  // Sat 09-27 off, Sun 09-28 make-up (1), 09-29, 09-30, [10-01…10-08 off], 10-09, 10-10 (5).
  assert.equal(r.due, '2025-10-10');
  assert.match(r.text, /make-up working days: 2025-09-28 国庆节$/m);
  assert.match(r.text, /holidays: 2025-10-01 国庆节, .*2025-10-08 国庆节/);
});

test('deadline: bad input is a clear error', () => {
  assert.throws(() => deadlineCommand({ from: '2025-06-31', workingDays: '3' }), InvalidDateError);
  assert.throws(() => deadlineCommand({ from: '2025-06-01', workingDays: 'ten' }), /--working-days must be a whole number/);
  assert.throws(() => deadlineCommand({ from: '2025-06-01', workingDays: '-2' }), RangeError);
  assert.throws(() => deadlineCommand({ from: '2025-06-01', workingDays: '1.5' }), RangeError);
  if (!calendarCoverage().years.includes(2027)) {
    assert.throws(() => deadlineCommand({ from: '2026-12-20', workingDays: '30' }), CalendarMissingError);
  }
});
