/**
 * A resolved place as an ACLED location: a district is named after its city ("Aleppo -
 * Bustan al-Qasr"), a country by its English name. geo_precision 1 for the place itself,
 * 2 for a region or a place taken from the context, 3 for a whole country (a city-sized
 * one, such as Hong Kong, counts as its city).
 */
import type { Place } from '../analyze/types.js';
import { countryName } from './eventActors.js';
import { isCoarse } from './isCoarse.js';
import type { EventLocation } from './types.js';

export function eventLocation(p: Place, contextual: boolean): EventLocation {
  const name =
    p.kind === 'district' && p.parent !== null
      ? `${p.parent} - ${p.name}`
      : p.kind === 'country' && p.country !== null
        ? countryName(p.country)
        : p.name;
  const geoPrecision: 1 | 2 | 3 = p.kind === 'country' && isCoarse(p) ? 3 : p.kind === 'admin' || p.kind === 'region' || contextual ? 2 : 1;
  return { country: p.country, admin1: p.admin1, name, lat: p.lat!, lon: p.lon!, geoPrecision, geonameId: p.geonameId };
}
