// One sentence per pattern family, each with the item it must (and must not) produce. These show what the
// patterns recognise; add a line here when you add a pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyItemId } from '../../core/artifacts.js';
import { analyzePolicyText } from './analyze.js';
import { negatedAt } from './negation.js';

function tagsOf(sentence: string): PolicyItemId[] {
  const a = analyzePolicyText(sentence);
  assert.equal(a.sentences.length, 1, `expected one sentence: ${sentence}`);
  return a.sentences[0]!.tags;
}

const CASES: [string, PolicyItemId[], PolicyItemId[]][] = [
  // sentence, must have, must not have
  ['北京某某科技有限公司（以下简称“我们”）是本应用的运营者。', ['controller-identity'], []],
  ['本应用的运营者为杭州某某网络技术有限公司。', ['controller-identity'], []],
  ['您可以通过客服电话400-123-4567或邮箱privacy@example.com与我们联系。', ['controller-contact'], []],
  ['我们的注册地址为：上海市徐汇区中山西路2020号503室。', ['controller-contact'], []],
  ['我们会收集您的IP地址和设备型号。', ['data-types'], ['controller-contact']],
  ['我们会收集您的手机号码，用于注册账号和登录验证。', ['purpose', 'data-types'], []],
  ['为了向您推荐附近的门店，我们需要获取您的位置信息。', ['purpose', 'data-types'], []],
  ['我们会通过Cookie和同类技术自动收集您的浏览记录。', ['processing-method', 'data-types'], []],
  ['我们仅在实现本政策所述目的所必需的最短期限内保留您的个人信息。', ['retention'], []],
  ['日志信息将保存6个月，超出保存期限后我们将删除或匿名化处理。', ['retention'], []],
  ['您可以在“我的-设置-账号与安全”中查阅、更正或删除您的个人信息。', ['rights'], []],
  ['您可以随时通过系统设置关闭相机权限，撤回您的授权。', ['withdraw-consent'], []],
  ['如您对我们的处理结果不满意，还可以向网信、公安等监管部门进行投诉或举报。', ['complaint-channel'], []],
  ['我们将在十五个工作日内答复您的投诉。', ['complaint-channel'], []],
  ['我们采用SSL加密传输和访问控制机制保护您的个人信息。', ['security-measures'], []],
  ['发生个人信息安全事件后，我们将以邮件、推送通知等方式告知您。', ['incident-notice'], []],
  ['若您是不满十四周岁的儿童，请在监护人的陪同下阅读本政策。', ['minors'], []],
  ['身份证件号码属于敏感个人信息，一旦泄露可能危害您的人身和财产安全。', ['sensitive-pi'], []],
  ['我们不会与第三方共享您的个人信息，但以下情况除外。', ['third-party-sharing'], []],
  ['第三方SDK名称：极光推送，所属公司：深圳市和讯华谷信息技术有限公司。', ['sdk-list'], ['controller-identity']],
  ['我们在中华人民共和国境内收集的个人信息将存储在中华人民共和国境内。', ['cross-border'], []],
  ['您可以在设置中关闭个性化推荐。', ['personalization'], []],
  ['本政策更新后，我们会通过弹窗的方式通知您。', ['policy-update'], []],
  ['当您使用刷脸登录时，我们会采集您的面部特征，用于身份验证。', ['face-info', 'face-purpose-method'], []],
  ['人脸图像仅在您的设备本地完成比对，比对完成后立即删除，不会上传至服务器。', ['face-info', 'face-purpose-method', 'face-retention', 'face-deletion'], []],
  ['开启人脸识别前，我们会单独征得您的同意。', ['face-info', 'face-separate-consent'], []],
  ['如您不同意使用人脸识别，也可以选择通过短信验证码等其他方式完成验证。', ['face-info', 'face-alternative'], []],
  ['如您不想使用面容识别验证，仍可通过其他方式进行账户验证并登录。', ['face-info', 'face-alternative'], []],
  ['若您不同意提供人脸信息，将无法通过人脸识别认证办理业务，但不影响您通过其它路径办理业务。', ['face-info', 'face-alternative'], []],
  ['您可以选择使用人脸识别登录，也可以选择继续使用原有登录方式进行登录。', ['face-info', 'face-alternative'], []],
  // a list of camera uses that names manual review, and "other features" needing real-name checks, offer nothing
  ['具体使用场景：身份证上传、实名认证、人工认证、人脸识别、头像上传。', ['face-info'], ['face-alternative']],
  ['在您使用其他需实名认证的功能时，需要您提供身份证件号码或人脸信息以完成实名认证。', ['face-info'], ['face-alternative']],
  ['拒绝提供人脸信息仅会使您无法使用人脸贴纸功能，但不影响其他功能的正常使用。', ['face-info'], ['face-alternative']],
  ['如果您拒绝上传人脸照片，您将无法使用人脸考勤功能，但不影响其他考勤功能的使用。', ['face-info', 'face-alternative'], []],
  ['如您不提供人脸信息，将无法使用该功能，但不影响您使用我们提供的其他服务。', ['face-info'], ['face-alternative']],
  ['由于人脸信息属于敏感个人信息，我们在收集之前会明确获得您的同意。', ['face-info', 'face-separate-consent'], []],
  // 面容 alone is a face word (面容ID, 面容识别, biometric login data such as 指纹、面容、声纹)
  ['账户注销后，我们将清除生物识别登录信息（如指纹、面容、声纹等）。', ['face-info', 'face-deletion'], []],
  ['我们不会将您的人脸信息用于用户画像或向第三方共享。', ['face-info', 'face-no-sharing'], ['face-purpose-method']],
  ['人脸信息仅用于身份核验，除此之外不会用于其他目的。', ['face-no-sharing', 'face-purpose-method'], []],
  ['您可以通过浏览器设置拒绝或管理Cookie。', ['withdraw-consent'], ['processing-method']],
  ['我们会使用Cookie记录您的登录状态。', ['processing-method'], ['withdraw-consent']],
  ['Cookie通常包含标识符、站点名称以及一些号码和字符。', [], ['processing-method']],
  ['如您不希望接收营销短信，可以回复退订。', ['withdraw-consent'], []],
  ['您可以通过“我的”-“隐私中心”查看并删除您的浏览记录。', ['rights'], []],
  ['当您从我们的服务中删除信息后，我们会在备份更新时删除这些信息。', ['retention'], []],
  ['我们会对您的信息进行统计分析，以便为您提供更好的服务。', ['purpose'], []],
  ['相机权限：用于拍摄头像和扫码。', ['purpose'], []],
  ['为你推荐你可能感兴趣的内容。', ['personalization'], []],
  ['我们会举办安全和隐私保护培训课程，加强员工的保护意识。', ['security-measures'], []],
  ['本政策适用于全面部署的各项服务。', [], ['face-info']],
  ['请仔细阅读前面部分的内容。', [], ['face-info']],
];

