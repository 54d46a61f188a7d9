import type { Migration } from './migration.js';

/**
 * Search reads, measured with `npm run bench:ingest`:
 * - The search vector goes back to compressed storage (003 had stored it uncompressed):
 *   ranking reads every matching vector, and reading uncompressed ones tripled search
 *   latency, for little gain at insert.
 * - The full-text index takes new entries at once rather than in a pending list that
 *   every search scans linearly until it is merged: search p95 stays flat as the
 *   corpus grows, at a small cost per insert.
 */
export const searchIndexReads: Migration = {
  version: 4,
  name: 'search vector compressed again; full-text index without pending list',
  up: `
ALTER TABLE articles ALTER COLUMN search SET STORAGE EXTENDED;
ALTER INDEX articles_search_idx SET (fastupdate = off);
`,
};
