import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, manual, policyDisclosure, t } from '../helpers.js';
import { appScope, joinText, policyFaceFact } from './common.js';

const policyFix = t(
  '在隐私政策中写明删除人脸信息的具体路径（如“我的—设置—隐私—人脸信息—删除”）或方式。',
  'Give in the privacy policy the exact path or way to delete face information (e.g. Me → Settings → Privacy → Face information → Delete).',
);
const usableFix = t(
  '在 App 内提供易于查找的人脸信息删除入口，点击少、步骤简单，操作后即时生效。',
  'Provide an easy-to-find in-app entry to delete face information, with few taps and simple steps, taking effect at once.',
);

const rule: Rule = {
  id: 'TAF-6.4b',
  chapter: 'TAF',
  title: t('删除方法便于查找和操作', 'Deletion easy to find and use'),
  requirement: t('App 提供的人脸信息删除方法或途径应便于用户查找和操作。', 'The app\'s way to delete face information is easy for users to find and use.'),
  source: ['TAF 6.4 b)', 'seed 003 §6.4'],
  decidedBy: ['W', 'P'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { artifacts: ['policy'] },
  manual: {
    method: ['按隐私政策所述路径在 App 中查找人脸信息删除功能，记录所需点击次数和步骤，确认删除功能可用、操作简便、删除后即时生效。'],
    evidence: ['删除功能路径截图或录屏', '删除截图、删除日志'],
  },
  evaluate(ctx) {
    const whole = fromInspection(ctx, 'TAF-6.4b', joinText(policyFix, usableFix));
    if (whole) return [whole];
    return [
      statedPath(ctx),
      manual(ctx, 'TAF-6.4b.usable', t('在 App 中找到人脸信息删除功能并完成删除，判断是否便于查找和操作', 'find and use the face deletion feature in the app and judge whether it is easy'), usableFix),
    ];
  },
};

/** The policy says how and where to delete face information; the analyzer's extracted path is shown with it. */
function statedPath(ctx: RuleContext): FindingDraft {
  const f = policyDisclosure(ctx, {
    checkId: 'TAF-6.4b.policy',
    items: ['face-deletion'],
    what: t('删除人脸信息的方法或路径', 'how and where to delete face information'),
    remediation: policyFix,
  });
  const paths = ctx.artifacts.policy.filter((p) => p.facts.face.deletionPath).map((p) => policyFaceFact(p, 'deletionPath'));
  return f.verdict === 'pass' ? { ...f, evidence: [...(f.evidence ?? []), ...paths] } : f;
}
export default rule;
