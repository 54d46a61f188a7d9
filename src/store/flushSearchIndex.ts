/**
 * Merges the full-text index's pending list (see migration 007) into the index, so that
 * searches after an ingest read the index alone. Only the index's owner (or a
 * superuser) may do so: another role sharing a server leaves it to autovacuum.
 */
import type { Queryable } from './db.js';

const INSUFFICIENT_PRIVILEGE = '42501';

export async function flushSearchIndex(db: Queryable): Promise<void> {
  try {
    await db.query(`SELECT gin_clean_pending_list('articles_search_idx'::regclass)`);
  } catch (err) {
    if ((err as { code?: unknown }).code !== INSUFFICIENT_PRIVILEGE) throw err;
  }
}
