/**
 * Gazetteer lookups for one text, memoised by surface form (a name is usually
 * mentioned several times), with one candidate per entry.
 */
import { MATCH_SCORES } from '../gazetteer/matchScores.js';
import type { Gazetteer, NameMatch } from '../gazetteer/types.js';

export type Lookup = (surface: string) => NameMatch[];

/** How many candidates a lookup asks for: enough for common names ("Springfield"). */
const LIMIT = 25;

/**
 * A city split in halves in the news (Berlin, Beirut, Jerusalem, Mosul) is a large one; a
 * town of this size under the whole name ("East London", "North Las Vegas") is that town.
 */
const DIVIDED_CITY_MIN_POPULATION = 100_000;
const WHOLE_TOWN_MIN_POPULATION = 10_000;

export function lookupCache(
  gazetteer: Gazetteer,
  language: string | null,
  /** The city a name of one of its halves names ("East Berlin"), from the language's pack. */
  cityOfHalf: (surface: string) => string | null = () => null,
): Lookup {
  const memo = new Map<string, NameMatch[]>();
  return (surface) => {
    const hit = memo.get(surface);
    if (hit) return hit;
    let found: NameMatch[];
    try {
      found = dedupe(gazetteer.lookup(surface, { language, limit: LIMIT, demonyms: true }));
      const city = cityOfHalf(surface);
      if (city !== null) found = withDividedCity(found, gazetteer.lookup(city, { language, limit: LIMIT }));
    } catch {
      // A gazetteer failing on an odd string must not fail the analysis.
      found = [];
    }
    memo.set(surface, found);
    return found;
  };
}

/**
 * "East Berlin" is Berlin's half unless a sizeable town bears the whole name: the city is
 * added as a variant of the name, below the exact small towns, for the article to choose.
 */
function withDividedCity(found: NameMatch[], city: readonly NameMatch[]): NameMatch[] {
  if (found.some((m) => m.how === 'exact' && m.entry.kind === 'city' && m.entry.population >= WHOLE_TOWN_MIN_POPULATION)) return found;
  const halves = city
    .filter(
      (m) => (m.how === 'exact' || m.how === 'folded') && m.entry.kind === 'city' && m.entry.population >= DIVIDED_CITY_MIN_POPULATION,
    )
    .map((m): NameMatch => ({ ...m, score: MATCH_SCORES.folded, how: 'variant' }));
  return halves.length === 0 ? found : dedupe([...found, ...halves]);
}

/** Keeps the best match of each entry, best score first. */
function dedupe(matches: readonly NameMatch[]): NameMatch[] {
  const best = new Map<number, NameMatch>();
  for (const m of matches) {
    const old = best.get(m.entry.id);
    if (!old || m.score > old.score) best.set(m.entry.id, m);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Whether a match is a national adjective or demonym rather than a name. */
export const isDemonym = (m: NameMatch): boolean => m.how === 'demonym';
