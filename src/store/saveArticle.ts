/**
 * Stores one fetched document in one transaction: outlet, article row, a new version
 * with the raw bytes gzipped, the search vector and the near-duplicate links. A crash
 * (even kill -9) at any point leaves either all of it or none of it, so re-running an
 * interrupted ingest stores each article exactly once.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import type { Db, Queryable } from './db.js';
import { foldText } from '../core/foldText.js';
import { linkDuplicates } from './linkDuplicates.js';
import { saveArticles } from './saveArticles.js';
import type { SaveInput, SaveOutcome } from './types.js';

/** A document ready to write: everything computed outside the transaction. */
export interface Prepared {
  input: SaveInput;
  rawSha: string;
  textHash: string;
  gz: Buffer;
  json: string;
  row: ArticleRow;
  cfg: string;
  sig: Uint32Array | null;
  bands: number[] | null;
}

/**
 * Saves take this transaction-scoped lock: concurrent ingests against one server would
 * otherwise race on a new URL (unique violation) or miss each other's near-duplicates
 * (neither sees the other's uncommitted fingerprint). Extraction, the slow part, runs
 * outside it.
 */
export const SAVE_LOCK = 0x76736176; // 'vsav'

/** PostgreSQL refuses tsvectors over 1 MB; a body this long is indexed by its start. */
const MAX_INDEXED_CHARS = 400_000;

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What counts as "the same extracted text": headline, standfirst and body. */
export function contentHash(a: Article): string {
  return sha256Hex([a.title ?? '', a.lede ?? '', a.text].join('\n\u0000\n'));
}

export async function saveArticle(db: Db, input: SaveInput): Promise<SaveOutcome> {
  return (await saveArticles(db, [input]))[0]!;
}

