import type { Migration } from './migration.js';

/**
 * Events, in two tiers.
 * - `event_mentions`: what coding one article's current version found, one row per
 *   per-article record, under its merge key (sub-type | place | day). Re-coding an
 *   article replaces its rows, so re-ingesting never duplicates an event.
 * - `events`: the merged events, recomputed for a merge key whenever a mention of it is
 *   written or removed. Filter columns are kept beside the record; `place_name`,
 *   `actors` and `sources` hold folded text (case and accents aside, see foldText), so
 *   that both engines filter the same way without the unaccent extension.
 * `control_claims` holds "X now holds only A and B" statements per article, and
 * `event_codings` which article version was coded by which coder, so that `vigie events`
 * can catch up on articles stored without it.
 */
export const events: Migration = {
  version: 6,
  name: 'events, event mentions, control claims',
  up: `
CREATE TABLE event_mentions (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  mention_id text NOT NULL,
  merge_key text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (article_id, mention_id)
);
CREATE INDEX event_mentions_key_idx ON event_mentions (merge_key);

CREATE TABLE events (
  id text PRIMARY KEY,
  merge_key text NOT NULL,
  event_date date,
  event_type text NOT NULL,
  sub_event_type text NOT NULL,
  geoname_id bigint,
  place_name text NOT NULL,
  actors text NOT NULL,
  sources text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX events_key_idx ON events (merge_key);
CREATE INDEX events_date_idx ON events (event_date);
CREATE INDEX events_place_idx ON events (place_name text_pattern_ops);

CREATE TABLE control_claims (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  as_of date,
  place_names text NOT NULL,
  claim jsonb NOT NULL,
  PRIMARY KEY (article_id, seq)
);

CREATE TABLE event_codings (
  article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  version integer NOT NULL,
  coder text NOT NULL,
  coded_at timestamptz NOT NULL DEFAULT now()
);
`,
};
