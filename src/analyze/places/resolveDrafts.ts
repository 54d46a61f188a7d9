/**
 * Chooses a gazetteer entry for each place mention, in context. Each candidate gets a
 * score: how well its name matches, a prior from its kind and population, what the
 * cue words say ("le quartier de X" wants a district), whether the next name contains
 * it ("Rockingham, Northamptonshire"), and — from the second pass on — the article's
 * focus: the countries and regions the other names point to, the cities they mention
 * (whose districts become eligible), and the distance to the places already placed.
 * Three passes: context-free, then twice with the focus read from the previous pass.
 */
import type { GazetteerEntry, NameMatch } from '../gazetteer/types.js';
import type { PlaceKind } from '../types.js';
import { computeFocus, type Anchor, type Focus, type FocusVote } from './computeFocus.js';
import { haversineKm } from './haversineKm.js';
import { isDemonym } from './lookupCache.js';
import { nameSimilarity } from './nameSimilarity.js';
import { sameWord } from './foldWord.js';
import { placeKindOf } from './placeKindOf.js';
import { populationScore } from './populationScore.js';
import { isPlace } from './placeEvidence.js';
import type { PlaceDraft } from './placeDraft.js';

export interface ScoredCandidate {
  match: NameMatch;
  score: number;
  /** Share of the softmax over the mention's candidates, 0..1. */
  probability: number;
}

export interface Resolution {
  draft: PlaceDraft;
  /** Candidates, best first. */
  ranked: ScoredCandidate[];
  /** Probability-like confidence in the best candidate, 0..1 (0 when there is none). */
  confidence: number;
  /** How much the rest of the article backs the best candidate, 0..1: its region, its city, places near it. */
  localSupport: number;
  /** Share of the article's other place names in the best candidate's country, 0..1. */
  countrySupport: number;
  /** The best candidate lies in the place named right after it ("Croft, Yorkshire"). */
  contained: boolean;
  /**
   * Where the next mention says this one lies ("the Palais des Nations in Geneva"), when
   * that mention is placed with confidence; null otherwise.
   */
  host: GazetteerEntry | null;
  /** The host mention's confidence (0 without a host). */
  hostConfidence: number;
}

export interface ResolvedDrafts {
  resolutions: Resolution[];
  focus: Focus;
}

// Weights of the score terms. The name match dominates; context moves a mention between
// candidates of similar name scores and priors.
const W_NAME = 3;
const W_SIMILARITY = 1;
const W_PRIOR = 1.6;
const W_CUE = 0.8;
const W_CONTAINED = 1.5;
const W_COUNTRY = 0.8;
const W_ADMIN = 0.6;
const W_PARENT = 1.5;
const W_ORPHAN = 0.8;
const W_NEAR = 0.8;
const W_DEMONYM = 0.5;
const W_SHARED_NAME = 0.3;
/** A region named after its own capital ("Kherson", "Idlib") is meant as the city unless a cue says "region". */
const W_NAMESAKE = 1.0;
const W_ALTERNATE_NAME = 0.3;
const W_SMALL_NAMESAKE = 0.3;
/** Below this population a town is small beside a large namesake. */
const SMALL_TOWN = 20_000;
/** A city this large is what its name means, rather than a region of the same name. */
const LARGE_CITY = 100_000;
/** Names shared that well count as one name. */
const SHARED_NAME_SCORE = 0.85;
/** A match this good by spelling (a variant, not a skeleton) leaves skeleton look-alikes out. */
const SPELT_SCORE = 0.85;
/** Share of the article's places a skeleton look-alike's country needs to stay beside a spelling variant. */
const SPELT_KEEP_SHARE = 0.15;
/** Candidates this close together locate a mention alike, whichever is meant. */
const SAME_SPOT_KM = 25;
/** Distance at which nearness has fallen to 1/e. */
const NEAR_KM = 150;
/** Softmax temperature turning score gaps into confidence. */
const TEMPERATURE = 0.45;
/** Body mentions that may be namesakes (see locatesNeighbours) weigh this much in the focus. */
const NAMESAKE_WEIGHT = 0.25;
/** A people's or adjective's name ("French") says who more than where: it weighs this much in the focus. */
const DEMONYM_WEIGHT = 0.5;
/** Title mentions weigh this much in the focus. */
const TITLE_WEIGHT = 2;
const PASSES = 3;
/** A host place must be placed at least this surely to locate the name before it. */
const HOST_CONFIDENCE = 0.5;

