import type { Migration } from './migration.js';

/**
 * Body text, Article and search vector are stored out of line without TOAST
 * compression: pglz cost more per insert than the text-search parsing itself, and
 * ranking a search decompressed every matching vector. Disk is the cheaper resource
 * here (measured with `npm run bench:ingest`).
 */
export const uncompressedHotColumns: Migration = {
  version: 3,
  name: 'text, article and search vector stored without TOAST compression',
  up: `
ALTER TABLE articles ALTER COLUMN text SET STORAGE EXTERNAL;
ALTER TABLE articles ALTER COLUMN article SET STORAGE EXTERNAL;
ALTER TABLE articles ALTER COLUMN search SET STORAGE EXTERNAL;
`,
};
