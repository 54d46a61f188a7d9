/**
 * Event records: what `codeEvents()` finds in one analysed article, coded in ACLED's
 * terms (event type, sub-type, disorder type, actors with `inter` codes, location,
 * fatalities) and PLOVER's (event and mode). Every record carries its evidence: spans
 * of `Article.text` such that `text.slice(start, end) === evidence.text`.
 */

/** ACLED's disorder types. */
export type DisorderType = 'Political violence' | 'Demonstrations' | 'Political violence; Demonstrations' | 'Strategic developments';

/** ACLED's event types. */
export type EventType =
  'Battles' | 'Explosions/Remote violence' | 'Violence against civilians' | 'Protests' | 'Riots' | 'Strategic developments';

/** The ACLED sub-event types Vigie codes. */
export type SubEventType =
  | 'Armed clash'
  | 'Government regains territory'
  | 'Non-state actor overtakes territory'
  | 'Shelling/artillery/missile attack'
  | 'Air/drone strike'
  | 'Suicide bomb'
  | 'Remote explosive/landmine/IED'
  | 'Chemical weapon'
  | 'Grenade'
  | 'Attack'
  | 'Abduction/forced disappearance'
  | 'Sexual violence'
  | 'Peaceful protest'
  | 'Protest with intervention'
  | 'Excessive force against protesters'
  | 'Violent demonstration'
  | 'Mob violence'
  | 'Agreement'
  | 'Arrests'
  | 'Non-violent transfer of territory'
  | 'Looting/property destruction'
  | 'Disrupted weapons use'
  | 'Change to group/activity'
  | 'Headquarters or base established'
  | 'Other';

/** ACLED `inter` codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. */
export type InterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface EventActor {
  /** ACLED-style canonical name ("Military Forces of Syria", "Civilians (Syria)"). */
  name: string;
  inter: InterCode;
  /** Associated actors, ACLED's assoc_actor: named groups fighting alongside. */
  associated: string[];
  /** The lexicon key the actor came from ("army", "rebels"), or null when implied by the event (protesters). */
  key: string | null;
  /** Entity id in the analysis, when the actor is named in the text. */
  entityId: string | null;
}

export interface EventLocation {
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** The gazetteer's first-level division code ("09"), as the analysis resolved it. */
  admin1: string | null;
  /** ACLED-style name: "Aleppo - Bustan al-Qasr" for a district, the place's name otherwise. */
  name: string;
  lat: number;
  lon: number;
  /** ACLED geo_precision: 1 the place itself, 2 a part of a region near it, 3 a larger region. */
  geoPrecision: 1 | 2 | 3;
  geonameId: number | null;
}

export interface EventSource {
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  /** Set on a syndicated copy: the URL (or id) of the dispatch it republishes. Copies count as one report. */
  copyOf?: string;
}

export interface Evidence {
  /** `article.url ?? article.source`. */
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface EventFlags {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  /** Background: a state of affairs or an older event recalled ("divisée depuis 2012"). */
  background: boolean;
  /** The article reports someone's claim rather than stating the event in its own voice. */
  reportedClaim: boolean;
  /** The fatality count is a mapped vague quantity ("dozens" → 12). */
  fatalitiesEstimated: boolean;
}

export interface EventRecord {
  /** Stable: a hash of sub-type, place, date, article and evidence span. */
  id: string;
  /** ISO date (YYYY-MM-DD), or null when neither the text nor the publication date gives one. */
  date: string | null;
  /** ACLED time_precision: 1 day, 2 week, 3 month. */
  datePrecision: 1 | 2 | 3;
  eventType: EventType;
  subEventType: SubEventType;
  disorderType: DisorderType;
  plover: { event: string; mode: string | null };
  actor1: EventActor | null;
  actor2: EventActor | null;
  location: EventLocation;
  /** ACLED's rule: the lowest figure stated; null when unknown, never 0 for unknown. */
  fatalities: number | null;
  sources: EventSource[];
  /** Independent reports: sources, with syndicated copies of one dispatch counted once. */
  reports: number;
  /** Who the article says reports the event ("OSDH", "witnesses"), or null when it says it in its own voice. */
  attributedTo: string | null;
  /** One English sentence built from the fields. */
  notes: string;
  evidence: Evidence[];
  /** 0–1. */
  confidence: number;
  flags: EventFlags;
}

/** "Rebels now hold only X and Y": who holds which places, as of a date, according to whom. */
export interface ControlClaim {
  asOf: string | null;
  holder: string;
  /** ACLED-style place names ("Aleppo - Sukkari"), with their coordinates. */
  places: EventLocation[];
  attributedTo: string | null;
  /** The article that makes the claim. */
  sources: EventSource[];
  evidence: Evidence[];
}
