import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { fromObligation, factEvidence, practice, t } from '../helpers.js';
import { obligationEvidence } from '../../obligations/describe.js';

const remediation = {
  retention: t(
    '将个人信息保护影响评估报告和人脸信息处理情况记录至少保存 3 年（自评估之日起算），纳入档案管理，期满前不得销毁。',
    'Keep the PIA report and the face processing records for at least 3 years from the assessment, under records management, and do not discard them before then.',
  ),
  change: t(
    '人脸信息处理目的、方式发生变化的，在按新目的、方式处理前重新进行个人信息保护影响评估，形成报告并留存。',
    'When the purpose or method of face processing changes, redo the PIA before processing in the new way, and keep the report.',
  ),
  incident: t(
    '发生重大安全事件后，重新进行个人信息保护影响评估，评估事件影响和整改措施，形成报告并留存。',
    'After a major security incident, redo the PIA covering the incident\'s impact and the remedial measures, and keep the report.',
  ),
};

const rule: Rule = {
  id: 'FR-09',
  chapter: 'FR',
  title: t('影响评估报告留存与重新评估', 'PIA kept 3 years and redone after changes'),
  requirement: t(
    '个人信息保护影响评估报告和处理情况记录应当至少保存 3 年；处理人脸信息的目的、方式发生变化，或者发生重大安全事件的，应当重新进行个人信息保护影响评估。',
    'The PIA report and processing records are kept at least 3 years; the PIA is redone when the purpose or method of face processing changes or after a major security incident.',
  ),
  source: ['Measures Art.9', 'PIPL Art.55, 56', 'seed 001 §2.1(1)'],
  decidedBy: ['E', 'O', 'Q'],
  scope: 'processor',
  inputs: {
    questions: ['Q-FR09-RETENTION', 'Q-FR09-REDO', 'Q-FR09-INCIDENT-REDO'],
    evidence: ['pia-report', 'processing-record'],
    facts: ['facts.pia', 'facts.purposeOrMethodChangedOn', 'facts.incidents'],
  },
  manual: {
    method: ['查验个人信息保护影响评估报告及处理情况记录的保存情况；处理目的、方式发生变化或发生重大安全事件后，是否重新进行个人信息保护影响评估。'],
    evidence: ['提供个人信息保护影响评估报告', '提供个人信息保护影响评估所需的其他佐证材料'],
  },
  evaluate(ctx) {
    const f = ctx.subject.facts;
    const ob = (kind: string) => ctx.obligations.find((o) => o.kind === kind && o.ruleId === 'FR-09');
    const out: FindingDraft[] = [];

    // Retention: the operator's answer and documents decide; the computed period is shown with it.
    const retention = practice(ctx, {
      checkId: 'FR-09.retention',
      question: 'Q-FR09-RETENTION',
      evidence: ['pia-report', 'processing-record'],
      practice: t('影响评估报告和处理情况记录至少保存 3 年', 'the PIA report and processing records are kept at least 3 years'),
      remediation: remediation.retention,
    });
    const kept = ob('pia-retention');
    out.push(kept && retention.verdict !== 'not-applicable' ? { ...retention, evidence: [...(retention.evidence ?? []), obligationEvidence(kept)] } : retention);

    // Purpose or method changed: the computed pia-redo obligation decides; without a change date, the answer.
    const redo = ob('pia-redo');
    out.push(
      redo
        ? fromObligation(ctx, redo, {
            checkId: 'FR-09.redo-change',
            remediation: remediation.change,
            record: ['facts.pia.date'],
            proof: ['pia-report'],
          })
        : practice(ctx, {
            checkId: 'FR-09.redo-change',
            question: 'Q-FR09-REDO',
            evidence: ['pia-report'],
            practice: t('处理目的、方式变化后重新进行了影响评估', 'the PIA was redone after the purpose or method changed'),
            remediation: remediation.change,
          }),
    );

    // Incidents after the latest PIA: whether one was major is the operator's call, so the answer decides.
    const incidents = f.incidents;
    const after = (incidents ?? []).filter((i) => !f.pia || i.date > f.pia.date);
    if (incidents && after.length === 0) {
      out.push({
        checkId: 'FR-09.redo-incident',
        verdict: 'not-applicable',
        message: t('最近一次影响评估之后未记录安全事件。', 'No security incident is recorded after the latest PIA.'),
        evidence: [factEvidence('facts.incidents', incidents.map((i) => i.date)), ...(f.pia ? [factEvidence('facts.pia.date', f.pia.date)] : [])],
      });
    } else {
      const seen: Evidence[] = after.map((i) => factEvidence('facts.incidents', `${i.date} ${i.description}`));
      const d = practice(ctx, {
        checkId: 'FR-09.redo-incident',
        question: 'Q-FR09-INCIDENT-REDO',
        evidence: ['pia-report'],
        practice: t('重大安全事件后重新进行了影响评估', 'the PIA was redone after a major security incident'),
        remediation: remediation.incident,
      });
      out.push(seen.length ? { ...d, evidence: [...(d.evidence ?? []), ...seen] } : d);
    }
    return out;
  },
};
export default rule;
