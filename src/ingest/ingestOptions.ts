/**
 * Every ingest option and its default, resolved in one place (as core/options.ts does
 * for extraction): the stages read the resolved object and never invent defaults.
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, USER_AGENT } from '../core/options.js';
import type { Article } from '../core/article.js';
import type { Store, StoredAnalysis } from '../store/types.js';
import { eventsToSave } from './codeStoredEvents.js';
import type { IngestEvent } from './ingestEvents.js';

export interface IngestOptions {
  /** Where documents go. The caller opens and closes it. */
  store: Store;
  /** Fetch the linked page of every feed entry (otherwise only full-content entries are stored). */
  follow?: boolean;
  /** Allow loopback, private and link-local targets (tests, intranets). */
  allowPrivate?: boolean;
  /** Requests in flight at once, all hosts together. */
  concurrency?: number;
  /** Requests in flight at once to one host. */
  perHost?: number;
  /** Deadline for one request (headers and body, redirects included), ms. */
  timeoutMs?: number;
  /** Size cap for one response or file, bytes (after decompression). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Tries per request on 429, 5xx and network errors (the first one included). */
  maxTries?: number;
  /** First backoff delay; doubled on each retry, plus up to 50% jitter. */
  retryBaseMs?: number;
  /** A Retry-After or Crawl-delay longer than this is not waited for. */
  maxWaitMs?: number;
  /** Sitemap indexes nest at most this deep. */
  maxSitemapDepth?: number;
  userAgent?: string;
  /** Identity for a single file input (instead of file:///abs/path). */
  url?: string | null;
  /** Told about every discovery and every outcome, as they happen. */
  onEvent?: (event: IngestEvent) => void;
  /** Stops the run: pending inputs are not started, requests in flight are aborted. */
  signal?: AbortSignal;
  /**
   * Analyses each new article or version before it is saved; the analysis is stored with
   * it, in the same transaction, and its events are coded and merged into the store's
   * once it is saved (`vigie ingest --analyze`).
   */
  analyze?: ((article: Article) => StoredAnalysis) | null;
}

export type ResolvedIngestOptions = Required<Omit<IngestOptions, 'onEvent' | 'signal' | 'url' | 'analyze'>> & {
  url: string | null;
  onEvent: ((event: IngestEvent) => void) | null;
  signal: AbortSignal | null;
};

export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_PER_HOST = 2;
export const DEFAULT_MAX_TRIES = 3;
export const DEFAULT_RETRY_BASE_MS = 1000;
export const DEFAULT_MAX_WAIT_MS = 60_000;
export const DEFAULT_MAX_SITEMAP_DEPTH = 3;
export const DEFAULT_MAX_REDIRECTS = 5;

export function resolveIngestOptions(o: IngestOptions): ResolvedIngestOptions {
  return {
    store: o.analyze ? analysingStore(o.store, o.analyze) : o.store,
    follow: o.follow ?? false,
    allowPrivate: o.allowPrivate ?? false,
    concurrency: positive(o.concurrency, DEFAULT_CONCURRENCY),
    perHost: positive(o.perHost, DEFAULT_PER_HOST),
    timeoutMs: positive(o.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxBytes: positive(o.maxBytes, DEFAULT_MAX_BYTES),
    maxRedirects: o.maxRedirects !== undefined && o.maxRedirects >= 0 ? o.maxRedirects : DEFAULT_MAX_REDIRECTS,
    maxTries: positive(o.maxTries, DEFAULT_MAX_TRIES),
    retryBaseMs: o.retryBaseMs !== undefined && o.retryBaseMs >= 0 ? o.retryBaseMs : DEFAULT_RETRY_BASE_MS,
    maxWaitMs: o.maxWaitMs !== undefined && o.maxWaitMs >= 0 ? o.maxWaitMs : DEFAULT_MAX_WAIT_MS,
    maxSitemapDepth: positive(o.maxSitemapDepth, DEFAULT_MAX_SITEMAP_DEPTH),
    userAgent: o.userAgent ?? USER_AGENT,
    url: o.url ?? null,
    onEvent: o.onEvent ?? null,
    signal: o.signal ?? null,
  };
}

function positive(v: number | undefined, d: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? Math.floor(v) : d;
}

/**
 * The store every stage saves through, with each article analysed on its way in and, once
 * saved, its events coded and merged: one wrapper here rather than an option threaded
 * through every kind of input.
 */
function analysingStore(store: Store, analyze: (article: Article) => StoredAnalysis): Store {
  return {
    ...store,
    save: async (input) => {
      const analysis = input.analysis ?? analyze(input.article);
      const outcome = await store.save({ ...input, analysis });
      if (outcome.status !== 'unchanged' && analysis !== null) {
        await store.saveEvents(
          eventsToSave(outcome.articleId, input.fetch.url, outcome.version, { ...input.article, analysis: analysis.analysis }),
        );
      }
      return outcome;
    },
  };
}
