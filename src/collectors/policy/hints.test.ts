// The problem hints and statements of problems/*.ts on short written sentences: each with sentences that must
// fire it and sentences that must not (negations, promises to ask again, SDK cells, cookies…).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyItemId } from '../../core/artifacts.js';
import { analyzePolicyText } from './analyze.js';
import { findHints, type HintContext } from './problems/index.js';

/** The IDs of the problems and statements found in a text analysed on its own. */
const found = (text: string) => {
  const a = analyzePolicyText(text);
  return new Set([...a.problems.map((p) => p.id), ...(a.facts.statements ?? []).map((s) => s.id)]);
};
/** Hints of one sentence with the tags given (tests the finders, not the tagger). */
const hintsOf = (text: string, tags: PolicyItemId[] = [], ctx: Partial<HintContext> = {}) => {
  const h = findHints([{ text, start: 0, end: text.length, tags }], { sdk: [false], heading: [false], title: '', source: 'p.txt', ...ctx });
  return new Set([...h.problems.map((p) => p.id), ...h.statements.map((s) => s.id)]);
};
const fires = (id: string, text: string, tags: PolicyItemId[] = []) => assert.ok(hintsOf(text, tags).has(id), `${id}: ${text}`);
const silent = (id: string, text: string, tags: PolicyItemId[] = []) => assert.ok(!hintsOf(text, tags).has(id), `not ${id}: ${text}`);

test('improvement-purpose: collection whose only reason is improving the service', () => {
  fires('improvement-purpose', '为了改善服务质量，我们会收集您的设备信息和浏览记录。');
  fires('improvement-purpose', '收集这些信息，有助于我们了解您遇到的问题，优化我们的产品。');
  fires('improvement-purpose', '为研发新产品，我们会记录您的使用习惯。');
  // a concrete purpose beside it: improvement is not the only reason
  silent('improvement-purpose', '我们收集这些信息用以向您提供服务、提升服务质量。');
  silent('improvement-purpose', '为提高安全性、保护您的账户安全，我们会收集设备信息。');
  // a promise to ask again, a denial, de-identified data, an SDK
  silent('improvement-purpose', '如我们要将信息用于改善服务等新的目的，将再次征得您的同意。');
  silent('improvement-purpose', '我们不会为了改善服务而收集您的通讯录。');
  silent('improvement-purpose', '我们会对收集的信息去标识化后用于改进产品。');
  silent('improvement-purpose', '友盟SDK会收集设备信息以优化服务体验。');
  silent('improvement-purpose', '为提升体验，我们会额外收集您的偏好，但不影响您正常使用。');
});

test('improvement-purpose: SDK list cells speak for the SDK, not the policy holder', () => {
  const cell = '收集设备信息，用于改进产品质量';
  assert.ok(hintsOf(cell).has('improvement-purpose'));
  assert.ok(!hintsOf(cell, [], { sdk: [true] }).has('improvement-purpose'));
  assert.ok(!hintsOf(cell, [], { heading: [true] }).has('improvement-purpose'));
});

test('improvement-forced: declining means losing the service', () => {
  fires('improvement-forced', '为提升用户体验，我们会收集您的使用记录，如您不同意将无法使用本产品。');
  silent('improvement-forced', '为提升用户体验，我们会收集您的使用记录。');
});

test('collection-off: a way for the user to stop collection', () => {
  fires('collection-off', '您可在“设置-隐私-体验改进计划”中关闭该收集。');
  fires('collection-off', '拒绝授权此权限后仍可继续正常使用本产品。');
  silent('collection-off', '如您拒绝提供，将无法使用本产品。');
  silent('collection-off', '在您注销账号时，我们将停止使用并删除上述信息。');
  silent('collection-off', '该功能无法关闭。');
});

test('open-ended-scope: collection left open', () => {
  fires('open-ended-scope', '我们会收集您的个人信息，包括但不限于姓名、手机号、位置。', ['data-types']);
  fires('open-ended-scope', '我们会获取您的设备型号等其他信息。', ['data-types']);
  silent('open-ended-scope', '我们会收集您的姓名和手机号。', ['data-types']);
  silent('open-ended-scope', '违法行为包括但不限于盗号。', ['data-types']);
});

test('vague-purpose: "other purposes", not a closed list and not a promise to ask', () => {
  assert.ok(found('我们收集您的设备信息，用于其他相关用途。').has('vague-purpose'));
  assert.ok(!found('我们收集您的手机号，用于身份验证、安全验证等用途。').has('vague-purpose'));
  assert.ok(!found('我们收集您的手机号，用于经您同意的其他用途。').has('vague-purpose'));
  assert.ok(!found('如需用于其他目的，我们会事先征得您的同意。').has('vague-purpose'));
});

