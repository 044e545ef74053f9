// Tests that compare with aapt/dexdump or build fixtures with Debian tools skip, with the reason, on a
// developer machine without them. In CI (CI=true) a missing tool must not turn them into silent skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CI_TOOLS } from './tools.js';

test('in CI every system tool the tests use is installed', { skip: process.env.CI ? false : 'not in CI (CI is not set)' }, () => {
  const missing = CI_TOOLS.filter((t) => !t.present()).map((t) => `${t.name} (apt-get install ${t.pkg})`);
  assert.deepEqual(missing, [], `.ci/run did not install: ${missing.join(', ')}`);
});
