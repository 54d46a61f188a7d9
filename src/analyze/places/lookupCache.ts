/**
 * Gazetteer lookups for one text, memoised by surface form (a name is usually
 * mentioned several times), with one candidate per entry.
 */
import type { Gazetteer, NameMatch } from '../gazetteer/types.js';

export type Lookup = (surface: string) => NameMatch[];

/** How many candidates a lookup asks for: enough for common names ("Springfield"). */
const LIMIT = 25;

export function lookupCache(gazetteer: Gazetteer, language: string | null): Lookup {
  const memo = new Map<string, NameMatch[]>();
  return (surface) => {
    const hit = memo.get(surface);
    if (hit) return hit;
    let found: NameMatch[];
    try {
      found = dedupe(gazetteer.lookup(surface, { language, limit: LIMIT, demonyms: true }));
    } catch {
      // A gazetteer failing on an odd string must not fail the analysis.
      found = [];
    }
    memo.set(surface, found);
    return found;
  };
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
