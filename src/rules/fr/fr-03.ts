import type { Rule } from '../rule.js';
import { factEvidence, practice, t } from '../helpers.js';

const remediation = t(
  '为老年人、残疾人等提供符合无障碍环境建设规定的告知方式，如语音播报、大字体界面、手语视频，并留存相关材料。',
  'Give the notice in accessible forms for elderly and disabled people (voice, large type, sign-language video) as the accessibility rules require, and keep the material.',
);

const rule: Rule = {
  id: 'FR-03',
  chapter: 'FR',
  title: t('告知方式无障碍', 'Notice accessible to elderly and disabled people'),
  requirement: t(
    '对残疾人、老年人等特殊群体，提供符合无障碍环境建设规定的告知方式，如语音播报、大字体界面、手语视频等。',
    'For disabled and elderly people, the notice is given in forms that meet the accessibility rules: voice, large type, sign-language video.',
  ),
  source: ['Measures Art.5', 'seed 001 §2.1(1) 查验方法 1'],
  decidedBy: ['Q', 'W', 'E'],
  scope: 'scenario',
  // Applies unless the operator states that no elderly or disabled person is among the subjects: an unknown
  // population is not a reason to skip it (accessibility duties cover public services generally), and a
  // public place serves everyone whatever the operator says.
  applies: {
    when: (s) => s.setting === 'public-place' || s.subjects?.elderlyOrDisabled !== false,
    whenText: t('仅当经营者说明对象中没有老年人、残疾人（且非公共场所）时不适用。', 'Does not apply only where the operator states no elderly or disabled persons are subjects (and it is not a public place).'),
  },
  inputs: {
    questions: ['Q-FR03-ACCESSIBLE'],
    evidence: ['accessibility-notice'],
    facts: ['scenario.subjects.elderlyOrDisabled'],
  },
  manual: {
    method: ['对于残疾人、老年人等特殊群体，检查企业是否提供了符合无障碍环境建设规定的告知方式，如语音播报、大字体界面、手语视频等。'],
    evidence: ['无障碍告知方式（语音、大字、手语）材料'],
  },
  evaluate(ctx) {
    const f = practice(ctx, {
      checkId: 'FR-03.accessible-notice',
      question: 'Q-FR03-ACCESSIBLE',
      evidence: ['accessibility-notice'],
      practice: t('为老年人、残疾人提供无障碍告知方式（语音、大字体、手语视频）', 'an accessible notice (voice, large type, sign-language video) is provided for elderly and disabled people'),
      remediation,
    });
    const who = ctx.scenario!.subjects?.elderlyOrDisabled;
    if (who !== undefined) f.evidence = [...(f.evidence ?? []), factEvidence('scenario.subjects.elderlyOrDisabled', who)];
    return [f];
  },
};
export default rule;
