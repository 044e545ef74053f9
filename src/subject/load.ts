// Reads a subject file (YAML or JSON — JSON is parsed as YAML so both get line numbers), validates it
// with zod and then against the rulebook, the questionnaire and the disk. Every problem names the field
// and its line; nothing is thrown past the caller as a stack trace (SubjectError carries the list).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { SubjectSchema, type Subject } from './schema.js';
import { QUESTIONS } from '../questionnaire/index.js';
import { RULES } from '../rules/index.js';

const MAX_SUBJECT_BYTES = 5 * 1024 * 1024;

export interface SubjectIssue {
  /** Dotted path of the field, e.g. deployments[0].scenarios[1].type */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export class SubjectError extends Error {
  constructor(
    readonly file: string,
    readonly issues: SubjectIssue[],
  ) {
    super(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n` + issues.map((i) => formatIssue(file, i)).join('\n'));
    this.name = 'SubjectError';
  }
}

export function formatIssue(file: string, i: SubjectIssue): string {
  const where = i.line ? `${file}:${i.line}:${i.column ?? 1}` : file;
  return `  ${where}  ${i.path || '(top level)'}: ${i.message}`;
}

export interface LoadedSubject {
  subject: Subject;
  /** Absolute path of the subject file; evidence paths are relative to its folder. */
  file: string;
  dir: string;
}

type PathKey = string | number;

function pathText(path: readonly PathKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}

/** Finds the node for a path; falls back to the nearest existing ancestor. */
function locate(doc: Document, lc: LineCounter, path: readonly PathKey[], key?: string) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (!isNode(node)) continue;
    let range = node.range;
    // For an unknown key, point at the key itself rather than the whole map.
    if (key && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
      if (pair && isNode(pair.key) && pair.key.range) range = pair.key.range;
    }
    if (range) {
      const pos = lc.linePos(range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

function zodIssues(error: z.ZodError, doc: Document, lc: LineCounter): SubjectIssue[] {
  return error.issues.flatMap((iss) => {
    const path = iss.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
    if (iss.code === 'unrecognized_keys') {
      return iss.keys.map((k) => ({
        path: pathText([...path, k]),
        ...locate(doc, lc, path, k),
        message: `unknown key "${k}" (check the spelling; see \`faceaudit init\` for every key)`,
      }));
    }
    return [{ path: pathText(path), ...locate(doc, lc, path), message: iss.message }];
  });
}

function readText(file: string): string {
  if (!existsSync(file)) throw new SubjectError(file, [{ path: '', message: 'file not found' }]);
  const st = statSync(file);
  if (!st.isFile()) throw new SubjectError(file, [{ path: '', message: 'not a file' }]);
  if (st.size > MAX_SUBJECT_BYTES) {
    throw new SubjectError(file, [{ path: '', message: `too large (${st.size} bytes; a subject file is at most ${MAX_SUBJECT_BYTES})` }]);
  }
  const buf = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new SubjectError(file, [{ path: '', message: 'not UTF-8 text (save the subject file as UTF-8)' }]);
  }
}

