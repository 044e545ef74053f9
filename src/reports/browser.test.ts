import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine/assess.js';
import { subjectWith } from '../test-support/fixtures.js';
import { renderHtml } from './html.js';
import { renderInChromium } from './browser.js';

// Real browser: .ci/run installs Debian's chromium.
test('the HTML report renders in Chromium without errors, and prints to PDF', async () => {
  const a = assess(subjectWith({ scenario: { storage: 'cloud' }, facts: { faceStoredPersons: 150_000, faceThresholdReachedOn: '2025-03-01' } }));
  const r = await renderInChromium(renderHtml(a), { pdf: true, png: true });
  assert.deepEqual(r.consoleErrors, []);
  assert.equal(r.pdf!.subarray(0, 5).toString(), '%PDF-');
  assert.equal(r.png!.subarray(1, 4).toString(), 'PNG');
  assert.ok(r.png!.length > 20_000, 'a screenshot of a real page, not a blank one');
});
