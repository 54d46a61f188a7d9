/**
 * The shape of a language's extra place names for the offline default gazetteer: the
 * short, informal and abbreviated names news use for countries ("U.S.", "Britain",
 * "Royaume-Uni"), US-style abbreviations of first-level divisions ("Calif.", "N.Y."),
 * and names of continents, macro-regions, oceans and seas (see macroRegions.ts for
 * where those are). Names are data, kept in the language packs
 * (src/analyze/packs/xx/placeNames.ts); defaultRecords.ts reads them.
 */
export interface PlaceNameSet {
  /** Names matched like any other: case, accents and punctuation aside. */
  names?: readonly string[];
  /**
   * Names matched only as written, case and dots included, because another spelling of
   * them is a common word or another thing: "US" (never "us"), "U.S.", "EU", "La.".
   * They are not indexed under looser keys either (no variant, no skeleton).
   */
  exactCase?: readonly string[];
  /** The people's or the adjective's words ("European", "européenne"), matched on request. */
  demonyms?: readonly string[];
}

export interface PlaceNames {
  /** ISO 639-1 code of the pack. */
  code: string;
  /** Extra names of countries, by ISO 3166-1 alpha-2 code. */
  countries: Readonly<Record<string, PlaceNameSet>>;
  /** Extra names of first-level divisions, by "<country>.<GeoNames admin1 code>" ("US.CA"). */
  admin1: Readonly<Record<string, PlaceNameSet>>;
  /** Names of the places of macroRegions.ts, by their key ("europe", "middle-east"). */
  regions: Readonly<Record<string, PlaceNameSet>>;
  /**
   * Landmarks news name instead of their city, by the city's GeoNames id: seats of power
   * standing for a government ("the White House said", « l'Élysée »), and airports.
   * The landmark is placed at its city; `exactCase` as above.
   */
  landmarks: Readonly<Record<string, PlaceNameSet>>;
}
