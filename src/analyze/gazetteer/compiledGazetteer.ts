/**
 * A Gazetteer over compiled IndexData: lookups probe a hash table of keys (one hash and
 * a string comparison or two per key, microseconds), entries are made into objects only
 * when asked for, and the per-id, per-parent and spatial maps are built on first use.
 */
import { distanceKm } from './distanceKm.js';
import { DEMONYM_FACTOR, DERIVED_NAME_FACTOR, MATCH_SCORES } from './matchScores.js';
import { KINDS, keyHash, NAME_DEMONYM, NAME_DERIVED, NAME_EXACT_CASE, NAME_PLAIN, TAG, type IndexData } from './indexData.js';
import { citiesBeforeTheirRegion } from './citiesBeforeTheirRegion.js';
import type { SpellingKeys } from './spellingKeys.js';
import type { Gazetteer, GazetteerEntry, GazetteerKind, LookupOptions, MatchHow, NameMatch } from './types.js';

const DEFAULT_LIMIT = 10;
/** Answers remembered (oldest forgotten first): enough for the place names of a large batch. */
const RECENT_LOOKUPS = 20_000;
/** Grid cell of the spatial index, in degrees: about 28 km of latitude. */
const CELL_DEG = 0.25;

interface Candidate {
  score: number;
  nameIdx: number;
  how: MatchHow;
}

export class CompiledGazetteer implements Gazetteer {
  readonly size: number;
  readonly sources: readonly string[];
  private readonly objects: Array<GazetteerEntry | undefined>;
  private childrenOf: Map<number, number[]> | undefined;
  private countryOf: Map<string, number> | undefined;
  private admin1Of: Map<string, number> | undefined;
  private grid: Map<number, number[]> | undefined;
  private readonly recent = new Map<string, NameMatch[]>();

  constructor(
    readonly data: IndexData,
    private readonly spelling: SpellingKeys,
    sources: readonly string[] = [],
  ) {
    this.size = data.ids.length;
    this.sources = sources;
    this.objects = new Array<GazetteerEntry | undefined>(this.size);
  }

  lookup(surface: string, options: LookupOptions = {}): NameMatch[] {
    // News repeat the same places article after article: answers are remembered.
    const cacheKey = `${surface}\u0000${options.limit ?? ''}\u0000${options.demonyms === true}\u0000${options.kinds?.join(',') ?? ''}\u0000${options.language ?? ''}`;
    let matches = this.recent.get(cacheKey);
    if (matches === undefined) {
      matches = this.match(surface, options);
      if (this.recent.size >= RECENT_LOOKUPS) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(cacheKey, matches);
    }
    // Copies: a caller changing its answer must not change the next caller's.
    return matches.map((m) => ({ ...m }));
  }

