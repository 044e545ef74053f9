import type { PolicyItemId } from '../../../core/artifacts.js';
import type { Topic } from './topics.js';

/** What a pattern sees of one sentence. */
export interface SentenceContext {
  text: string;
  /** Heading path joined with " / ". */
  section: string;
  /** The sentence is about face information: it names it, or the whole document is about face information. */
  face: boolean;
  /** The sentence names face information itself. */
  faceWord: boolean;
  /** The sentence is a row or field of a third-party SDK list. */
  sdkRow: boolean;
  /** The sentence is a section heading: it names a topic but discloses nothing, so only mentions are tagged. */
  heading: boolean;
  /** The sentence defines a term ("个人信息是指…"): only what a definition can disclose is tagged. */
  definition: boolean;
  /** Topic of the section the sentence is in (deepest heading naming one of the template chapters). */
  topic?: Topic | undefined;
  /** The sentence lies in an SDK list region (after an SDK heading or intro sentence): a table cell. */
  sdkRegion?: boolean;
}

/**
 * One named pattern. It fires when `re` matches (or `test` returns true) and every condition holds. The name
 * is recorded in the sentence's `why`, so every tag can be traced to the pattern that made it.
 */
export interface Pattern {
  name: string;
  re?: RegExp;
  test?: (c: SentenceContext) => boolean;
  /** The match must not be negated (不/不会/未/禁止… before it in the same clause). */
  affirm?: boolean;
  /** The match must be negated. */
  negated?: boolean;
  /** Only in face context. */
  face?: boolean;
  /** Only when the sentence itself names face information. */
  faceWord?: boolean;
  /** Match against the text with titles in 《》 blanked out (a document's name is not a statement). */
  stripTitles?: boolean;
  /** Only when the heading path matches. */
  section?: RegExp;
  /** Only in a section of one of these topics. */
  topic?: Topic[];
  /** Only in an SDK list region. */
  sdkRegion?: boolean;
  /** The sentence must also match. */
  and?: RegExp;
  /** The sentence must not match. */
  unless?: RegExp;
  /** Not on SDK list rows (whose company and data are the SDK's, not the controller's). */
  notSdk?: boolean;
  /** Also fires on headings (mentions such as face-info); other patterns skip headings. */
  onHeading?: boolean;
}

export interface ItemPatterns {
  item: PolicyItemId;
  /** Cheap pre-test: when it does not match the sentence, none of the patterns can. */
  gate?: RegExp;
  patterns: Pattern[];
}
