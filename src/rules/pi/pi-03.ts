import type { Evidence } from '../../core/types.js';
import type { PolicyArtifact } from '../../core/artifacts.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { documentEvidence, fromInspection, manual, needArtifact, t } from '../helpers.js';
import { problemHits, quoteHit, type Hit } from './policy-text.js';

// Characters written differently in traditional Chinese, with their simplified forms.
const TRAD = '們個資訊與權隱護說機務為會處實關這時對發證經當從';
const SIMP = '们个资讯与权隐护说机务为会处实关这时对发证经当从';
const count = (text: string, chars: string) => [...text].filter((c) => chars.includes(c)).length;
const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** The analyzer's hints about unclear wording (认定方法 2.4: 有歧义、难以理解): open scope, vague purposes, contradictions. */
const UNCLEAR = ['open-ended-scope', 'vague-purpose', 'contradiction'] as const;

const rem = {
  language: t('提供简体中文版的隐私政策。', 'Provide the privacy policy in simplified Chinese.'),
  wording: t(
    '逐项列明收集的个人信息种类和具体目的，删除“包括但不限于”“等其他信息”等开放式或含糊表述。',
    'List each type of personal information and each concrete purpose; remove open-ended or vague wording such as "including but not limited to" or "and other information".',
  ),
  presentation: t(
    '调整隐私政策界面：字号适中、行距合理、颜色对比清晰；对敏感个人信息的目的和范围加粗等显著标识。',
    'Fix the policy screen: readable font size and spacing, clear contrast; mark the purposes and scope of sensitive information prominently (e.g. bold).',
  ),
};

function language(ctx: RuleContext): FindingDraft {
  const id = 'PI-03.language';
  const inspected = fromInspection(ctx, id, rem.language);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy.filter((p) => p.text.trim().length > 0);
  if (policies.length === 0) {
    return { checkId: id, verdict: 'needs-evidence', message: t('未提供隐私政策文本。', 'No privacy policy text supplied.'), missing: needArtifact('policy') };
  }
  const describe = (p: PolicyArtifact): { simplified: boolean; ev: Evidence } => {
    const h = han(p.text);
    const trad = count(p.text, TRAD);
    const simp = count(p.text, SIMP);
    const simplified = h >= 30 && simp >= trad;
    return { simplified, ev: { kind: 'quote', text: `汉字 ${h}，简体特征字 ${simp}，繁体特征字 ${trad} / Han ${h}, simplified ${simp}, traditional ${trad}`, location: p.source } };
  };
  const seen = policies.map(describe);
  const ok = seen.filter((s) => s.simplified);
  if (ok.length) return { checkId: id, verdict: 'pass', message: t('隐私政策有简体中文版。', 'The policy is available in simplified Chinese.'), evidence: ok.map((s) => s.ev) };
  return {
    checkId: id,
    verdict: 'fail',
    message: t('所附隐私政策均不是简体中文版（外文或繁体）。', 'None of the supplied policies is in simplified Chinese (foreign language or traditional characters).'),
    evidence: seen.map((s) => s.ev),
    remediation: rem.language,
  };
}

function wording(ctx: RuleContext): FindingDraft {
  const id = 'PI-03.wording';
  const inspected = fromInspection(ctx, id, rem.wording);
  if (inspected) return inspected;
  const policies = ctx.artifacts.policy;
  if (policies.length === 0) {
    return { checkId: id, verdict: 'needs-evidence', message: t('未提供隐私政策文本。', 'No privacy policy text supplied.'), missing: needArtifact('policy') };
  }
  const hits: Hit[] = problemHits(policies, ...UNCLEAR);
  if (hits.length) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('隐私政策在收集范围或目的上使用开放式、含糊或矛盾的表述。', 'The policy uses open-ended, vague or contradictory wording about what is collected or why.'),
      evidence: hits.slice(0, 5).map(quoteHit),
      remediation: rem.wording,
    };
  }
  return {
    checkId: id,
    verdict: 'pass',
    message: t('未发现收集范围、目的上的开放式或含糊表述（关键词核对）。', 'No open-ended or vague wording found about what is collected or why (keyword check).'),
    evidence: policies.map((p) => ({ kind: 'quote' as const, text: `${p.sentences.length} sentences checked`, location: p.source })),
  };
}

const rule: Rule = {
  id: 'PI-03',
  chapter: 'PI',
  title: t('隐私政策易阅读理解', 'Privacy policy readable'),
  requirement: t(
    '隐私政策内容清晰易懂、无歧义；不存在文字过小过密、颜色过淡、模糊不清或未提供简体中文版等问题；敏感个人信息的目的、范围显著标识。',
    'The policy is clear and unambiguous; no tiny, dense, faint or blurry text; a simplified Chinese version exists; purposes and scope of sensitive information are marked prominently.',
  ),
  source: ['seed 001 §2.2(1)', '认定方法 1.4', '认定方法 2.4'],
  decidedBy: ['W', 'P'],
  scope: 'processor',
  inputs: { artifacts: ['policy', 'page'], evidence: ['policy-access-recording'] },
  manual: {
    method: [
      '查阅个人信息保护相关的规则，确认是否存在不易于用户理解，存在歧义的描述干扰用户阅读个人信息保护相关的规则；',
      '查看向用户提供的访问个人信息保护相关规则的界面，确保界面设计友好易于用户阅读；',
      '查阅个人信息保护相关的规则，对于敏感信息收集使用个人信息的目的、范围等应显著标识。',
    ],
    evidence: ['隐私政策以及个人信息保护管理相关的制度；', '用户访问隐私政策界面（截屏录屏）等。'],
  },
  evaluate(ctx) {
    const look = manual(
      ctx,
      'PI-03.presentation',
      t('隐私政策界面文字大小、密度、颜色、清晰度，以及敏感个人信息目的和范围是否显著标识', 'font size, density, contrast and sharpness of the policy screen, and whether sensitive purposes and scope are marked prominently'),
      rem.presentation,
    );
    if (look.verdict === 'manual') {
      const shots: Evidence[] = ctx.artifacts.page.flatMap((p) => p.screenshots.map((s) => ({ kind: 'page' as const, text: s, location: p.url })));
      const docs: Evidence[] = ctx.evidence('policy-access-recording').map(documentEvidence);
      if (shots.length || docs.length) look.evidence = [...shots, ...docs];
    }
    return [language(ctx), wording(ctx), look];
  },
};
export default rule;
