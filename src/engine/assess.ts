// assess(subject, artifacts) → Assessment. Deterministic: rules in rulebook order, scenarios in file order.
import { VERDICTS, worstVerdict, type Finding, type Verdict } from '../core/types.js';
import { emptyArtifacts, type ArtifactSet } from '../core/artifacts.js';
import type { Scenario, Subject } from '../subject/schema.js';
import { RULES } from '../rules/index.js';
import { CHAPTERS, type Chapter, type Rule } from '../rules/rule.js';
import { computeObligations } from '../obligations/compute.js';
import { buildContext } from './context.js';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment, type RuleResult, type VerdictCounts } from './assessment.js';
import { VERSION } from '../version.js';

export interface AssessOptions {
  /** Assessment date; defaults to subject.asOf, then today (local date). */
  asOf?: string;
  rules?: readonly Rule[];
}

export function allScenarios(subject: Subject): (Scenario & { deployment: string })[] {
  return subject.deployments.flatMap((d) => d.scenarios.map((s) => ({ ...s, deployment: d.id })));
}

export function ruleApplies(rule: Rule, scenario: Scenario, subject: Subject): boolean {
  const a = rule.applies;
  if (!a) return true;
  if (a.types && !a.types.includes(scenario.type)) return false;
  if (a.settings && !a.settings.includes(scenario.setting)) return false;
  if (a.sectors && (!scenario.sector || !a.sectors.includes(scenario.sector))) return false;
  if (a.when && !a.when(scenario, subject)) return false;
  return true;
}

/** Today's date in China (deadlines run on Beijing time, whatever the machine's time zone). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

/** Runs one rule over the subject: once, or once per applicable scenario. */
export function evaluateRule(
  rule: Rule,
  subject: Subject,
  artifacts: ArtifactSet,
  asOf: string,
  obligations = computeObligations(subject, asOf),
): Finding[] {
  const stamp = (scenarioId: string | undefined) => (d: ReturnType<Rule['evaluate']>[number]): Finding => {
    if (d.verdict === 'fail' && !d.remediation) {
      throw new Error(`rule ${rule.id} returned a fail without remediation`);
    }
    return {
      ruleId: rule.id,
      checkId: d.checkId ?? rule.id,
      ...(scenarioId ? { scenarioId } : {}),
      verdict: d.verdict,
      message: d.message,
      evidence: d.evidence ?? [],
      ...(d.remediation ? { remediation: d.remediation } : {}),
      ...(d.missing?.length ? { missing: d.missing } : {}),
    };
  };
  if (rule.scope === 'processor') {
    return rule.evaluate(buildContext(subject, artifacts, obligations, asOf, undefined, rule.id)).map(stamp(undefined));
  }
  const findings: Finding[] = [];
  for (const s of allScenarios(subject)) {
    if (!ruleApplies(rule, s, subject)) {
      findings.push({
        ruleId: rule.id,
        checkId: rule.id,
        scenarioId: s.id,
        verdict: 'not-applicable',
        message: {
          zh: `不适用于该场景（${s.name}）。${rule.applies?.whenText?.zh ?? ''}`.trim(),
          en: `Does not apply to this scenario (${s.id}). ${rule.applies?.whenText?.en ?? ''}`.trim(),
        },
        evidence: [],
      });
      continue;
    }
    findings.push(...rule.evaluate(buildContext(subject, artifacts, obligations, asOf, s, rule.id)).map(stamp(s.id)));
  }
  return findings;
}

export function assess(subject: Subject, artifacts: ArtifactSet = emptyArtifacts(), opts: AssessOptions = {}): Assessment {
  const asOf = opts.asOf ?? subject.asOf ?? today();
  const obligations = computeObligations(subject, asOf);
  const rules = opts.rules ?? RULES;
  const results: RuleResult[] = rules.map((rule) => {
    const findings = evaluateRule(rule, subject, artifacts, asOf, obligations);
    const verdict: Verdict = findings.length ? worstVerdict(findings.map((f) => f.verdict)) : 'not-applicable';
    return { id: rule.id, chapter: rule.chapter, title: rule.title, source: rule.source, verdict, findings };
  });
  const total = emptyCounts();
  const byChapter = Object.fromEntries(CHAPTERS.map((c) => [c.id, emptyCounts()])) as Record<Chapter, VerdictCounts>;
  for (const r of results) {
    total[r.verdict]++;
    byChapter[r.chapter][r.verdict]++;
  }
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    tool: { name: 'faceaudit', version: VERSION },
    asOf,
    subject: {
      processor: subject.processor.name,
      ...(subject.processor.creditCode ? { creditCode: subject.processor.creditCode } : {}),
      scenarios: allScenarios(subject).map((s) => ({
        id: s.id,
        name: s.name,
        deployment: s.deployment,
        type: s.type,
        setting: s.setting,
        ...(s.sector ? { sector: s.sector } : {}),
      })),
    },
    inputs: (Object.keys(artifacts) as (keyof ArtifactSet)[]).flatMap((k) =>
      artifacts[k].map((a) => ({ kind: k, source: 'source' in a ? a.source : a.url })),
    ),
    rules: results,
    counts: { total, byChapter },
    obligations,
  };
}
