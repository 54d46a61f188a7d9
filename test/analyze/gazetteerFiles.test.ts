/**
 * Users' gazetteer files in GeoNames format, composition over other layers, and the
 * compiled index file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { VigieError } from '../../src/core/errors.js';
import { assignDistrictParents } from '../../src/analyze/gazetteer/districtParents.js';
import { composeGazetteer } from '../../src/analyze/gazetteer/composeGazetteer.js';
import { CompiledGazetteer } from '../../src/analyze/gazetteer/compiledGazetteer.js';
import { createGazetteer } from '../../src/analyze/gazetteer/createGazetteer.js';
import { entriesFromRecords } from '../../src/analyze/gazetteer/entriesFromRecords.js';
import { buildIndexData, recordFromEntry } from '../../src/analyze/gazetteer/indexData.js';
import { readIndexFile, writeIndexFile } from '../../src/analyze/gazetteer/indexFile.js';
import { loadGazetteer } from '../../src/analyze/gazetteer/loadGazetteer.js';
import { loadGeoNamesFile } from '../../src/analyze/gazetteer/loadGeoNamesFile.js';
import { defaultSpellingKeys } from '../../src/analyze/gazetteer/spellingKeys.js';
import { syntheticId } from '../../src/analyze/gazetteer/syntheticId.js';
import type { GazetteerEntry } from '../../src/analyze/gazetteer/types.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/geonames');
const SY_TXT = path.join(FIXTURES, 'SY.txt');

let tmp: string;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-gazetteer-files-'));
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const byName = (entries: readonly GazetteerEntry[], name: string): GazetteerEntry => {
  const e = entries.find((x) => x.name === name);
  assert.ok(e, `no entry ${name}`);
  return e;
};

describe('loadGeoNamesFile', () => {
  test('reads the 19-column table: kinds, codes, names as written', async () => {
    const entries = await loadGeoNamesFile(SY_TXT);
    assert.equal(entries.length, 8);
    const aleppo = byName(entries, 'Aleppo');
    assert.deepEqual(
      [aleppo.id, aleppo.kind, aleppo.featureCode, aleppo.country, aleppo.admin1, aleppo.lat, aleppo.lon, aleppo.population],
      [170063, 'city', 'PPLA', 'SY', '09', 36.20124, 37.16117, 1602264],
    );
    // A user's file is taken as written: even GeoNames's machine transliterations.
    assert.ok(aleppo.alternateNames!.includes('a lei po'));
    assert.equal(byName(entries, 'Syria').kind, 'country');
    assert.equal(byName(entries, 'Syria').admin1, null, '"00" is no admin1');
    assert.equal(byName(entries, 'Aleppo Governorate').kind, 'admin1');
    assert.equal(byName(entries, 'Fixture Hotel').kind, 'other');
  });

  test('filterNames drops transliterations, codes and other scripts', async () => {
    const aleppo = byName(await loadGeoNamesFile(SY_TXT, { filterNames: true }), 'Aleppo');
    assert.deepEqual(aleppo.alternateNames, ['Alep', 'Halab', 'Haleb']);
  });

  test("a district's parent is the most populous city within 15 km, not the nearest", async () => {
    const entries = await loadGeoNamesFile(SY_TXT);
    const quarter = byName(entries, 'Fixture Quarter');
    const kafr = byName(entries, 'Kafr Fixture');
    const aleppo = byName(entries, 'Aleppo');
    assert.equal(quarter.kind, 'district');
    assert.equal(quarter.parentId, 170063);
    // The test means something only if the small town is the nearer one.
    const d = (a: GazetteerEntry, b: GazetteerEntry) => Math.hypot(a.lat - b.lat, a.lon - b.lon);
    assert.ok(d(quarter, kafr) < d(quarter, aleppo));
    assert.equal(byName(entries, 'Bustan al Qasr').parentId, 170063);
    assert.equal(byName(entries, 'Lonely Quarter').parentId, null, 'no city within 15 km');
  });

  test('reads .gz and .zip files too', async () => {
    const gz = path.join(tmp, 'SY.txt.gz');
    fs.writeFileSync(gz, gzipSync(fs.readFileSync(SY_TXT)));
    const zip = path.join(tmp, 'SY.zip');
    fs.writeFileSync(zip, zipSync({ 'readme.txt': new TextEncoder().encode('readme'), 'SY.txt': fs.readFileSync(SY_TXT) }));
    const plain = await loadGeoNamesFile(SY_TXT);
    assert.deepEqual(await loadGeoNamesFile(gz), plain);
    assert.deepEqual(await loadGeoNamesFile(zip), plain);
  });

  test('a byte-order mark and Windows line ends are tolerated', async () => {
    const f = path.join(tmp, 'bom.txt');
    fs.writeFileSync(f, `\ufeff${fs.readFileSync(SY_TXT, 'utf8').replace(/\n/g, '\r\n')}`);
    assert.deepEqual(await loadGeoNamesFile(f), await loadGeoNamesFile(SY_TXT));
  });

  test('rows without an id get stable negative synthetic ids', async () => {
    const f = path.join(tmp, 'noid.txt');
    const row = [
      '',
      'Quartier Test',
      '',
      'Quartier du Test',
      '36.2',
      '37.15',
      'P',
      'PPLX',
      'SY',
      '',
      '09',
      '',
      '',
      '',
      '0',
      '',
      '',
      '',
      '',
    ];
    fs.writeFileSync(f, `${row.join('\t')}\n`);
    const [e] = await loadGeoNamesFile(f);
    assert.equal(e!.id, syntheticId('Quartier Test', 36.2, 37.15));
    assert.ok(e!.id < 0);
    assert.deepEqual(e!.alternateNames, ['Quartier du Test']);
  });

  test('a bad row is a one-line E_GAZETTEER error with file and line', async () => {
    const f = path.join(tmp, 'bad.txt');
    fs.writeFileSync(f, `${fs.readFileSync(SY_TXT, 'utf8').split('\n')[0]}\nAleppo,36.2,37.1\n`);
    await assert.rejects(loadGeoNamesFile(f), (err: unknown) => {
      assert.ok(err instanceof VigieError);
      assert.equal(err.code, 'E_GAZETTEER');
      assert.match(err.message, /bad\.txt:2: expected 19 tab-separated columns, found 1/);
      assert.match(err.hint, /GeoNames/);
      return true;
    });
    const g = path.join(tmp, 'badlat.txt');
    fs.writeFileSync(g, fs.readFileSync(SY_TXT, 'utf8').replace('36.20124', 'north'));
    await assert.rejects(loadGeoNamesFile(g), /badlat\.txt:3: invalid latitude/);
  });

  test('missing files and broken archives are typed errors', async () => {
    await assert.rejects(loadGeoNamesFile(path.join(tmp, 'nope.txt')), (e: unknown) => e instanceof VigieError && e.code === 'E_NOT_FOUND');
    const broken = path.join(tmp, 'broken.zip');
    fs.writeFileSync(broken, 'this is not a zip archive at all');
    await assert.rejects(loadGeoNamesFile(broken), (e: unknown) => e instanceof VigieError && e.code === 'E_GAZETTEER');
    const brokenGz = path.join(tmp, 'broken.txt.gz');
    fs.writeFileSync(brokenGz, gzipSync(fs.readFileSync(SY_TXT)).subarray(0, 40));
    await assert.rejects(loadGeoNamesFile(brokenGz), (e: unknown) => e instanceof VigieError && e.code === 'E_GAZETTEER');
  });
});

describe('composeGazetteer', () => {
  const base = createGazetteer(
    entriesFromRecords([
      {
        id: 170063,
        name: 'Aleppo',
        alternateNames: ['Alep'],
        lat: 36.20124,
        lon: 37.16117,
        featureCode: 'PPLA',
        country: 'SY',
        admin1: '09',
        population: 1602264,
      },
      { id: 163843, name: 'Syria', lat: 35, lon: 38, featureCode: 'PCLI', country: 'SY', population: 20_000_000 },
    ]),
    { sources: ['base'] },
  );

  test('later layers win by id; names of every layer still find the entry', () => {
    const top = entriesFromRecords([
      { id: 170063, name: 'Halab', lat: 36.2, lon: 37.16, featureCode: 'PPLA', country: 'SY', admin1: '09', population: 2_000_000 },
    ]);
    const g = composeGazetteer([base, top]);
    assert.equal(g.get(170063)!.name, 'Halab');
    const m = g.lookup('Alep')[0]!;
    assert.equal(m.entry.name, 'Halab', 'found through the lower layer, returned as the top one');
    assert.equal(m.matchedName, 'Alep');
    assert.equal(g.lookup('Halab')[0]!.entry.id, 170063);
    assert.equal(g.country('SY')!.id, 163843);
    assert.equal(g.size, 2);
  });

  test("an entries layer's districts get their city from the layers below", () => {
    const districts = entriesFromRecords([{ name: 'Fardos', lat: 36.187, lon: 37.151, featureCode: 'PPLX', country: 'SY', admin1: '09' }]);
    const g = composeGazetteer([base, districts]);
    assert.deepEqual(
      g.children(170063).map((e) => e.name),
      ['Fardos'],
    );
    assert.equal(g.lookup('Ferdous', { kinds: ['district'] })[0]!.entry.parentId, 170063);
    assert.deepEqual(
      g.nearby!(36.19, 37.15, 3).map((e) => e.name),
      ['Fardos', 'Aleppo'],
    );
  });

  test('assignDistrictParents leaves districts that have a parent, and non-districts, alone', () => {
    const entries = entriesFromRecords([
      { name: 'A', lat: 36.19, lon: 37.15, featureCode: 'PPLX', country: 'SY', parentId: 42 },
      { name: 'B', lat: 36.19, lon: 37.15, featureCode: 'PPL', country: 'SY' },
      { name: 'C', lat: 36.19, lon: 37.15, featureCode: 'PPLX', country: 'TR' },
    ]);
    const out = assignDistrictParents(entries, [base]);
    assert.equal(out[0]!.parentId, 42);
    assert.equal(out[1]!.parentId, null);
    assert.equal(out[2]!.parentId, null, 'a city of another country is not a parent');
  });

  test('loadGazetteer composes users files over the default (and nothing downloaded)', async () => {
    const g = await loadGazetteer({ home: path.join(tmp, 'empty-home'), files: [SY_TXT] });
    assert.equal(g.lookup('Kafr Fixture')[0]!.entry.id, 900000001);
    assert.equal(g.lookup('Alep')[0]!.entry.id, 170063);
    assert.ok(g.children(170063).some((e) => e.name === 'Bustan al Qasr'));
    assert.ok((g.sources ?? []).includes(`file ${SY_TXT}`));
  });
});

describe('index files', () => {
  const entries = entriesFromRecords([
    {
      id: 1,
      name: 'Kallaseh',
      alternateNames: ['Kallassé'],
      lat: 36.19,
      lon: 37.15,
      featureCode: 'PPLX',
      country: 'SY',
      admin1: '09',
      parentId: 170063,
    },
    { id: 2, name: 'Syria', lat: 35, lon: 38, featureCode: 'PCLI', country: 'SY', demonyms: ['Syrian'] },
  ]);
  const data = buildIndexData(entries.map(recordFromEntry), defaultSpellingKeys());

  test('round-trip: the same lookups from the file', () => {
    const file = path.join(tmp, 'round.idx');
    writeIndexFile(file, data, 'key-1', ['fixture']);
    const back = readIndexFile(file, 'key-1');
    assert.ok(back !== null);
    assert.deepEqual(back.sources, ['fixture']);
    const a = new CompiledGazetteer(data, defaultSpellingKeys());
    const b = new CompiledGazetteer(back.data, defaultSpellingKeys());
    for (const s of ['Kallassé', 'kallase', 'Syrian', 'Syria']) {
      assert.deepEqual(b.lookup(s, { demonyms: true }), a.lookup(s, { demonyms: true }), s);
    }
    assert.deepEqual(b.get(1), a.get(1));
    assert.deepEqual(b.country('SY')!.demonyms, ['Syrian', 'Syrians']);
  });

  test('another key, another format, a truncated or altered file: refused, not half-read', () => {
    const file = path.join(tmp, 'refused.idx');
    writeIndexFile(file, data, 'key-1', []);
    assert.equal(readIndexFile(file, 'key-2'), null);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 9));
    assert.equal(readIndexFile(file, 'key-1'), null);
    const altered = Buffer.from(bytes);
    altered.write('VIGIEGZ0', 0, 'latin1');
    fs.writeFileSync(file, altered);
    assert.equal(readIndexFile(file, 'key-1'), null);
    assert.equal(readIndexFile(path.join(tmp, 'absent.idx'), null), null);
  });
});
