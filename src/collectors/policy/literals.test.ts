// The literal prefilter only skips regexes that cannot match: checked on hand-made regexes and, for every regex
// the analyzer prefilters, on the sentences of real corpus policies (a regex that matches must have its strings
// found; a plain word alternation must be decided exactly by the scan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { corpusDir } from '../../core/paths.js';
import { analyzePolicyFile } from './analyze.js';
import { isWordAlternation, LiteralIndex, requiredLiterals, requiredSets } from './literals.js';
import { FACE, PI_ANY, PI_TYPES } from './patterns/lexicon.js';
import { HINTS } from './problems/common.js';
import { ITEM_PATTERNS } from './patterns/index.js';
import { withoutTitles } from './tag.js';

test('required literals of regexes', () => {
  assert.deepEqual(requiredLiterals(/用于|以便/), ['用于', '以便']);
  assert.equal(requiredLiterals(/[^。；]{0,30}?/), null);
  assert.equal(requiredLiterals(/@|\d{5}|地址/), null, 'a branch that needs nothing makes the whole need nothing');
  assert.deepEqual(requiredLiterals(/(?:a|b)?c/), ['c']);
  assert.deepEqual(requiredLiterals(/Face\s?ID/i), ['face']);
  assert.deepEqual(requiredLiterals(/SDK/), ['sdk'], 'folded to lower case; the scan folds the text too');
  assert.deepEqual(requiredLiterals(/(?<!风险)画像/), ['画像'], 'lookarounds consume nothing');
  assert.deepEqual(requiredLiterals(/(?:保存|存储)(?:的)?期限/), ['保存期限', '存储期限', '保存的期限', '存储的期限']);
  assert.deepEqual(requiredLiterals(/以下(?:简|统)?称|下称/), ['下称', '以下简称', '以下统称'], '以下称 contains 下称 and is dropped');
  assert.deepEqual(requiredLiterals(/[：:]\s*\S/), ['：', ':']);
  assert.equal(requiredLiterals(/(a)\1/), null, 'backreferences are not read');
  assert.equal(requiredLiterals(/ｓ/iu), null, 'unicode mode is not read');
  assert.deepEqual(requiredSets(/(?:信息|数据)[^。；]{0,40}?(?:用于|以便)/), [
    ['信息', '数据'],
    ['用于', '以便'],
  ]);
  assert.deepEqual(requiredSets(/[^。]{0,3}/), []);
  assert.ok(isWordAlternation(/投诉|举报/));
  assert.ok(isWordAlternation(/Cookie|同类技术/i));
  assert.ok(!isWordAlternation(/TD|退订/), 'case-sensitive ASCII: folding would make the scan looser');
  assert.ok(!isWordAlternation(/(?:投诉)|举报/));
});

test('scan marks exactly the sets whose strings occur', () => {
  const idx = new LiteralIndex();
  const a = idx.add(/用于|以便/);
  const b = idx.add(/SDK/);
  const c = idx.add(/[^。]{0,3}/);
  assert.equal(c, -1);
  const d = idx.add(/(?:信息|数据)[^。；]{0,40}?(?:用于|以便)/);
  idx.scan('我们将该信息用于身份验证');
  assert.ok(idx.has(a) && !idx.has(b) && idx.has(c) && idx.has(d));
  idx.scan('我们将该信息提供给合作方');
  assert.ok(!idx.has(d), 'both sets must occur');
  idx.scan('集成了友盟sdk');
  assert.ok(!idx.has(a) && idx.has(b));
  const doc = 'xx以便yy';
  idx.scan(doc.slice(2, 4), doc, 2, 4);
  assert.ok(idx.has(a), 'a slice read through its document');
  idx.scan(doc.slice(3, 6), doc, 3, 6);
  assert.ok(!idx.has(a), 'a literal crossing the slice start does not count');
});

test('on corpus sentences, no regex that matches is skipped', async () => {
  const idx = new LiteralIndex();
  const regs: { re: RegExp; id: number; words: boolean; blank: boolean }[] = [];
  const reg = (re: RegExp | undefined, blank = false) => {
    if (!re) return;
    const id = idx.add(re, blank);
    regs.push({ re, id, words: id >= 0 && !blank && isWordAlternation(re), blank });
  };
  for (const item of ITEM_PATTERNS) {
    reg(item.gate);
    for (const p of item.patterns) {
      reg(p.re, !!p.stripTitles);
      reg(p.and);
      reg(p.unless);
    }
  }
  for (const [, re] of PI_TYPES) reg(re);
  reg(PI_ANY);
  reg(FACE);
  for (const h of HINTS) reg(h.re);
  assert.ok(HINTS.filter((h) => h.bit !== 0).length >= 15, 'the hint regexes have prefilters');
  assert.ok(regs.filter((r) => r.id >= 0).length > 100, 'most regexes have a prefilter');
  const dir = corpusDir('policies');
  const files = readdirSync(dir).sort().filter((_, i) => i % 12 === 0);
  let sentences = 0;
  for (const f of files) {
    let a;
    try {
      a = await analyzePolicyFile(`${dir}/${f}`, { model: false });
    } catch {
      continue;
    }
    for (const s of a.sentences) {
      sentences++;
      idx.scan(s.text);
      const blanked = withoutTitles(s.text);
      for (const r of regs) {
        const g = r.re.global || r.re.sticky ? new RegExp(r.re.source, r.re.flags.replace(/[gy]/g, '')) : r.re;
        const hit = g.test(r.blank ? blanked : s.text);
        if (hit) assert.ok(idx.has(r.id), `${f}: /${r.re.source.slice(0, 60)}/ matches but was filtered out: ${s.text}`);
        if (r.words) assert.equal(idx.has(r.id), hit, `${f}: word alternation /${r.re.source.slice(0, 60)}/ decided wrongly: ${s.text}`);
      }
    }
  }
  assert.ok(sentences > 2000, `read ${sentences} sentences`);
});
