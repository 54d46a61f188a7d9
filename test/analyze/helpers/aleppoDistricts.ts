/**
 * Aleppo's 109 districts as gazetteer entries, read at test time from the shared fixture
 * ../shared/data/geo/aleppo_neighbourhoods_centroids.csv (pcode,name_en,name_ar,lat,lon,
 * area_km2). The file's licence is unconfirmed: it is read in place, never copied into the
 * project.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entriesFromRecords } from '../../../src/analyze/gazetteer/entriesFromRecords.js';
import type { GazetteerEntry } from '../../../src/analyze/gazetteer/types.js';

export const ALEPPO_ID = 170063;

export const ALEPPO_DISTRICTS_CSV = path.join(repoRoot(), '..', 'shared', 'data', 'geo', 'aleppo_neighbourhoods_centroids.csv');

/** The project folder: the nearest one up holding package.json (this file also runs compiled, from build/). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

let cached: GazetteerEntry[] | undefined;

/** One entry per district: kind 'district', featureCode 'PPLX', country 'SY', admin1 '09', parent Aleppo. */
export function aleppoDistrictEntries(): GazetteerEntry[] {
  cached ??= readDistricts();
  return cached.map((e) => ({ ...e }));
}

function readDistricts(): GazetteerEntry[] {
  const [header, ...rows] = fs
    .readFileSync(ALEPPO_DISTRICTS_CSV, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const cols = splitCsvLine(header!);
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`${ALEPPO_DISTRICTS_CSV}: no column ${name}`);
    return i;
  };
  const [en, ar, lat, lon] = [at('name_en'), at('name_ar'), at('lat'), at('lon')];
  return entriesFromRecords(
    rows.map((line) => {
      const c = splitCsvLine(line);
      return {
        name: c[en]!,
        alternateNames: c[ar] ? [c[ar]] : [],
        lat: Number(c[lat]),
        lon: Number(c[lon]),
        featureCode: 'PPLX',
        kind: 'district' as const,
        country: 'SY',
        admin1: '09',
        parentId: ALEPPO_ID,
      };
    }),
  );
}

/** RFC 4180 fields: commas inside double quotes, doubled quotes as one. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/**
 * The districts as a GeoNames-format file (19 tab-separated columns), for CLI tests that
 * pass `--gazetteer FILE`: written to `dir` (a temporary folder), never into the project.
 */
export function writeAleppoGazetteer(dir: string): string {
  const file = path.join(dir, 'aleppo-districts.txt');
  const lines = aleppoDistrictEntries().map((e, i) =>
    [
      990000000 + i,
      e.name,
      e.name,
      (e.alternateNames ?? []).join(','),
      e.lat,
      e.lon,
      'P',
      'PPLX',
      'SY',
      '',
      '09',
      '',
      '',
      '',
      0,
      '',
      0,
      'Asia/Damascus',
      '2024-01-01',
    ].join('\t'),
  );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
