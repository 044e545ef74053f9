// The policy analyzer: file → clean text → structure → sentences → tags → items, facts, problems.
import { POLICY_ITEMS, type PolicyArtifact, type PolicyItemId, type PolicySentence } from '../../core/artifacts.js';
import { PolicyInputError } from './errors.js';
import { SENTENCE_LITERALS } from './literals.js';
import { extractFile, type ExtractOptions, type Extracted } from './extract/index.js';
import { faceStatements } from './facts/face.js';
import { dataTypes, purposes } from './facts/lists.js';
import { companies, contacts } from './facts/parties.js';
import { policyDates } from './facts/dates.js';
import { retentionFacts } from './facts/retention.js';
import { extractSdks } from './facts/sdk.js';
import { FACE, piTypesScanned } from './patterns/lexicon.js';
import { topicOf, type Topic } from './patterns/topics.js';
import { findProblems } from './problems.js';
import { findHints, hintMask } from './problems/index.js';
import { nonSpaceAtLeast, segment, type Span } from './sentences.js';
import { findStructure, sectionPaths } from './structure.js';
import { tagSentence } from './tag.js';
import type { ModelInput } from './model/features.js';
import { applyModel, policyModel } from './model/model.js';

export interface AnalyzeOptions extends ExtractOptions {
  /** Use the statistical layer next to the patterns (default true; training turns it off). */
  model?: boolean;
  /** Receives each sentence's model input (training reads the features through this). */
  onModelInputs?: (inputs: ModelInput[]) => void;
}

const POLICY_WORDS = /个人信息|隐私|用户信息|信息保护|人脸信息|privacy|personal (?:data|information)/i;
/** "个人信息是指…", "人脸信息：指…": a definition. */
const DEFINITION = /^[^，。；]{1,30}?(?:是指|系指|指的是)|^[^，。；]{1,24}[：:]\s*指(?![定出明导示引纹南令标])/;
// per sentence, these run only when the strings they need occur (literals.ts; tagSentence reuses the scan)
const FACE_SET = SENTENCE_LITERALS.add(FACE);
const DEFINITION_SET = SENTENCE_LITERALS.add(DEFINITION);

/** Analyses a policy file (.txt .md .html .pdf .docx). Throws PolicyInputError for unusable input. */
export async function analyzePolicyFile(path: string, opts: AnalyzeOptions = {}): Promise<PolicyArtifact> {
  const ex = await extractFile(path, opts);
  if (!POLICY_WORDS.test(ex.text) || !nonSpaceAtLeast(ex.text, 20)) {
    throw new PolicyInputError(
      'no-policy',
      path,
      ex.format === 'html'
        ? 'the HTML page contains no privacy policy text (nothing about 个人信息 or 隐私 outside scripts and navigation).'
        : `the ${ex.format} file does not look like a privacy policy (no mention of 个人信息 or 隐私).`,
    );
  }
  return analyzeExtracted(ex, path, opts);
}

/** Analyses clean text (offsets in the result index `text` as given). */
export function analyzePolicyText(text: string, source = '<text>'): PolicyArtifact {
  return analyzeExtracted({ text, format: 'txt' }, source);
}