for (const [sentence, must, mustNot] of CASES) {
  test(`tags: ${sentence}`, () => {
    const tags = tagsOf(sentence);
    for (const t of must) assert.ok(tags.includes(t), `missing ${t}; got ${tags.join(', ')}`);
    for (const t of mustNot) assert.ok(!tags.includes(t), `unexpected ${t}`);
  });
}

// section context: the chapter a sentence is in lets weaker wording count, and an SDK table's cells get their tags by position
test('section topics: storage-period and rights chapters, SDK table cells', () => {
  const text = [
    '五、我们如何存储您的个人信息',
    '（一）存储期限',
    '在下列情况下，我们可能会更长时间保留您的个人信息：',
    '1、为遵守法律法规的要求；',
    '六、您的权利',
    '对于无端重复、需要过多技术手段的请求，我们可能会予以拒绝。',
    '七、我们如何共享您的个人信息',
    '1、我们接入的第三方SDK如下：',
    '极光推送SDK',
    '消息推送服务',
    'IMEI、设备型号',
    '八、如何联系我们',
    '1、为遵守法律法规的要求；',
  ].join('\n');
  const a = analyzePolicyText(text);
  const tagsAt = (f: string, from = 0) => a.sentences.find((s) => s.start === text.indexOf(f, from))!.tags;
  assert.ok(tagsAt('1、为遵守法律法规的要求').includes('retention'));
  assert.ok(!tagsAt('1、为遵守法律法规的要求', text.indexOf('八、')).includes('retention'), 'outside the storage chapter the same item is not retention');
  assert.ok(tagsAt('对于无端重复').includes('rights'));
  assert.deepEqual(tagsAt('消息推送服务').filter((t) => t === 'sdk-list' || t === 'purpose').sort(), ['purpose', 'sdk-list']);
  assert.ok(tagsAt('IMEI、设备型号').includes('data-types'));
  assert.ok(!tagsAt('极光推送SDK').includes('purpose'));
});

