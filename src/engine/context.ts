// Builds the RuleContext a rule sees: answers, evidence and inspections resolved for one scenario.
import type { ArtifactSet } from '../core/artifacts.js';
import type { Obligation } from '../obligations/types.js';
import type { EvidenceKindId, Scenario, Subject } from '../subject/schema.js';
import type { RuleContext } from '../rules/rule.js';

export function buildContext(
  subject: Subject,
  artifacts: ArtifactSet,
  obligations: Obligation[],
  asOf: string,
  scenario?: Scenario,
  ruleId?: string,
): RuleContext {
  return {
    subject,
    artifacts,
    obligations,
    asOf,
    scenario,
    answer(questionId) {
      const own = scenario?.answers?.[questionId];
      return own !== undefined ? own : subject.answers[questionId];
    },
    evidence(...kinds: EvidenceKindId[]) {
      return subject.evidence.filter(
        (e) => kinds.includes(e.kind) && (e.scenario === undefined || e.scenario === scenario?.id),
      );
    },
    inspection(checkId) {
      const mine = subject.inspections.filter((i) => i.scenario === undefined || i.scenario === scenario?.id);
      // Latest recorded result wins; the exact check before the whole rule.
      const latest = (list: typeof mine) => [...list].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      // Rule IDs may contain dots themselves (TAF-6.1a), so the rule is known from the caller, not split off.
      return latest(mine.filter((i) => i.check === checkId)) ?? (ruleId ? latest(mine.filter((i) => i.check === ruleId)) : undefined);
    },
  };
}
