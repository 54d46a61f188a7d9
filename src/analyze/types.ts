/**
 * What `analyze()` adds to an Article. Every offset is a UTF-16 index into
 * `Article.text` (the body), and `text.slice(start, end)` equals the mention.
 */

/** A span of Article.text. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export type EntityKind = 'person' | 'organization' | 'armed_group' | 'group' | 'place';

export interface Entity {
  /** Stable within one analysis: e1, e2… in order of first mention. */
  id: string;
  kind: EntityKind;
  /** Canonical name: the longest full form seen ("Rami Abdel Rahmane"). */
  name: string;
  mentions: Mention[];
  /** Other names for the same entity: acronyms, short forms, lexicon synonyms. */
  aliases: string[];
  /** A role as printed ("directeur de l'OSDH"), or null. */
  role: string | null;
  /** For armed groups and groups: the lexicon's canonical actor key ("rebels", "army"…), else null. */
  actor?: string | null;
}

export type PlaceKind = 'country' | 'admin' | 'city' | 'district' | 'region' | 'other';

export interface PlaceCandidate {
  geonameId: number | null;
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
  score: number;
}

export interface Place {
  mention: Mention;
  /** Resolved name (gazetteer's), or the surface form when unresolved. */
  name: string;
  kind: PlaceKind;
  /** False when the mention looked like a place but no candidate was strong enough: lat/lon are null then. */
  resolved: boolean;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  admin1: string | null;
  /** Name of the containing place (the city of a district, the country of a city). */
  parent: string | null;
  confidence: number;
  /** Other candidates considered, best first (at most a few). */
  alternatives: PlaceCandidate[];
}

export interface Quote {
  /** The quoted words (direct) or the reported clause (indirect). */
  text: string;
  span: Span;
  kind: 'direct' | 'indirect';
  /** Entity id of the speaker, or null when none could be attached. */
  speaker: string | null;
  /** The cue ("a-t-il affirmé", "selon l'OSDH", "said"). */
  cue: Mention | null;
}

export type TimePrecision = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'part-of-day';

export interface TimeExpression {
  text: string;
  span: Span;
  /** ISO 8601 date (YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-Www for weeks), or null when unresolved. */
  value: string | null;
  precision: TimePrecision;
  /** What the value was resolved against: the publication date (ISO), or null. */
  anchor: string | null;
  /** For precision 'part-of-day': which part of the day `value` names. */
  partOfDay?: 'morning' | 'afternoon' | 'evening' | 'night';
}

export interface Analysis {
  language: { code: string | null; confidence: number };
  sentences: Span[];
  entities: Entity[];
  places: Place[];
  quotes: Quote[];
  times: TimeExpression[];
}
