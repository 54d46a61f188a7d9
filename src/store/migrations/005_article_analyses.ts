import type { Migration } from './migration.js';

/**
 * What `analyze` found in each stored version (`vigie ingest --analyze`): entities,
 * places, quotes and times with their spans into that version's text. Kept per version,
 * because spans only make sense against the text they were found in; `analyzer` names
 * the Vigie version that produced it, so that later releases can tell stale analyses.
 * Stored as `json` (validated, not decomposed) like the Article: the event layer will
 * add its own indexed tables.
 */
export const articleAnalyses: Migration = {
  version: 5,
  name: 'article analyses, one per stored version',
  up: `
CREATE TABLE article_analyses (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version integer NOT NULL,
  analyzer text NOT NULL,
  analysis json NOT NULL,
  analyzed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, version)
);
ALTER TABLE article_analyses ALTER COLUMN analysis SET STORAGE EXTERNAL;
`,
};
