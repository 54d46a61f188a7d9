/**
 * Names news use for countries, US states and macro-regions in the offline default
 * gazetteer (pack data: src/analyze/packs/xx/placeNames.ts; points: macroRegions.ts), and
 * names matched only as written ("US", never "us").
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import { createGazetteer } from '../../src/analyze/gazetteer/createGazetteer.js';
import { buildIndexData } from '../../src/analyze/gazetteer/indexData.js';
import { CompiledGazetteer } from '../../src/analyze/gazetteer/compiledGazetteer.js';
import { defaultSpellingKeys } from '../../src/analyze/gazetteer/spellingKeys.js';
import { distanceKm } from '../../src/analyze/gazetteer/distanceKm.js';
import { MACRO_REGIONS } from '../../src/analyze/gazetteer/macroRegions.js';
import { enPlaceNames } from '../../src/analyze/packs/en/placeNames.js';
import { frPlaceNames } from '../../src/analyze/packs/fr/placeNames.js';
import type { Gazetteer, GazetteerEntry, LookupOptions } from '../../src/analyze/gazetteer/types.js';

describe('default gazetteer: names news use', () => {
  let g: Gazetteer;
  before(async () => {
    g = await loadDefaultGazetteer();
  });
  const top = (s: string, options?: LookupOptions): GazetteerEntry | undefined => g.lookup(s, options)[0]?.entry;

  test('"U.S.", "US", "USA", "America", "États-Unis" are the United States, at GeoNames\'s point', () => {
    for (const s of ['U.S.', 'US', 'USA', 'America', 'États-Unis', 'Etats-Unis']) {
      const e = top(s);
      assert.equal(e?.kind, 'country', s);
      assert.equal(e?.country, 'US', s);
    }
    const us = g.country('US')!;
    assert.ok(distanceKm(us.lat, us.lon, 39.76, -98.5) < 1, `${us.lat},${us.lon}`);
  });

  test('lower-case "us", "eu", "eau", "pacifique", "manche" are nothing country- or region-like', () => {
    for (const s of ['us', 'eu', 'eau', 'pacifique', 'manche', 'u.s.']) {
      const bad = g.lookup(s, { limit: 25 }).filter((m) => m.entry.kind === 'country' || m.entry.kind === 'region');
      assert.deepEqual(
        bad.map((m) => `${m.entry.name} (${m.matchedName})`),
        [],
        s,
      );
    }
  });

  test('"Britain", "Great Britain", "UK", "U.K.", "Royaume-Uni", "Grande-Bretagne" are GB', () => {
    for (const s of ['Britain', 'Great Britain', 'UK', 'U.K.', 'Royaume-Uni', 'Grande-Bretagne']) {
      const e = top(s);
      assert.equal(e?.kind, 'country', s);
      assert.equal(e?.country, 'GB', s);
    }
  });

  test('sigles: "UAE"/"EAU" are AE, "DRC"/"RDC" are CD, "DPRK" is KP', () => {
    for (const [s, cc] of [
      ['UAE', 'AE'],
      ['EAU', 'AE'],
      ['DRC', 'CD'],
      ['RDC', 'CD'],
      ['DPRK', 'KP'],
    ] as const) {
      assert.equal(top(s)?.country, cc, s);
    }
  });

  test('"Europe", "Afrique", "Asia" are continents with GeoNames ids; "European" is a demonym of Europe', () => {
    const europe = top('Europe')!;
    assert.equal(europe.kind, 'region');
    assert.equal(europe.featureCode, 'CONT');
    assert.equal(europe.id, 6255148);
    assert.equal(top('Afrique')?.id, 6255146);
    assert.equal(top('Asia')?.id, 6255147);
    const d = g.lookup('European', { demonyms: true })[0]!;
    assert.equal(d.entry.id, 6255148);
    assert.equal(d.how, 'demonym');
    assert.ok(!g.lookup('European').some((m) => m.entry.id === 6255148), 'a demonym only on request');
  });

  test('"EU", "European Union", "UE", "Union européenne" are the European Union, not the town of Eu first', () => {
    const eu = top('European Union')!;
    assert.equal(eu.kind, 'region');
    for (const s of ['EU', 'UE', 'Union européenne', 'E.U.']) assert.equal(top(s)?.id, eu.id, s);
  });

  test('"Moyen-Orient" and "Middle East" are one region', () => {
    const me = top('Middle East')!;
    assert.equal(me.kind, 'region');
    assert.equal(top('Moyen-Orient')?.id, me.id);
    assert.equal(top('Middle Eastern', { demonyms: true })?.id, me.id);
  });

  test('oceans and seas: "Méditerranée", "Pacifique", "Black Sea", "mer Noire"', () => {
    assert.equal(top('Méditerranée')?.id, top('Mediterranean Sea')?.id);
    assert.equal(top('Pacifique')?.id, top('Pacific Ocean')?.id);
    assert.equal(top('mer Noire')?.id, top('Black Sea')?.id);
    assert.equal(top('Black Sea')?.featureCode, 'SEA');
  });

  test('AP abbreviations of US states, dots included: "Calif.", "Wis.", "La.", "N.Y.", "Fla."', () => {
    for (const [s, a1] of [
      ['Calif.', 'CA'],
      ['Wis.', 'WI'],
      ['La.', 'LA'],
      ['N.Y.', 'NY'],
      ['Fla.', 'FL'],
      ['Mass.', 'MA'],
      ['W.Va.', 'WV'],
    ] as const) {
      const e = top(s);
      assert.equal(e?.kind, 'admin1', s);
      assert.equal(e?.country, 'US', s);
      assert.equal(e?.admin1, a1, s);
    }
    // Without the dot, or in another case, they are not the states.
    for (const s of ['La', 'la.', 'LA.', 'Mass', 'mass.', 'Pa']) {
      assert.ok(
        !g
          .lookup(s, { limit: 25 })
          .some((m) => m.entry.kind === 'admin1' && m.entry.country === 'US' && m.how === 'exact' && m.matchedName.endsWith('.')),
        s,
      );
    }
  });

  test('a state is placed at the centre of its box, not in its largest city', () => {
    const ca = top('California', { kinds: ['admin1'] })!;
    // GeoNames's California point is 37.25022, -119.75126; Los Angeles is 34.05, -118.24.
    assert.ok(distanceKm(ca.lat, ca.lon, 37.25022, -119.75126) < 100, `${ca.lat},${ca.lon}`);
  });

  test('every region key the packs name is placed, and every region has an English name', () => {
    const keys = new Set(MACRO_REGIONS.map((r) => r.key));
    for (const p of [enPlaceNames, frPlaceNames]) for (const k of Object.keys(p.regions)) assert.ok(keys.has(k), `${p.code}: ${k}`);
    for (const k of keys) assert.ok(enPlaceNames.regions[k]?.names?.length, k);
  });
});

describe('names matched only as written', () => {
  const entry = (id: number, name: string): GazetteerEntry => ({
    id,
    name,
    kind: 'country',
    featureCode: 'PCLI',
    country: 'US',
    admin1: null,
    lat: 0,
    lon: 0,
    population: 1,
    parentId: null,
  });
  const g = new CompiledGazetteer(
    buildIndexData(
      [
        { entry: entry(1, 'Utopia'), names: [{ text: 'US', exactCase: true }, { text: 'U.S.', exactCase: true }, { text: 'Utopie' }] },
        { entry: { ...entry(2, 'Us'), kind: 'city', country: 'FR' }, names: [] },
      ],
      defaultSpellingKeys(),
    ),
    defaultSpellingKeys(),
  );

  test('match only the same case and dots, and find nothing looser', () => {
    assert.deepEqual(
      g.lookup('US').map((m) => [m.entry.id, m.how]),
      [
        [1, 'exact'],
        [2, 'exact'],
      ],
    );
    assert.deepEqual(
      g.lookup('us').map((m) => m.entry.id),
      [2],
    );
    assert.deepEqual(
      g.lookup('u.s.').map((m) => m.entry.id),
      [],
    );
    assert.deepEqual(
      g.lookup('U.S').map((m) => m.entry.id),
      [1],
      'a sentence-final dot may have taken the last dot',
    );
    assert.equal(g.lookup('U S').length, 0);
  });

  test('are kept as alternate names of the entry', () => {
    assert.ok(g.get(1)!.alternateNames!.includes('U.S.'));
  });

  test('createGazetteer (plain entries) is unaffected', () => {
    const plain = createGazetteer([entry(3, 'Usland')]);
    assert.equal(plain.lookup('usland')[0]?.entry.id, 3);
  });
});
