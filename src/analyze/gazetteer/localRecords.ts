/**
 * Records of the downloaded gazetteer, from the GeoNames files `vigie gazetteer fetch`
 * kept in `<home>/gazetteer/downloads/`:
 *
 * - admin1CodesASCII.txt: first-level divisions, `CC.code<TAB>name<TAB>asciiname<TAB>id`;
 * - cities1000.zip (worldwide) or per-country CC.zip: geoname tables; from the latter,
 *   only populated places (districts included), administrative divisions of level 1-2,
 *   countries and regions are kept (not rivers, hotels, mountains…);
 * - alternatenames/CC.zip: alternateNamesV2 rows (id, geonameid, language, name,
 *   isPreferred, isShort, isColloquial, isHistoric, from, to) adding names with their
 *   language; historic names and pseudo-languages (post codes, airport codes, links,
 *   Wikidata ids…) are left out.
 *
 * Divisions take the position and population of their own row when a per-country file
 * has one; else the population-weighted centre of their cities; else the default
 * gazetteer's. Cities' parent is their country in the default gazetteer; districts'
 * their city (see assignDistrictParents).
 */
import { VigieError } from '../../core/errors.js';
import { assignDistrictParents } from './districtParents.js';
import { kindForFeatureCode } from './featureKinds.js';
import { entryFromRow, parseGeoNamesRow } from './geonamesRow.js';
import type { IndexName, IndexRecord } from './indexData.js';
import type { LocalManifest } from './localIndex.js';
import { ArchiveError, readTextLines } from './readTextLines.js';
import type { Gazetteer, GazetteerEntry } from './types.js';
import { isUsefulName } from './usefulName.js';
import { WeightedCentre } from './weightedCentre.js';
import * as path from 'node:path';

/** alternateNamesV2 "languages" that are not languages. */
const PSEUDO_LANGUAGES = new Set(['post', 'iata', 'icao', 'faac', 'tcid', 'link', 'wkdt', 'unlc', 'fr_1793', 'phon', 'piny']);

export async function buildLocalRecords(manifest: LocalManifest, downloadsDir: string, base: Gazetteer): Promise<IndexRecord[]> {
  const fileOf = (f: LocalManifest['files'][number]): string => path.join(downloadsDir, f.file);
  const perCountry = manifest.countries.length > 0;
  const wanted = perCountry ? new Set(manifest.countries) : null;

  const places: GazetteerEntry[] = [];
  const ownRows = new Map<number, GazetteerEntry>();
  for (const f of manifest.files.filter((x) => x.role === 'cities' || x.role === 'country')) {
    await eachLine(fileOf(f), (line, lineNo) => {
      const row = parseOrThrow(line, lineNo, f.file);
      if (row === null) return;
      const kind = kindForFeatureCode(row.featureCode);
      if (kind === 'other') return;
      const e = entryFromRow(row, { filterNames: true, parentId: null });
      if (kind === 'country' || kind === 'admin1') ownRows.set(e.id, e);
      // Cities' parent is their country; districts' is found below.
      else places.push(kind === 'district' ? e : { ...e, parentId: base.country(row.country)?.id ?? null });
    });
  }

  const names = new Map<number, IndexName[]>();
  for (const f of manifest.files.filter((x) => x.role === 'alternateNames')) {
    await eachLine(fileOf(f), (line) => {
      const c = line.split('\t');
      if (c.length < 4) return;
      const [, gid, lang, name] = c;
      if (PSEUDO_LANGUAGES.has(lang!) || c[7] === '1' || !isUsefulName(name!)) return;
      const id = Number(gid);
      let list = names.get(id);
      if (list === undefined) names.set(id, (list = []));
      list.push({ text: name!, language: lang === '' ? null : lang!.split('-')[0]! });
    });
  }

  const centres = new Map<string, WeightedCentre>();
  for (const e of places) {
    if (e.kind !== 'city' || e.admin1 === null) continue;
    const k = `${e.country}.${e.admin1}`;
    let c = centres.get(k);
    if (c === undefined) centres.set(k, (c = new WeightedCentre()));
    c.add(e.lat, e.lon, e.population);
  }

  const records: IndexRecord[] = [];
  const add = (e: GazetteerEntry): void => {
    const own: IndexName[] = (e.alternateNames ?? []).map((text) => ({ text }));
    records.push({ entry: e, names: [...own, ...(names.get(e.id) ?? [])] });
  };
  for (const f of manifest.files.filter((x) => x.role === 'admin1')) {
    await eachLine(fileOf(f), (line) => {
      const c = line.split('\t');
      if (c.length < 4 || !/^[A-Z]{2}\./.test(c[0]!)) return;
      const cc = c[0]!.slice(0, 2);
      const code = c[0]!.slice(3);
      const id = Number(c[3]);
      if ((wanted !== null && !wanted.has(cc)) || !Number.isInteger(id) || id <= 0) return;
      const own = ownRows.get(id);
      const stats = centres.get(`${cc}.${code}`);
      const at = own ?? stats?.centre() ?? base.get(id) ?? null;
      if (at === null) return;
      add({
        id,
        name: c[1]!,
        kind: 'admin1',
        featureCode: 'ADM1',
        country: cc,
        admin1: code,
        lat: at.lat,
        lon: at.lon,
        population: own?.population || stats?.population || base.get(id)?.population || 0,
        parentId: base.country(cc)?.id ?? null,
        alternateNames: [...new Set([c[2]!, ...(own === undefined ? [] : [own.name, ...(own.alternateNames ?? [])])])].filter(
          (n) => n !== c[1],
        ),
      });
      ownRows.delete(id);
    });
  }
  // Countries and divisions listed in per-country files but not in admin1CodesASCII.
  for (const e of ownRows.values()) add(e);
  for (const e of assignDistrictParents(places, [base])) add(e);
  return records;
}

function parseOrThrow(line: string, lineNo: number, file: string): ReturnType<typeof parseGeoNamesRow> {
  try {
    return parseGeoNamesRow(line);
  } catch (err) {
    throw new VigieError('E_GAZETTEER', `${file}:${lineNo}: ${(err as Error).message}`);
  }
}

async function eachLine(file: string, fn: (line: string, lineNo: number) => void): Promise<void> {
  let n = 0;
  try {
    for await (const line of readTextLines(file)) fn(line, ++n);
  } catch (err) {
    if (err instanceof VigieError) throw err;
    if (err instanceof ArchiveError) throw new VigieError('E_GAZETTEER', err.message, { cause: err });
    throw new VigieError('E_IO', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
}
