import type { Rule } from '../rule.js';
import { fromInspection, needArtifact, notApplicable, practice, t } from '../helpers.js';
import { around, problemHits, quoteHit, statementHits, type Hit } from './policy-text.js';

const Q_SWITCH = 'Q-PI06-SWITCH-WORKS';
/** Is a sentence among these hits? (Hits hold their policy, so two policies with one file name stay apart.) */
const among = (list: Hit[]) => (h: Hit) => list.some((x) => x.policy === h.policy && x.index === h.index);

const rem = {
  purpose: t(
    '对仅以改善服务、提升体验、研发新产品、增强安全性为目的的收集，提供关闭途径，且不得以拒绝为由停止服务。',
    'For collection whose only reason is improving service or experience, developing products or security, offer a way to switch it off, and do not stop the service when a user refuses.',
  ),
  works: t('验证并修复关闭途径：关闭后应停止相应的个人信息收集。', 'Test and fix the switch: once turned off, the collection must stop.'),
};

const rule: Rule = {
  id: 'PI-06',
  chapter: 'PI',
  title: t('不得以改善服务等为由强制收集', 'No forced collection "to improve service"'),
  requirement: t(
    '不得以改善服务质量、提升使用体验、研发新产品、增强安全性等为由强制要求同意收集个人信息；以此类理由收集的，提供有效的关闭方式。',
    'Consent is not forced "to improve service or experience, develop products or security"; where information is collected for such reasons, a working way to switch it off exists.',
  ),
  source: ['seed 001 §2.2(3)', '认定方法 4.5'],
  decidedBy: ['P', 'Q', 'E'],
  scope: 'processor',
  inputs: { artifacts: ['policy'], questions: [Q_SWITCH], evidence: ['test-report'] },
  manual: {
    method: ['核查隐私政策，确认是否存在仅以改善服务质量或程序功能收集个人信息的行为；若存在是否提供了关闭收集个人信息的方式或途径；', '验证关闭途径的有效性。'],
    evidence: ['个人信息保护相关的管理制度。'],
  },
  evaluate(ctx) {
    const policies = ctx.artifacts.policy;
    const pid = 'PI-06.purpose';
    const wid = 'PI-06.switch-works';
    const inspected = fromInspection(ctx, pid, rem.purpose);
    if (policies.length === 0 && !inspected) {
      const missing = needArtifact('policy');
      return [
        { checkId: pid, verdict: 'needs-evidence', message: t('未提供隐私政策。', 'No privacy policy supplied.'), missing },
        { checkId: wid, verdict: 'needs-evidence', message: t('未提供隐私政策，无法判断是否存在此类收集。', 'No policy supplied to see whether such collection exists.'), missing },
      ];
    }
    // The analyzer finds collection whose only reasons are the seed's pretexts (and, of those, consent forced);
    // a switch is a collection-off statement in the same passage.
    const isForced = among(problemHits(policies, 'improvement-forced'));
    const isOff = among(statementHits(policies, 'collection-off'));
    const hits = problemHits(policies, 'improvement-purpose', 'improvement-forced');
    const forced = hits.filter(isForced);
    const withSwitch = hits.filter((h) => !isForced(h) && around(h).some(isOff));
    const without = hits.filter((h) => !forced.includes(h) && !withSwitch.includes(h));
    let purpose = inspected;
    if (!purpose) {
      if (forced.length || without.length) {
        purpose = {
          checkId: pid,
          verdict: 'fail',
          message: forced.length
            ? t('隐私政策以改善服务等为由要求同意收集，拒绝则无法使用。', 'The policy makes consent to collection "to improve service" a condition of use.')
            : t('隐私政策以改善服务、研发产品或安全为由收集个人信息，但未提供关闭途径。', 'The policy collects information to improve service, develop products or for security, with no way to switch it off.'),
          evidence: [...forced, ...without].slice(0, 5).map(quoteHit),
          remediation: rem.purpose,
        };
      } else if (withSwitch.length) {
        purpose = { checkId: pid, verdict: 'pass', message: t('以改善服务等为由的收集均提供了关闭途径。', 'Collection for service improvement comes with a way to switch it off.'), evidence: withSwitch.slice(0, 5).map(quoteHit) };
      } else {
        purpose = {
          checkId: pid,
          verdict: 'pass',
          message: t('隐私政策中未发现以改善服务等为由的收集（关键词核对）。', 'No collection "to improve service" found in the policy (keyword check).'),
          evidence: policies.map((p) => ({ kind: 'quote' as const, text: `${p.sentences.length} sentences checked`, location: p.source })),
        };
      }
    }
    const works =
      withSwitch.length === 0 && !ctx.inspection(wid)
        ? notApplicable(wid, t('没有需要验证的关闭途径。', 'No switch to test.'))
        : practice(ctx, { checkId: wid, question: Q_SWITCH, evidence: ['test-report'], practice: t('关闭途径有效：关闭后停止收集', 'the switch works: collection stops once it is off'), remediation: rem.works });
    return [purpose, works];
  },
};
export default rule;
