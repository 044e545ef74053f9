// Small shared pieces of the PI rules: scenario listing for processor-wide rules, page evidence.
import type { Evidence, Text } from '../../core/types.js';
import type { PageArtifact } from '../../core/artifacts.js';
import type { Scenario, Subject } from '../../subject/schema.js';
import type { FindingDraft, RuleContext } from '../rule.js';
import { fromInspection, practice, type PracticeCheck, type Signals } from '../helpers.js';

/** Settings where a person meets the processor through an app, mini-program or web page. */
export const ONLINE_SETTINGS: readonly Scenario['setting'][] = ['mobile-app', 'mini-program', 'h5'];

/** Sectors of offline consumption (seed 001 §2.2): shops, restaurants, gyms, hotels, showrooms, parks. */
export const CONSUMPTION_SECTORS: readonly NonNullable<Scenario['sector']>[] = [
  'retail',
  'catering',
  'fitness',
  'hospitality',
  'automotive',
  'entertainment',
];

/** Where people meet the processor as consumers or app users (seed 001 §2.2): apps, venues, consumer devices. */
export function consumerFacing(s: Scenario): boolean {
  return (
    ONLINE_SETTINGS.includes(s.setting) ||
    s.setting === 'offline-venue' ||
    s.scanToOrder === true ||
    (s.setting === 'offline-device' && s.sector !== undefined && CONSUMPTION_SECTORS.includes(s.sector))
  );
}

/** All scenarios of the subject (processor-wide rules look across them). */
export function scenariosOf(subject: Subject): Scenario[] {
  return subject.deployments.flatMap((d) => d.scenarios);
}

/** Does the subject reach people through an app, mini-program or H5 page (or scan-to-order)? */
export function hasOnlineScenario(subject: Subject): boolean {
  return scenariosOf(subject).some((s) => ONLINE_SETTINGS.includes(s.setting) || s.scanToOrder === true);
}

/** A fact of one named scenario as evidence, for processor-wide rules. */
export function scenarioFact(s: Scenario, field: string, value: unknown): Evidence {
  return { kind: 'fact', text: Array.isArray(value) ? value.join(', ') || '(none)' : String(value), location: `scenario[${s.id}].${field}` };
}

export function pageEvidence(page: PageArtifact, text: string): Evidence {
  return { kind: 'page', text, location: page.url };
}

/**
 * A check decided by observations (page audit, facts, artifacts) and a Q + E practice question together:
 * an inspection wins; an observed violation fails; a "no"/"partial" answer fails; an observed compliance
 * passes; otherwise the practice decides (pass with documents, or needs-evidence naming what is missing,
 * including the observations' own missing inputs).
 */
export function observedPractice(ctx: RuleContext, c: PracticeCheck, obs: Signals, msg: { fail: Text; pass: Text }): FindingDraft {
  const inspected = fromInspection(ctx, c.checkId, c.remediation);
  if (inspected) return inspected;
  if (obs.bad.length) return { checkId: c.checkId, verdict: 'fail', message: msg.fail, evidence: obs.bad, remediation: c.remediation };
  const p = practice(ctx, c);
  if (p.verdict === 'fail') return p;
  if (obs.good.length) return { checkId: c.checkId, verdict: 'pass', message: msg.pass, evidence: [...obs.good, ...(p.verdict === 'pass' ? (p.evidence ?? []) : [])] };
  if (p.verdict === 'needs-evidence' && obs.missing.length) p.missing = [...new Set([...(p.missing ?? []), ...obs.missing])];
  return p;
}
