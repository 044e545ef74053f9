export type PolicyFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** What an extractor returns: the clean text that sentence offsets index, and where it came from. */
export interface Extracted {
  text: string;
  format: PolicyFormat;
  encoding?: string;
  /** Ranges of `text` that are not policy prose (markdown front matter), skipped by segmentation. */
  skip?: { start: number; end: number }[];
}