test('reward-for-data, forced-update-consent, deemed-consent', () => {
  fires('reward-for-data', '参与抽奖活动需开启通讯录权限以邀请好友。');
  silent('reward-for-data', '我们不会以红包诱导您开启通讯录权限。');
  silent('reward-for-data', '参与抽奖活动即可获得奖品。');
  fires('forced-update-consent', '如您不同意更新后的本政策，请您立即停止使用我们的服务。');
  silent('forced-update-consent', '本政策更新后，我们会说明不同意更新内容对服务的影响。');
  silent('forced-update-consent', '如您不同意修订后的政策，可以更改您的设置或停止使用我们的服务。');
  fires('deemed-consent', '您继续使用我们的服务即视为同意更新后的政策。');
  silent('deemed-consent', '我们不会将您继续使用视为同意更新后的政策。');
  silent('deemed-consent', '政策更新后，我们会再次请您确认同意。');
});

test('face-pretext: face verification for "better service"; another way offered is not coercion', () => {
  fires('face-pretext', '为提升服务质量，办理业务时需进行人脸识别验证。', ['face-info']);
  silent('face-pretext', '为提升服务质量，办理业务时需进行人脸识别验证。', []);
  silent('face-pretext', '我们不会以提升服务为由要求您进行人脸识别。', ['face-info']);
  silent('face-pretext', '若您不同意，将无法通过人脸识别办理业务，但不影响您通过其它路径办理。', ['face-info']);
});

test('minors: reference to dedicated rules (not a law), guardian consent, the document itself', () => {
  fires('minors-rules-reference', '我们制定了《儿童个人信息保护规则》，详见该规则。');
  silent('minors-rules-reference', '我们遵守《中华人民共和国未成年人保护法》。');
  silent('minors-rules-reference', '我们遵守《儿童个人信息网络保护规定》。');
  fires('guardian-consent', '若您是不满十四周岁的儿童，须在监护人同意后使用本服务。', ['minors']);
  silent('guardian-consent', '若您是不满十四周岁的儿童，须在监护人同意后使用本服务。');
  silent('guardian-consent', '我们会通知您的监护人。', ['minors']);
  assert.equal(analyzePolicyText('儿童个人信息保护规则\n我们收集儿童的姓名。').facts.minorsDocument, true);
  assert.equal(analyzePolicyText('隐私政策\n我们收集您的姓名。').facts.minorsDocument, undefined);
  assert.equal(analyzePolicyText('隐私政策\n我们收集您的姓名。', 'docs/children-policy.txt').facts.minorsDocument, true);
});

test('personalisation: use, switch-off and tag deletion; cookies are not tags', () => {
  fires('personalization-use', '我们会根据您的浏览记录向您进行个性化推荐和广告推送。', ['personalization']);
  silent('personalization-use', '我们不会向您推送定向广告。', ['personalization']);
  fires('personalization-off', '您可在“设置-隐私-个性化推荐”中关闭个性化推荐。');
  silent('personalization-off', '个性化推荐无法关闭。');
  fires('tag-deletion', '您可在“我的-兴趣标签”中删除个人标签。');
  silent('tag-deletion', '您可根据自己的偏好管理或删除Cookie。');
});

test('separate-consent: a promise of separate consent for any kind of information; not a denial', () => {
  fires('separate-consent', '向境外提供您的个人信息前，我们会取得您的单独同意。');
  fires('separate-consent', '处理您的敏感个人信息前，我们将另行征得您的同意。');
  silent('separate-consent', '我们会征得您的同意后收集位置信息。');
  silent('separate-consent', '我们不会单独征得您的同意。');
});

test('transfer-abroad: information that actually goes abroad, and which notice elements its passage names', () => {
  const text = [
    '我们会将您的个人信息（种类为姓名、卡号）传输至境外接收方 Example Pay Ltd.，用于完成跨境支付。',
    '您可以通过 dpo@examplepay.com 向境外接收方行使查阅、删除等权利。',
  ].join('\n');
  const a = analyzePolicyText(text);
  const ids = new Map((a.facts.statements ?? []).map((s) => [s.id, s.sentences]));
  // (the second sentence names a foreign recipient, which counts as well)
  assert.ok(ids.get('transfer-abroad')?.includes(0), `cross-border tags: ${a.sentences.map((s) => s.tags.join(','))}`);
  for (const id of ['abroad-recipient', 'abroad-contact', 'abroad-purpose', 'abroad-types', 'abroad-rights'] as const) assert.ok(ids.has(id), id);
  assert.ok(!ids.has('abroad-method'), 'no method named');
  // the finder alone: conditionals and denials are not transfers
  fires('transfer-abroad', '我们会将您的订单信息传输至境外服务器。', ['cross-border']);
  silent('transfer-abroad', '如我们需要将您的个人信息传输至境外，将另行征得您的同意。', ['cross-border']);
  silent('transfer-abroad', '我们不会将您的个人信息传输至境外。', ['cross-border']);
  silent('transfer-abroad', '我们会将您的订单信息传输至境外服务器。', []);
  // and nothing of the passage is reported without a transfer
  assert.ok(!hintsOf('处理目的为完成支付。', []).has('abroad-purpose'));
});
