/**
 * What an article is about, geographically: how often each country, first-level
 * region and city is chosen by its place mentions (the title counting double), which
 * entries are mentioned (a mentioned city makes its districts eligible), and where the
 * confidently placed mentions are. Every tally is kept per surface form too, so that a
 * mention is judged by the other names of the article, never by its own vote.
 */
import type { GazetteerEntry } from '../gazetteer/types.js';
import { haversineKm } from './haversineKm.js';

export interface FocusVote {
  surface: string;
  entry: GazetteerEntry;
  weight: number;
  confidence: number;
  /**
   * Where the mention starts in the text, or null when it cannot locate its neighbours:
   * a title mention, or a name that may be a namesake (found inside a longer name, through
   * another name than a small place's own, or by a loose spelling).
   */
  start: number | null;
}

interface Tally {
  countries: Map<string, number>;
  admins: Map<string, number>;
  ids: Map<number, number>;
  total: number;
}

export interface Anchor {
  surface: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
}

export interface Focus {
  /** Share (0..1) of the other mentions' votes that go to a country. */
  countryShare(country: string | null, surface: string): number;
  /** Share (0..1) of the other mentions' votes that go to a first-level region ("SY.09"). */
  adminShare(country: string | null, admin1: string | null, surface: string): number;
  /** Whether another surface form chose this entry. */
  mentionedByOthers(id: number, surface: string): boolean;
  /** Confidently placed mentions (cities, districts, second-level regions), to measure distances to. */
  anchors: Anchor[];
  /** The most-mentioned city or region, else country: where an unknown street or building is assumed to be. */
  place: GazetteerEntry | null;
  /** The country most votes go to, or null when nothing is placed. */
  country: string | null;
  /**
   * The confidently placed city, district or second-level region of the focus country
   * mentioned nearest to `start` in the text, else the place in focus: where a street or
   * building named at `start` is assumed to be. With `townBefore`, the town named before it,
   * or just after it ("the stadium in Goma"), is preferred: a building named in a dispatch
   * stands in the town the sentence or paragraph is about, not in one named further on.
   */
  near(start: number, townBefore?: boolean): GazetteerEntry | null;
  /**
   * The confidently placed town or district, mentioned in the body, whose name opens or
   * closes `name` ("Kuta Square"): a square or a road named after its own town is in that
   * town, whichever town the text named last.
   */
  namedIn(name: string): GazetteerEntry | null;
}

/** A place locating its neighbours needs this many people, or another such place within BACKED_KM. */
const BACKED_POPULATION = 20_000;
const BACKED_KM = 150;
/** Votes below this confidence do not shape the focus. */
const MIN_CONFIDENCE = 0.3;
/** Anchors need more: a wrong anchor pulls its neighbours with it. */
const ANCHOR_CONFIDENCE = 0.5;

/** How far after a building a town may be named and still be its town. */
const NEAR_AFTER = 120;

const adminKey = (country: string | null, admin1: string | null): string => `${country ?? ''}.${admin1 ?? ''}`;

