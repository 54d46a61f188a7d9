/**
 * One URL: fetched politely, then told apart by its content (page, feed or sitemap) and
 * handled as such.
 *
 * Feeds and sitemaps are fetched conditionally (If-None-Match, If-Modified-Since) with
 * the validators of the last complete read; a 304 means nothing to do. The validators
 * are written only once every entry under the listing is stored: after a crash, a
 * failure, or a run without --follow that only listed entries, the next run reads the
 * listing in full again instead of being told "304".
 */
import { VigieError } from '../core/errors.js';
import { maybeGunzip } from '../extract/input/readSources.js';
import { classifyDocument } from './classifyDocument.js';
import { expandListing } from './expandListing.js';
import { reportFailure, reportSaved, type RunContext, type UrlRequest } from './runContext.js';
import { saveDocument } from './saveDocument.js';

export async function ingestUrl(ctx: RunContext, req: UrlRequest): Promise<boolean> {
  const where = { source: req.source, url: req.url, via: req.via };
  const store = ctx.o.store;
  try {
    const mayBeListing = req.role !== 'page';
    const validators = mayBeListing ? await store.getFeedState(req.url) : null;
    const res = await ctx.fetcher.get(req.url, { validators });
    if (res.notModified) {
      ctx.emit({ type: 'item', item: { ...where, status: 'not-modified' } });
      return true;
    }
    // A gzipped sitemap (sitemap.xml.gz) arrives as application/gzip, not Content-Encoding.
    const bytes = maybeGunzip(res.bytes!, ctx.o.maxBytes);
    const contentType = res.headers['content-type'] ?? null;
    const kind = classifyDocument(bytes, contentType);
    if (kind === 'page') {
      if (req.role === 'sitemap') throw new VigieError('E_UNSUPPORTED_TYPE', 'listed in a sitemap index, but not a sitemap');
      const record = { url: res.url, source: req.source, status: res.status, headers: res.headers, fetchedAt: res.fetchedAt, raw: bytes };
      const saved = await saveDocument(store, record, { maxBytes: ctx.o.maxBytes, hints: req.hints ?? null });
      return reportSaved(ctx, { ...where, url: res.url }, saved);
    }
    // Entries of a listing are pages: a feed linking to feeds is not followed further.
    if (req.role === 'page') throw new VigieError('E_UNSUPPORTED_TYPE', `a ${kind}, not an article page`);
    const ok = await expandListing(ctx, {
      kind,
      bytes,
      contentType,
      url: res.url,
      source: req.source,
      via: req.via,
      status: res.status,
      fetchedAt: res.fetchedAt,
      depth: req.depth,
    });
    const etag = res.headers['etag'] ?? null;
    const lastModified = res.headers['last-modified'] ?? null;
    if (ok && (etag !== null || lastModified !== null)) await store.setFeedState({ url: req.url, etag, lastModified });
    return ok;
  } catch (err) {
    return reportFailure(ctx, where, err);
  }
}
