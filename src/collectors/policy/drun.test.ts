// The real face information processing rules of the corpus (d-run). Expected tags were decided by reading
// the document: it states purposes and method, says face images are not stored, is agreed to by ticking,
// and says nothing about how face information is deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyArtifact, PolicyItemId } from '../../core/artifacts.js';
import { analyzePolicyFile } from './analyze.js';
import { corpusPolicy } from './test-fixtures.js';

let cached: PolicyArtifact | undefined;
async function drun(): Promise<PolicyArtifact> {
  return (cached ??= await analyzePolicyFile(corpusPolicy('drun-face-id-rules.md')));
}

async function quoted(item: PolicyItemId): Promise<string[]> {
  const a = await drun();
  return a.items[item].sentences.map((i) => a.sentences[i]!.text);
}

function has(list: string[], fragment: string): boolean {
  return list.some((s) => s.includes(fragment));
}

test('drun: face-info quotes the sentences that name face information', async () => {
  const s = await quoted('face-info');
  for (const f of ['人脸信息处理规则', '人脸图像、视频及其衍生生成的面部特征识别数据', '通过人脸信息比对验证', '调用设备摄像头权限实时采集人脸图像', '活体检测防御']) {
    assert.ok(has(s, f), f);
  }
  assert.ok(!has(s, '传输安全'), 'the TLS sentence does not name face information');
});

test('drun: face-purpose-method is the purpose and processing sentences', async () => {
  const s = await quoted('face-purpose-method');
  for (const f of ['通过人脸信息比对验证 d.run 账号持有者', '运用人脸识别技术进行身份核验', '实时采集人脸图像/视频，该数据仅用于单次认证流程', '实时将采集数据与权威数据源进行特征比对', '人脸数据由支付宝按照']) {
    assert.ok(has(s, f), f);
  }
  assert.ok(!has(s, '请仔细阅读'));
});

test('drun: face-retention is the two "not stored" sentences; there is no deletion statement', async () => {
  const s = await quoted('face-retention');
  assert.ok(has(s, '我们不会存储任何原始人脸图像'));
  assert.ok(has(s, '数据留存'));
  assert.deepEqual(await quoted('face-deletion'), []);
  const a = await drun();
  assert.match(a.facts.face.retention ?? '', /不会存储/);
  assert.equal(a.facts.face.deletionPath, undefined);
  assert.ok(a.problems.some((p) => p.id === 'missing-items' && p.message.en.includes('face-deletion')));
});

test('drun: consent by ticking these face rules is separate consent; refusing is not', async () => {
  const s = await quoted('face-separate-consent');
  assert.ok(has(s, '你通过主动勾选等方式确认同意本规则'));
  assert.ok(!has(s, '如不同意本规则'));
});

test('drun: facts', async () => {
  const a = await drun();
  assert.deepEqual(a.facts.controllers, ['上海道客网络科技有限公司']);
  assert.equal(a.facts.updatedDate, '2025-02-12');
  assert.equal(a.facts.effectiveDate, '2025-03-01');
  assert.equal(a.facts.face.mentioned, true);
  assert.equal(a.facts.face.processing, 'remote');
  assert.equal(a.facts.face.profiling, undefined);
  assert.ok(has(await quoted('third-party-sharing'), '由支付宝按照'));
  assert.ok(has(await quoted('security-measures'), 'SSL/TLS'));
  assert.ok(has(await quoted('policy-update'), '我们可能不时修订本规则'));
  assert.deepEqual(a.headings.map((h) => h.text), ['人脸信息处理规则', '定义', '处理目的', '处理方式', '数据管理', '安全保护', '用户义务', '联系我们', '附则']);
  const s = a.sentences.find((x) => x.text.includes('不会存储任何原始人脸图像'))!;
  assert.deepEqual(s.section, ['人脸信息处理规则', '处理方式']);
  assert.equal(s.why?.['face-retention'], 'face-stored');
});

test('drun: front matter and headings carry no disclosure tags', async () => {
  const a = await drun();
  assert.ok(a.sentences.every((s) => !s.text.includes('navigation')));
  const h = a.sentences.find((s) => s.text === '## 处理目的')!;
  assert.deepEqual(h.tags, []);
});
