import type { FindingDraft, Rule } from '../rule.js';
import { factEvidence, fromObligation, needFact, t } from '../helpers.js';
import { PI_OFFICER_THRESHOLD } from '../../obligations/compute.js';

const remediation = {
  report: t(
    '立即通过“个人信息保护业务系统”（https://grxxbh.cacdtsc.cn）向所在地设区的市级网信部门报送个人信息保护负责人信息；今后处理个人信息达到 100 万人之日起 30 个工作日内报送。',
    'Report the personal information protection officer to the city-level CAC now through the Personal Information Protection system (https://grxxbh.cacdtsc.cn); in future, report within 30 working days of reaching 1,000,000 persons.',
  ),
  change: t(
    '立即办理个人信息保护负责人信息变更手续；今后报送信息发生实质性变更的，自变更之日起 30 个工作日内办理。',
    'File the change of the officer information now; in future, file substantive changes within 30 working days of the change.',
  ),
};

const rule: Rule = {
  id: 'PI-14',
  chapter: 'PI',
  title: t('个人信息保护负责人信息报送', 'Reporting the personal information protection officer'),
  requirement: t(
    '处理 100 万人以上个人信息的，自数量达到之日起 30 个工作日内向所在地设区的市级网信部门报送个人信息保护负责人信息（公告发布前已达到的，2025 年 8 月 29 日前报送）；报送信息实质性变更的，30 个工作日内办理变更。',
    'A processor handling PI of 1,000,000 or more persons reports its PI protection officer to the city-level CAC within 30 working days of reaching that number (by 2025-08-29 for those over it before the announcement of 2025-07-18); substantive changes within 30 working days.',
  ),
  source: ['PIPL Art.52', '个人信息保护合规审计管理办法 Art.12', 'seed 001 公告 2025-07-18'],
  decidedBy: ['O', 'Q', 'E'],
  scope: 'processor',
  inputs: {
    facts: ['facts.piPersons', 'facts.piThresholdReachedOn', 'processor.officer'],
    evidence: ['officer-report-screenshot'],
  },
  evaluate(ctx) {
    const f = ctx.subject.facts;
    const officer = ctx.subject.processor.officer;
    const out: FindingDraft[] = [];
    const ob = (kind: string) => ctx.obligations.find((o) => o.kind === kind && o.ruleId === 'PI-14');

    const report = ob('officer-report');
    if (report) {
      out.push(
        fromObligation(ctx, report, {
          checkId: 'PI-14.report',
          remediation: remediation.report,
          record: ['processor.officer.reportedOn'],
          proof: ['officer-report-screenshot'],
          evidence: [
            ...(f.piPersons !== undefined ? [factEvidence('facts.piPersons', f.piPersons)] : []),
            ...(officer?.name ? [factEvidence('processor.officer.name', officer.name)] : []),
          ],
        }),
      );
    } else if (f.piPersons === undefined) {
      out.push({
        checkId: 'PI-14.report',
        verdict: 'needs-evidence',
        message: t('未提供处理个人信息的人数，无法判断是否需要报送个人信息保护负责人。', 'The number of persons whose PI is processed is not given; cannot tell whether the officer must be reported.'),
        missing: needFact('facts.piPersons'),
      });
    } else {
      out.push({
        checkId: 'PI-14.report',
        verdict: 'not-applicable',
        message: t(
          `处理 ${f.piPersons} 人个人信息，未达到 ${PI_OFFICER_THRESHOLD} 人的报送门槛。`,
          `PI of ${f.piPersons} persons processed, below the reporting threshold of ${PI_OFFICER_THRESHOLD}.`,
        ),
        evidence: [factEvidence('facts.piPersons', f.piPersons)],
      });
    }

    const change = ob('officer-change');
    if (change) {
      out.push(
        fromObligation(ctx, change, {
          checkId: 'PI-14.change',
          remediation: remediation.change,
          record: ['processor.officer.changeReportedOn'],
          proof: ['officer-report-screenshot'],
        }),
      );
    }
    return out;
  },
};
export default rule;