/** Coarse kinds, ranked by size, for cue agreement. */
const KIND_RANK: Record<PlaceKind, number> = { district: 1, city: 2, other: 2, admin: 3, region: 3, country: 4 };

export function resolveDrafts(drafts: readonly PlaceDraft[]): ResolvedDrafts {
  const contained = drafts.map((d, n) => containedBy(d, drafts[n + 1]));
  // One name, one place within an article: "Parkland, Florida" once placed, a later bare
  // "Parkland" is the same town, not the namesake in Washington.
  const containersOf = new Map<string, GazetteerEntry[]>();
  drafts.forEach((d, n) => {
    const c = contained[n] ?? [];
    if (c.length > 0) containersOf.set(surfaceKey(d), [...(containersOf.get(surfaceKey(d)) ?? []), ...c]);
  });
  drafts.forEach((d, n) => {
    if ((contained[n] ?? []).length === 0) contained[n] = containersOf.get(surfaceKey(d)) ?? [];
  });
  const owners = drafts.map((d, n) => ownedBy(d, drafts[n - 1]));
  // What does not change between passes is computed once.
  const memo = new Map<string, number>();
  const like = (surface: string, m: NameMatch): number => {
    if (m.how === 'exact') return 1;
    const key = `${surface}\u0000${m.matchedName}`;
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = nameSimilarity(surface, m.matchedName)));
    return v;
  };
  const likeness = drafts.map((d) => d.matches.map((m) => like(d.text, m)));
  let focus: Focus | null = null;
  let resolutions: Resolution[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    resolutions = drafts.map((d, n) => rank(d, likeness[n] ?? [], contained[n] ?? [], owners[n] ?? [], focus));
    focus = computeFocus(votesOf(resolutions));
  }
  resolutions.forEach((r, n) => {
    const next = resolutions[n + 1];
    const e = next?.ranked[0]?.match.entry;
    if (r.draft.hostedBy !== null && e && next.confidence >= HOST_CONFIDENCE) {
      r.host = e;
      r.hostConfidence = next.confidence;
    }
  });
  return { resolutions, focus: focus ?? computeFocus([]) };
}

function votesOf(resolutions: readonly Resolution[]): FocusVote[] {
  const votes: FocusVote[] = [];
  for (const r of resolutions) {
    const best = r.ranked[0];
    // Only what reads as a place shapes the focus: a capitalised common word must not pull it.
    // Nor does the country of an embassy ("the U.S. embassy in Monrovia"): the focus
    // counts shares, so even a light vote would be the whole say of a lone other name.
    if (!best || !isPlace(r) || r.draft.owner) continue;
    const locates = locatesNeighbours(r.draft, best.match);
    votes.push({
      surface: surfaceKey(r.draft),
      entry: best.match.entry,
      // A likely namesake ("Aups" inside the name of a concert) barely moves the focus.
      weight:
        (r.draft.inTitle ? TITLE_WEIGHT : locates ? 1 : NAMESAKE_WEIGHT) * (r.draft.demonym ? DEMONYM_WEIGHT : 1) * (1 - r.draft.doubt),
      confidence: r.confidence,
      start: locates ? r.draft.start : null,
    });
  }
  return votes;
}

/**
 * Whether a body mention may place the unknown streets and buildings named near it. A
 * small place found inside a longer name ("Christopher" in "Christopher Inn") or through
 * another name than its own ("Royal" for Royal City), or only by a loose spelling
 * ("Dauphine" ~ Dauphin County), is too often a namesake for that.
 */
function locatesNeighbours(d: PlaceDraft, m: NameMatch): boolean {
  if (d.inTitle || m.score < SPELT_SCORE) return false;
  if (m.entry.population >= LARGE_CITY) return true;
  return !d.inner && sameWord(m.matchedName, m.entry.name);
}

