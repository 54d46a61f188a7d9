/**
 * The seed dispatch's seven Aleppo districts, as French news spell them, against the
 * districts' English names in the shared OCHA fixture (see ../shared/data/geo/README.md).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { composeGazetteer } from '../../src/analyze/gazetteer/composeGazetteer.js';
import { createGazetteer } from '../../src/analyze/gazetteer/createGazetteer.js';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer } from '../../src/analyze/gazetteer/types.js';
import { ALEPPO_ID, aleppoDistrictEntries } from './helpers/aleppoDistricts.js';

const SEED: Array<[french: string, name: string]> = [
  ['Boustane al-Qasr', 'Bustan Al-Qaser'],
  ['Ferdous', 'Fardos'],
  ['Kallassé', 'Kallaseh'],
  ['Soukkari', 'As-Sukkari'],
  ['al-Machad', 'Al-Ansari Mashhad'],
  ['Cheikh Saïd', 'Sheikh Said'],
  ['Salhine', 'Salheen'],
];

describe('Aleppo districts fixture', () => {
  test('has the 109 districts, all children of Aleppo', () => {
    const entries = aleppoDistrictEntries();
    assert.equal(entries.length, 109);
    assert.ok(entries.every((e) => e.kind === 'district' && e.featureCode === 'PPLX' && e.country === 'SY' && e.parentId === ALEPPO_ID));
    assert.equal(new Set(entries.map((e) => e.id)).size, 109, 'synthetic ids are distinct');
    assert.ok(entries.every((e) => e.id < 0));
  });
});

for (const [label, make] of [
  ['districts alone', async () => createGazetteer(aleppoDistrictEntries())],
  ['districts over the default gazetteer', async () => composeGazetteer([await loadDefaultGazetteer(), aleppoDistrictEntries()])],
] as Array<[string, () => Promise<Gazetteer>]>) {
  describe(`seed spellings, ${label}`, () => {
    let g: Gazetteer;
    before(async () => {
      g = await make();
    });

    for (const [french, name] of SEED) {
      test(`${french} → ${name}`, () => {
        const best = g.lookup(french, { kinds: ['district'] })[0];
        assert.ok(best !== undefined, `no district matches ${french}`);
        assert.equal(best.entry.name, name);
        assert.equal(best.entry.parentId, ALEPPO_ID);
        assert.ok(best.score > 0 && best.score < 1, 'a spelling match, not an exact one');
      });
    }

    test('Soukkari never matches Al-Sakhour (kh is not k)', () => {
      const all = g.lookup('Soukkari', { kinds: ['district'], limit: 200 });
      assert.ok(!all.some((m) => m.entry.name === 'Al-Sakhour'), all.map((m) => m.entry.name).join(', '));
    });

    test('the districts of Aleppo are its children', () => {
      const names = new Set(g.children(ALEPPO_ID).map((e) => e.name));
      for (const [, name] of SEED) assert.ok(names.has(name), name);
      assert.ok(names.size >= 109);
    });

    test('English names match exactly', () => {
      const m = g.lookup('BUSTAN AL-QASER', { kinds: ['district'] })[0]!;
      assert.deepEqual([m.entry.name, m.how, m.score], ['Bustan Al-Qaser', 'exact', 1]);
    });
  });
}
