// Builders for rule tests: a small valid subject with one scenario, and artifacts made in code.
// Only for tests; real inputs for collectors come from ../shared/corpus.
import { POLICY_ITEMS, emptyArtifacts, type AppArtifact, type ArtifactSet, type PageArtifact, type PolicyArtifact, type PolicyItemId, type TrafficArtifact } from '../core/artifacts.js';
import type { PolicyProblem, PolicyProblemId, PolicyStatement, PolicyStatementId } from '../core/artifacts.js';
import type { Finding, Verdict } from '../core/types.js';
import type { DocumentArtifact } from '../core/artifacts.js';
import { SubjectSchema, type Scenario, type Subject, type SubjectInput } from '../subject/schema.js';
import { evaluateRule } from '../engine/assess.js';
import type { Rule } from '../rules/rule.js';

type ScenarioPatch = Partial<Scenario>;
export interface SubjectPatch {
  scenario?: ScenarioPatch;
  /** Extra scenarios after the first. */
  scenarios?: (ScenarioPatch & { id: string })[];
  facts?: SubjectInput['facts'];
  answers?: SubjectInput['answers'];
  evidence?: SubjectInput['evidence'];
  inspections?: SubjectInput['inspections'];
  processor?: Partial<SubjectInput['processor']>;
  asOf?: string;
}

const baseScenario: Scenario = {
  id: 's1',
  name: '测试场景',
  type: 'remote-verification',
  setting: 'mobile-app',
};

/** A valid subject (schema-checked) with one scenario `s1` unless told otherwise. */
export function subjectWith(p: SubjectPatch = {}): Subject {
  const input: SubjectInput = {
    schemaVersion: 1,
    asOf: p.asOf ?? '2026-06-30',
    processor: { name: '测试公司', ...p.processor },
    deployments: [
      {
        id: 'd1',
        name: '测试部署',
        scenarios: [{ ...baseScenario, ...p.scenario }, ...(p.scenarios ?? []).map((s) => ({ ...baseScenario, ...s }))],
      },
    ],
    facts: p.facts ?? {},
    answers: p.answers ?? {},
    evidence: p.evidence ?? [],
    inspections: p.inspections ?? [],
  };
  return SubjectSchema.parse(input);
}

/** Runs one rule and returns its findings. */
export function run(rule: Rule, subject: Subject, artifacts: Partial<ArtifactSet> = {}): Finding[] {
  return evaluateRule(rule, subject, { ...emptyArtifacts(), ...artifacts }, subject.asOf ?? '2026-06-30');
}

export function verdicts(findings: Finding[]): Verdict[] {
  return findings.map((f) => f.verdict);
}

/** Findings for one check ID (e.g. "FR-05.transmission"). */
export function check(findings: Finding[], checkId: string): Finding[] {
  return findings.filter((f) => f.checkId === checkId);
}

/**
 * A policy artifact built in code: one sentence per given item, tagged with that item.
 * Rule tests use it so that they test the rule, not the analyzer.
 */
export function policyWith(
  sentences: Partial<Record<PolicyItemId, string>>,
  extra: {
    face?: PolicyArtifact['facts']['face'];
    sdks?: PolicyArtifact['facts']['sdks'];
    problems?: PolicyArtifact['problems'];
    statements?: PolicyArtifact['facts']['statements'];
    minorsDocument?: boolean;
  } = {},
): PolicyArtifact {
  let text = '';
  const list: PolicyArtifact['sentences'] = [];
  for (const [tag, s] of Object.entries(sentences) as [PolicyItemId, string][]) {
    list.push({ text: s, start: text.length, end: text.length + s.length, tags: [tag] });
    text += s + '\n';
  }
  const items = Object.fromEntries(
    POLICY_ITEMS.map((id) => {
      const idx = list.flatMap((s, i) => (s.tags.includes(id) ? [i] : []));
      return [id, { present: idx.length > 0, sentences: idx }];
    }),
  ) as PolicyArtifact['items'];
  return {
    kind: 'policy',
    source: 'policy.txt',
    text,
    headings: [],
    sentences: list,
    items,
    facts: {
      controllers: [],
      contacts: [],
      retention: [],
      dataTypes: [],
      purposes: [],
      sdks: extra.sdks ?? [],
      face: extra.face ?? { mentioned: 'face-info' in sentences },
      ...(extra.statements ? { statements: extra.statements } : {}),
      ...(extra.minorsDocument ? { minorsDocument: true } : {}),
    },
    problems: extra.problems ?? [],
  };
}

/** A problem hint as the analyzer reports it, for policyWith's `problems` (message filled from the ID). */
export function problemHint(id: PolicyProblemId, sentences: number[]): PolicyProblem {
  return { id, message: { zh: id, en: id }, sentences };
}

/** A statement as the analyzer reports it, for policyWith's `statements`. */
export function statementHint(id: PolicyStatementId, sentences: number[]): PolicyStatement {
  return { id, message: { zh: id, en: id }, sentences };
}

export function appWith(p: Partial<AppArtifact> = {}): AppArtifact {
  return { kind: 'app', source: 'app.apk', platform: 'android', permissions: [], sdks: [], nativeLibs: [], models: [], hosts: [], ...p };
}

export function trafficWith(requests: Partial<TrafficArtifact['requests'][number]>[]): TrafficArtifact {
  return {
    kind: 'traffic',
    source: 'capture.har',
    requests: requests.map((r) => ({
      method: 'POST',
      url: 'https://api.example.com/x',
      host: 'api.example.com',
      scheme: 'https',
      requestBytes: 0,
      ...r,
    })),
  };
}

/** A page audit result built in code (the browser collector fills the real ones). */
export function pageWith(p: Partial<PageArtifact> = {}): PageArtifact {
  return { kind: 'page', url: 'https://h5.example.com/face', screenshots: [], notes: [], ...p };
}

/** A collected evidence document built in code (the document collector fills the real ones from the bytes). */
export function documentWith(p: Pick<DocumentArtifact, 'evidenceId' | 'evidenceKind'> & Partial<DocumentArtifact>): DocumentArtifact {
  const format = p.format ?? 'pdf';
  return {
    kind: 'document',
    source: `/subject/${p.evidenceId}`,
    size: 120_000,
    format,
    sha256: 'ab'.repeat(32),
    extension: format === 'jpeg' ? 'jpg' : format,
    ...p,
  };
}

/**
 * A policy artifact from a list of sentences, each with any number of tags (or none), for rules that read
 * several sentences of one tag or untagged context. Extra fields as in policyWith.
 */
export function policyFromSentences(
  sentences: [text: string, tags: PolicyItemId[]][],
  extra: Parameters<typeof policyWith>[1] & { source?: string; title?: string } = {},
): PolicyArtifact {
  const p = policyWith({}, extra);
  let text = extra.title ? `${extra.title}\n` : '';
  p.sentences = sentences.map(([s, tags]) => {
    const start = text.length;
    text += s + '\n';
    return { text: s, start, end: start + s.length, tags };
  });
  p.text = text;
  p.headings = extra.title ? [{ text: extra.title, level: 1, start: 0 }] : [];
  p.source = extra.source ?? p.source;
  p.items = Object.fromEntries(
    POLICY_ITEMS.map((id) => {
      const idx = p.sentences.flatMap((s, i) => (s.tags.includes(id) ? [i] : []));
      return [id, { present: idx.length > 0, sentences: idx }];
    }),
  ) as PolicyArtifact['items'];
  p.facts.face = extra.face ?? { mentioned: p.items['face-info'].present };
  return p;
}
