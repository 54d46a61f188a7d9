/**
 * The GeoNames geoname table (https://download.geonames.org/export/dump/readme.txt): one
 * place per line, 19 tab-separated columns: geonameid, name, asciiname, alternatenames
 * (comma-separated), latitude, longitude, feature class, feature code, country code, cc2,
 * admin1..admin4 codes, population, elevation, dem, timezone, modification date.
 */
import { kindForFeatureCode } from './featureKinds.js';
import { syntheticId } from './syntheticId.js';
import { isUsefulName } from './usefulName.js';
import type { GazetteerEntry } from './types.js';

export const GEONAMES_COLUMNS = 19;

export interface GeoNamesRow {
  id: number | null;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  /** Second-level division code ("G5" for Kent, "035" for Cuyahoga County), '' when none. */
  admin2: string;
  population: number;
}

/**
 * Parses one line; null for a blank or '#' comment line. Throws a plain Error saying
 * what is wrong otherwise: callers add the file and line number.
 */
export function parseGeoNamesRow(line: string): GeoNamesRow | null {
  if (line.trim() === '' || line.startsWith('#')) return null;
  const c = line.split('\t');
  if (c.length < GEONAMES_COLUMNS) throw new Error(`expected ${GEONAMES_COLUMNS} tab-separated columns, found ${c.length}`);
  const name = c[1]!.trim();
  if (name === '') throw new Error('empty name (column 2)');
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (c[4]!.trim() === '' || c[5]!.trim() === '' || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
    throw new Error(`invalid latitude/longitude (columns 5-6): '${c[4]}', '${c[5]}'`);
  }
  const rawId = c[0]!.trim();
  const id = /^\d{1,10}$/.test(rawId) && Number(rawId) <= 0x7fffffff ? Number(rawId) : null;
  if (rawId !== '' && id === null) throw new Error(`invalid geonameid (column 1): '${rawId}'`);
  const population = Number(c[14]);
  return {
    id,
    name,
    asciiName: c[2]!.trim(),
    alternateNames: c[3]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    lat,
    lon,
    featureClass: c[6]!.trim(),
    featureCode: c[7]!.trim(),
    country: c[8]!.trim().toUpperCase(),
    admin1: c[10]!.trim(),
    admin2: c[11]!.trim(),
    population: Number.isFinite(population) && population > 0 ? population : 0,
  };
}

/**
 * The entry for a row. `filterNames` drops GeoNames's machine transliterations and
 * non-Latin names (see isUsefulName); a user's own file is taken as written.
 */
export function entryFromRow(row: GeoNamesRow, options: { filterNames: boolean; parentId?: number | null }): GazetteerEntry {
  const names = new Set<string>();
  if (row.asciiName !== '' && row.asciiName !== row.name) names.add(row.asciiName);
  for (const a of row.alternateNames) if (a !== row.name && (!options.filterNames || isUsefulName(a))) names.add(a);
  let kind = kindForFeatureCode(row.featureCode);
  if (kind === 'other' && row.featureCode === '' && row.featureClass === 'P') kind = 'city';
  return {
    id: row.id ?? syntheticId(row.name, row.lat, row.lon),
    name: row.name,
    kind,
    featureCode: row.featureCode === '' ? null : row.featureCode,
    country: row.country === '' ? null : row.country,
    // "00" is GeoNames's "no admin1" code.
    admin1: row.admin1 === '' || row.admin1 === '00' ? null : row.admin1,
    lat: row.lat,
    lon: row.lon,
    population: row.population,
    parentId: options.parentId ?? null,
    alternateNames: [...names],
  };
}
