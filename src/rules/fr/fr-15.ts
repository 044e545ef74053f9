import type { FindingDraft, Rule } from '../rule.js';
import { factEvidence, fromObligation, needEvidence, needFact, t } from '../helpers.js';
import { FACE_FILING_THRESHOLD } from '../../obligations/compute.js';

const remediation = {
  filing: t(
    '立即通过“个人信息保护业务系统”（https://grxxbh.cacdtsc.cn）向所在地省级网信部门履行人脸识别技术应用备案手续；建立人脸信息存储数量台账，今后达到 10 万人之日起 30 个工作日内备案。',
    'File the face recognition application with the provincial CAC now through the Personal Information Protection system (https://grxxbh.cacdtsc.cn); keep a ledger of stored persons so that future filings are made within 30 working days of reaching 100,000.',
  ),
  change: t(
    '立即在备案系统中办理备案变更手续；今后备案信息发生实质性变更的，自变更之日起 30 个工作日内办理。',
    'Submit the change filing in the filing system now; in future, file substantive changes within 30 working days of the change.',
  ),
  deregistration: t(
    '立即在备案系统中办理注销备案手续；今后停止应用人脸识别技术的，自停止之日起 30 个工作日内办理。',
    'Deregister the filing in the filing system now; in future, deregister within 30 working days of stopping.',
  ),
};

const rule: Rule = {
  id: 'FR-15',
  chapter: 'FR',
  title: t('人脸识别技术应用备案', 'Face recognition application filing'),
  requirement: t(
    '人脸信息存储数量达到 10 万人之日起 30 个工作日内向所在地省级以上网信部门备案；备案信息实质性变更、停止应用的，30 个工作日内办理变更、注销手续。',
    'When stored face information reaches 100,000 persons, file with the provincial CAC within 30 working days; file substantive changes and deregister within 30 working days of the change or of stopping.',
  ),
  source: ['Measures Art.15', 'seed 001 §2.1(5)', 'CAC 公告 2025-05-28'],
  decidedBy: ['O', 'Q', 'E'],
  scope: 'processor',
  inputs: {
    facts: ['facts.faceStoredPersons', 'facts.faceThresholdReachedOn', 'facts.filing'],
    evidence: ['filing-screenshot', 'face-ledger'],
  },
  manual: {
    method: ['判断人脸信息存储数量是否达到10万人；', '是否在 https://grxxbh.cacdtsc.cn 网站上提交备案材料。'],
    evidence: ['材料上传相关截图'],
  },
  evaluate(ctx) {
    const f = ctx.subject.facts;
    const filing = f.filing;
    const out: FindingDraft[] = [];
    const ob = (kind: string) => ctx.obligations.find((o) => o.kind === kind && o.ruleId === 'FR-15');

    const initial = ob('filing');
    if (initial) {
      const facts = [
        ...(f.faceStoredPersons !== undefined ? [factEvidence('facts.faceStoredPersons', f.faceStoredPersons)] : []),
        ...(filing?.number ? [factEvidence('facts.filing.number', filing.number)] : []),
        ...(filing ? [factEvidence('facts.filing.status', filing.status)] : []),
      ];
      out.push(
        fromObligation(ctx, initial, {
          checkId: 'FR-15.filing',
          remediation: remediation.filing,
          record: ['facts.filing.submittedOn'],
          proof: ['filing-screenshot'],
          evidence: facts,
        }),
      );
    } else if (f.faceStoredPersons === undefined) {
      out.push({
        checkId: 'FR-15.filing',
        verdict: 'needs-evidence',
        message: t('未提供人脸信息存储人数，无法判断是否需要备案。', 'The number of persons whose face information is stored is not given; cannot tell whether filing is required.'),
        missing: [...needFact('facts.faceStoredPersons'), ...needEvidence('face-ledger')],
      });
    } else {
      out.push({
        checkId: 'FR-15.filing',
        verdict: 'not-applicable',
        message: t(
          `人脸信息存储 ${f.faceStoredPersons} 人，未达到 ${FACE_FILING_THRESHOLD} 人的备案门槛。`,
          `${f.faceStoredPersons} persons' face information stored, below the filing threshold of ${FACE_FILING_THRESHOLD}.`,
        ),
        evidence: [factEvidence('facts.faceStoredPersons', f.faceStoredPersons)],
      });
    }

    const change = ob('change-filing');
    if (change) {
      out.push(
        fromObligation(ctx, change, {
          checkId: 'FR-15.change',
          remediation: remediation.change,
          record: ['facts.filing.changeFiledOn'],
          proof: ['filing-screenshot'],
        }),
      );
    }
    const stop = ob('deregistration');
    if (stop) {
      out.push(
        fromObligation(ctx, stop, {
          checkId: 'FR-15.deregistration',
          remediation: remediation.deregistration,
          record: ['facts.filing.deregisteredOn'],
          proof: ['filing-screenshot'],
        }),
      );
    }
    return out;
  },
};
export default rule;