/** Mentions of the same name share one key, so that they never vote for each other. */
function surfaceKey(d: PlaceDraft): string {
  return d.text.toLowerCase();
}

function rank(
  d: PlaceDraft,
  likeness: readonly number[],
  containers: readonly GazetteerEntry[],
  owners: readonly GazetteerEntry[],
  focus: Focus | null,
): Resolution {
  const surface = surfaceKey(d);
  // Countries of the large cities and of the countries among the candidates.
  const cities = new Set<string>();
  const countries = new Set<string>();
  /** "country|admin1" of the cities among the candidates that are their region's capital or large. */
  const capitals = new Set<string>();
  /** "country|admin1" of every city among the candidates. */
  const towns = new Set<string>();
  for (const m of d.matches) {
    const e = m.entry;
    if (e.country === null || m.score < SHARED_NAME_SCORE) continue;
    if (e.kind === 'city') towns.add(`${e.country}|${e.admin1}`);
    if (e.kind === 'city' && e.population >= LARGE_CITY) cities.add(e.country);
    if (e.kind === 'city' && (e.population >= LARGE_CITY || e.featureCode === 'PPLA')) capitals.add(`${e.country}|${e.admin1}`);
    if (e.kind === 'country' && !isDemonym(m)) countries.add(e.country);
  }
  // A name that is exactly a large place's ("Alger": Algiers) does not stand for a place
  // whose consonants merely look alike (Algeria), however much the article is about it.
  const named = d.matches.some((m) => m.how === 'exact' && isLarge(m.entry));
  // Nor, within one country, for a place whose consonants merely look alike: "Bangassou"
  // is the town of that name, not Bangui, however often the article names the capital.
  const exactIn = new Set(d.matches.filter((m) => m.how === 'exact' && m.entry.country !== null).map((m) => m.entry.country));
  // A consonant skeleton is the last resort: when a spelling variant matches ("Ras al-Ain" ~
  // "Ras el Ain"), look-alikes in countries the article does not name (Ulsan, once "Urusan")
  // are no candidates; one in the article's country stays ("Ferdous", Aleppo's Fardos, not Iran's Ferdows).
  const spelt = d.matches.some((m) => m.how !== 'skeleton' && m.score >= SPELT_SCORE && !isDemonym(m));
  // A name the gazetteer knows exactly in a country the article names ("Ypres", Ieper, in a
  // story that names Belgium) leaves no room for look-alikes elsewhere (Paris).
  const exactHere = d.matches.some(
    (m) =>
      m.how === 'exact' && m.entry.country !== null && !isDemonym(m) && focus !== null && focus.countryShare(m.entry.country, surface) > 0,
  );
  const ranked: ScoredCandidate[] = d.matches
    .map((match, k) => ({
      match,
      score: scoreCandidate(d, match, likeness[k] ?? 0, containers, { cities, countries, capitals, towns }, focus, surface),
      probability: 0,
    }))
    .filter(
      (c) =>
        c.match.how !== 'skeleton' ||
        (!named &&
          !exactHere &&
          !exactIn.has(c.match.entry.country) &&
          (!spelt || (focus !== null && focus.countryShare(c.match.entry.country, surface) >= SPELT_KEEP_SHARE))),
    )
    // "Iraq's Kurdistan region" lies in Iraq: a namesake elsewhere (Iran's Kordestan) is no candidate.
    .filter((c) => owners.length === 0 || owners.some((o) => contains(o, c.match.entry)))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best)
    return { draft: d, ranked, confidence: 0, localSupport: 0, countrySupport: 0, contained: false, host: null, hostConfidence: 0 };
  let z = 0;
  for (const c of ranked) z += Math.exp((c.score - best.score) / TEMPERATURE);
  for (const c of ranked) c.probability = Math.exp((c.score - best.score) / TEMPERATURE) / z;
  // Candidates a few kilometres apart (a town and its twin across a border, a city and the
  // district of the same name) put the mention in one spot: their shares add up.
  let here = 0;
  for (const c of ranked)
    if (haversineKm(c.match.entry.lat, c.match.entry.lon, best.match.entry.lat, best.match.entry.lon) <= SAME_SPOT_KM)
      here += c.probability;
  // A loose name match caps the confidence however clear the choice among candidates.
  const confidence = here * Math.min(1, 0.4 + 0.6 * best.match.score);
  const e = best.match.entry;
  return {
    draft: d,
    ranked,
    confidence,
    localSupport: focus ? localSupport(e, focus, surface) : 0,
    countrySupport: focus ? focus.countryShare(e.country, surface) : 0,
    contained: containers.some((c) => contains(c, e)),
    host: null,
    hostConfidence: 0,
  };
}

