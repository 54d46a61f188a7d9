/**
 * The store's contract: what ingest writes and what search, show, export and stats
 * read. Two engines implement it with one schema and one set of migrations:
 * PGlite (embedded, the default, under $VIGIE_HOME) and a PostgreSQL server.
 */
import type { Analysis } from '../analyze/types.js';
import type { Article } from '../core/article.js';
import type { ControlClaim, EventRecord } from '../events/types.js';
import type { PlaceQuery } from '../events/placeQuery.js';
import type { SaveEventsInput } from './saveEvents.js';
import type { EventQuery } from './queryEvents.js';

export type { SaveEventsInput } from './saveEvents.js';
export type { EventQuery } from './queryEvents.js';

/** Where to keep data. `url` selects a PostgreSQL server; otherwise PGlite in `home`. */
export interface StoreOptions {
  /** postgres://… (or VIGIE_DATABASE_URL). */
  url?: string | null;
  /** Data folder for the embedded engine; default $VIGIE_HOME or ./.vigie. */
  home?: string | null;
  /** Apply pending migrations on open (every command but `db status` does). */
  migrate?: boolean;
}

/** How a document arrived: one fetch (or one file read). */
export interface FetchRecord {
  /** The identity of the document: the fetched URL, or file:///abs/path for files (or --url). */
  url: string;
  /** The input as the user gave it (path, URL, feed entry…). */
  source: string;
  /** HTTP status; null for files. */
  status: number | null;
  /** The response headers that matter (content-type, etag, last-modified, date, content-language, …), lower-case keys. */
  headers: Record<string, string>;
  fetchedAt: Date;
  /** Raw bytes exactly as received (after transfer decoding, before charset decoding). */
  raw: Uint8Array;
}

export interface SaveInput {
  fetch: FetchRecord;
  /** The extracted article (must be ok). */
  article: Article;
  /** Its analysis, stored with the version it was made from, in the same transaction. */
  analysis?: StoredAnalysis | null;
}

/** An analysis as stored: what `analyze` found, and which Vigie version found it. */
export interface StoredAnalysis {
  analyzer: string;
  analysis: Analysis;
}

export type SaveStatus =
  /** A URL not seen before. */
  | 'new'
  /** A known URL whose content changed: a new version; older ones are kept. */
  | 'updated'
  /** Same URL, same raw bytes (or same extracted text): nothing written. */
  | 'unchanged';

export interface SaveOutcome {
  status: SaveStatus;
  articleId: string;
  /** 1 for the first version. */
  version: number;
  /** Duplicate group (the canonical article's id) when near-duplicates exist, else null. */
  duplicateGroup: string | null;
  /** True when this article is a near-duplicate of an earlier, canonical one. */
  isDuplicate: boolean;
}

export interface SearchQuery {
  text: string;
  lang?: string | null;
  /** ISO dates (inclusive) on the publication time (fetch time when unknown). */
  since?: string | null;
  until?: string | null;
  /** Outlet host or name (substring, case-insensitive). */
  source?: string | null;
  limit?: number;
}

export interface SearchHit {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  publishedAt: string | null;
  rank: number;
  /** A short extract with every match wrapped in «…» markers (see `SNIPPET_MARKS`). */
  snippet: string;
  duplicateGroup: string | null;
}

/** Match markers in snippets: plain characters, so they survive any output format. */
export const SNIPPET_MARKS = { start: '«', end: '»' } as const;

export interface StoredArticle {
  id: string;
  url: string;
  outlet: string | null;
  fetchedAt: string;
  version: number;
  versions: number;
  duplicateGroup: string | null;
  isDuplicate: boolean;
  article: Article;
  /** The current version's analysis, when it was analysed (`vigie ingest --analyze`). */
  analysis: StoredAnalysis | null;
}

export interface StoreStats {
  articles: number;
  versions: number;
  duplicateGroups: number;
  byOutlet: Array<{ outlet: string; articles: number }>;
  byLanguage: Array<{ language: string; articles: number }>;
  byDay: Array<{ day: string; articles: number }>;
}

export interface MigrationState {
  engine: 'pglite' | 'postgres';
  /** Where: the data folder or the server URL with its password masked. */
  location: string;
  applied: Array<{ version: number; name: string; appliedAt: string }>;
  pending: Array<{ version: number; name: string }>;
}

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string;
}

export interface Store {
  readonly engine: 'pglite' | 'postgres';
  migrate(): Promise<MigrationState>;
  status(): Promise<MigrationState>;
  /** Stores one document in one transaction; idempotent; links near-duplicates. */
  save(input: SaveInput): Promise<SaveOutcome>;
  /**
   * Merges the articles saved since the last flush into the search index's main
   * structure: searches find them either way, faster after. Ingest calls it at the
   * end of a run, close() too.
   */
  flush(): Promise<void>;
  /** True when this URL is stored with exactly these raw bytes (lets ingest skip extraction). */
  hasRaw(url: string, sha256: string): Promise<boolean>;
  search(q: SearchQuery): Promise<SearchHit[]>;
  /** By article id or URL; the latest version. */
  get(idOrUrl: string): Promise<StoredArticle | null>;
  /** The raw bytes of a version (the latest by default) exactly as fetched, or null. */
  getRaw(idOrUrl: string, version?: number): Promise<Uint8Array | null>;
  /** Every article, latest versions, in id order, streamed in pages: memory stays flat. */
  export(opts?: { batchSize?: number }): AsyncIterable<StoredArticle>;
  stats(): Promise<StoreStats>;
  /**
   * Replaces the events and control claims coded from an article's current version and
   * re-merges the events they touch, in one transaction: re-coding never duplicates.
   */
  saveEvents(input: SaveEventsInput): Promise<void>;
  /** Articles whose current version was not coded for events by `coder` (streamed). */
  articlesToCode(coder: string): AsyncIterable<StoredArticle>;
  countArticlesToCode(coder: string): Promise<number>;
  /** Merged events, filtered, in date order. */
  events(q?: EventQuery): Promise<EventRecord[]>;
  /** Control claims about a place and the places inside it (every claim with no place). */
  controlClaims(place?: PlaceQuery | null): Promise<ControlClaim[]>;
  getFeedState(url: string): Promise<FeedState | null>;
  setFeedState(state: Omit<FeedState, 'checkedAt'>): Promise<void>;
  close(): Promise<void>;
}
