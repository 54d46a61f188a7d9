import type { Migration } from './migration.js';

/**
 * Lighter writes, measured with `npm run bench:ingest`:
 * - A version keeps its raw bytes, headers and hashes, and its title; the extracted
 *   Article is kept once, on the article (an old version's can be re-extracted from
 *   its raw bytes), instead of twice per save.
 * - The Article is stored as `json` (validated, not decomposed): nothing queries
 *   inside it, and `jsonb` parsing was a large part of each insert.
 * - Gzipped raw bytes are not compressed again by TOAST (STORAGE EXTERNAL).
 * - The standfirst gets a column, so search snippets do not read the Article.
 */
export const lighterWrites: Migration = {
  version: 2,
  name: 'lighter writes: article json once, raw bytes not recompressed, lede column',
  up: `
ALTER TABLE article_versions DROP COLUMN article;
ALTER TABLE article_versions ADD COLUMN title text;
ALTER TABLE article_versions ALTER COLUMN raw_gz SET STORAGE EXTERNAL;
ALTER TABLE articles ALTER COLUMN article TYPE json USING article::json;
ALTER TABLE articles ADD COLUMN lede text;
UPDATE articles SET lede = article->>'lede' WHERE lede IS NULL;
`,
};