/** One document, inside the caller's transaction (which holds SAVE_LOCK). */
export async function saveInTransaction(tx: Queryable, p: Prepared): Promise<SaveOutcome> {
  const { fetch, article } = p.input;
  const { rawSha, textHash } = p;
  const found = await tx.query<{
    id: string;
    current_version: number;
    text_hash: string;
    dup_group: string | null;
    is_duplicate: boolean;
  }>('SELECT id::text AS id, current_version, text_hash, dup_group::text AS dup_group, is_duplicate FROM articles WHERE url = $1', [
    fetch.url,
  ]);
  const prev = found.rows[0];
  if (prev !== undefined) {
    const sameRaw = await tx.query('SELECT 1 FROM article_versions WHERE article_id = $1::bigint AND raw_sha256 = $2', [prev.id, rawSha]);
    if (sameRaw.rows.length > 0 || prev.text_hash === textHash) {
      return {
        status: 'unchanged',
        articleId: prev.id,
        version: prev.current_version,
        duplicateGroup: prev.dup_group,
        isDuplicate: prev.is_duplicate,
      };
    }
  }

  const outletId = await upsertOutlet(tx, article, fetch.url);
  const version = prev === undefined ? 1 : prev.current_version + 1;
  const row = p.row;
  const cfg = p.cfg;
  const articleJson = p.json;
  let id: string;
  if (prev === undefined) {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO articles (url, outlet_id, current_version, title, language, published_at, published_local, day, text, word_count,
                               article, text_hash, search_config, search, first_fetched_at, fetched_at, lede)
         VALUES ($1, $2::bigint, 1, $3, $4, $5, $6, COALESCE($7::date, ($8::timestamptz AT TIME ZONE 'UTC')::date), $9, $10,
                 $11::text::json, $12, $13::text, ${SEARCH_VECTOR}, $8, $8, $17)
         RETURNING id::text AS id`,
      [
        fetch.url,
        outletId,
        row.title,
        row.language,
        row.publishedAt,
        row.publishedLocal,
        row.day,
        fetch.fetchedAt,
        article.text,
        article.wordCount,
        articleJson,
        textHash,
        cfg,
        ...row.search,
        article.lede,
      ],
    );
    id = inserted.rows[0]!.id;
  } else {
    id = prev.id;
    await tx.query(
      `UPDATE articles SET outlet_id = $2::bigint, current_version = $3, title = $4, language = $5, published_at = $6, published_local = $7,
                day = COALESCE($8::date, (first_fetched_at AT TIME ZONE 'UTC')::date), text = $9, word_count = $10,
                article = $11::text::json, text_hash = $12, search_config = $13::text, search = ${SEARCH_VECTOR},
                fetched_at = $17, lede = $18
          WHERE id = $1::bigint`,
      [
        id,
        outletId,
        version,
        row.title,
        row.language,
        row.publishedAt,
        row.publishedLocal,
        row.day,
        article.text,
        article.wordCount,
        articleJson,
        textHash,
        cfg,
        ...row.search,
        fetch.fetchedAt,
        article.lede,
      ],
    );
  }
  await tx.query(
    `INSERT INTO article_versions (article_id, version, source, fetched_at, status, headers, raw_sha256, raw_size, raw_gz, text_hash, title)
       VALUES ($1::bigint, $2, $3, $4, $5, $6::text::jsonb, $7, $8, decode($9, 'base64'), $10, $11)`,
    [
      id,
      version,
      fetch.source,
      fetch.fetchedAt,
      fetch.status,
      JSON.stringify(fetch.headers ?? {}),
      rawSha,
      fetch.raw.byteLength,
      p.gz.toString('base64'),
      textHash,
      article.title,
    ],
  );

  if (p.input.analysis) {
    await tx.query(
      'INSERT INTO article_analyses (article_id, version, analyzer, analysis) VALUES ($1::bigint, $2::int, $3, $4::text::json)',
      [id, version, p.input.analysis.analyzer, JSON.stringify(p.input.analysis.analysis)],
    );
  }
  await linkDuplicates(tx, id, p.sig, prev?.dup_group ?? null);
  const after = await tx.query<{ dup_group: string | null; is_duplicate: boolean }>(
    'SELECT dup_group::text AS dup_group, is_duplicate FROM articles WHERE id = $1::bigint',
    [id],
  );
  return {
    status: prev === undefined ? 'new' : 'updated',
    articleId: id,
    version,
    duplicateGroup: after.rows[0]!.dup_group,
    isDuplicate: after.rows[0]!.is_duplicate,
  };
}

/**
 * Weighted vector over accent-folded text: title A, standfirst B, body D. Both the
 * INSERT and the UPDATE pass the configuration as $13 and the folded title, standfirst
 * and body as $14–$16.
 */
export const SEARCH_VECTOR_AT = (cfg: number, title: number, lede: number, body: number): string =>
  `setweight(to_tsvector($${cfg}::text::regconfig, $${title}), 'A') || setweight(to_tsvector($${cfg}::text::regconfig, $${lede}), 'B') || to_tsvector($${cfg}::text::regconfig, $${body})`;
const SEARCH_VECTOR = SEARCH_VECTOR_AT(13, 14, 15, 16);

export interface ArticleRow {
  title: string | null;
  language: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  /** YYYY-MM-DD as printed, when the date is known to the day. */
  day: string | null;
  search: [string, string, string];
}

export function articleRow(a: Article): ArticleRow {
  const value = a.publishedAt;
  let publishedAt: Date | null = null;
  let day: string | null = null;
  if (value !== null) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T[0-9:.]+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
    if (m) {
      // A wall-clock time without a stated zone is placed with the assumed offset when
      // there is one, else read as UTC: good enough to order duplicates and filter by
      // date; the printed value is kept in published_local.
      const offset = m[5] ?? a.published?.assumedOffset ?? 'Z';
      const iso = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}${m[4] ?? 'T00:00:00'}${offset}`;
      const t = new Date(iso);
      if (!Number.isNaN(t.getTime())) publishedAt = t;
      if (m[3] !== undefined) day = `${m[1]}-${m[2]}-${m[3]}`;
    }
  }
  return {
    title: a.title,
    language: a.language?.toLowerCase() ?? null,
    publishedAt,
    publishedLocal: value,
    day,
    search: [foldText(a.title ?? ''), foldText(a.lede ?? ''), foldText(a.text.slice(0, MAX_INDEXED_CHARS))],
  };
}

/** The outlet is the site's host, without "www.": from the article's own URL when it has one, else the fetched URL. */
async function upsertOutlet(tx: Queryable, a: Article, fetchedUrl: string): Promise<string | null> {
  const host = outletKey(a, fetchedUrl);
  if (host === null) return null;
  const r = await tx.query<{ id: string }>(
    `INSERT INTO outlets (host, name) VALUES ($1, $2)
     ON CONFLICT (host) DO UPDATE SET name = COALESCE(outlets.name, EXCLUDED.name)
     RETURNING id::text AS id`,
    [host, a.siteName],
  );
  return r.rows[0]!.id;
}

/**
 * The outlet of an article: its site's host, without "www.", from the article's own
 * URL when it has one, else the fetched URL. A file has no host; crawlers keep one
 * site's dumps in one folder, so the folder's name stands in for it.
 */
export function outletKey(a: { canonicalUrl: string | null; url: string | null }, fetchedUrl: string): string | null {
  const host = [a.canonicalUrl, a.url, fetchedUrl].map(httpHost).find((h) => h !== null);
  if (host) return host;
  if (!/^file:/i.test(fetchedUrl)) return null;
  try {
    const parts = new URL(fetchedUrl).pathname.split('/').filter(Boolean);
    return parts.length >= 2 ? decodeURIComponent(parts[parts.length - 2]!) : null;
  } catch {
    return null;
  }
}

export function httpHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
