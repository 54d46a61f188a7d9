/**
 * "Aleppo and the places inside it", as a filter on event locations. Districts carry
 * their city in their ACLED name ("Aleppo - Sukkari"), so a place holds a location when
 * the location is that place (by GeoNames id or by name) or is named "<place> - …"; a
 * district alone ("Sukkari") finds "Aleppo - Sukkari".
 * Names compare case- and accent-insensitively; callers that have a gazetteer add the
 * place's English name to the user's spelling ("Alep" → also "Aleppo").
 */
import { foldText } from '../core/foldText.js';
import type { EventLocation } from './types.js';

export interface PlaceQuery {
  /** Names the place goes by (the user's and the gazetteer's). */
  names: string[];
  /** GeoNames id of the place, when resolved. */
  geonameId: number | null;
}

export function placeQuery(names: readonly string[], geonameId: number | null = null): PlaceQuery {
  return { names: [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))], geonameId };
}

export function placeHolds(q: PlaceQuery, l: Pick<EventLocation, 'name' | 'geonameId'>): boolean {
  if (q.geonameId !== null && l.geonameId === q.geonameId) return true;
  const name = foldName(l.name);
  return q.names.some((n) => {
    const f = foldName(n);
    return name === f || name.startsWith(`${f} - `) || name.endsWith(` - ${f}`);
  });
}

/** Case and accents aside, spaces squeezed: "Kallassé" and "kallasse" compare equal. */
export function foldName(s: string): string {
  return foldText(s).replace(/\s+/g, ' ').trim();
}
