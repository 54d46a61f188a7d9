/**
 * How sure we are that a mention names a place at all (not which place): the
 * gazetteer's match score, lowered by the recogniser's doubts (a capitalised common word,
 * a name stuck to a person's), raised by the prominence of the place (a village called
 * "Purchase" needs more than Paris), the cue words before it, a containing place after
 * it ("Rockingham, Northamptonshire"), other names listed with it, and its fit with the rest of the article (its region, its city
 * or places near it named too).
 */
import type { GazetteerEntry } from '../gazetteer/types.js';
import { populationScore } from './populationScore.js';
import type { Resolution } from './resolveDrafts.js';

/** Evidence from which a mention is reported as a place. */
export const ACCEPT_MIN = 0.95;

// What each kind of evidence adds to the gazetteer's match score.
const E_PROMINENCE = 0.4;
const E_LOCATIVE = 0.1;
const E_CUE = 0.35;
const E_CONTAINED = 0.3;
const E_LISTED = 0.15;
const E_LOCAL = 0.25;
const E_COUNTRY = 0.05;
/** A national adjective matched this well is taken as it is. */
const DEMONYM_MIN = 0.85;

export function placeEvidence(r: Resolution): number {
  const d = r.draft;
  // Given spans and place-noun names ("Frenchmen Street") are places by construction.
  if (d.given || d.byHead) return 1;
  const best = r.ranked[0];
  if (!best) return d.cue?.role === 'is' ? 1 : 0;
  if (d.demonym && best.match.how === 'demonym') return best.match.score >= DEMONYM_MIN ? 1 : 0;
  let evidence = best.match.score * (1 - d.doubt) + E_PROMINENCE * (prominence(best.match.entry) - 0.5);
  if (d.locative) evidence += E_LOCATIVE;
  if (d.cue) evidence += E_CUE;
  if (r.contained) evidence += E_CONTAINED;
  if (d.listed) evidence += E_LISTED;
  return evidence + E_LOCAL * r.localSupport + E_COUNTRY * r.countrySupport;
}

export function isPlace(r: Resolution): boolean {
  return placeEvidence(r) >= ACCEPT_MIN;
}

/** How well known a place is, 0..1: countries, regions, then cities and districts by size. */
export function prominence(e: GazetteerEntry): number {
  const pop = populationScore(e.population);
  switch (e.kind) {
    case 'country':
      return 1;
    case 'admin1':
      return 0.5 + 0.4 * pop;
    case 'admin2':
    case 'region':
      return 0.4 + 0.3 * pop;
    case 'city':
      return Math.min(1, 0.2 + 0.7 * pop + (e.featureCode === 'PPLC' ? 0.1 : 0));
    case 'district':
      return 0.25 + 0.5 * pop;
    default:
      return 0.2;
  }
}
