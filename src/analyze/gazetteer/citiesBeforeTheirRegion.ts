import type { NameMatch } from './types.js';

/**
 * Many regions are named after their main city (Aleppo, Homs, Odesa, Donetsk, Damascus's
 * "Damas"), and a region counts more people than its city, so ranking by population alone
 * would put the region first. News name the city far more often ("à Homs"; the region is
 * "la province de Homs"), so among equally scored matches a city comes before the
 * first-level region that contains it (same country and admin1 code). Other orderings are
 * kept.
 */
export function citiesBeforeTheirRegion(matches: NameMatch[]): NameMatch[] {
  const out = [...matches];
  for (let i = 0; i < out.length; i++) {
    const region = out[i]!;
    if (region.entry.kind !== 'admin1') continue;
    const j = out.findIndex(
      (m, k) =>
        k > i &&
        m.score === region.score &&
        m.entry.kind === 'city' &&
        m.entry.country === region.entry.country &&
        m.entry.admin1 === region.entry.admin1,
    );
    if (j < 0) continue;
    const [city] = out.splice(j, 1);
    out.splice(i, 0, city!);
  }
  return out;
}