  private match(surface: string, options: LookupOptions): NameMatch[] {
    const k = this.spelling.keys(surface);
    if (k.loose === '') return [];
    const exact = this.spelling.exactForm(surface);
    const kinds = options.kinds === undefined ? null : new Set(options.kinds);
    const best = new Map<number, Candidate>();
    const consider = (entryIdx: number, nameIdx: number, score: number, how: MatchHow): void => {
      if (kinds !== null && !kinds.has(KINDS[this.data.kinds[entryIdx]!]!)) return;
      if (this.data.nameFlags[nameIdx]! & NAME_DERIVED) score *= DERIVED_NAME_FACTOR;
      const cur = best.get(entryIdx);
      if (cur === undefined || score > cur.score) best.set(entryIdx, { score, nameIdx, how });
    };
    const visit = (key: string, fn: (entryIdx: number, nameIdx: number) => void): void => {
      const at = this.findKey(key);
      if (at < 0) return;
      const { postings, postingStart } = this.data;
      for (let p = postingStart[at]!; p < postingStart[at + 1]!; p++) {
        const nameIdx = postings[p]!;
        fn(this.entryOfName(nameIdx), nameIdx);
      }
    };
    // Only called on names sharing the surface's loose key; see NAME_PLAIN.
    const plainSurface = exact === k.loose;
    const isExact = (nameIdx: number): boolean =>
      plainSurface ? (this.data.nameFlags[nameIdx]! & NAME_PLAIN) !== 0 : this.spelling.exactForm(this.data.nameTexts[nameIdx]!) === exact;

    let asWritten: string | undefined;
    visit(TAG.loose + k.loose, (e, nm) => {
      if (this.data.nameFlags[nm]! & NAME_EXACT_CASE) {
        asWritten ??= writtenForm(surface);
        if (sameAsWritten(asWritten, this.data.nameTexts[nm]!)) consider(e, nm, MATCH_SCORES.exact, 'exact');
        return;
      }
      if (isExact(nm)) consider(e, nm, MATCH_SCORES.exact, 'exact');
      else consider(e, nm, MATCH_SCORES.folded, 'folded');
    });
    if (k.variant !== '') {
      visit(TAG.variant + k.variant, (e, nm) => consider(e, nm, MATCH_SCORES.variant, 'variant'));
      visit(TAG.partial + k.variant, (e, nm) => consider(e, nm, MATCH_SCORES.partial, 'partial'));
    }
    if (k.skeleton !== null) visit(TAG.skeleton + k.skeleton, (e, nm) => consider(e, nm, MATCH_SCORES.skeleton, 'skeleton'));
    if (options.demonyms === true) {
      visit(TAG.demonymLoose + k.loose, (e, nm) =>
        consider(e, nm, DEMONYM_FACTOR * (isExact(nm) ? MATCH_SCORES.exact : MATCH_SCORES.folded), 'demonym'),
      );
      if (k.variant !== '')
        visit(TAG.demonymVariant + k.variant, (e, nm) => consider(e, nm, DEMONYM_FACTOR * MATCH_SCORES.variant, 'demonym'));
    }

    const lang = options.language ? this.data.tables.languages.indexOf(options.language) : -1;
    const ranked = [...best.entries()].sort(([ea, a], [eb, b]) => {
      if (a.score !== b.score) return b.score - a.score;
      if (lang > 0) {
        const la = this.data.nameLangs[a.nameIdx] === lang ? 1 : 0;
        const lb = this.data.nameLangs[b.nameIdx] === lang ? 1 : 0;
        if (la !== lb) return lb - la;
      }
      const pa = this.data.populations[ea]!;
      const pb = this.data.populations[eb]!;
      if (pa !== pb) return pb - pa;
      return this.data.ids[ea]! - this.data.ids[eb]!;
    });
    const limit = options.limit !== undefined && options.limit >= 0 ? options.limit : DEFAULT_LIMIT;
    // Reorder before cutting, so that a city moved up past its region is not cut off.
    const matches = ranked.slice(0, limit + 1).map(([entryIdx, c]) => ({
      entry: this.entryAt(entryIdx),
      matchedName: this.data.nameTexts[c.nameIdx]!,
      score: c.score,
      how: c.how,
    }));
    return citiesBeforeTheirRegion(matches).slice(0, limit);
  }

