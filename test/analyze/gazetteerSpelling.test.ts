/** Spelling keys: French and English romanisations of Arabic names meet; "kh" stays a letter of its own. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSpellingKeys, defaultSpellingKeys } from '../../src/analyze/gazetteer/spellingKeys.js';
import { createGazetteer } from '../../src/analyze/gazetteer/createGazetteer.js';
import { entriesFromRecords } from '../../src/analyze/gazetteer/entriesFromRecords.js';
import { frSpelling } from '../../src/analyze/packs/fr/spelling.js';
import { enSpelling } from '../../src/analyze/packs/en/spelling.js';

const keys = defaultSpellingKeys();

describe('spelling keys', () => {
  test('case, accents, hyphens and apostrophes aside, names share a loose key', () => {
    assert.equal(keys.loose('Deir ez-Zor'), keys.loose('DEIR EZ ZOR'));
    assert.equal(keys.loose('Kallassé'), 'kallasse');
    assert.equal(keys.loose("Ba'aiedin"), keys.loose('Baaiedin'));
    assert.equal(keys.exactForm('  Alépé '), 'alepe');
  });

  for (const [fr, en] of [
    ['Kallassé', 'Kallaseh'],
    ['Soukkari', 'As-Sukkari'],
    ['Cheikh Saïd', 'Sheikh Said'],
    ['Salhine', 'Salheen'],
    ['Saïd', 'Saeed'],
    ['Djebel Zawiya', 'Jebel Zawiya'],
    ['Tchad', 'Chad'],
    ['Raqqa', 'Ar-Raqqah'],
    ['Cheik Najjar', 'Shaykh Najjar'],
    ['Ouadi Barada', 'Wadi Barada'],
  ] as const) {
    test(`variant: ${fr} = ${en}`, () => assert.equal(keys.keys(fr).variant, keys.keys(en).variant));
  }

  for (const [fr, en] of [
    ['Ferdous', 'Fardos'],
    ['Boustane al-Qasr', 'Bustan Al-Qaser'],
    ['Haïdariyé', 'Haydariyeh'],
    ['Soueida', 'Suwayda'],
  ] as const) {
    test(`skeleton: ${fr} = ${en}, but not their variants`, () => {
      assert.notEqual(keys.keys(fr).variant, keys.keys(en).variant);
      assert.ok(keys.keys(fr).skeleton !== null);
      assert.equal(keys.keys(fr).skeleton, keys.keys(en).skeleton);
    });
  }

  test('kh is not k: Soukkari shares no key with Al-Sakhour', () => {
    const a = keys.keys('Soukkari');
    const b = keys.keys('Al-Sakhour');
    assert.notEqual(a.loose, b.loose);
    assert.notEqual(a.variant, b.variant);
    assert.notEqual(a.skeleton ?? 'none-a', b.skeleton ?? 'none-b');
    assert.ok(!b.partials.includes(a.variant));
  });

  test('partial keys are the trailing words of a multi-word name', () => {
    assert.deepEqual(keys.keys('Al-Ansari Mashhad').partials, ['mashad']);
    assert.equal(keys.keys('al-Machad').variant, 'mashad');
    assert.deepEqual(keys.keys('Aleppo').partials, []);
  });

  test('short skeletons are not made: they would match unrelated names', () => {
    assert.equal(keys.keys('Saïd').skeleton, null);
    assert.equal(keys.keys('Hama').skeleton, null);
    assert.equal(keys.keys('Homs').skeleton, keys.keys('Hims').skeleton);
  });

  test('the rules come from the packs: without them, French and English forms part', () => {
    const bare = createSpellingKeys([]);
    assert.notEqual(bare.keys('Soukkari').variant, bare.keys('As-Sukkari').variant);
    assert.notEqual(bare.keys('Cheikh Saïd').variant, bare.keys('Sheikh Said').variant);
    const frOnly = createSpellingKeys([frSpelling]);
    assert.equal(frOnly.keys('Soukkari').variant, frOnly.keys('As-Sukkari').variant);
    assert.notEqual(frOnly.keys('Salhine').variant, frOnly.keys('Salheen').variant, 'ee → i is an English rule');
    const both = createSpellingKeys([frSpelling, enSpelling]);
    assert.equal(both.keys('Salhine').variant, both.keys('Salheen').variant);
  });

  test('administrative short forms and demonym plurals', () => {
    assert.deepEqual(keys.adminShortForms("Gouvernorat d'Alep"), ['Alep']);
    assert.deepEqual(keys.adminShortForms('Gouvernorat de Lattaquié'), ['Lattaquié']);
    assert.deepEqual(keys.adminShortForms('Aleppo Governorate'), ['Aleppo']);
    assert.deepEqual(keys.adminShortForms('Texas'), []);
    assert.deepEqual(keys.demonymPlurals('Syrienne'), ['Syriennes']);
    assert.deepEqual(keys.demonymPlurals('Français'), []);
  });
});

describe('lookup scores', () => {
  const g = createGazetteer(
    entriesFromRecords([
      {
        id: 1,
        name: 'Deir ez-Zor',
        alternateNames: ['Dayr az Zawr'],
        lat: 35.33,
        lon: 40.14,
        featureCode: 'PPLA',
        country: 'SY',
        population: 240000,
      },
      { id: 2, name: 'Al-Ansari Mashhad', lat: 36.178, lon: 37.134, featureCode: 'PPLX', country: 'SY' },
      { id: 3, name: 'Fardos', lat: 36.187, lon: 37.151, featureCode: 'PPLX', country: 'SY' },
      { id: 4, name: 'Syria', lat: 35, lon: 38, featureCode: 'PCLI', country: 'SY', demonyms: ['Syrian', 'syrienne'] },
      { id: 5, name: 'Raqqa Governorate', lat: 35.9, lon: 38.9, featureCode: 'ADM1', country: 'SY', admin1: '04' },
    ]),
  );
  const best = (s: string, o = {}) => g.lookup(s, o)[0];

  test('exact, folded, variant, skeleton and partial, in that order of score', () => {
    assert.deepEqual([best('DEIR EZ-ZÔR')!.how, best('DEIR EZ-ZÔR')!.score], ['exact', 1]);
    assert.equal(best('Deir ez Zor')!.how, 'folded');
    assert.equal(best('Deir Zor')!.how, 'variant');
    assert.equal(best('Ferdous')!.how, 'skeleton');
    assert.equal(best('al-Machad')!.how, 'partial');
    const scores = ['Deir ez-Zor', 'Deir ez Zor', 'Deir Zor', 'Ferdous', 'al-Machad'].map((s) => best(s)!.score);
    assert.deepEqual(
      [...scores].sort((a, b) => b - a),
      scores,
    );
    assert.ok(scores.every((s, i) => i === 0 || s < scores[i - 1]!));
  });

  test('matchedName is the gazetteer name that matched', () => {
    assert.equal(best('Dayr az-Zawr')!.matchedName, 'Dayr az Zawr');
    assert.equal(best('Dayr az-Zawr')!.entry.name, 'Deir ez-Zor');
  });

  test('demonyms only when asked for', () => {
    assert.deepEqual(g.lookup('Syrian'), []);
    assert.deepEqual(g.lookup('syriennes'), []);
    const m = best('Syrians', { demonyms: true })!;
    assert.equal(m.entry.id, 4);
    assert.equal(m.how, 'demonym');
    assert.ok(m.score < 1);
  });

  test("a region's name without its 'Governorate' is found, a little lower", () => {
    const m = best('Raqqa')!;
    assert.equal(m.entry.id, 5);
    assert.ok(m.score < 1 && m.score > 0.85);
  });

  test('kinds and limit filter', () => {
    assert.deepEqual(g.lookup('Fardos', { kinds: ['city'] }), []);
    assert.equal(g.lookup('Fardos', { kinds: ['district'] }).length, 1);
    assert.equal(g.lookup('Fardos', { limit: 0 }).length, 0);
    assert.deepEqual(g.lookup('  '), []);
    assert.deepEqual(g.lookup('Nowhere-at-all'), []);
  });
});
