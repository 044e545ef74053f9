import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addYears, daysBetween, InvalidDateError, isDate, toDayNumber, weekday } from './dates.js';

test('day arithmetic crosses months, years and leap days', () => {
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-03-01', -1), '2025-02-28');
  assert.equal(daysBetween('2025-07-14', '2025-08-29'), 46);
  assert.equal(daysBetween('2025-08-29', '2025-07-14'), -46);
  assert.equal(weekday('2025-06-01'), 0); // a Sunday
  assert.equal(weekday('2026-10-10'), 6); // a Saturday
});

test('addYears keeps the day, or takes the month end when the day does not exist', () => {
  assert.equal(addYears('2025-06-01', 3), '2028-06-01');
  assert.equal(addYears('2024-02-29', 3), '2027-02-28');
  assert.equal(addYears('2024-02-29', 4), '2028-02-29');
});

test('only real YYYY-MM-DD dates are accepted', () => {
  for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '25-01-01', '2025-01-01T00:00', '', '0099-01-01']) {
    assert.throws(() => toDayNumber(bad), InvalidDateError, bad);
    assert.equal(isDate(bad), false);
  }
  assert.equal(isDate('2024-02-29'), true);
  assert.throws(() => addYears('2025-02-30', 1), InvalidDateError);
});
