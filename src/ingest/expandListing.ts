/**
 * Feeds and sitemaps, once read, become more work.
 *
 * A feed: with --follow, every entry's page is fetched and extracted. Without it, entries
 * that carry the whole article (see feedEntryDocument.ts) are stored from the feed, and
 * the others are reported as `listed`: found, not fetched, nothing stored.
 *
 * A sitemap is a list of pages to fetch, always (there is nothing else to do with it); a
 * sitemap index is a list of sitemaps, followed down to maxSitemapDepth.
 */
import { VigieError } from '../core/errors.js';
import { decodeBytes } from '../extract/input/decodeBytes.js';
import { feedEntryDocument, hasFullContent } from './feedEntryDocument.js';
import { readFeed } from './readFeed.js';
import { readSitemap } from './readSitemap.js';
import { reportSaved, type RunContext } from './runContext.js';
import { saveDocument } from './saveDocument.js';

export interface ListingDocument {
  kind: 'feed' | 'sitemap';
  bytes: Uint8Array;
  contentType: string | null;
  /** Where it was read from (final URL, or file:///…): the base of relative links. */
  url: string;
  source: string;
  via: string | null;
  status: number | null;
  fetchedAt: Date;
  /** Sitemap index nesting so far. */
  depth: number;
}

/**
 * Resolves to true when every entry under the listing is stored (now or before), false
 * when one failed or was only listed. Throws when the listing itself is unreadable.
 */
export async function expandListing(ctx: RunContext, doc: ListingDocument): Promise<boolean> {
  const text = decodeBytes(doc.bytes, { contentType: doc.contentType, maxBytes: ctx.o.maxBytes }).text;
  const base = /^https?:/i.test(doc.url) ? doc.url : null;
  return doc.kind === 'feed' ? expandFeed(ctx, doc, text, base) : expandSitemap(ctx, doc, text, base);
}

async function expandFeed(ctx: RunContext, doc: ListingDocument, text: string, base: string | null): Promise<boolean> {
  const feed = readFeed(text, base);
  // Entries already claimed in this run (by another feed or a sitemap) are not counted twice.
  const entries = feed.entries.filter((e) => e.url === null || ctx.claim(e.url));
  ctx.emit({ type: 'listing', kind: 'feed', source: doc.source, url: doc.url, via: doc.via, entries: feed.entries.length });
  ctx.emit({ type: 'found', count: entries.length, via: doc.url });
  const results = await Promise.all(
    entries.map(async (e) => {
      const where = { source: e.url ?? e.title ?? '(untitled entry)', url: e.url, via: doc.url };
      if (e.url === null) {
        const error = new VigieError('E_NO_CONTENT', 'feed entry has no link to its page', { hint: 'nothing to store it under' });
        ctx.emit({ type: 'item', item: { ...where, status: 'skipped', title: e.title, error: error.toJSON() } });
        return true;
      }
      if (ctx.o.follow) return ctx.ingestUrl({ url: e.url, source: e.url, via: doc.url, role: 'page', depth: doc.depth });
      if (!hasFullContent(e)) {
        ctx.emit({ type: 'item', item: { ...where, status: 'listed', title: e.title } });
        return false; // not stored: a later run (maybe with --follow) must not be told "304"
      }
      const record = {
        url: e.url,
        source: e.url,
        status: doc.status,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        fetchedAt: doc.fetchedAt,
        raw: feedEntryDocument(e, feed),
      };
      return reportSaved(ctx, where, await saveDocument(ctx.o.store, record, { maxBytes: ctx.o.maxBytes }));
    }),
  );
  return results.every(Boolean);
}

async function expandSitemap(ctx: RunContext, doc: ListingDocument, text: string, base: string | null): Promise<boolean> {
  const sitemap = readSitemap(text, base);
  if (sitemap.kind === 'index') {
    if (doc.depth >= ctx.o.maxSitemapDepth) {
      throw new VigieError('E_TOO_DEEP', `sitemap indexes nest deeper than ${ctx.o.maxSitemapDepth}`, {
        hint: 'a sitemap index should list sitemaps, not more indexes; check the site',
      });
    }
    const children = sitemap.sitemaps.filter((u) => ctx.claim(u));
    ctx.emit({ type: 'listing', kind: 'sitemap-index', source: doc.source, url: doc.url, via: doc.via, entries: sitemap.sitemaps.length });
    ctx.emit({ type: 'found', count: children.length, via: doc.url });
    const results = await Promise.all(
      children.map((u) => ctx.ingestUrl({ url: u, source: u, via: doc.url, role: 'sitemap', depth: doc.depth + 1 })),
    );
    return results.every(Boolean);
  }
  const pages = sitemap.urls.filter((u) => ctx.claim(u.url));
  ctx.emit({ type: 'listing', kind: 'sitemap', source: doc.source, url: doc.url, via: doc.via, entries: sitemap.urls.length });
  ctx.emit({ type: 'found', count: pages.length, via: doc.url });
  const results = await Promise.all(
    pages.map((p) =>
      ctx.ingestUrl({
        url: p.url,
        source: p.url,
        via: doc.url,
        role: 'page',
        depth: doc.depth,
        hints: { title: p.newsTitle, publishedAt: p.newsPublishedAt },
      }),
    ),
  );
  return results.every(Boolean);
}
