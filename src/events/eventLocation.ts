/**
 * A resolved place as an ACLED location: a district is named after its city ("Aleppo -
 * Bustan al-Qasr"), a country by its English name, a city-sized country by its city
 * (Macau), a street or building the gazetteer lacks by the town it stands in.
 * geo_precision 1 for the place itself, 2 for a region or a place taken from the context,
 * 3 for a whole country (a city-sized one, such as Hong Kong, counts as its city).
 */
import type { Place } from '../analyze/types.js';
import { countryName } from './eventActors.js';
import { isCoarse } from './isCoarse.js';
import type { EventLocation } from './types.js';

export function eventLocation(place: Place, contextual: boolean): EventLocation {
  const p = cityOfCitySizedCountry(place) ?? place;
  const name =
    // A street, square or building the gazetteer does not know stands at its town's point
    // (the analysis fell back to the article's focus): ACLED names the town, not the quay.
    p.kind === 'other' && p.geonameId === null && p.parent !== null
      ? p.parent
      : p.kind === 'district' && p.parent !== null
        ? `${p.parent} - ${p.name}`
        : p.kind === 'country' && p.country !== null
          ? countryName(p.country)
          : p.name;
  const geoPrecision: 1 | 2 | 3 = p.kind === 'country' && isCoarse(p) ? 3 : p.kind === 'admin' || p.kind === 'region' || contextual ? 2 : 1;
  return { country: p.country, admin1: p.admin1, name, lat: p.lat!, lon: p.lon!, geoPrecision, geonameId: p.geonameId };
}

/**
 * "Macao", "Singapour": a city-sized country named in the text is also its city, and ACLED
 * places events at the city (Macau, 22.20 N) rather than at the country's centroid. The
 * gazetteer's city entry of that country, when resolution weighed it, stands in for it.
 */
function cityOfCitySizedCountry(p: Place): Place | null {
  if (p.kind !== 'country' || isCoarse(p)) return null;
  const city = p.alternatives.find((a) => a.kind === 'city' && a.country === p.country);
  if (city === undefined) return null;
  return { ...p, name: city.name, kind: 'city', geonameId: city.geonameId, lat: city.lat, lon: city.lon };
}
