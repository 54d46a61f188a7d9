/**
 * Which city a district belongs to. GeoNames gives a PPLX ("section of populated place")
 * a position and admin codes but no parent, so the parent is inferred: among the cities
 * (PPL*) of the same country, and of the same admin1 when both codes are known, within
 * DISTRICT_RADIUS_KM of the district, the most populous (the nearest on a tie). That makes
 * "the districts of Aleppo" = children(170063), and not those of a suburb next door.
 */
import { distanceKm } from './distanceKm.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

export const DISTRICT_RADIUS_KM = 15;

/**
 * Returns `entries` with `parentId` set on districts that had none and have a city
 * nearby, looking for cities among `entries` and in `others` (when they can search by
 * position). Other entries are returned as they are.
 */
export function assignDistrictParents(
  entries: readonly GazetteerEntry[],
  others: readonly Gazetteer[] = [],
  radiusKm = DISTRICT_RADIUS_KM,
): GazetteerEntry[] {
  const orphans = entries.filter((e) => e.kind === 'district' && e.parentId === null);
  if (orphans.length === 0) return [...entries];
  const grid = new CityGrid(entries.filter((e) => e.kind === 'city'));
  const parentOf = new Map<GazetteerEntry, number>();
  for (const d of orphans) {
    const candidates = [...grid.near(d.lat, d.lon, radiusKm)];
    for (const g of others) if (g.nearby) candidates.push(...g.nearby(d.lat, d.lon, radiusKm, { kinds: ['city'] }));
    let best: GazetteerEntry | null = null;
    let bestDistance = Infinity;
    for (const c of candidates) {
      if (c.country !== d.country || (c.admin1 !== null && d.admin1 !== null && c.admin1 !== d.admin1)) continue;
      const dist = distanceKm(d.lat, d.lon, c.lat, c.lon);
      if (dist > radiusKm) continue;
      if (best === null || c.population > best.population || (c.population === best.population && dist < bestDistance)) {
        best = c;
        bestDistance = dist;
      }
    }
    if (best !== null) parentOf.set(d, best.id);
  }
  return entries.map((e) => {
    const p = parentOf.get(e);
    return p === undefined ? e : { ...e, parentId: p };
  });
}

/** Cities bucketed by 0.25° cells: a district's candidates are in its cell and those around, as far as the radius reaches. */
class CityGrid {
  private readonly cells = new Map<string, GazetteerEntry[]>();
  constructor(cities: readonly GazetteerEntry[]) {
    for (const c of cities) {
      const k = CityGrid.key(Math.floor(c.lat / 0.25), Math.floor(c.lon / 0.25));
      const list = this.cells.get(k);
      if (list === undefined) this.cells.set(k, [c]);
      else list.push(c);
    }
  }
  *near(lat: number, lon: number, radiusKm: number): Iterable<GazetteerEntry> {
    const y = Math.floor(lat / 0.25);
    const x = Math.floor(lon / 0.25);
    // A cell is ~27.8 km high, and narrower east-west away from the equator.
    const dy = Math.ceil(radiusKm / 27.8);
    const dx = Math.min(720, Math.ceil(radiusKm / (27.8 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01))));
    for (let i = y - dy; i <= y + dy; i++) for (let j = x - dx; j <= x + dx; j++) yield* this.cells.get(CityGrid.key(i, j)) ?? [];
  }
  private static key(y: number, x: number): string {
    return `${y}:${x}`;
  }
}
