/**
 * Turns a resolution into the Place the analysis reports: the chosen entry, or the
 * place in focus for a street or building the gazetteer cannot know, or an
 * unresolved mention (lat/lon null) when no candidate is strong enough.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.js';
import type { Place, PlaceCandidate } from '../types.js';
import type { Focus } from './computeFocus.js';
import { sameWord } from './foldWord.js';
import { haversineKm } from './haversineKm.js';
import { placeKindOf } from './placeKindOf.js';
import type { Resolution } from './resolveDrafts.js';

/** Below this confidence a mention is reported unresolved rather than guessed. */
export const RESOLVE_MIN_CONFIDENCE = 0.4;
/**
 * A name many small places share ("Palmyra": a Syrian city and a dozen American towns)
 * spreads the confidence thin however clear the choice. The best candidate still stands
 * when it outweighs the runner-up this many times and the article's other places back
 * its country this much.
 */
const DOMINANCE = 4;
const DOMINANT_COUNTRY_SUPPORT = 0.3;
const DOMINANT_MIN_CONFIDENCE = 0.2;
/** Confidence given to a place located only by the article's focus. */
const FOCUS_FALLBACK_CONFIDENCE = 0.3;
const MAX_ALTERNATIVES = 3;
/** A candidate this far from its named host does not lie in it. */
const HOST_REACH_KM = 150;
/** A host outside the article's country must be placed this surely. */
const SURE_HOST = 0.8;
/** Below this name score (a consonant-skeleton match), and below this local support, a guess is weak. */
const WEAK_MATCH = 0.7;
const WEAK_SUPPORT = 0.3;
/** Beyond this distance from the article's focus, and outside its country, a place is out of focus. */
const OUT_OF_FOCUS_KM = 400;
/** Share of the other mentions backing a candidate's country from which it is in focus after all. */
const COUNTRY_BACKING = 0.15;
/** A town below this population, out of focus and unbacked, is taken for a namesake. */
const MINOR_POPULATION = 50_000;

export interface ToPlaceOptions {
  /** Resolve to the best candidate however weak (benchmarks score every mention). */
  guess: boolean;
  /** Locate mentions without any candidate (streets, buildings), or with only weak guesses, at the place in focus. */
  fallbackToFocus: boolean;
  /** Locate such mentions at the town named before them rather than at the nearest (Focus.near). */
  townBefore?: boolean;
}

export function toPlace(r: Resolution, gazetteer: Gazetteer, focus: Focus, options: ToPlaceOptions): Place {
  const d = r.draft;
  const mention = { start: d.start, end: d.end, text: d.text };
  const best = r.ranked[0];
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const candidate = (c: (typeof r.ranked)[number]): PlaceCandidate => ({
    geonameId: c.match.entry.id > 0 ? c.match.entry.id : null,
    name: c.match.entry.name,
    kind: placeKindOf(c.match.entry),
    country: c.match.entry.country,
    lat: c.match.entry.lat,
    lon: c.match.entry.lon,
    score: round(c.probability),
  });
  // Out of focus: a place in another country, far from the article's focus, that nothing
  // else backs, reached only by a loose spelling or against a district cue (Ferdous, "a
  // district of Aleppo", is not Ferdows in Iran). Left unresolved, its candidates kept.
  // When guessing, such a place, or a loose spelling match the article does not back
  // ("Britain" ~ Brittany), is a worse guess than the place in focus.
  const stray = best !== undefined && outOfFocus(r, focus);
  // A name found only inside the span and far from the focus, when not clearly one place,
  // is likelier what the street or building is named after than where it is.
  const weakGuess =
    stray ||
    (best !== undefined && best.match.score < WEAK_MATCH && r.localSupport < WEAK_SUPPORT) ||
    (best !== undefined && innerAway(r, focus));
  // A name found only inside a building's name ("Loyola" of "Loyola University in Los
  // Angeles"), or one whose candidates all lie outside the place named as its host
  // ("Rockingham, Northamptonshire"), is located at that host.
  const host = hostOf(r, focus);
  const hosted =
    host !== null &&
    (best === undefined ||
      d.inner ||
      (host.kind !== 'city' &&
        host.kind !== 'district' &&
        !r.contained &&
        r.confidence < RESOLVE_MIN_CONFIDENCE &&
        !within(best.match.entry, host)));
  const second = r.ranked[1];
  const dominant =
    best !== undefined &&
    r.confidence >= DOMINANT_MIN_CONFIDENCE &&
    r.countrySupport >= DOMINANT_COUNTRY_SUPPORT &&
    (second === undefined || best.probability >= DOMINANCE * second.probability);
  if (best && !hosted && !stray && (r.confidence >= RESOLVE_MIN_CONFIDENCE || dominant || (options.guess && !weakGuess))) {
    const e = best.match.entry;
    return {
      mention,
      name: e.name,
      kind: placeKindOf(e),
      resolved: true,
      geonameId: e.id > 0 ? e.id : null,
      lat: e.lat,
      lon: e.lon,
      country: e.country,
      admin1: e.admin1,
      parent: parentName(e, gazetteer),
      confidence: round(r.confidence),
      alternatives: r.ranked.slice(1, 1 + MAX_ALTERNATIVES).map(candidate),
    };
  }
  const f = hosted ? host : (focus.namedIn(d.text) ?? focus.near(d.start, options.townBefore));
  if ((!best || weakGuess || hosted) && f && options.fallbackToFocus) {
    return {
      mention,
      name: d.text,
      kind: d.cue?.role === 'is' ? d.cue.kind : 'other',
      resolved: true,
      geonameId: null,
      lat: f.lat,
      lon: f.lon,
      country: f.country,
      admin1: f.kind === 'country' ? null : f.admin1,
      parent: f.name,
      confidence: FOCUS_FALLBACK_CONFIDENCE,
      alternatives: [],
    };
  }
  const countries = new Set(r.ranked.map((c) => c.match.entry.country));
  return {
    mention,
    name: d.text,
    kind: d.cue?.role === 'is' ? d.cue.kind : best ? placeKindOf(best.match.entry) : 'other',
    resolved: false,
    geonameId: null,
    lat: null,
    lon: null,
    // Unresolved, the country is still known when every candidate shares it.
    country: countries.size === 1 ? ([...countries][0] ?? null) : null,
    admin1: null,
    parent: null,
    confidence: round(r.confidence),
    alternatives: r.ranked.slice(0, MAX_ALTERNATIVES).map(candidate),
  };
}

