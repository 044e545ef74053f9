// SARIF 2.1.0 for code-scanning dashboards: one result per fail / needs-evidence / manual finding.
import type { Evidence, Finding, Verdict } from '../core/types.js';
import type { Assessment } from '../engine/assessment.js';
import { findRule } from '../rules/index.js';
import { describeMissing, scenarioName } from './common.js';

const LEVEL: Partial<Record<Verdict, 'error' | 'warning' | 'note'>> = { fail: 'error', 'needs-evidence': 'warning', manual: 'note' };
const KIND: Partial<Record<Verdict, 'fail' | 'review'>> = { fail: 'fail', 'needs-evidence': 'review', manual: 'review' };

function location(e: Evidence, subjectUri: string) {
  const [file] = (e.location ?? '').split(':');
  if (e.kind === 'quote' && file && e.start !== undefined && e.end !== undefined) {
    return { physicalLocation: { artifactLocation: { uri: file }, region: { charOffset: e.start, charLength: e.end - e.start, snippet: { text: e.text } } } };
  }
  return undefined;
}

export function renderSarif(a: Assessment, opts: { subjectUri?: string } = {}): string {
  const subjectUri = opts.subjectUri ?? 'subject.yaml';
  const ruleIds = a.rules.map((r) => r.id);
  const rules = a.rules.map((r) => {
    const meta = findRule(r.id);
    const manual = meta?.manual;
    const help = [
      meta?.requirement.zh ?? '',
      meta?.requirement.en ?? '',
      manual ? `查验方法: ${manual.method.join(' ')}` : '',
      manual ? `留存证据: ${manual.evidence.join('；')}` : '',
    ].filter(Boolean);
    return {
      id: r.id,
      name: r.id.replace(/[^A-Za-z0-9]/g, ''),
      shortDescription: { text: `${r.title.zh} / ${r.title.en}` },
      fullDescription: { text: `${meta?.requirement.zh ?? r.title.zh} ${meta?.requirement.en ?? r.title.en}` },
      help: { text: help.join('\n'), markdown: help.map((h) => `- ${h}`).join('\n') },
      properties: { tags: [r.chapter, ...(meta?.decidedBy ?? [])], source: r.source },
    };
  });
  const results = a.rules.flatMap((r) =>
    r.findings
      .filter((f): f is Finding => LEVEL[f.verdict] !== undefined)
      .map((f) => {
        const locs = f.evidence.map((e) => location(e, subjectUri)).filter((l) => l !== undefined);
        const text = [
          `[${f.checkId}] ${scenarioName(a, f.scenarioId)}: ${f.message.zh} ${f.message.en}`,
          ...f.evidence.map((e) => `- ${e.text}${e.location ? ` (${e.location})` : ''}`),
          ...(f.missing?.length ? [`Needed: ${f.missing.map(describeMissing).join('; ')}`] : []),
          ...(f.remediation ? [`整改: ${f.remediation.zh}`, `Fix: ${f.remediation.en}`] : []),
        ].join('\n');
        return {
          ruleId: r.id,
          ruleIndex: ruleIds.indexOf(r.id),
          kind: KIND[f.verdict]!,
          level: LEVEL[f.verdict]!,
          message: { text },
          locations: locs.length ? locs : [{ physicalLocation: { artifactLocation: { uri: subjectUri } } }],
          partialFingerprints: { checkScenario: `${f.checkId}/${f.scenarioId ?? '-'}` },
          properties: { verdict: f.verdict, checkId: f.checkId, ...(f.scenarioId ? { scenario: f.scenarioId } : {}) },
        };
      }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'faceaudit', version: a.tool.version, rules } },
        results,
        properties: { asOf: a.asOf, processor: a.subject.processor, counts: a.counts.total },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
