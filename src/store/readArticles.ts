/**
 * Reading stored articles back: one by id or URL, or all of them in id order. Export
 * pages through the table by id (keyset pagination), so that memory stays flat however
 * large the store, on both engines and without server-side cursors.
 */
import { gunzipSync } from 'node:zlib';
import type { Analysis } from '../analyze/types.js';
import type { Article } from '../core/article.js';
import type { Queryable } from './db.js';
import type { StoredArticle } from './types.js';

export const DEFAULT_EXPORT_BATCH = 500;

const SELECT = `SELECT a.id::text AS id, a.url, o.host AS outlet, a.fetched_at, a.current_version AS version,
       (SELECT count(*)::int FROM article_versions v WHERE v.article_id = a.id) AS versions,
       a.dup_group::text AS dup_group, a.is_duplicate, a.article, an.analyzer, an.analysis
  FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
  LEFT JOIN article_analyses an ON an.article_id = a.id AND an.version = a.current_version`;

interface Row {
  id: string;
  url: string;
  outlet: string | null;
  fetched_at: Date;
  version: number;
  versions: number;
  dup_group: string | null;
  is_duplicate: boolean;
  article: Article;
  analyzer: string | null;
  analysis: Analysis | null;
}

export async function getArticle(db: Queryable, idOrUrl: string): Promise<StoredArticle | null> {
  const key = idOrUrl.trim();
  const byId = /^[0-9]{1,18}$/.test(key);
  const r = await db.query<Row>(`${SELECT} WHERE ${byId ? 'a.id = $1::bigint' : 'a.url = $1'}`, [key]);
  const row = r.rows[0];
  return row === undefined ? null : toStored(row);
}

export async function* exportArticles(db: Queryable, batchSize = DEFAULT_EXPORT_BATCH): AsyncGenerator<StoredArticle> {
  const size = Math.max(1, Math.floor(batchSize));
  let last = '0';
  for (;;) {
    const r = await db.query<Row>(`${SELECT} WHERE a.id > $1::bigint ORDER BY a.id LIMIT ${size}`, [last]);
    for (const row of r.rows) yield toStored(row);
    if (r.rows.length < size) return;
    last = r.rows.at(-1)!.id;
  }
}

/**
 * Articles whose current version has not been coded for events by `coder`, in id order,
 * paged like export. Coding one takes it off the list, so each page starts again from
 * the last id seen rather than from an offset.
 */
export async function* articlesToCode(db: Queryable, coder: string, batchSize = DEFAULT_EXPORT_BATCH): AsyncGenerator<StoredArticle> {
  const size = Math.max(1, Math.floor(batchSize));
  let last = '0';
  for (;;) {
    const r = await db.query<Row>(
      `${SELECT} WHERE a.id > $1::bigint AND NOT EXISTS (
         SELECT 1 FROM event_codings c WHERE c.article_id = a.id AND c.version = a.current_version AND c.coder = $2)
       ORDER BY a.id LIMIT ${size}`,
      [last, coder],
    );
    for (const row of r.rows) yield toStored(row);
    if (r.rows.length < size) return;
    last = r.rows.at(-1)!.id;
  }
}

/** How many articles `articlesToCode` would give: for progress bars. */
export async function countArticlesToCode(db: Queryable, coder: string): Promise<number> {
  const r = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (
       SELECT 1 FROM event_codings c WHERE c.article_id = a.id AND c.version = a.current_version AND c.coder = $1)`,
    [coder],
  );
  return r.rows[0]?.n ?? 0;
}

function toStored(row: Row): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    fetchedAt: row.fetched_at.toISOString(),
    version: row.version,
    versions: row.versions,
    duplicateGroup: row.dup_group,
    isDuplicate: row.is_duplicate,
    article: row.article,
    analysis: row.analyzer === null || row.analysis === null ? null : { analyzer: row.analyzer, analysis: row.analysis },
  };
}

/** The raw bytes of one version (the latest by default), as fetched. */
export async function getRaw(db: Queryable, idOrUrl: string, version?: number): Promise<Uint8Array | null> {
  const key = idOrUrl.trim();
  const byId = /^[0-9]{1,18}$/.test(key);
  const r = await db.query<{ raw_gz: Uint8Array }>(
    `SELECT v.raw_gz FROM articles a JOIN article_versions v ON v.article_id = a.id
      WHERE ${byId ? 'a.id = $1::bigint' : 'a.url = $1'} AND v.version = COALESCE($2::int, a.current_version)`,
    [key, version ?? null],
  );
  const row = r.rows[0];
  return row === undefined ? null : new Uint8Array(gunzipSync(row.raw_gz));
}
