// G26-EDU: the 2026 campaign's education items (seed 004 教育领域): under-14 rules and guardian consent,
// no over-collection, third-party provision told and consented, face not the only way, a PI management system.
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { disclosureOrPractice, needFact, practice, t } from '../helpers.js';
import { faceOnlyCheck, managementCheck, permissionCheck, sectorScope, thirdPartyChecks } from './common.js';

const minorsFix = t(
  '制定并公开专门的不满十四周岁未成年人个人信息处理规则（存储、使用、转移、披露），处理前取得其父母或其他监护人的同意。',
  'Publish dedicated processing rules for the personal information of children under 14 (storage, use, transfer, disclosure) and get a parent or guardian\'s consent before processing.',
);
const collectFix = t(
  '只收集提供教育服务所必需的个人信息；删除位置、学籍、家长身份证号、职业等非必要字段和权限，确需时在对应功能中单独申请并说明理由。',
  'Collect only what the education service needs; drop location, school roll, parents\' ID numbers, occupation and similar fields and permissions that are not needed, and where one truly is, ask for it in that feature with the reason.',
);

/** Minors checks apply unless the operator says no under-14s are subjects; unknown adds the fact to `missing`. */
function forMinors(ctx: RuleContext, f: FindingDraft): FindingDraft {
  const minors = ctx.scenario?.subjects?.minorsUnder14;
  if (minors === false) return { checkId: f.checkId, verdict: 'not-applicable', message: t('该场景不涉及不满十四周岁的未成年人。', 'No children under 14 are subjects of this scenario.') };
  if (minors === undefined && f.verdict === 'needs-evidence') f.missing = [...(f.missing ?? []), ...needFact('scenario.subjects.minorsUnder14')];
  return f;
}

const rule: Rule = {
  id: 'G26-EDU',
  chapter: 'G26',
  title: t('教育领域个人信息收集使用', 'Education: collection and use of personal information'),
  requirement: t(
    '学校、幼儿园、校外培训机构：处理不满十四周岁未成年人个人信息须有专门规则并取得监护人同意；不得过度收集位置、学籍、家长身份证号、职业等；向合作第三方提供须告知并取得同意；人脸识别不得作为验证家长、学生身份的唯一方式；建立个人信息保护管理制度。',
    'Schools, kindergartens and training bodies: dedicated rules and guardian consent for under-14s; no over-collection of location, school roll, parents\' ID numbers or occupation; provision to partners told and consented; face not the only way to verify parents or students; a PI management system.',
  ),
  source: ['seed 004 教育领域', 'PIPL Art.31', 'Measures Art.7, Art.10'],
  decidedBy: ['P', 'W', 'A', 'Q'],
  scope: 'scenario',
  applies: sectorScope((s) => s.sector === 'education' || s.setting === 'school', '教育领域（学校、幼儿园、培训机构）', 'education (schools, kindergartens, training bodies)'),
  inputs: {
    artifacts: ['app', 'policy', 'page'],
    facts: ['scenario.sector', 'scenario.subjects.minorsUnder14', 'scenario.alternatives'],
    questions: ['Q-G26EDU-MINORS-RULES', 'Q-G26EDU-GUARDIAN-CONSENT', 'Q-G26EDU-MINIMUM', 'Q-G26EDU-PERMISSION-SCENE', 'Q-G26EDU-THIRD-PARTY', 'Q-G26-PI-SYSTEM'],
    evidence: ['minors-policy', 'guardian-consent-record', 'consent-record', 'third-party-list', 'pi-management-policy'],
  },
  evaluate(ctx) {
    return [
      forMinors(
        ctx,
        disclosureOrPractice(
          ctx,
          { checkId: 'G26-EDU.minors-rules', items: ['minors'], what: t('不满十四周岁未成年人个人信息处理规则', 'processing rules for children under 14'), remediation: minorsFix },
          { question: 'Q-G26EDU-MINORS-RULES', evidence: ['minors-policy'] },
        ),
      ),
      forMinors(
        ctx,
        practice(ctx, {
          checkId: 'G26-EDU.guardian-consent',
          question: 'Q-G26EDU-GUARDIAN-CONSENT',
          evidence: ['guardian-consent-record'],
          practice: t('处理不满十四周岁学生的个人信息前取得父母或其他监护人同意', "a parent or guardian's consent is obtained before processing an under-14 student's information"),
          remediation: minorsFix,
        }),
      ),
      permissionCheck(ctx, {
        checkId: 'G26-EDU.permissions',
        never: ['contacts', 'sms', 'call-log', 'app-list'],
        sceneOnly: ['location'],
        question: 'Q-G26EDU-PERMISSION-SCENE',
        sector: t('教育', 'education'),
        remediation: collectFix,
      }),
      practice(ctx, {
        checkId: 'G26-EDU.minimum',
        question: 'Q-G26EDU-MINIMUM',
        practice: t('不收集学籍、家长身份证号、联系方式、职业等非必要个人信息', "no school roll, parents' ID numbers, contacts or occupation are collected beyond need"),
        remediation: collectFix,
      }),
      ...thirdPartyChecks(ctx, 'G26-EDU', 'Q-G26EDU-THIRD-PARTY', t('合作的第三方机构', 'partner institutions')),
      faceOnlyCheck(ctx, 'G26-EDU.face-only', t('家长、学生', 'parents and students')),
      managementCheck(ctx, 'G26-EDU.management'),
    ];
  },
};
export default rule;