function scoreCandidate(
  d: PlaceDraft,
  m: NameMatch,
  likeness: number,
  containers: readonly GazetteerEntry[],
  namesakes: {
    cities: ReadonlySet<string>;
    countries: ReadonlySet<string>;
    capitals: ReadonlySet<string>;
    towns: ReadonlySet<string>;
  },
  focus: Focus | null,
  surface: string,
): number {
  const e = m.entry;
  let s = W_NAME * m.score + W_PRIOR * prior(e);
  // Among loose matches, prefer the name that looks most like the surface (an exact match looks exactly like it).
  s += W_SIMILARITY * (likeness - 0.5);
  // A region sharing its name with a large city of its country ("Aleppo", "New York",
  // "Washington") is meant as the city unless a cue says otherwise; a capital named after
  // its country ("Mexico", "Kuwait") as the country.
  const { cities, countries, capitals, towns } = namesakes;
  if (e.kind === 'admin1' && e.country !== null && capitals.has(`${e.country}|${e.admin1}`)) s -= W_NAMESAKE;
  // A county or district is named after its main town far more often than not
  // ("Ghazni", "Hebron"), and news name the town.
  else if (e.kind === 'admin2' && e.country !== null && towns.has(`${e.country}|${e.admin1}`)) s -= W_NAMESAKE;
  else if (e.kind === 'admin1' && e.country !== null && cities.has(e.country)) s -= W_SHARED_NAME;
  // After a locative word that takes towns (« à Koweït »), the capital is meant, not the
  // country; nor is a region (« à Antsiranana », a town; its region would take « dans »).
  if (e.kind === 'city' && e.country !== null && countries.has(e.country)) s += d.townLocative ? W_NAMESAKE : -W_SHARED_NAME;
  if (d.townLocative && (e.kind === 'admin1' || e.kind === 'admin2')) s -= W_SHARED_NAME;
  // A small town sharing its name with a large city is rarely the one meant outside its
  // own county's news: "Louisville" in a sports story, "Colchester" (Essex, not Vermont)
  // in a story of American troops.
  else if (e.kind === 'city' && e.population < SMALL_TOWN && e.country !== null && cities.size > 0) s -= W_SMALL_NAMESAKE;
  if (d.demonym && isDemonym(m)) s += W_DEMONYM;
  // Matched through another name than its own: a historical or local name of a small
  // place ("Liverpool" for a town now called Washington) weighs less than a place's own
  // name; a large place is known by many names ("Washington" for Washington, D.C.).
  else if (!sameWord(m.matchedName, e.name)) s -= W_ALTERNATE_NAME * (1 - populationScore(e.population));
  const kind = placeKindOf(e);
  if (d.cue) {
    const want = KIND_RANK[d.cue.kind];
    const have = KIND_RANK[kind];
    const agree = d.cue.role === 'is' ? want === have : have > want;
    s += agree ? W_CUE : -W_CUE / 2;
  }
  if (containers.some((c) => contains(c, e))) s += W_CONTAINED;
  if (focus) {
    const countryShare = focus.countryShare(e.country, surface);
    s += W_COUNTRY * countryShare;
    // A country contains the article's regions: their votes back it as much as any of them.
    s += W_ADMIN * (kind === 'country' ? countryShare : focus.adminShare(e.country, e.admin1, surface));
    if (e.kind === 'district') {
      // A district is eligible when its city is mentioned; elsewhere (or with no known city) it is a stray homonym.
      s += e.parentId !== null && focus.mentionedByOthers(e.parentId, surface) ? W_PARENT : -W_ORPHAN;
    }
    s += W_NEAR * nearness(e, focus, surface);
  }
  return s;
}

