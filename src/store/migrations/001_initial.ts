import type { Migration } from './migration.js';

/**
 * Articles, their fetch history and their near-duplicate fingerprints.
 *
 * - `articles` holds the latest version of each URL, denormalised for search and
 *   listing; `article_versions` keeps every version with its raw bytes (gzip).
 * - `search` is built from accent-folded text (see ../foldText.ts) with the text-search
 *   configuration named in `search_config`, so that search is accent-insensitive
 *   without the unaccent extension, which PGlite does not ship by default.
 * - `day` is the publication day as printed (fetch day in UTC when unknown): the day
 *   filters and per-day counts use it.
 * - `dup_group` is the id of the group's canonical (earliest) article; `minhash` the
 *   body's signature and `article_minhash_bands` its LSH bands (../fingerprint.ts).
 * - `fetched_at` is when the current version was fetched; `first_fetched_at` the first.
 */
export const initial: Migration = {
  version: 1,
  name: 'articles, versions, outlets, near-duplicate bands, feed state',
  up: `
CREATE TABLE outlets (
  id bigserial PRIMARY KEY,
  host text NOT NULL UNIQUE,
  name text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  id bigserial PRIMARY KEY,
  url text NOT NULL UNIQUE,
  outlet_id bigint REFERENCES outlets (id),
  current_version integer NOT NULL,
  title text,
  language text,
  published_at timestamptz,
  published_local text,
  day date NOT NULL,
  text text NOT NULL,
  word_count integer NOT NULL,
  article jsonb NOT NULL,
  text_hash text NOT NULL,
  search_config text NOT NULL,
  search tsvector NOT NULL,
  minhash bytea,
  dup_group bigint,
  is_duplicate boolean NOT NULL DEFAULT false,
  first_fetched_at timestamptz NOT NULL,
  fetched_at timestamptz NOT NULL
);
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_outlet_idx ON articles (outlet_id);
CREATE INDEX articles_day_idx ON articles (day);
CREATE INDEX articles_dup_group_idx ON articles (dup_group) WHERE dup_group IS NOT NULL;

CREATE TABLE article_versions (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version integer NOT NULL,
  source text NOT NULL,
  fetched_at timestamptz NOT NULL,
  status integer,
  headers jsonb NOT NULL,
  raw_sha256 text NOT NULL,
  raw_size integer NOT NULL,
  raw_gz bytea NOT NULL,
  text_hash text NOT NULL,
  article jsonb NOT NULL,
  PRIMARY KEY (article_id, version),
  UNIQUE (article_id, raw_sha256)
);

CREATE TABLE article_minhash_bands (
  band smallint NOT NULL,
  hash integer NOT NULL,
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX article_minhash_bands_article_idx ON article_minhash_bands (article_id);

CREATE TABLE feed_state (
  url text PRIMARY KEY,
  etag text,
  last_modified text,
  checked_at timestamptz NOT NULL
);
`,
};
