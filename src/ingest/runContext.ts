/**
 * What every stage of one ingest run shares: the options, the fetcher, the event sink,
 * and the set of URLs already claimed (a page listed by both a feed and a sitemap is
 * fetched once per run).
 */
import { toVigieError } from '../core/errors.js';
import type { IngestEvent, IngestItem } from './ingestEvents.js';
import type { ResolvedIngestOptions } from './ingestOptions.js';
import type { PoliteFetcher } from './politeFetcher.js';
import type { DocumentHints, SavedDocument } from './saveDocument.js';

/** A URL to fetch, and what it is expected to be. */
export interface UrlRequest {
  url: string;
  source: string;
  via: string | null;
  /** 'input': anything; 'sitemap': a sitemap (from an index); 'page': an article (from a listing). */
  role: 'input' | 'sitemap' | 'page';
  /** Sitemap index nesting so far. */
  depth: number;
  hints?: DocumentHints | null;
}

export interface RunContext {
  readonly o: ResolvedIngestOptions;
  readonly fetcher: PoliteFetcher;
  emit(event: IngestEvent): void;
  /** True the first time a URL is seen in this run. */
  claim(url: string): boolean;
  /** Fetches and ingests one URL (claimed by the caller); true when it and everything under it is stored. */
  ingestUrl(req: UrlRequest): Promise<boolean>;
}

type Where = Pick<IngestItem, 'source' | 'url' | 'via'>;

/** Reports a save (or its failure) and says whether it went well. */
export function reportSaved(ctx: RunContext, where: Where, saved: SavedDocument): boolean {
  ctx.emit({ type: 'item', item: { ...where, ...saved } });
  return saved.status !== 'failed';
}

export function reportFailure(ctx: RunContext, where: Where, err: unknown): false {
  // Work cut short by an interruption did not fail: it was not done, and the next run does it.
  if (ctx.o.signal?.aborted) return false;
  ctx.emit({ type: 'item', item: { ...where, status: 'failed', error: toVigieError(err).toJSON() } });
  return false;
}