/** Parses and validates subject text. `file` is used for messages and to resolve evidence paths. */
export function parseSubject(text: string, file: string, opts: { checkFiles?: boolean } = {}): LoadedSubject {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new SubjectError(
      file,
      doc.errors.map((e) => {
        const pos = lc.linePos(e.pos[0]);
        return { path: '', line: pos.line, column: pos.col, message: `not valid YAML/JSON: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SubjectError(file, [{ path: '', message: 'expected a mapping with schemaVersion, processor, deployments…' }]);
  }
  const parsed = SubjectSchema.safeParse(nullsToUndefined(raw));
  if (!parsed.success) throw new SubjectError(file, zodIssues(parsed.error, doc, lc));
  const subject = parsed.data;
  const abs = resolve(file);
  const dir = dirname(abs);
  const issues = crossCheck(subject, dir, opts.checkFiles ?? true).map((i) => ({ ...i, ...locate(doc, lc, i.at) }));
  if (issues.length) throw new SubjectError(file, issues.map(({ at: _at, ...rest }) => rest));
  return { subject, file: abs, dir };
}

export function loadSubject(file: string, opts: { checkFiles?: boolean } = {}): LoadedSubject {
  return parseSubject(readText(file), file, opts);
}

/**
 * YAML users write `null` or `~` for "not known". Optional fields treat that as absent; the key stays,
 * so a misspelt key is still reported. Answer maps keep null: it means "not answered yet".
 */
function nullsToUndefined(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => nullsToUndefined(x));
  if (v === null || typeof v !== 'object' || key === 'answers') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? undefined : nullsToUndefined(x, k)]));
}

type LocatedIssue = SubjectIssue & { at: PathKey[] };

/** Checks zod cannot make alone: references to questions, rules, scenarios, files, and dates vs asOf. */
function crossCheck(subject: Subject, dir: string, checkFiles: boolean): LocatedIssue[] {
  const out: LocatedIssue[] = [];
  const add = (at: PathKey[], message: string) => out.push({ at, path: pathText(at), message });
  const questions = new Map(QUESTIONS.map((q) => [q.id, q]));
  const ruleIds = new Set(RULES.map((r) => r.id));
  const scenarioIds = new Set<string>();

  const checkAnswers = (answers: Record<string, unknown> | undefined, at: PathKey[], scope: 'processor' | 'scenario') => {
    for (const [qid, value] of Object.entries(answers ?? {})) {
      const q = questions.get(qid);
      const here = [...at, qid];
      if (!q) {
        add(here, `unknown question ${qid} (see \`faceaudit questionnaire\` for the list)`);
        continue;
      }
      if (scope === 'scenario' && q.scope === 'processor') add(here, `${qid} is asked once for the processor: answer it under the top-level answers`);
      if (value === null) continue;
      if (q.type === 'yes-no' && !['yes', 'no', 'partial', 'not-applicable'].includes(String(value))) {
        add(here, `${qid} takes yes, no, partial or not-applicable (got ${JSON.stringify(value)})`);
      } else if (q.type === 'number' && typeof value !== 'number') {
        add(here, `${qid} takes a number (got ${JSON.stringify(value)})`);
      } else if (q.type === 'date' && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))) {
        add(here, `${qid} takes a date as YYYY-MM-DD (got ${JSON.stringify(value)})`);
      } else if (q.type === 'choice' && q.choices && !q.choices.some((c) => c.value === value)) {
        add(here, `${qid} takes one of ${q.choices.map((c) => c.value).join(', ')} (got ${JSON.stringify(value)})`);
      }
    }
  };

  checkAnswers(subject.answers, ['answers'], 'processor');
  subject.deployments.forEach((d, di) =>
    d.scenarios.forEach((s, si) => {
      const at: PathKey[] = ['deployments', di, 'scenarios', si];
      if (scenarioIds.has(s.id)) add([...at, 'id'], `scenario ID "${s.id}" is used twice`);
      scenarioIds.add(s.id);
      checkAnswers(s.answers, [...at, 'answers'], 'scenario');
    }),
  );

  const asOf = subject.asOf;
  if (asOf) {
    // Event dates after the assessment date are typos, not facts.
    const f = subject.facts;
    const dated: [PathKey[], string | undefined][] = [
      [['facts', 'faceThresholdReachedOn'], f.faceThresholdReachedOn],
      [['facts', 'piThresholdReachedOn'], f.piThresholdReachedOn],
      [['facts', 'processingStartedOn'], f.processingStartedOn],
      [['facts', 'pia', 'date'], f.pia?.date],
      [['facts', 'purposeOrMethodChangedOn'], f.purposeOrMethodChangedOn],
      ...(['submittedOn', 'filedOn', 'changedOn', 'changeFiledOn', 'stoppedOn', 'deregisteredOn'] as const).map(
        (k): [PathKey[], string | undefined] => [['facts', 'filing', k], f.filing?.[k]],
      ),
      ...(f.requests ?? []).flatMap((r, i): [PathKey[], string | undefined][] => [
        [['facts', 'requests', i, 'receivedOn'], r.receivedOn],
        [['facts', 'requests', i, 'answeredOn'], r.answeredOn],
      ]),
      ...(f.incidents ?? []).map((r, i): [PathKey[], string | undefined] => [['facts', 'incidents', i, 'date'], r.date]),
      ...subject.evidence.map((e, i): [PathKey[], string | undefined] => [['evidence', i, 'date'], e.date]),
      ...subject.inspections.map((e, i): [PathKey[], string | undefined] => [['inspections', i, 'date'], e.date]),
    ];
    for (const [at, date] of dated) if (date && date > asOf) add(at, `${date} is after the assessment date asOf ${asOf}`);
  }
  const f = subject.facts;
  if (f.faceThresholdReachedOn && f.faceStoredPersons !== undefined && f.faceStoredPersons < 100_000) {
    add(['facts', 'faceThresholdReachedOn'], `faceStoredPersons is ${f.faceStoredPersons}, below the 100,000 this date marks`);
  }
  if (f.piThresholdReachedOn && f.piPersons !== undefined && f.piPersons < 1_000_000) {
    add(['facts', 'piThresholdReachedOn'], `piPersons is ${f.piPersons}, below the 1,000,000 this date marks`);
  }

  const evidenceIds = new Set<string>();
  subject.evidence.forEach((e, i) => {
    if (e.id) {
      if (evidenceIds.has(e.id)) add(['evidence', i, 'id'], `evidence ID "${e.id}" is used twice`);
      evidenceIds.add(e.id);
    }
    if (e.scenario && !scenarioIds.has(e.scenario)) add(['evidence', i, 'scenario'], `no scenario with ID "${e.scenario}"`);
    if (checkFiles) {
      const p = resolve(dir, e.path);
      if (!existsSync(p)) add(['evidence', i, 'path'], `file not found: ${p}`);
      else if (!statSync(p).isFile()) add(['evidence', i, 'path'], `not a file: ${p}`);
    }
  });
  subject.inspections.forEach((insp, i) => {
    // A check is a rule ID (which may contain dots, e.g. TAF-6.1a) optionally followed by ".<check>".
    const known = [...ruleIds].some((id) => insp.check === id || insp.check.startsWith(`${id}.`));
    if (!known) add(['inspections', i, 'check'], `no rule or check ${insp.check} in the rulebook (see \`faceaudit rules\`)`);
    if (insp.scenario && !scenarioIds.has(insp.scenario)) add(['inspections', i, 'scenario'], `no scenario with ID "${insp.scenario}"`);
    for (const [j, ref] of (insp.evidence ?? []).entries()) {
      if (!evidenceIds.has(ref)) add(['inspections', i, 'evidence', j], `no evidence item with ID "${ref}"`);
    }
  });
  return out;
}
