import type { ErrorInfo } from './errors.js';

/** One unit of the article body, in reading order. */
export type Block =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; text: string; items: string[]; ordered: boolean }
  | { kind: 'caption'; text: string }
  | { kind: 'image'; text: string; src: string | null; alt: string | null; caption: string | null };

export type BlockKind = Block['kind'];

/** How much of a timestamp is actually known. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** Where a date came from, most trusted first. */
export type DateSource = 'json-ld' | 'meta' | 'time-element' | 'url' | 'text';

/**
 * A resolved timestamp. `value` is ISO 8601 and carries an offset only when the
 * source states one (`zone: 'explicit'`); otherwise it is a local wall-clock time.
 * `assumedOffset` is a best guess (e.g. from a named zone like "ET") that is never
 * written into `value`.
 */
export interface DateInfo {
  value: string;
  precision: DatePrecision;
  zone: 'explicit' | 'none' | 'assumed';
  assumedOffset: string | null;
  source: DateSource;
  raw: string;
}

export interface RemovedSummary {
  /** Number of boilerplate units dropped (elements or lines). */
  count: number;
  /** Characters of text dropped. */
  chars: number;
  /** Count per reason, e.g. { ad: 2, share: 1, related: 1 }. */
  byReason: Record<string, number>;
  /** A few short examples of what was dropped, for eyeballing. */
  samples: string[];
}

export interface Diagnostic {
  level: 'info' | 'warn';
  code: string;
  message: string;
}

export interface Article {
  ok: true;
  /** The input exactly as given (path, URL, '-'), or '<string>' for library calls. */
  source: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  title: string | null;
  /** The standfirst / chapeau. */
  lede: string | null;
  authors: string[];
  /** The dateline as printed, when the page prints one. */
  dateline: string | null;
  publishedAt: string | null;
  published: DateInfo | null;
  modifiedAt: string | null;
  modified: DateInfo | null;
  /** ISO 639-1. */
  language: string | null;
  section: string | null;
  tags: string[];
  blocks: Block[];
  /** Body only: paragraphs, headings, quotes and lists joined by blank lines; no title, no captions. */
  text: string;
  wordCount: number;
  removed: RemovedSummary;
  diagnostics: Diagnostic[];
  /** What the input was read as. */
  format: 'html' | 'text';
  /** Charset the bytes were decoded with. */
  encoding: string;
}

export interface ExtractFailure {
  ok: false;
  source: string;
  url: string | null;
  error: ErrorInfo;
}

export type ExtractResult = Article | ExtractFailure;

/** Counts words the way most readers would: runs of letters or digits. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
