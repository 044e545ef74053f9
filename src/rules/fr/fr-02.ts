import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { disclosureOrPractice, fromInspection, practice, t } from '../helpers.js';

const contentFix = t(
  '在处理人脸信息前，以显著方式、清晰易懂的语言告知：处理者名称和联系方式；人脸信息的处理目的、处理方式和保存期限；处理的必要性及对个人权益的影响；行使权利的方式和程序；法律法规规定的其他事项。',
  'Before processing face information, tell people prominently and plainly: the processor\'s name and contact; the purpose, method and retention period of face information; why it is necessary and how it affects their rights; how to exercise their rights; anything else the law requires.',
);
const prominentFix = t(
  '在采集人脸信息前以弹窗、公告牌、知情同意书等显著方式单独告知，不得仅藏于长篇协议中。',
  'Tell people before their face is taken, by a prominent means (pop-up, notice board, consent form), not only inside a long agreement.',
);

function prominentCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'FR-02.prominent';
  const inspected = fromInspection(ctx, checkId, prominentFix);
  if (inspected) return inspected;
  // A page audit that shows no notice at the point of collection decides it; one that shows a face
  // notice of its own supports a "yes".
  const noDialog: Evidence[] = ctx.artifacts.page
    .filter((p) => p.consentDialog?.present === false)
    .map((p) => ({ kind: 'page', text: '采集前未弹出告知 / no notice shown before collection', location: p.url }));
  if (noDialog.length) {
    return { checkId, verdict: 'fail', message: t('采集人脸信息前未以显著方式告知。', 'No prominent notice before face information is collected.'), evidence: noDialog, remediation: prominentFix };
  }
  const shown: Evidence[] = ctx.artifacts.page
    .filter((p) => p.consentDialog?.present && p.consentDialog.separateForFace === true)
    .map((p) => ({ kind: 'page', text: `人脸信息单独告知弹窗 / separate face notice: ${p.consentDialog!.buttons.join(' / ')}`, location: p.url }));
  const f = practice(ctx, {
    checkId,
    question: 'Q-FR02-PROMINENT',
    evidence: ['notice-record', 'signage-photo', 'consent-screenshot'],
    practice: t('在采集前以显著方式、清晰易懂的语言告知', 'people are told prominently and plainly before collection'),
    remediation: prominentFix,
  });
  if (shown.length && f.verdict === 'needs-evidence') {
    return { checkId, verdict: 'pass', message: t('页面在采集前单独弹窗告知人脸信息处理。', 'The page shows a separate face notice before collection.'), evidence: [...(f.evidence ?? []), ...shown] };
  }
  return f;
}

const rule: Rule = {
  id: 'FR-02',
  chapter: 'FR',
  title: t('处理前显著、清晰、完整告知', 'Prominent, clear and complete notice before processing'),
  requirement: t(
    '处理人脸信息前，以显著方式、清晰易懂的语言真实、准确、完整地告知：（一）处理者名称和联系方式；（二）处理目的、处理方式、保存期限；（三）必要性及对个人权益的影响；（四）行使权利的方式和程序；（五）其他应告知事项。',
    'Before processing face information, tell people prominently, plainly, truly and completely: (1) the processor\'s name and contact; (2) purpose, method and retention period; (3) necessity and impact on their rights; (4) how to exercise their rights; (5) other items the law requires.',
  ),
  source: ['Measures Art.5', 'PIPL Art.17', 'PIPL Art.30'],
  decidedBy: ['P', 'W', 'E'],
  scope: 'scenario',
  inputs: {
    questions: ['Q-FR02-NOTICE', 'Q-FR02-PROMINENT'],
    evidence: ['notice-record', 'privacy-policy', 'consent-record', 'signage-photo', 'consent-screenshot'],
    artifacts: ['policy', 'page'],
  },
  manual: {
    method: [
      '告知内容完整性：检查企业是否以显著方式、清晰易懂的语言向个人告知以下事项：个人信息处理者的名称或联系方式、处理目的、方式、保存期限、必要性以及对个人权益的影响、个人依法行使权利的方式和程序等。',
    ],
    evidence: ['个人信息保护管理制度文件', '隐私政策文件', '已经全面适当履行告知义务并获取个人单独同意的证明材料'],
  },
  evaluate(ctx) {
    return [
      disclosureOrPractice(
        ctx,
        {
          checkId: 'FR-02.content',
          items: ['controller-identity', 'controller-contact', 'face-purpose-method', 'face-retention', 'sensitive-pi', 'rights'],
          what: t('处理者名称和联系方式、人脸信息处理目的方式和保存期限、必要性及影响、行使权利的方式', 'processor name and contact, face purpose, method and retention, necessity and impact, how to exercise rights'),
          remediation: contentFix,
        },
        { question: 'Q-FR02-NOTICE', evidence: ['notice-record', 'privacy-policy', 'consent-record'] },
      ),
      prominentCheck(ctx),
    ];
  },
};
export default rule;
