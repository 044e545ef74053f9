import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPasswordPolicy, hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from './passwords.js';
import { randomToken, safeEqual, sha256Hex } from './secrets.js';

test('scrypt hashes carry their parameters and a per-user salt; verify accepts only the right password', async () => {
  const a = await hashPassword('密码 correct horse');
  const b = await hashPassword('密码 correct horse');
  assert.match(a, new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$1\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$`));
  assert.notEqual(a, b, 'a fresh salt each time');
  assert.equal(await verifyPassword('密码 correct horse', a), true);
  assert.equal(await verifyPassword('密码 correct horsf', a), false);
  assert.equal(await verifyPassword('', a), false);
  assert.equal(needsRehash(a), false);
});

test('older, cheaper parameters still verify and are flagged for rehash; malformed hashes never match', async () => {
  const weak = await hashPassword('password123', { N: 1024, r: 8, p: 1 });
  assert.equal(await verifyPassword('password123', weak), true);
  assert.equal(needsRehash(weak), true);
  for (const bad of ['', 'plain', 'scrypt$x$8$1$aa$bb', 'bcrypt$10$abc', `scrypt$${2 ** 30}$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5a2V5a2V5a2V5`]) {
    assert.equal(await verifyPassword('password123', bad), false, bad);
  }
});

test('password policy: 8 to 1024 characters', () => {
  assert.match(checkPasswordPolicy('short')!, /at least 8/);
  assert.equal(checkPasswordPolicy('long enough'), undefined);
  assert.match(checkPasswordPolicy('x'.repeat(1025))!, /at most/);
});

test('tokens: 32 random bytes with a prefix; stored form is their sha256; constant-time compare', () => {
  const t = randomToken('fa_tok_');
  assert.match(t, /^fa_tok_[A-Za-z0-9_-]{43}$/);
  assert.notEqual(t, randomToken('fa_tok_'));
  assert.match(sha256Hex(t), /^[0-9a-f]{64}$/);
  assert.equal(safeEqual('abc', 'abc'), true);
  assert.equal(safeEqual('abc', 'abd'), false);
  assert.equal(safeEqual('abc', 'abcd'), false);
});
