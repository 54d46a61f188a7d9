/**
 * Several gazetteers seen as one: the default, then a GeoNames download, then a user's
 * file. Later layers win: an entry with the same id in a later layer replaces the
 * earlier one (its fields, its parent), while names matched in any layer still find it,
 * so a user's file can correct a place without repeating all its names.
 */
import { assignDistrictParents } from './districtParents.js';
import { citiesBeforeTheirRegion } from './citiesBeforeTheirRegion.js';
import { distanceKm } from './distanceKm.js';
import { createGazetteer, type CreateGazetteerOptions } from './createGazetteer.js';
import { CompiledGazetteer } from './compiledGazetteer.js';
import type { Gazetteer, GazetteerEntry, GazetteerKind, LookupOptions, NameMatch } from './types.js';

const DEFAULT_LIMIT = 10;

/**
 * Composes layers, earliest first. A layer given as entries is indexed with
 * `createGazetteer`, after its districts without a parent get one from the cities of
 * that layer and of the layers before it (see assignDistrictParents).
 */
export function composeGazetteer(
  layers: ReadonlyArray<Gazetteer | readonly GazetteerEntry[]>,
  options: CreateGazetteerOptions = {},
): Gazetteer {
  const built: Gazetteer[] = [];
  for (const layer of layers) {
    if (!Array.isArray(layer)) {
      built.push(layer as Gazetteer);
      continue;
    }
    const entries = assignDistrictParents(layer as readonly GazetteerEntry[], built);
    built.push(createGazetteer(entries, options));
  }
  return built.length === 1 ? built[0]! : new ComposedGazetteer(built);
}

class ComposedGazetteer implements Gazetteer {
  private countedSize: number | undefined;

  /** Top layer first. */
  private readonly top: readonly Gazetteer[];

  constructor(private readonly layers: readonly Gazetteer[]) {
    this.top = [...layers].reverse();
  }

  get sources(): readonly string[] {
    return this.layers.flatMap((g) => g.sources ?? []);
  }

  get size(): number {
    if (this.countedSize === undefined) {
      // Entries overridden by a later layer are counted once; only compiled layers can list their ids.
      let n = 0;
      this.layers.forEach((g, i) => {
        n += g.size;
        if (g instanceof CompiledGazetteer) {
          const later = this.layers.slice(i + 1);
          for (const id of g.data.ids) if (later.some((l) => l.get(id) !== undefined)) n--;
        }
      });
      this.countedSize = n;
    }
    return this.countedSize;
  }

  lookup(surface: string, options: LookupOptions = {}): NameMatch[] {
    const limit = options.limit !== undefined && options.limit >= 0 ? options.limit : DEFAULT_LIMIT;
    // Twice the limit from each layer, so that duplicates across layers leave enough distinct entries.
    const perLayer = { ...options, limit: limit * 2 };
    const best = new Map<number, NameMatch>();
    for (const g of this.layers) {
      for (const m of g.lookup(surface, perLayer)) {
        const cur = best.get(m.entry.id);
        if (cur === undefined || m.score > cur.score) best.set(m.entry.id, m);
      }
    }
    const kinds = options.kinds === undefined ? null : new Set(options.kinds);
    const out: NameMatch[] = [];
    for (const m of best.values()) {
      const entry = this.get(m.entry.id) ?? m.entry;
      if (kinds !== null && !kinds.has(entry.kind)) continue; // a later layer may have changed its kind
      out.push(entry === m.entry ? m : { ...m, entry });
    }
    out.sort((a, b) => b.score - a.score || b.entry.population - a.entry.population || a.entry.id - b.entry.id);
    return citiesBeforeTheirRegion(out.slice(0, limit + 1)).slice(0, limit);
  }

  get(id: number): GazetteerEntry | undefined {
    for (const g of this.top) {
      const e = g.get(id);
      if (e !== undefined) return e;
    }
    return undefined;
  }

  children(id: number): GazetteerEntry[] {
    const seen = new Map<number, GazetteerEntry>();
    for (const g of this.layers) for (const c of g.children(id)) seen.set(c.id, c);
    // Keep a child only if its top-most version still names this parent.
    return [...seen.keys()].map((cid) => this.get(cid)!).filter((c) => c.parentId === id);
  }

  country(code: string): GazetteerEntry | undefined {
    for (const g of this.top) {
      const e = g.country(code);
      if (e !== undefined) return this.get(e.id) ?? e;
    }
    return undefined;
  }

  admin1(country: string, code: string): GazetteerEntry | undefined {
    for (const g of this.top) {
      const e = g.admin1?.(country, code);
      if (e !== undefined) return this.get(e.id) ?? e;
    }
    return undefined;
  }

  nearby(lat: number, lon: number, radiusKm: number, options: { kinds?: readonly GazetteerKind[] } = {}): GazetteerEntry[] {
    const seen = new Set<number>();
    const out: Array<[number, GazetteerEntry]> = [];
    for (const g of this.layers) {
      for (const e of g.nearby?.(lat, lon, radiusKm, options) ?? []) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const top = this.get(e.id) ?? e;
        const d = distanceKm(lat, lon, top.lat, top.lon);
        if (d <= radiusKm) out.push([d, top]);
      }
    }
    return out.sort((a, b) => a[0] - b[0] || a[1].id - b[1].id).map(([, e]) => e);
  }
}
