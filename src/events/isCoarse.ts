/**
 * Whether a place is too coarse to locate an event when the text gives a finer one: a
 * continent or region, or a country, unless the country is no larger than a city (Hong
 * Kong, Singapore, Bahrain, Malta), where naming it is as precise as naming its city.
 */
import type { Place } from '../analyze/types.js';
import { worldCountries } from './worldCountries.js';

/** Countries up to this area (km²) are city-sized: Hong Kong is 1,104 km², Greater London 1,572. */
const CITY_SIZED_KM2 = 1_500;

let citySized: ReadonlySet<string> | null = null;

function citySizedCountries(): ReadonlySet<string> {
  citySized ??= new Set(
    worldCountries()
      .filter((c) => c.area > 0 && c.area <= CITY_SIZED_KM2)
      .map((c) => c.cca2),
  );
  return citySized;
}

export function isCoarse(p: Place): boolean {
  if (p.kind === 'region') return true;
  if (p.kind !== 'country') return false;
  return p.country === null || !citySizedCountries().has(p.country);
}
