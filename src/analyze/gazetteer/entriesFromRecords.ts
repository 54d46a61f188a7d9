import { kindForFeatureCode } from './featureKinds.js';
import { syntheticId } from './syntheticId.js';
import type { GazetteerEntry, GazetteerKind } from './types.js';

/** A place as plainly as it can be given; everything but name and position is optional. */
export interface PlaceRecord {
  /** GeoNames id; a negative synthetic id is made from name and position when absent. */
  id?: number | null;
  name: string;
  alternateNames?: readonly string[];
  lat: number;
  lon: number;
  /** GeoNames feature code ("PPLX" for a district); sets `kind` when that is absent. */
  featureCode?: string | null;
  kind?: GazetteerKind;
  country?: string | null;
  admin1?: string | null;
  population?: number;
  /** Containing entry's id (a district's city). */
  parentId?: number | null;
  demonyms?: readonly string[];
}

/** Builds gazetteer entries from plain records, for `createGazetteer`/`composeGazetteer`. */
export function entriesFromRecords(records: readonly PlaceRecord[]): GazetteerEntry[] {
  return records.map((r) => {
    if (!Number.isFinite(r.lat) || !Number.isFinite(r.lon) || Math.abs(r.lat) > 90 || Math.abs(r.lon) > 180) {
      throw new RangeError(`${r.name}: invalid position ${r.lat}, ${r.lon}`);
    }
    const alternateNames = (r.alternateNames ?? []).filter((n) => n !== '' && n !== r.name);
    const entry: GazetteerEntry = {
      id: r.id ?? syntheticId(r.name, r.lat, r.lon),
      name: r.name,
      kind: r.kind ?? kindForFeatureCode(r.featureCode),
      featureCode: r.featureCode ?? null,
      country: r.country?.toUpperCase() ?? null,
      admin1: r.admin1 ?? null,
      lat: r.lat,
      lon: r.lon,
      population: r.population ?? 0,
      parentId: r.parentId ?? null,
      alternateNames,
    };
    if (r.demonyms !== undefined && r.demonyms.length > 0) entry.demonyms = [...r.demonyms];
    return entry;
  });
}
