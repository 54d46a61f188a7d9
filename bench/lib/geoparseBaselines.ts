/**
 * Naive peers for the geoparsing benchmark, run in the same process on the same
 * gazetteer, so that Vigie's figures have something to stand beside:
 * - recognition "exact lookup": every run of capitalised words, matched longest first
 *   against the gazetteer's exact names and demonyms, with no stop list, cue or context;
 * - resolution "population only": the most populous candidate of the gold surface.
 */
import type { Gazetteer, GazetteerEntry } from '../../src/analyze/gazetteer/types.js';
import type { Span } from './geoparseScore.js';

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*/gu;
const MAX_WORDS = 5;

/** Spans of runs of capitalised words (single spaces between) that the gazetteer knows exactly. */
export function exactLookupSpans(text: string, gazetteer: Gazetteer): Span[] {
  const words: Span[] = [];
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m !== null; m = CAPITALISED_WORD.exec(text)) {
    let end = m.index + m[0].length;
    // A word's trailing punctuation is not part of it ("Paris." "Britain's" are kept as "Paris", "Britain").
    const trimmed = m[0].replace(/(?:['’]s|[.'’-])+$/u, '');
    if (trimmed.length === 0) continue;
    end = m.index + trimmed.length;
    words.push({ start: m.index, end });
  }
  const out: Span[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = MAX_WORDS; n >= 1 && taken === 0; n--) {
      const run = words.slice(i, i + n);
      if (run.length < n) continue;
      // Words of one run are separated by a single space.
      if (run.some((w, k) => k > 0 && text.slice(run[k - 1]!.end, w.start) !== ' ')) continue;
      const s = run[0]!.start;
      const e = run[n - 1]!.end;
      const exact = gazetteer.lookup(text.slice(s, e), { limit: 1, demonyms: true }).some((m) => m.how === 'exact' || m.how === 'demonym');
      if (exact) {
        out.push({ start: s, end: e });
        taken = n;
      }
    }
    i += Math.max(1, taken);
  }
  return out;
}

/** The most populous candidate for a surface, or null when the gazetteer has none. */
export function mostPopulous(surface: string, gazetteer: Gazetteer): GazetteerEntry | null {
  let best: GazetteerEntry | null = null;
  for (const m of gazetteer.lookup(surface, { limit: 50, demonyms: true }))
    if (!best || m.entry.population > best.population) best = m.entry;
  return best;
}