/** Whether the best candidate lies in another country than the focus, far from it, with nothing in the article for it. */
export function outOfFocus(r: Resolution, focus: Focus): boolean {
  const best = r.ranked[0];
  const f = focus.place;
  if (!best || !f || focus.country === null) return false;
  const e = best.match.entry;
  if (e.kind === 'country' || e.country === focus.country || r.contained) return false;
  if (r.localSupport >= WEAK_SUPPORT || r.countrySupport >= COUNTRY_BACKING) return false;
  const near = haversineKm(e.lat, e.lon, f.lat, f.lon) < OUT_OF_FOCUS_KM;
  const d = r.draft;
  // A district cue ("le quartier de X", inherited through its list) wants a part of a city
  // of the article, not a town abroad.
  const districtCue = d.cue?.role === 'is' && d.cue.kind === 'district' && e.kind !== 'district';
  const loose = best.match.how !== 'exact' && best.match.how !== 'folded' && best.match.how !== 'demonym';
  // A small town abroad that shares its name with something the story is about (a street,
  // a building, a local landmark) is likelier a namesake than a new place in the story.
  const minor = (e.kind === 'city' || e.kind === 'district' || e.kind === 'other') && e.population < MINOR_POPULATION;
  // Near the focus, only a small town abroad reached by a loose spelling or by another
  // name than its own is a stray ("Banjska", a Kosovo village, is also a name of Bansko in
  // Bulgaria); a border town named by its own name stays.
  if (near) return minor && (loose || !sameWord(best.match.matchedName, e.name));
  return districtCue || loose || minor;
}

/** A name found only inside the span ("Glenrock" in "Glenrock Lagoon") whose place lies far from the places named around it. */
function innerAway(r: Resolution, focus: Focus): boolean {
  const best = r.ranked[0];
  const f = focus.near(r.draft.start);
  if (!best || !f || !r.draft.inner || r.localSupport >= WEAK_SUPPORT) return false;
  const e = best.match.entry;
  return haversineKm(e.lat, e.lon, f.lat, f.lon) >= OUT_OF_FOCUS_KM;
}

/**
 * Where the next mention says this one lies, when it says more than the focus: a region or
 * a country that holds the place the focus would give is no better than that place.
 */
function hostOf(r: Resolution, focus: Focus): GazetteerEntry | null {
  const host = r.host;
  if (host === null) return null;
  // A host abroad must be sure of itself: "Cheshire" in an English story is no town in Connecticut.
  if (focus.country !== null && host.country !== focus.country && r.hostConfidence < SURE_HOST) return null;
  if (host.kind === 'city' || host.kind === 'district') return host;
  const near = focus.near(r.draft.start);
  if (near === null || near.country !== host.country) return host;
  if (host.kind === 'country') return null;
  return host.kind === 'admin1' && near.admin1 === host.admin1 ? null : host;
}

/** Whether `e` lies in or near `host`: in its country when the host is a country, else within HOST_REACH_KM. */
function within(e: GazetteerEntry, host: GazetteerEntry): boolean {
  if (host.kind === 'country') return e.country === host.country;
  return e.country === host.country && haversineKm(e.lat, e.lon, host.lat, host.lon) <= HOST_REACH_KM;
}

/** The containing place's name: a district's city, a city's or region's country. */
function parentName(e: GazetteerEntry, gazetteer: Gazetteer): string | null {
  if (e.parentId !== null) {
    const p = gazetteer.get(e.parentId);
    if (p) return p.name;
  }
  if (e.kind !== 'country' && e.country) return gazetteer.country(e.country)?.name ?? null;
  return null;
}
