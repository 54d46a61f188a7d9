/** Conditional-GET state per feed URL (ETag, Last-Modified), for ingest to poll politely. */
import type { Queryable } from './db.js';
import type { FeedState } from './types.js';

export async function getFeedState(db: Queryable, url: string): Promise<FeedState | null> {
  const r = await db.query<{ url: string; etag: string | null; last_modified: string | null; checked_at: Date }>(
    'SELECT url, etag, last_modified, checked_at FROM feed_state WHERE url = $1',
    [url],
  );
  const row = r.rows[0];
  return row === undefined
    ? null
    : { url: row.url, etag: row.etag, lastModified: row.last_modified, checkedAt: row.checked_at.toISOString() };
}

export async function setFeedState(db: Queryable, state: Omit<FeedState, 'checkedAt'>): Promise<void> {
  await db.query(
    `INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, checked_at = EXCLUDED.checked_at`,
    [state.url, state.etag, state.lastModified],
  );
}