  get(id: number): GazetteerEntry | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.entryAt(i);
  }

  children(id: number): GazetteerEntry[] {
    if (this.childrenOf === undefined) {
      const m = new Map<number, number[]>();
      this.data.parents.forEach((p, i) => {
        if (p === 0) return;
        const list = m.get(p);
        if (list === undefined) m.set(p, [i]);
        else list.push(i);
      });
      this.childrenOf = m;
    }
    return (this.childrenOf.get(id) ?? []).map((i) => this.entryAt(i));
  }

  country(code: string): GazetteerEntry | undefined {
    if (this.countryOf === undefined) {
      this.countryOf = this.uniqueByKey('country', (i) => this.data.tables.countries[this.data.countries[i]!]!);
    }
    const i = this.countryOf.get(code.toUpperCase());
    return i === undefined ? undefined : this.entryAt(i);
  }

  admin1(country: string, code: string): GazetteerEntry | undefined {
    if (this.admin1Of === undefined) {
      const t = this.data.tables;
      this.admin1Of = this.uniqueByKey('admin1', (i) => `${t.countries[this.data.countries[i]!]}.${t.admin1s[this.data.admin1s[i]!]}`);
    }
    const i = this.admin1Of.get(`${country.toUpperCase()}.${code}`);
    return i === undefined ? undefined : this.entryAt(i);
  }

  nearby(lat: number, lon: number, radiusKm: number, options: { kinds?: readonly GazetteerKind[] } = {}): GazetteerEntry[] {
    const kinds = options.kinds === undefined ? null : new Set(options.kinds.map((k) => KINDS.indexOf(k)));
    const found: Array<[number, number]> = [];
    const test = (i: number): void => {
      if (kinds !== null && !kinds.has(this.data.kinds[i]!)) return;
      const d = distanceKm(lat, lon, this.data.lats[i]!, this.data.lons[i]!);
      if (d <= radiusKm) found.push([d, i]);
    };
    const dLat = radiusKm / 111.2;
    const dLon = radiusKm / (111.2 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
    const cells = ((2 * dLat) / CELL_DEG + 2) * ((2 * dLon) / CELL_DEG + 2);
    if (cells > this.size / 8 || dLon >= 180) {
      for (let i = 0; i < this.size; i++) test(i); // a search that wide is cheaper as a scan
    } else {
      const grid = this.spatialGrid();
      for (let y = cellOf(lat - dLat); y <= cellOf(lat + dLat); y++) {
        for (let x = cellOf(lon - dLon); x <= cellOf(lon + dLon); x++) {
          for (const i of grid.get(cellKey(y, wrapCell(x))) ?? []) test(i);
        }
      }
    }
    return found.sort((a, b) => a[0] - b[0] || this.data.ids[a[1]]! - this.data.ids[b[1]]!).map(([, i]) => this.entryAt(i));
  }

  /** Probes the hash table of keys; -1 when absent. */
  private findKey(key: string): number {
    const { slots, keys } = this.data;
    const mask = slots.length - 1;
    for (let s = keyHash(key) & mask, n = 0; n < slots.length; s = (s + 1) & mask, n++) {
      const k = slots[s]!;
      if (k === 0) return -1;
      if (keys[k - 1] === key) return k - 1;
    }
    return -1;
  }

  private indexOf(id: number): number {
    const ids = this.data.ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid]!;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The entry a name belongs to: the last entry whose first name is at or before it. */
  private entryOfName(nameIdx: number): number {
    const starts = this.data.nameStart;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= nameIdx) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private entryAt(i: number): GazetteerEntry {
    const cached = this.objects[i];
    if (cached !== undefined) return cached;
    const d = this.data;
    const alternateNames: string[] = [];
    const demonyms: string[] = [];
    for (let nm = d.nameStart[i]! + 1; nm < d.nameStart[i + 1]!; nm++) {
      (d.nameFlags[nm]! & NAME_DEMONYM ? demonyms : alternateNames).push(d.nameTexts[nm]!);
    }
    const entry: GazetteerEntry = {
      id: d.ids[i]!,
      name: d.nameTexts[d.nameStart[i]!]!,
      kind: KINDS[d.kinds[i]!] ?? 'other',
      featureCode: d.featureCodes[i] === 0 ? null : d.tables.featureCodes[d.featureCodes[i]!]!,
      country: d.countries[i] === 0 ? null : d.tables.countries[d.countries[i]!]!,
      admin1: d.admin1s[i] === 0 ? null : d.tables.admin1s[d.admin1s[i]!]!,
      lat: d.lats[i]!,
      lon: d.lons[i]!,
      population: d.populations[i]!,
      parentId: d.parents[i] === 0 ? null : d.parents[i]!,
      alternateNames,
    };
    if (demonyms.length > 0) entry.demonyms = demonyms;
    this.objects[i] = entry;
    return entry;
  }

  /** Entries of one kind by a key; when several share a key, the most populous wins. */
  private uniqueByKey(kind: GazetteerKind, keyOf: (i: number) => string): Map<string, number> {
    const m = new Map<string, number>();
    const k = KINDS.indexOf(kind);
    for (let i = 0; i < this.size; i++) {
      if (this.data.kinds[i] !== k) continue;
      const key = keyOf(i);
      const prev = m.get(key);
      if (prev === undefined || this.data.populations[i]! > this.data.populations[prev]!) m.set(key, i);
    }
    return m;
  }

  private spatialGrid(): Map<number, number[]> {
    if (this.grid !== undefined) return this.grid;
    const g = new Map<number, number[]>();
    for (let i = 0; i < this.size; i++) {
      const key = cellKey(cellOf(this.data.lats[i]!), wrapCell(cellOf(this.data.lons[i]!)));
      const list = g.get(key);
      if (list === undefined) g.set(key, [i]);
      else list.push(i);
    }
    return (this.grid = g);
  }
}

/** A surface as written, for names matched only so: Unicode-normalised, spaces collapsed. */
const writtenForm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Whether a surface (in writtenForm) is a name matched only as written: equal to it, or
 * to it without its final dot when the name has another ("U.S" for "U.S.", as when a
 * sentence's full stop took the dot); "La" is not "La.".
 */
function sameAsWritten(surface: string, name: string): boolean {
  if (surface === name) return true;
  return name.endsWith('.') && name.slice(0, -1) === surface && surface.includes('.');
}

const CELLS_AROUND = Math.round(360 / CELL_DEG);
const cellOf = (deg: number): number => Math.floor(deg / CELL_DEG);
/** Longitude cells wrap at the antimeridian. */
const wrapCell = (x: number): number => (((x + CELLS_AROUND / 2) % CELLS_AROUND) + CELLS_AROUND) % CELLS_AROUND;
const cellKey = (y: number, x: number): number => (y + 1000) * 10000 + x;