export function computeFocus(votes: readonly FocusVote[]): Focus {
  const all = emptyTally();
  const bySurface = new Map<string, Tally>();
  const anchors: Anchor[] = [];
  const local: Array<{ entry: GazetteerEntry; start: number; surface: string }> = [];
  const places = new Map<number, { entry: GazetteerEntry; weight: number; order: number }>();
  const countries = new Map<number, { entry: GazetteerEntry; weight: number; order: number }>();
  votes.forEach((v, order) => {
    if (v.confidence < MIN_CONFIDENCE) return;
    const own = bySurface.get(v.surface) ?? emptyTally();
    bySurface.set(v.surface, own);
    for (const t of [all, own]) addVote(t, v.entry, v.weight * v.confidence);
    const e = v.entry;
    if (v.confidence >= ANCHOR_CONFIDENCE && (e.kind === 'city' || e.kind === 'district' || e.kind === 'admin2')) {
      anchors.push({ surface: v.surface, lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1 });
      if (v.start !== null) local.push({ entry: e, start: v.start, surface: v.surface });
    }
    const bucket =
      e.kind === 'country'
        ? countries
        : e.kind === 'city' || e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'region'
          ? places
          : null;
    if (bucket) {
      // Weighed by confidence: three doubtful "State"s must not outvote one sure "Chicago".
      const old = bucket.get(e.id);
      bucket.set(e.id, { entry: e, weight: (old?.weight ?? 0) + v.weight * v.confidence, order: old?.order ?? order });
    }
  });
  const topCountry = topKey(all.countries);
  const top = (
    m: Map<number, { entry: GazetteerEntry; weight: number; order: number }>,
    country: string | null = null,
  ): GazetteerEntry | null => {
    let best: { entry: GazetteerEntry; weight: number; order: number } | null = null;
    for (const x of m.values()) {
      if (country !== null && x.entry.country !== country) continue;
      if (!best || x.weight > best.weight || (x.weight === best.weight && x.order < best.order)) best = x;
    }
    return best?.entry ?? null;
  };
  const share = (pick: (t: Tally) => number, surface: string): number => {
    const own = bySurface.get(surface);
    const total = all.total - (own?.total ?? 0);
    return total > 0 ? (pick(all) - (own ? pick(own) : 0)) / total : 0;
  };
  const place = top(places, topCountry) ?? top(countries, topCountry) ?? top(places) ?? top(countries);
  // A small town that no other name of the article lies near is likelier a namesake (a
  // restaurant called "Booker" in a Santa Barbara story) than where things are.
  const backed = local.filter(
    (x) =>
      x.entry.population >= BACKED_POPULATION ||
      local.some((y) => y.entry.id !== x.entry.id && haversineKm(x.entry.lat, x.entry.lon, y.entry.lat, y.entry.lon) <= BACKED_KM),
  );
  const near = (start: number, townBefore = false): GazetteerEntry | null => {
    let best: { entry: GazetteerEntry; start: number } | null = null;
    const distance = (x: { start: number }): number =>
      !townBefore || x.start <= start ? Math.abs(x.start - start) : x.start - start > NEAR_AFTER ? Infinity : x.start - start;
    for (const x of backed.length > 0 ? backed : local) {
      if (topCountry !== null && x.entry.country !== topCountry) continue;
      if (distance(x) === Infinity) continue;
      if (!best || distance(x) < distance(best)) best = x;
    }
    return best?.entry ?? place;
  };
  // Surfaces are kept lower-cased (the tallies' keys).
  const namedIn = (name: string): GazetteerEntry | null => {
    const key = name.toLowerCase();
    return (
      local.find(
        (x) =>
          (x.entry.kind === 'city' || x.entry.kind === 'district') && (key.startsWith(`${x.surface} `) || key.endsWith(` ${x.surface}`)),
      )?.entry ?? null
    );
  };
  return {
    countryShare: (country, surface) => (country === null ? 0 : share((t) => t.countries.get(country) ?? 0, surface)),
    adminShare: (country, admin1, surface) =>
      country === null || admin1 === null ? 0 : share((t) => t.admins.get(adminKey(country, admin1)) ?? 0, surface),
    mentionedByOthers: (id, surface) => (all.ids.get(id) ?? 0) - (bySurface.get(surface)?.ids.get(id) ?? 0) > 0,
    anchors,
    // The focus place lies in the country most mentions agree on: a stray namesake abroad,
    // however often its name recurs, does not move the story.
    place,
    country: topCountry,
    near,
    namedIn,
  };
}

function topKey(m: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let weight = 0;
  for (const [k, w] of m) if (w > weight) [best, weight] = [k, w];
  return best;
}

function emptyTally(): Tally {
  return { countries: new Map(), admins: new Map(), ids: new Map(), total: 0 };
}

function addVote(t: Tally, e: GazetteerEntry, w: number): void {
  t.total += w;
  if (e.country) t.countries.set(e.country, (t.countries.get(e.country) ?? 0) + w);
  if (e.country && e.admin1 && e.kind !== 'country')
    t.admins.set(adminKey(e.country, e.admin1), (t.admins.get(adminKey(e.country, e.admin1)) ?? 0) + w);
  t.ids.set(e.id, (t.ids.get(e.id) ?? 0) + w);
  // A district also mentions its city.
  if (e.parentId !== null && e.kind === 'district') t.ids.set(e.parentId, (t.ids.get(e.parentId) ?? 0) + w);
}
