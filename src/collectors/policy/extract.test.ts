import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicyFile } from './analyze.js';
import { PolicyInputError } from './errors.js';
import { htmlToText } from './extract/html.js';
import { hasCommand, makeDocx, makeImagePdf, makeTextPdf, pdfTools, SKIP_GS, SKIP_PDF, tempDir, corpusPolicy } from './test-fixtures.js';

async function refusal(path: string, opts = {}): Promise<PolicyInputError> {
  try {
    await analyzePolicyFile(path, opts);
  } catch (e) {
    if (e instanceof PolicyInputError) return e;
    throw e;
  }
  assert.fail(`${path} was analysed but should have been refused`);
}

const POLICY_HTML = `<!DOCTYPE html><html><head><title>隐私政策</title><style>body{color:red}</style>
<script>var s = "我们会收集您的人脸信息用于广告推送"; if (a < b && c > d) {}</script></head>
<body><nav class="top-nav"><a href="/">首页</a> <a href="/apps">应用</a> 我们共享您的个人信息给广告商</nav>
<div id="breadcrumb">应用商店 &gt; 工具 &gt; 隐私</div>
<main><h1>某某App隐私政策</h1><p>更新日期：2024年5月1日</p>
<p>北京某某科技有限公司（以下简称“我们”）非常重视您的个人信息保护。</p>
<h2>一、我们如何收集和使用您的个人信息</h2>
<p>当您注册账号时，我们会收集您的手机号码，用于创建账号和登录验证。</p>
<p>在您进行实名认证时，我们会通过摄像头采集您的人脸图像，用于核验您的身份。</p>
<table><tr><th>SDK名称</th><th>公司名称</th><th>收集信息</th><th>使用目的</th><th>隐私政策链接</th></tr>
<tr><td>极光推送SDK</td><td>深圳市和讯华谷信息技术有限公司</td><td>设备标识符</td><td>消息推送</td><td>https://www.jiguang.cn/license/privacy</td></tr></table>
<h2>二、联系我们</h2><p>如您有任何疑问，可发送邮件至 privacy@example.com 与我们联系。</p></main>
<footer><script>track()</script><noscript>请启用JavaScript</noscript></footer>
</body></html>`;

test('HTML: scripts, styles and navigation are dropped; paragraphs, headings and tables survive', async () => {
  const dir = tempDir();
  const path = join(dir, 'policy.html');
  writeFileSync(path, POLICY_HTML);
  const a = await analyzePolicyFile(path);
  assert.doesNotMatch(a.text, /var s|track\(\)|body\{|首页|广告商|应用商店|JavaScript/);
  assert.match(a.text, /^某某App隐私政策$/m);
  assert.match(a.text, /^极光推送SDK\t深圳市和讯华谷信息技术有限公司\t设备标识符\t消息推送\thttps:\/\/www.jiguang.cn\/license\/privacy$/m);
  assert.equal(a.facts.sdks[0]?.name, '极光推送SDK');
  assert.equal(a.facts.sdks[0]?.company, '深圳市和讯华谷信息技术有限公司');
  assert.equal(a.facts.sdks[0]?.policyUrl, 'https://www.jiguang.cn/license/privacy');
  assert.ok(a.items['face-info'].present && a.items['face-purpose-method'].present);
  assert.equal(a.facts.face.profiling, undefined, 'the advertising sentence was in a script');
  assert.deepEqual(a.facts.contacts, [{ type: 'email', value: 'privacy@example.com' }]);
  assert.equal(a.facts.updatedDate, '2024-05-01');
  for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text);
});

test('HTML with no policy in it is refused', async () => {
  const dir = tempDir();
  const path = join(dir, 'store.html');
  writeFileSync(path, '<html><body><nav>首页 应用 游戏</nav><script>var privacy = "隐私政策 个人信息";</script><p>下载量 100万+ 评分 4.5</p></body></html>');
  const e = await refusal(path);
  assert.equal(e.problem, 'no-policy');
  assert.match(e.message, /no privacy policy text/);
});

test('hostile HTML (deep nesting, unclosed script, huge attribute) finishes quickly', () => {
  const t = performance.now();
  const deep = '<div>'.repeat(200_000) + '隐私政策' + '</div>'.repeat(10);
  assert.match(htmlToText(deep), /隐私政策/);
  assert.equal(htmlToText('<p>个人信息</p><script>' + 'x<y>'.repeat(100_000)), '个人信息');
  assert.match(htmlToText(`<p title="${'a'.repeat(2_000_000)}">隐私</p>`), /隐私/);
  assert.ok(performance.now() - t < 5000);
});