export function analyzeExtracted(ex: Extracted, source: string, opts: AnalyzeOptions = {}): PolicyArtifact {
  const { text } = ex;
  const skip = ex.skip ?? [];
  const structure = findStructure(text, skip);
  const headingStarts = new Set(structure.headings.map((h) => h.start));
  // headings that start inside a line (found from a contents list) also end a sentence
  const inline = structure.headings.filter((h) => !/^[\s\u3000\u00a0>*•·●■◆▪\-–#]*$/.test(text.slice(text.lastIndexOf('\n', h.start - 1) + 1, h.start)));
  const breaks = [...inline.flatMap((h) => [h.start, h.end]), ...structure.toc.flatMap((r) => [r.start, r.end])];
  const spans = segment(text, breaks, skip);
  const sdk = extractSdks(text);
  const paths = sectionPaths(structure.headings, spans.map((s) => s.start));

  const inSdk = cursor(sdk.spans);
  const region = sdkRegions(text, spans, structure.headings);
  const sentences: PolicySentence[] = [];
  const faceCtx: boolean[] = [];
  // which hint regexes (problems/) may match each sentence, read from the same scan
  const hintMay: number[] = [];
  // the PI types each sentence names, from the same scan (the data-types fact reads them)
  const piTypes: (readonly string[])[] = [];
  // a document whose title names face information (人脸信息处理规则) is about face information throughout
  const title = structure.headings[0];
  const faceDoc = !!title && title.start < 400 && title.level <= 1 && FACE.test(title.text);
  const inputs: ModelInput[] = [];
  let prevTags: PolicyItemId[] = [];
  // consecutive sentences mostly share their heading path: join it and find its topic once per section
  let lastPath: string[] = [];
  let joined = '';
  let topic: Topic | undefined;
  spans.forEach((sp, i) => {
    const sentence = text.slice(sp.start, sp.end);
    const section = paths[i] ?? [];
    if (!samePath(section, lastPath)) {
      lastPath = section;
      joined = section.join(' / ');
      topic = topicOf(section);
    }
    SENTENCE_LITERALS.scan(sentence, text, sp.start, sp.end);
    hintMay.push(hintMask());
    piTypes.push(piTypesScanned(sentence));
    const faceWord = SENTENCE_LITERALS.has(FACE_SET) && FACE.test(sentence);
    const face = faceWord || faceDoc;
    faceCtx.push(face);
    const s: PolicySentence = { text: sentence, start: sp.start, end: sp.end, tags: [] };
    if (section.length) s.section = section;
    let eligible = false;
    let patterns: string[] | undefined;
    if (!inside(structure.toc, sp)) {
      const heading = isHeading(text, sp, headingStarts);
      const definition = SENTENCE_LITERALS.has(DEFINITION_SET) && DEFINITION.test(sentence);
      const r = tagSentence({
        text: sentence,
        section: joined,
        topic,
        face,
        faceWord,
        sdkRow: inSdk(sp),
        sdkRegion: region[i]!,
        heading,
        definition,
      });
      s.tags = r.tags;
      if (r.tags.length) (s.why = r.why), (patterns = r.keys);
      eligible = !heading && !definition;
    }
    const input: ModelInput = { text: sentence, section, topic, tags: [...s.tags], prevTags, eligible };
    if (patterns) input.patterns = patterns;
    inputs.push(input);
    prevTags = input.tags as PolicyItemId[];
    sentences.push(s);
  });
  // the items the patterns found in the next sentence (a lead-in like "您可以通过以下方式撤回：" announces them)
  for (let i = 0; i + 1 < inputs.length; i++) if (inputs[i + 1]!.tags.length) inputs[i]!.nextTags = inputs[i + 1]!.tags;
  opts.onModelInputs?.(inputs);
  const model = opts.model === false ? null : policyModel();
  if (model) applyModel(model, inputs, sentences);

  const items = Object.fromEntries(POLICY_ITEMS.map((id) => [id, { present: false, sentences: [] as number[] }])) as PolicyArtifact['items'];
  sentences.forEach((s, i) => {
    for (const t of s.tags) {
      items[t].present = true;
      items[t].sentences.push(i);
    }
  });
  const textsOf = (id: PolicyItemId) => items[id].sentences.map((i) => sentences[i]!.text);

  const facts: PolicyArtifact['facts'] = {
    controllers: companies(textsOf('controller-identity')),
    contacts: contacts(textsOf('controller-contact')),
    ...policyDates(text.length > 200_000 ? text.slice(0, 200_000) : text),
    retention: retentionFacts(textsOf('retention')),
    dataTypes: dataTypes(items['data-types'].sentences.map((i) => piTypes[i]!)),
    purposes: purposes(textsOf('purpose')),
    sdks: sdk.rows,
    face: faceStatements(sentences.map((s, i) => ({ text: s.text, tags: s.tags, face: faceCtx[i]! }))),
  };
  if (facts.effectiveDate === undefined) delete facts.effectiveDate;
  if (facts.updatedDate === undefined) delete facts.updatedDate;

  const artifact: PolicyArtifact = {
    kind: 'policy',
    source,
    text,
    headings: structure.headings.map((h) => ({ text: h.text, level: h.level, start: h.start })),
    sentences,
    items,
    facts,
    problems: [],
  };
  if (ex.encoding) artifact.encoding = ex.encoding;
  artifact.problems = findProblems(sentences, items, facts, inputs.map((x) => x.tags));
  const inRow = cursor(sdk.spans);
  const hints = findHints(sentences, {
    sdk: spans.map((sp, i) => inRow(sp) || region[i]!),
    heading: spans.map((sp) => headingStarts.has(sp.start)),
    title: title?.text ?? text.slice(0, 120),
    source,
    may: hintMay,
  });
  artifact.problems.push(...hints.problems);
  facts.statements = hints.statements;
  if (hints.minorsDocument) facts.minorsDocument = true;
  return artifact;
}

const SDK_INTRO = /(?:SDK|插件)[^。；]{0,12}?(?:如下|以下|列表|清单|目录|名单|说明)|(?:如下|以下|下列)[^。；]{0,12}?(?:SDK|插件)|(?:SDK|插件)(?:目录|清单|列表)/i;
const SDK_HEADING = /SDK|插件|第三方(?:服务|代码|合作方)(?:目录|清单|列表|说明)/i;

/**
 * An SDK list is often a table whose cells are sentences of their own. A heading that names SDKs, or a sentence
 * that introduces the list ("我们接入的第三方SDK如下："), opens a region that runs to the next heading (at or
 * above the SDK heading's level; any heading after an intro sentence). Returns, per span, whether it is a cell
 * of such a region (headings and the intro sentence itself are not).
 */
function sdkRegions(text: string, spans: Span[], headings: { start: number; level: number; text: string }[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let headingLevel = Infinity;
  let h = 0;
  const starts = new Set(headings.map((x) => x.start));
  for (const s of spans) {
    // a heading at or above the region's level closes it
    while (h < headings.length && headings[h]!.start <= s.start) {
      const hd = headings[h]!;
      if (open && hd.level <= headingLevel) open = false;
      if (SDK_HEADING.test(hd.text)) {
        open = true;
        headingLevel = hd.level;
      }
      h++;
    }
    const isHeading = starts.has(s.start);
    if (!isHeading && !open && SDK_INTRO.test(text.slice(s.start, s.end))) {
      open = true;
      headingLevel = Infinity; // an intro sentence's region ends at the next heading of any level
      out.push(false);
      continue;
    }
    out.push(open && !isHeading);
  }
  return out;
}

function samePath(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A sentence that is a whole heading: both start where the heading text starts (after bullets). */
function isHeading(_text: string, s: Span, starts: Set<number>): boolean {
  return starts.has(s.start);
}

function inside(ranges: Span[], s: Span): boolean {
  return ranges.some((r) => s.start >= r.start && s.end <= r.end);
}

/** For spans visited in order: does a span overlap any of the (sorted) ranges? Linear over both lists. */
function cursor(ranges: Span[]): (s: Span) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let i = 0;
  let maxEnd = -1;
  return (s) => {
    // skip ranges that end before this span; keep the furthest end seen for nested ranges
    while (i < sorted.length && sorted[i]!.start < s.end) {
      maxEnd = Math.max(maxEnd, sorted[i]!.end);
      if (sorted[i]!.end > s.start) return true;
      i++;
    }
    return maxEnd > s.start;
  };
}
