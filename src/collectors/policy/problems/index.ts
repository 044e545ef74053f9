// Problem hints and statements read from tagged sentences, beside problems.ts: each a named ID with the sentences
// behind it. The analyzer recognises the statements (negation included); the rules decide what they mean.
import type { PolicyArtifact, PolicyProblem, PolicyStatement } from '../../../core/artifacts.js';
import { SENTENCE_LITERALS } from '../literals.js';
import { hintMask, type HintSentence } from './common.js';
import { abroadStatements } from './abroad.js';
import { consentProblems, consentStatements } from './consent.js';
import { faceProblems } from './face.js';
import { isMinorsDocument, minorsStatements } from './minors.js';
import { personalizationStatements } from './personalization.js';
import { purposeProblems, purposeStatements } from './purpose.js';

export { hintMask, type HintSentence } from './common.js';

export interface Hints {
  problems: PolicyProblem[];
  statements: PolicyStatement[];
  minorsDocument: boolean;
}

/** Where each sentence stands: SDK list cell, heading. Same length as the sentences. */
export interface HintContext {
  sdk: readonly boolean[];
  heading: readonly boolean[];
  /** The document's title (first heading) or, without one, its opening text. */
  title: string;
  source: string;
  /** Per sentence, `hintMask()` read after the analyzer's scan of it; without it each sentence is scanned here. */
  may?: readonly number[];
}

export function findHints(sentences: PolicyArtifact['sentences'], ctx: HintContext): Hints {
  const view: HintSentence[] = sentences.map((s, i) => ({
    text: s.text,
    tags: s.tags,
    sdk: ctx.sdk[i] ?? false,
    heading: ctx.heading[i] ?? false,
    section: s.section,
    may: ctx.may?.[i] ?? maskOf(s.text),
  }));
  return {
    problems: [...purposeProblems(view), ...consentProblems(view), ...faceProblems(view)],
    statements: [...purposeStatements(view), ...minorsStatements(view), ...personalizationStatements(view), ...consentStatements(view), ...abroadStatements(view)],
    minorsDocument: isMinorsDocument(ctx.title, ctx.source),
  };
}

function maskOf(text: string): number {
  SENTENCE_LITERALS.scan(text);
  return hintMask();
}
