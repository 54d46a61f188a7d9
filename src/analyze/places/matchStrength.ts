/**
 * How much a set of gazetteer matches says about a name, for the recogniser's judgements
 * on the capitalised words around it.
 */
import type { NameMatch } from '../gazetteer/types.js';
import { isDemonym } from './lookupCache.js';

/** A match at least this good explains its words (variant or better); looser ones leave them unexplained. */
export const SOLID_SCORE = 0.85;
/** A match this good is the name itself (exact, or case, accents and punctuation aside). */
export const CLOSE_SCORE = 0.95;

/** Whether a match is an acronym the gazetteer knows as such ("UK", "UAE"), not a short name ("Ge"). */
export function isAcronymOf(m: NameMatch, letters: string): boolean {
  const name = m.matchedName.replace(/[^\p{L}]/gu, '');
  return name === letters.toUpperCase() && name.length === letters.length;
}

/** Population from which a city is known well enough to be meant inside an organisation's name. */
const PROMINENT_POPULATION = 100_000;

/** A country, a first-level region or a large city: a name writers use for the place itself. */
export function isProminent(matches: readonly NameMatch[]): boolean {
  const m = matches[0];
  if (!m || m.score < SOLID_SCORE) return false;
  const e = m.entry;
  return e.kind === 'country' || e.population >= PROMINENT_POPULATION;
}

/** A match strong enough to stand next to an unexplained capitalised word: a country or a first-level region. */
export function isStrong(matches: readonly NameMatch[]): boolean {
  const m = matches[0];
  return m !== undefined && m.score >= CLOSE_SCORE && !isDemonym(m) && (m.entry.kind === 'country' || m.entry.kind === 'admin1');
}
