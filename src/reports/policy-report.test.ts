import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePolicyText } from '../collectors/policy/analyze.js';
import { diffPolicies } from '../collectors/policy/diff.js';
import { policyDiffReport, policyHtml, policyJson, policyMarkdown } from './policy-report.js';

const p = analyzePolicyText('北京某某科技有限公司（以下简称“我们”）。\n我们会采集您的人脸图像<script>，用于身份核验。\n联系邮箱：a@b.cn', 'p.txt');

test('policy JSON: sentences with text, start, end, tags, plus items and facts', () => {
  const j = JSON.parse(policyJson([p], [{ file: 'x.pdf', problem: 'needs-ocr', message: 'OCR is needed' }]));
  const s = j.policies[0].sentences[1];
  assert.deepEqual(Object.keys(s).slice(0, 4), ['text', 'start', 'end', 'tags']);
  assert.ok(s.tags.includes('face-info'));
  assert.equal(j.policies[0].items['face-info'].present, true);
  assert.deepEqual(j.policies[0].facts.controllers, ['北京某某科技有限公司']);
  assert.equal(j.errors[0].problem, 'needs-ocr');
});

test('policy HTML is self-contained, bilingual, and escapes policy text', () => {
  const h = policyHtml([p]);
  assert.match(h, /^<!doctype html>/);
  assert.doesNotMatch(h, /<script|src=|href=/);
  assert.match(h, /&lt;script&gt;/);
  assert.match(h, /人脸信息 <span class="en">Face information/);
});

test('policy Markdown lists every item and the problems', () => {
  const m = policyMarkdown([p]);
  assert.match(m, /\| 人脸信息 `face-info` \| ✓ \|/);
  assert.match(m, /\| 保存期限 `retention` \| ✗ \|/);
  assert.match(m, /missing-items/);
});

test('diff reports in the three formats', () => {
  const d = diffPolicies(p, analyzePolicyText('北京某某科技有限公司（以下简称“我们”）。', 'q.txt'));
  assert.equal(JSON.parse(policyDiffReport(d, 'json')).items.find((c: { item: string }) => c.item === 'face-info').change, 'removed');
  assert.match(policyDiffReport(d, 'md'), /face-info` \| 删除 removed/);
  assert.match(policyDiffReport(d, 'html'), /删除 removed/);
});
