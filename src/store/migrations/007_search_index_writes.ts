import type { Migration } from './migration.js';

/**
 * New rows reach the full-text index through its pending list again (004 had turned
 * it off for reads): inserting an article's few hundred lexemes one by one into the
 * index trees cost more than preparing the whole save, while the pending list takes
 * them in one append and merges them in bulk, sorted. Searches stay correct with a
 * pending list, only slower while it is long, so the store merges it at the end of
 * each ingest and on close (Store.flush); a server's autovacuum merges it too.
 */
export const searchIndexWrites: Migration = {
  version: 7,
  name: 'full-text index takes new rows through its pending list',
  up: `
ALTER INDEX articles_search_idx SET (fastupdate = on);
`,
};
