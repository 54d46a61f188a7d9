/**
 * What an ingest run reports: one event per discovery and per outcome as they happen,
 * and a summary at the end. The summary is the fold of the events (`tallyEvent`), so a
 * caller watching events and the returned summary never disagree.
 */
import type { ErrorInfo } from '../core/errors.js';

export type IngestStatus =
  /** A URL not stored before. */
  | 'new'
  /** A stored URL whose content changed: a new version, older ones kept. */
  | 'updated'
  /** Already stored with the same bytes (or the same text): nothing written. */
  | 'duplicate'
  /** A feed or sitemap answered 304 Not Modified to a conditional GET. */
  | 'not-modified'
  /** A feed entry without full content, found but not fetched (no --follow). */
  | 'listed'
  /** Not an article and not an error: a WARC request, image or non-2xx record… */
  | 'skipped'
  | 'failed';

export interface IngestItem {
  status: IngestStatus;
  /** The input as given, or the URL found in a feed, sitemap or WARC file. */
  source: string;
  /** The document's identity, when known. */
  url: string | null;
  /** The feed, sitemap or WARC file the item came from; null for inputs. */
  via: string | null;
  /** Set for new, updated and duplicate items. */
  articleId?: string;
  version?: number;
  /** The stored article is a near-duplicate of an earlier, canonical one. */
  nearDuplicate?: boolean;
  title?: string | null;
  /** Set for failed (why) and skipped (why not) items. */
  error?: ErrorInfo;
}

export type ListingKind = 'feed' | 'sitemap' | 'sitemap-index' | 'directory' | 'warc';

/**
 * Progress is counted in units: every input is one, every `found` adds `count`, and
 * every `item` and every `listing` completes one. A run is done when all are complete.
 */
export type IngestEvent =
  /** `count` more units are on their way: the inputs, a feed's entries, a sitemap's URLs, a directory's files… */
  | { type: 'found'; count: number; via: string | null }
  /** A container was read (a feed, a sitemap, a directory, a WARC file): its own unit is complete. */
  | { type: 'listing'; kind: ListingKind; source: string; url: string | null; via: string | null; entries: number }
  | { type: 'item'; item: IngestItem };

export interface IngestFailure {
  source: string;
  url: string | null;
  via: string | null;
  code: ErrorInfo['code'];
  message: string;
  hint: string;
}

export interface IngestSummary {
  new: number;
  updated: number;
  duplicate: number;
  /** Of new and updated: how many are near-duplicates of an earlier article. */
  nearDuplicate: number;
  notModified: number;
  listed: number;
  skipped: number;
  failed: number;
  /** Feeds, sitemaps, directories and WARC files read. */
  listings: number;
  failures: IngestFailure[];
  elapsedMs: number;
}

export function emptySummary(): IngestSummary {
  return {
    new: 0,
    updated: 0,
    duplicate: 0,
    nearDuplicate: 0,
    notModified: 0,
    listed: 0,
    skipped: 0,
    failed: 0,
    listings: 0,
    failures: [],
    elapsedMs: 0,
  };
}

export function tallyEvent(s: IngestSummary, e: IngestEvent): void {
  if (e.type === 'listing') s.listings++;
  if (e.type !== 'item') return;
  const it = e.item;
  switch (it.status) {
    case 'new':
      s.new++;
      break;
    case 'updated':
      s.updated++;
      break;
    case 'duplicate':
      s.duplicate++;
      break;
    case 'not-modified':
      s.notModified++;
      break;
    case 'listed':
      s.listed++;
      break;
    case 'skipped':
      s.skipped++;
      break;
    case 'failed': {
      s.failed++;
      const err = it.error ?? { code: 'E_INTERNAL', message: 'failed for an unknown reason', hint: '' };
      s.failures.push({ source: it.source, url: it.url, via: it.via, code: err.code, message: err.message, hint: err.hint });
      break;
    }
  }
  if (it.nearDuplicate && (it.status === 'new' || it.status === 'updated')) s.nearDuplicate++;
}
