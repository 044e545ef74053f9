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

test('policy HTML and Markdown list the statements the analyzer found, with their sentences', () => {
  const q = analyzePolicyText('我们会将您的订单信息传输至境外服务器。\n处理您的敏感个人信息前，我们将另行征得您的同意。', 'q.txt');
  const ids = (q.facts.statements ?? []).map((s) => s.id);
  assert.ok(ids.includes('separate-consent'), ids.join());
  const m = policyMarkdown([q]);
  assert.match(m, /### 声明 Statements/);
  assert.match(m, /\*\*separate-consent\*\*: 承诺就特定处理/);
  const h = policyHtml([q]);
  assert.match(h, /<div class="statement"><b>separate-consent<\/b>/);
  assert.match(h, /另行征得您的同意/);
  // none found: a dash, not an empty heading
  assert.match(policyMarkdown([analyzePolicyText('本政策自2024年1月1日起生效。', 'r.txt')]), /### 声明 Statements\n\n- —/);
});