/** A country, a first-level region, or a city of LARGE_CITY people or more. */
function isLarge(e: GazetteerEntry): boolean {
  return e.kind === 'country' || e.kind === 'admin1' || e.population >= LARGE_CITY;
}

/**
 * Kind and population prior: countries first, then first-level regions, then cities by
 * size, capitals above their size (writers name a government by its capital: "Washington
 * said"). Population counts by decades: 1,000 people score 0, 10 million 1.
 */
function prior(e: GazetteerEntry): number {
  const pop = populationScore(e.population);
  switch (e.kind) {
    case 'country':
      return 1;
    case 'admin1':
      return 0.7 + 0.1 * pop;
    case 'admin2':
    case 'region':
      return 0.5 + 0.1 * pop;
    case 'city':
      return 0.13 + 0.57 * pop + (e.featureCode === 'PPLC' ? 0.3 : e.featureCode === 'PPLA' ? 0.05 : 0);
    case 'district':
      return 0.15 + 0.3 * pop;
    default:
      return 0.1;
  }
}

/** 0..1: how close the candidate lies to the places already placed by other names. */
function nearness(e: GazetteerEntry, focus: Focus, surface: string): number {
  const others = (a: Anchor): boolean => a.surface !== surface;
  // A country or a region is as near as can be to the places inside it.
  if (e.kind === 'country') return focus.anchors.some((a) => others(a) && a.country === e.country) ? 1 : 0;
  if (e.kind === 'admin1' && focus.anchors.some((a) => others(a) && a.country === e.country && a.admin1 === e.admin1)) return 1;
  let best = Infinity;
  for (const a of focus.anchors) if (others(a)) best = Math.min(best, haversineKm(e.lat, e.lon, a.lat, a.lon));
  return Number.isFinite(best) ? Math.exp(-best / NEAR_KM) : 0;
}

function localSupport(e: GazetteerEntry, focus: Focus, surface: string): number {
  if (e.kind === 'country') return 0;
  const parent = e.parentId !== null && e.kind === 'district' && focus.mentionedByOthers(e.parentId, surface) ? 1 : 0;
  return Math.max(e.kind === 'admin1' ? 0 : focus.adminShare(e.country, e.admin1, surface), parent, nearness(e, focus, surface));
}

/** Whether `outer` contains `inner`: its country, or its first-level region, or its parent. */
function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.id === inner.id || outer.country === null || outer.country !== inner.country) return false;
  if (inner.parentId === outer.id) return true;
  if (outer.kind === 'country') return inner.kind !== 'country';
  if (outer.kind === 'admin1') return inner.admin1 === outer.admin1 && inner.kind !== 'admin1';
  return false;
}

/** The country a possessive puts the name in: "Iraq's autonomous Kurdistan region", "Nigeria's Plateau state". */
function ownedBy(d: PlaceDraft, prev: PlaceDraft | undefined): GazetteerEntry[] {
  if (!prev || prev.source !== d.source || d.start - prev.end > 40) return [];
  // Adjectives may stand between ("autonomous"), not a preposition: "Slovenia's ambassador to Russia".
  const between = d.source.slice(prev.end, d.start);
  if (
    !/^['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(between) ||
    /\s(?:to|in|at|of|for|from|on|with|by|and|or|the|a|an)\s/u.test(` ${between.slice(2)}`)
  )
    return [];
  return prev.matches.filter((m) => m.how === 'exact' && m.entry.kind === 'country').map((m) => m.entry);
}

/**
 * The entries the next mention may stand for when it directly follows this one after a
 * comma or in brackets ("Rockingham, Northamptonshire", "Durban (South Africa)"): those
 * that could contain this mention's place.
 */
function containedBy(d: PlaceDraft, next: PlaceDraft | undefined): GazetteerEntry[] {
  // Read by attachCues: "Washington, New York and Boston" is a list, not Washington in New York.
  if (d.hostedBy !== 'mark' || !next) return [];
  return next.matches.filter((m) => m.score >= 0.9 && (m.entry.kind === 'country' || m.entry.kind === 'admin1')).map((m) => m.entry);
}
