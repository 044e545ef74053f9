import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePolicyFile, analyzePolicyText } from './analyze.js';
import { policyDates } from './facts/dates.js';
import { durationDays, retentionFacts } from './facts/retention.js';
import { companies, contacts } from './facts/parties.js';
import { extractSdks } from './facts/sdk.js';
import { corpusPolicy } from './test-fixtures.js';

test('dates: 生效/更新 in the usual spellings, normalised', () => {
  assert.deepEqual(policyDates('更新日期：2022年 3 月 31 日\n生效日期：2022年4月1日'), { effectiveDate: '2022-04-01', updatedDate: '2022-03-31' });
  assert.deepEqual(policyDates('最近更新：2021-11-20。本政策自2021.11.27起生效。'), { effectiveDate: '2021-11-27', updatedDate: '2021-11-20' });
  assert.deepEqual(policyDates('没有日期的文本'), { effectiveDate: undefined, updatedDate: undefined });
});

test('retention: durations in days and retention rules', () => {
  assert.equal(durationDays('日志信息保存6个月'), 180);
  assert.equal(durationDays('我们将保存三年'), 1095);
  assert.equal(durationDays('交易记录保存期限不少于三年'), 1095);
  assert.equal(durationDays('我们将在15个工作日内删除'), undefined);
  assert.deepEqual(retentionFacts(['我们仅在实现目的所必需的最短时间内保留您的个人信息。']), [
    { text: '我们仅在实现目的所必需的最短时间内保留您的个人信息。', rule: 'until-purpose' },
  ]);
  assert.equal(retentionFacts(['依据《电子商务法》，交易信息保存时间自交易完成之日起不少于三年。'])[0]?.days, 1095);
  assert.equal(retentionFacts(['依据《电子商务法》，交易信息保存时间自交易完成之日起不少于三年。'])[0]?.rule, 'legal-minimum');
  assert.equal(retentionFacts(['您注销账号后，我们将删除您的个人信息。'])[0]?.rule, 'account-lifetime');
});

test('controllers and contacts', () => {
  assert.deepEqual(companies(['本应用由深圳市腾讯计算机系统有限公司（以下简称“我们”）开发运营。']), ['深圳市腾讯计算机系统有限公司']);
  assert.deepEqual(companies(['“Hiya语音”的运营主体深圳市卓联软件有限公司（以下简称“我们”）']), ['深圳市卓联软件有限公司']);
  assert.deepEqual(
    contacts(['您可以拨打客服电话400-820-1234或021-61958888，或发送邮件至 dpo@example.cn，联系地址：北京市海淀区中关村大街1号，也可通过在线客服反馈。']),
    [
      { type: 'email', value: 'dpo@example.cn' },
      { type: 'phone', value: '400-820-1234' },
      { type: 'phone', value: '021-61958888' },
      { type: 'address', value: '北京市海淀区中关村大街1号' },
      { type: 'form', value: '在线客服' },
    ],
  );
});

test('SDK list: labelled blocks, one per line (real corpus policy)', async () => {
  const a = await analyzePolicyFile(corpusPolicy('appch-360-com.estt.ckg.txt'));
  const umeng = a.facts.sdks.find((s) => s.name.startsWith('友盟'));
  assert.deepEqual(umeng, {
    name: '友盟（友盟分享、友盟统计、友盟推送）',
    company: '北京锐讯灵通科技有限公司',
    permissions: '获取设备信息',
    data: '手机设备信息（IMSI、IMEI、操作系统版本、WIFI信息、网络信息）',
    purpose: '为用户提供分享，统计，推送功能',
    policyUrl: 'https://www.umeng.com/',
  });
  assert.ok(a.facts.sdks.length >= 10);
});

test('SDK list: labelled blocks glued into one line (real corpus policy)', async () => {
  const a = await analyzePolicyFile(corpusPolicy('appch-360-com.foresthero.hmmsj.txt'));
  assert.deepEqual(a.facts.sdks[0], { name: '极光推送', purpose: '为用户提供推送功能', policyUrl: 'https://www.jiguang.cn/license/privacy' });
});

test('SDK list: a table scraped to one cell per paragraph (real corpus policy)', async () => {
  const a = await analyzePolicyFile(corpusPolicy('appch-360-cn.ecook.jiachangcai.txt'));
  const bugly = a.facts.sdks.find((s) => s.name === 'BuglySDK');
  assert.equal(bugly?.company, '腾讯科技（深圳）有限公司');
  assert.match(bugly?.purpose ?? '', /^用于监测APP稳定性/);
  assert.equal(bugly?.policyUrl, '《bugly隐私政策》');
  // rows are SDK rows: the SDK vendors are not taken for the controller
  assert.ok(!a.facts.controllers.includes('腾讯科技（深圳）有限公司'));
});

test('SDK list: pipe table (Markdown)', () => {
  const t = '| SDK名称 | 提供方 | 使用目的 | 隐私政策 |\n|---|---|---|---|\n| 个推SDK | 每日互动股份有限公司 | 消息推送 | https://docs.getui.com/privacy |\n';
  assert.deepEqual(extractSdks(t).rows, [{ name: '个推SDK', company: '每日互动股份有限公司', purpose: '消息推送', policyUrl: 'https://docs.getui.com/privacy' }]);
});

test('face statements: local processing, retention, no sharing, consent, alternative, deletion', () => {
  const a = analyzePolicyText(
    [
      '当您开启刷脸登录时，我们会在征得您的单独同意后采集您的人脸图像。',
      '人脸特征值仅加密存储在您的设备本地，不会上传至我们的服务器。',
      '我们不会向任何第三方共享或提供您的人脸信息。',
      '如您不想使用刷脸登录，也可以选择使用账号密码等其他方式登录。',
      '您可以在“设置-安全中心”关闭刷脸登录，关闭后设备上的人脸特征值将被删除。',
    ].join('\n'),
  );
  const f = a.facts.face;
  assert.equal(f.mentioned, true);
  assert.equal(f.processing, 'local');
  assert.equal(f.shared, false);
  assert.equal(f.separateConsent, true);
  assert.equal(f.alternative, true);
  assert.match(f.deletionPath ?? '', /关闭刷脸登录/);
  assert.match(f.retention ?? '', /设备本地/);
});

test('face statements: remote comparison with a third party is sharing', () => {
  const a = analyzePolicyText('为完成实名认证，您的姓名、身份证号码和人脸图像将被传输给腾讯云计算（北京）有限责任公司，与公安部权威数据源进行比对。');
  assert.equal(a.facts.face.processing, 'remote');
  assert.equal(a.facts.face.shared, true);
});