test('DOCX built with python3 zipfile: paragraphs and an SDK table', async () => {
  const dir = tempDir();
  const path = join(dir, 'policy.docx');
  makeDocx(
    path,
    ['某某App隐私政策', '生效日期：2023年1月1日', '我们会收集您的位置信息，用于为您推荐附近的门店。', '您可以在“我的-设置-账号注销”中注销您的账号。'],
    [
      [
        ['SDK名称', '第三方公司名称', '收集个人信息', '使用目的'],
        ['高德地图SDK', '高德软件有限公司', '位置信息', '定位'],
      ],
    ],
  );
  const a = await analyzePolicyFile(path);
  assert.match(a.text, /^某某App隐私政策\n生效日期：2023年1月1日\n/);
  assert.equal(a.facts.effectiveDate, '2023-01-01');
  assert.deepEqual(a.facts.sdks, [{ name: '高德地图SDK', company: '高德软件有限公司', data: '位置信息', purpose: '定位' }]);
  assert.ok(a.items.rights.present);
  assert.ok(a.items.purpose.present);
});

test('a ZIP that is not a DOCX, and an old .doc, are refused', async () => {
  const dir = tempDir();
  const zip = join(dir, 'x.docx');
  writeFileSync(zip, Buffer.from('504b0304', 'hex'));
  assert.equal((await refusal(zip)).problem, 'corrupt');
  const doc = join(dir, 'x.doc');
  writeFileSync(doc, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
  assert.equal((await refusal(doc)).problem, 'unsupported-format');
});

const PDF_SOURCE = corpusPolicy('appch-mi.app-实用工具-com.palmmob.voicer.txt');

test('PDF with a text layer (reportlab, embedded CJK font) reads like the text it was made from', { skip: pdfTools() ? false : SKIP_PDF }, async () => {
  const dir = tempDir();
  const pdf = join(dir, 'policy.pdf');
  const source = readFileSync(PDF_SOURCE, 'utf8').replace(/\u00a0/g, ' ');
  makeTextPdf(pdf, source);
  const fromPdf = await analyzePolicyFile(pdf);
  const fromTxt = await analyzePolicyFile(PDF_SOURCE);
  const norm = (s: string) => s.replace(/\s+/g, '');
  const pdfSentences = new Set(fromPdf.sentences.map((s) => norm(s.text)));
  const same = fromTxt.sentences.filter((s) => pdfSentences.has(norm(s.text))).length;
  assert.ok(same / fromTxt.sentences.length > 0.95, `only ${same} of ${fromTxt.sentences.length} sentences survive the PDF`);
  const present = (x: typeof fromTxt) => Object.entries(x.items).filter(([, v]) => v.present).map(([k]) => k);
  assert.deepEqual(present(fromPdf), present(fromTxt));
});

test('PDF without a text layer says OCR is needed', { skip: pdfTools() && hasCommand('gs') ? false : `${SKIP_PDF}; ${SKIP_GS}` }, async () => {
  const dir = tempDir();
  const pdf = join(dir, 'text.pdf');
  makeTextPdf(pdf, '某某App隐私政策\n我们会收集您的手机号码，用于注册账号。');
  const scan = join(dir, 'scan.pdf');
  makeImagePdf(scan, pdf);
  const e = await refusal(scan);
  assert.equal(e.problem, 'needs-ocr');
  assert.match(e.message, /OCR is needed/);
});

test('a damaged PDF and an image are refused with a reason', async () => {
  const dir = tempDir();
  const pdf = join(dir, 'broken.pdf');
  writeFileSync(pdf, '%PDF-1.7\n1 0 obj garbage');
  assert.equal((await refusal(pdf)).problem, 'corrupt');
  const png = join(dir, 'shot.png');
  writeFileSync(png, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100)]));
  const e = await refusal(png);
  assert.equal(e.problem, 'needs-ocr');
});

test('empty and binary files, a missing file and a folder are refused', async () => {
  const dir = tempDir();
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  assert.equal((await refusal(empty)).problem, 'empty');
  const bin = join(dir, 'junk.txt');
  let x = 7;
  writeFileSync(bin, Buffer.alloc(100_000).map(() => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x >> 16) & 0xff));
  assert.equal((await refusal(bin)).problem, 'binary');
  assert.equal((await refusal(join(dir, 'nope.txt'))).problem, 'not-found');
  assert.equal((await refusal(dir)).problem, 'unsupported-format');
});

test('a 20 MB policy is refused at once by default, and analysed in bounded time when the limit is raised', async () => {
  const dir = tempDir();
  const big = join(dir, 'big.txt');
  const one = readFileSync(PDF_SOURCE, 'utf8');
  writeFileSync(big, one.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(one))));
  let t = performance.now();
  const e = await refusal(big);
  assert.equal(e.problem, 'too-large');
  assert.match(e.message, /over the 8\.0 MB limit/);
  assert.ok(performance.now() - t < 1000);
  t = performance.now();
  const a = await analyzePolicyFile(big, { maxBytes: 32 * 1024 * 1024 });
  assert.ok(a.sentences.length > 100_000);
  assert.ok(performance.now() - t < 30_000, 'a 20 MB policy must not take more than 30 s');
});

test('a 4 MB single line with no punctuation is cut into bounded sentences', async () => {
  const dir = tempDir();
  const path = join(dir, 'line.txt');
  writeFileSync(path, '个人信息' + '我们收集您的手机号码'.repeat(120_000));
  const t = performance.now();
  const a = await analyzePolicyFile(path);
  assert.ok(a.sentences.every((s) => s.end - s.start <= 400));
  assert.ok(performance.now() - t < 20_000);
});