test('every tag records the pattern that fired', () => {
  const a = analyzePolicyText('当您使用刷脸登录时，我们会采集您的面部特征，用于身份验证。');
  const s = a.sentences[0]!;
  assert.equal(s.why?.['face-info'], 'face-word');
  assert.equal(s.why?.['face-purpose-method'], 'face-use');
});

test('negation scope: a negator governs its clause only; conditions are not negations', () => {
  const s = '我们不会将人脸信息用于营销，但会用于身份核验。';
  assert.equal(negatedAt(s, s.indexOf('用于营销')), true);
  assert.equal(negatedAt(s, s.lastIndexOf('用于身份')), false);
  const c = '如您不提供手机号码，将无法注册。';
  assert.equal(negatedAt(c, c.indexOf('手机号码')), false);
  assert.equal(negatedAt('未满14周岁的用户', 3), false);
});

test('a negated use is not a use: 「我们不会将人脸信息用于…」', () => {
  const a = analyzePolicyText('我们不会将您的人脸信息用于个性化推荐或定向推送。');
  assert.equal(a.facts.face.profiling, false);
  assert.ok(!a.problems.some((p) => p.id === 'face-profiling'));
  const b = analyzePolicyText('我们会将您的人脸信息用于个性化推荐和广告推送。');
  assert.equal(b.facts.face.profiling, true);
  assert.ok(b.problems.some((p) => p.id === 'face-profiling'));
});

test('face items need the face word, except in a document that is about face information throughout', () => {
  const general = analyzePolicyText('隐私政策\n三、人脸识别功能\n当您开启该功能时，我们会通过摄像头采集图像，用于核验您的身份。\n上述信息在核验完成后立即删除。');
  const g = (f: string) => general.sentences.find((s) => s.text.includes(f))!.tags;
  assert.ok(!g('通过摄像头采集图像').includes('face-purpose-method'));
  assert.ok(!g('立即删除').includes('face-deletion'));
  assert.ok(g('三、人脸识别功能').includes('face-info'), 'a heading that names face information is face-info');
  const rules = analyzePolicyText('人脸信息处理规则\n我们会通过摄像头采集图像，用于核验您的身份。\n上述信息在核验完成后立即删除。');
  const r = (f: string) => rules.sentences.find((s) => s.text.includes(f))!.tags;
  assert.ok(r('通过摄像头采集图像').includes('face-purpose-method'));
  assert.ok(r('立即删除').includes('face-deletion'));
});

test('definitions disclose only what a definition can: 个人信息是指… carries no processing tags', () => {
  const a = analyzePolicyText('个人信息是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人的各种信息，包括姓名、手机号码、位置信息等。');
  assert.deepEqual(a.sentences[0]!.tags, ['data-types']);
});

test('a face statement implies the general item: face-retention → retention, face-no-sharing → sharing', () => {
  const s = analyzePolicyText('我们不会向任何第三方提供您的人脸信息。').sentences[0]!;
  assert.ok(s.tags.includes('third-party-sharing'));
  const r = analyzePolicyText('人脸图像比对完成后我们不会保存。').sentences[0]!;
  assert.ok(r.tags.includes('face-retention') && r.tags.includes('retention'));
});

test('contents lists are not tagged, and in a one-line page they mark where sections start', () => {
  const text =
    '隐私政策本政策将帮助您了解以下内容：一、我们如何收集您的信息二、我们如何共享您的信息三、未成年人保护一、我们如何收集您的信息我们会收集您的手机号码，用于注册。二、我们如何共享您的信息我们不会与第三方共享您的个人信息。三、未成年人保护若您是未满十四周岁的儿童，需经监护人同意。';
  const a = analyzePolicyText(text);
  const toc = a.sentences.find((s) => s.text.includes('以下内容'))!;
  assert.deepEqual(toc.tags, []);
  assert.deepEqual(a.headings.map((h) => h.text), ['一、我们如何收集您的信息', '二、我们如何共享您的信息', '三、未成年人保护']);
  const s = a.sentences.find((x) => x.text.startsWith('若您是未满'))!;
  assert.deepEqual(s.section, ['三、未成年人保护']);
  assert.ok(s.tags.includes('minors'));
});
