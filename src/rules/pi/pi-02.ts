import type { Rule } from '../rule.js';
import { fromInspection, needArtifact, signals, t } from '../helpers.js';
import { ONLINE_SETTINGS, observedPractice, pageEvidence } from './util.js';

const Q_CLICKS = 'Q-PI02-FEW-CLICKS';
const Q_PROMPT = 'Q-PI02-FIRST-USE-PROMPT';

const rem = {
  clicks: t(
    '在首页、安装页、注册登录页等显著位置设置隐私政策链接，使用户进入主界面后少于 4 次点击即可访问。',
    'Put a privacy policy link in a prominent place (home page, install page, sign-up page) so that it is reached in fewer than 4 clicks from the main screen.',
  ),
  prompt: t('首次使用（首次打开或注册）时以弹窗等方式提示用户阅读隐私政策。', 'At first use (first launch or sign-up), prompt the user, e.g. with a pop-up, to read the privacy policy.'),
};

const rule: Rule = {
  id: 'PI-02',
  chapter: 'PI',
  title: t('隐私政策访问便捷', 'Privacy policy easy to reach'),
  requirement: t(
    '个人信息保护政策公开发布且易于访问：在显著位置设置链接，进入主界面后少于 4 次点击即可访问；首次使用时提示阅读。',
    'The privacy policy is published and easy to reach: a prominent link, fewer than 4 clicks from the main screen, and a prompt to read it at first use.',
  ),
  source: ['seed 001 §2.2(1)', '认定方法 1'],
  decidedBy: ['W', 'Q', 'E'],
  scope: 'scenario',
  applies: {
    when: (s) => ONLINE_SETTINGS.includes(s.setting) || s.scanToOrder === true,
    whenText: t('仅适用于 App、小程序、H5 或扫码点餐场景。', 'Applies to apps, mini-programs, H5 pages and scan-to-order.'),
  },
  inputs: { artifacts: ['page'], questions: [Q_CLICKS, Q_PROMPT], evidence: ['policy-access-recording', 'consent-screenshot'] },
  manual: {
    method: ['查看向用户提供的访问个人信息保护相关规则的界面，确保界面设计友好易于用户阅读。'],
    evidence: ['隐私政策以及个人信息保护管理相关的制度；', '查验用户访问隐私政策的方式或路径（截屏录屏）等。'],
  },
  evaluate(ctx) {
    const pages = ctx.artifacts.page;

    const clicks = signals();
    for (const p of pages) {
      if (p.clicksToPolicy === undefined) continue;
      (p.clicksToPolicy >= 4 ? clicks.bad : clicks.good).push(pageEvidence(p, `从入口页到隐私政策需点击 ${p.clicksToPolicy} 次 / ${p.clicksToPolicy} clicks to the policy`));
    }
    if (pages.length === 0) clicks.missing.push(...needArtifact('page'));
    let clicksFinding = observedPractice(
      ctx,
      { checkId: 'PI-02.clicks', question: Q_CLICKS, evidence: ['policy-access-recording'], practice: t('进入主界面后少于 4 次点击即可访问隐私政策', 'the policy is reached in fewer than 4 clicks from the main screen'), remediation: rem.clicks },
      clicks,
      {
        fail: t('从主界面到隐私政策需 4 次或更多点击。', 'Reaching the privacy policy takes 4 or more clicks from the main screen.'),
        pass: t('少于 4 次点击即可访问隐私政策。', 'The privacy policy is reached in fewer than 4 clicks.'),
      },
    );
    // The page audit looked and found no link: an inspector must look for the way to the policy.
    const notFound = pages.filter((p) => p.clicksToPolicy === undefined);
    if (clicksFinding.verdict === 'needs-evidence' && notFound.length && clicks.good.length === 0 && !fromInspection(ctx, 'PI-02.clicks', rem.clicks)) {
      clicksFinding = {
        checkId: 'PI-02.clicks',
        verdict: 'manual',
        message: t('页面检测未找到隐私政策链接，需人工查验访问路径。', 'The page audit found no link to the privacy policy; an inspector must check the way to it.'),
        evidence: [...notFound.map((p) => pageEvidence(p, '未找到隐私政策链接 / no privacy policy link found')), ...(clicksFinding.evidence ?? [])],
      };
    }

    const prompt = signals();
    for (const p of pages) {
      if (!p.consentDialog) continue;
      (p.consentDialog.present ? prompt.good : prompt.bad).push(
        pageEvidence(p, p.consentDialog.present ? `首次打开出现告知弹窗 / first-use dialog: ${p.consentDialog.buttons.join(' | ')}` : '首次打开未出现隐私政策提示 / no privacy prompt at first use'),
      );
    }
    if (pages.length === 0) prompt.missing.push(...needArtifact('page'));
    const promptFinding = observedPractice(
      ctx,
      { checkId: 'PI-02.first-use-prompt', question: Q_PROMPT, evidence: ['consent-screenshot', 'policy-access-recording'], practice: t('首次使用时提示用户阅读隐私政策', 'users are prompted to read the policy at first use'), remediation: rem.prompt },
      prompt,
      {
        fail: t('首次使用时未提示用户阅读隐私政策。', 'No prompt to read the privacy policy at first use.'),
        pass: t('首次使用时提示用户阅读隐私政策。', 'Users are prompted to read the privacy policy at first use.'),
      },
    );
    return [clicksFinding, promptFinding];
  },
};
export default rule;
