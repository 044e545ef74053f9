import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { corpusDir } from '../../core/paths.js';
import { launchChromium } from '../../reports/browser.js';
import { analyzeHarFile, parseHarText, TrafficInputError } from './har.js';
import { inspectBody } from './body.js';

test('every real HAR export in the corpus parses, or fails with a clear message', () => {
  const dir = corpusDir('har');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.har'))) {
    if (f.includes('broken')) {
      assert.throws(() => analyzeHarFile(join(dir, f)), (e: Error) => e instanceof TrafficInputError && /not a HAR file/.test(e.message));
      continue;
    }
    const art = analyzeHarFile(join(dir, f));
    assert.ok(art.requests.length > 0, f);
    for (const r of art.requests) assert.ok(r.host && r.method, `${f}: ${r.url}`);
  }
});

test('a HAR with a BOM reads like one without', () => {
  const withBom = analyzeHarFile(corpusDir('har', 'mitmproxy-with-bom.har'));
  const plain = analyzeHarFile(corpusDir('har', 'mitmproxy-postdata.har'));
  assert.deepEqual(withBom.requests.map((r) => r.url), plain.requests.map((r) => r.url));
});

test('wrong shapes and junk are clear errors', () => {
  assert.throws(() => parseHarText('{"log":{"entries":[{"request":{}}]}}', 'x.har'), /not a HAR file: log\.entries\.0\.request\.method/);
  assert.throws(() => parseHarText('\u0000\u0001PK', 'x.har'), /does not parse/);
  const dir = mkdtempSync(join(tmpdir(), 'fa-har-'));
  writeFileSync(join(dir, 'gbk.har'), Buffer.from([0x7b, 0xc4, 0xe3, 0xff, 0x7d]));
  assert.throws(() => analyzeHarFile(join(dir, 'gbk.har')), /not UTF-8/);
  assert.throws(() => analyzeHarFile(join(dir, 'missing.har')), /file not found/);
});

test('face context needs whole words: "facebook" and "surface" are not face', () => {
  const img = '/9j/' + 'A'.repeat(2000);
  assert.equal(inspectBody({ path: '/facebook/upload', query: [], mime: 'application/json', text: JSON.stringify({ surface: img }) }).face?.detected, false);
  assert.equal(inspectBody({ path: '/api/v1/faceVerify', query: [], mime: 'application/json', text: JSON.stringify({ img }) }).face?.detected, true);
  assert.equal(inspectBody({ path: '/x', query: [], mime: 'application/json', text: JSON.stringify({ 人脸照片: img }) }).face?.detected, true);
});

// A capture made by a real browser: Chromium posts a real JPEG (canvas.toDataURL) to a local server,
// and Playwright records the HAR.
test('a face image posted by a real browser is found in the recorded HAR', async () => {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.url === '/' ? '' : '{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'fa-har-'));
  const harPath = join(dir, 'capture.har');
  const browser = await launchChromium();
  try {
    const ctx = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await ctx.newPage();
    await page.goto(base + '/');
    await page.evaluate(async () => {
      const c = document.createElement('canvas');
      c.width = c.height = 160;
      const g = c.getContext('2d')!;
      g.fillStyle = '#c96';
      g.beginPath();
      g.arc(80, 80, 60, 0, 7);
      g.fill();
      const jpeg = c.toDataURL('image/jpeg', 0.9).split(',')[1];
      const post = (url: string, body: string, type: string) => fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
      await post('/api/face/verify', JSON.stringify({ imageBase64: jpeg, userId: 7 }), 'application/json');
      await post('/api/product/upload', JSON.stringify({ picture: jpeg }), 'application/json');
      await post('/api/register', 'mobile=13800000000&imei=86000000&lat=31.2', 'application/x-www-form-urlencoded');
    });
    await ctx.close();
  } finally {
    await browser.close();
    server.close();
  }
  const art = analyzeHarFile(harPath);
  const byPath = (p: string) => art.requests.find((r) => new URL(r.url).pathname === p)!;
  assert.equal(byPath('/api/face/verify').faceData?.detected, true);
  assert.match(byPath('/api/face/verify').faceData!.reason, /base64 JPEG/);
  assert.equal(byPath('/api/face/verify').scheme, 'http');
  assert.equal(byPath('/api/product/upload').faceData?.detected, false);
  assert.deepEqual(byPath('/api/register').personalData, ['imei', 'location', 'phone']);
});
