/**
 * The extract → save half of the pipeline for one document. Bytes already stored under
 * the same URL are recognised by their SHA-256 before extraction, so a re-run (after a
 * crash, or just again) costs a hash and a lookup per document and writes nothing.
 * `store.save` writes each document in its own transaction: a kill leaves whole
 * documents or none.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import { toVigieError, VigieError, type ErrorInfo } from '../core/errors.js';
import { extract } from '../extract/extract.js';
import { parseDate } from '../extract/dates/index.js';
import type { FetchRecord, Store } from '../store/types.js';
import type { IngestStatus } from './ingestEvents.js';

/** What a listing (a news sitemap) said about the page, used where the page says nothing. */
export interface DocumentHints {
  title?: string | null;
  publishedAt?: string | null;
}

export interface SavedDocument {
  status: Extract<IngestStatus, 'new' | 'updated' | 'duplicate' | 'failed'>;
  articleId?: string;
  version?: number;
  nearDuplicate?: boolean;
  title?: string | null;
  error?: ErrorInfo;
}

export async function saveDocument(
  store: Store,
  record: FetchRecord,
  opts: { maxBytes: number; hints?: DocumentHints | null; boilerplateLines?: ReadonlySet<string> | null },
): Promise<SavedDocument> {
  try {
    const sha = createHash('sha256').update(record.raw).digest('hex');
    if (await store.hasRaw(record.url, sha)) return { status: 'duplicate' };
    const result = extract(record.raw, {
      source: record.source,
      url: record.url,
      contentType: record.headers['content-type'] ?? null,
      maxBytes: opts.maxBytes,
      boilerplateLines: opts.boilerplateLines ?? null,
    });
    if (!result.ok) return { status: 'failed', error: result.error };
    // An empty article is not worth a row: a page needing JavaScript, an index page…
    if (result.text === '') {
      return { status: 'failed', error: new VigieError('E_NO_CONTENT', 'no article body found').toJSON() };
    }
    const article = applyHints(result, opts.hints ?? null);
    const out = await store.save({ fetch: record, article });
    return {
      status: out.status === 'unchanged' ? 'duplicate' : out.status,
      articleId: out.articleId,
      version: out.version,
      nearDuplicate: out.isDuplicate,
      title: article.title,
    };
  } catch (err) {
    return { status: 'failed', error: toVigieError(err).toJSON() };
  }
}

function applyHints(a: Article, hints: DocumentHints | null): Article {
  if (hints === null) return a;
  const out = { ...a, diagnostics: [...a.diagnostics] };
  if (out.title === null && hints.title) {
    out.title = hints.title;
    out.diagnostics.push({ level: 'info', code: 'TITLE_FROM_SITEMAP', message: 'title taken from the news sitemap' });
  }
  if (out.publishedAt === null && hints.publishedAt) {
    const d = parseDate(hints.publishedAt, { source: 'meta' });
    if (d !== null) {
      out.published = d;
      out.publishedAt = d.value;
      out.diagnostics.push({ level: 'info', code: 'DATE_FROM_SITEMAP', message: 'publication date taken from the news sitemap' });
    }
  }
  return out;
}
