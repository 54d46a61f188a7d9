/**
 * findPlaces on short French and English texts, over the small gazetteer of
 * placesFixture.ts: which names are places, which are not (people, common words,
 * demonyms for people), and where the mentions are.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlaces } from '../../src/analyze/places/index.js';
import type { Entity, Place } from '../../src/analyze/types.js';
import { IDS, placesGazetteer } from './placesFixture.js';

const fr = (text: string, title?: string): Place[] => findPlaces(text, placesGazetteer(), { language: 'fr', title: title ?? null });
const en = (text: string, extra: { title?: string; entities?: Entity[] } = {}): Place[] =>
  findPlaces(text, placesGazetteer(), { language: 'en', title: extra.title ?? null, entities: extra.entities });
const surfaces = (places: Place[]): string[] => places.map((p) => p.mention.text);
const one = (places: Place[], surface: string): Place => {
  const p = places.find((x) => x.mention.text === surface);
  assert.ok(p, `${surface} is found among ${JSON.stringify(surfaces(places))}`);
  return p;
};

function assertOffsets(text: string, places: Place[]): void {
  for (const p of places) assert.equal(text.slice(p.mention.start, p.mention.end), p.mention.text);
}

describe('districts announced by a place noun', () => {
  const text =
    "Les rebelles se sont retirés du quartier de Boustane al-Qasr, l'un des plus fortifiés, ainsi que de Ferdous, à Alep. " +
    'Il ne leur reste que deux quartiers, Soukkari et al-Machad.';
  const places = fr(text);

  test('every district is found, with its particles, at the right offsets', () => {
    assertOffsets(text, places);
    assert.deepEqual(surfaces(places), ['Boustane al-Qasr', 'Ferdous', 'Alep', 'Soukkari', 'al-Machad']);
  });

  test('the cue reaches the items of its list, across an apposition', () => {
    for (const s of ['Boustane al-Qasr', 'Ferdous', 'Soukkari', 'al-Machad']) {
      const p = one(places, s);
      assert.equal(p.kind, 'district', s);
      assert.equal(p.parent, 'Aleppo', s);
      assert.ok(p.resolved, s);
    }
  });

  test('each district is the child of Aleppo its name looks most like', () => {
    assert.equal(one(places, 'Boustane al-Qasr').geonameId, null, 'districts of the fixture have synthetic ids');
    assert.equal(one(places, 'Boustane al-Qasr').name, 'Bustan Al-Qaser');
    assert.equal(one(places, 'Ferdous').name, 'Fardos');
    assert.equal(one(places, 'Soukkari').name, 'As-Sukkari', 'not Al-Sakhour');
    assert.equal(one(places, 'al-Machad').name, 'Al-Ansari Mashhad', 'not Mashhad in Iran');
  });

  test('"Alep" is the city, not the region of the same name', () => {
    const alep = one(places, 'Alep');
    assert.equal(alep.geonameId, IDS.aleppo);
    assert.equal(alep.kind, 'city');
    assert.equal(alep.country, 'SY');
    assert.equal(alep.parent, 'Syria');
  });
});

describe('cues say the kind', () => {
  test('"la province d\'Alep" is the region', () => {
    const p = one(fr("Les combats continuent dans la province d'Alep."), 'Alep');
    assert.equal(p.geonameId, IDS.aleppoRegion);
    assert.equal(p.kind, 'admin');
  });

  test('a district noun before an unknown name makes an unresolved district', () => {
    const text = 'Le quartier de Bab Zeitoun a été bombardé, à Alep.';
    const p = one(fr(text), 'Bab Zeitoun');
    assert.equal(p.kind, 'district');
    assert.equal(p.resolved, false);
    assert.equal(p.lat, null);
    assert.equal(p.lon, null);
  });

  test('a district without its city in the article is not taken for one of its districts', () => {
    for (const p of en('Ferdous was there, said a spokesman in Paris.')) assert.notEqual(p.name, 'Fardos');
  });
});

describe('demonyms', () => {
  test('French adjectives in lower case, plurals too, are their country', () => {
    const places = fr("L'armée syrienne et les rebelles syriens avancent.");
    assert.deepEqual(
      places.map((p) => [p.mention.text, p.name, p.kind]),
      [
        ['syrienne', 'Syria', 'country'],
        ['syriens', 'Syria', 'country'],
      ],
    );
  });

  test('a capitalised French demonym names the people, not the place', () => {
    assert.deepEqual(surfaces(fr('Les Syriens fuient les combats.')), []);
  });

  test('an English adjective is its country; a plural names the people', () => {
    const places = en('Syrian forces shelled the town. Syrians fled across the border.');
    assert.deepEqual(surfaces(places), ['Syrian']);
    assert.equal(places[0]?.geonameId, IDS.syria);
  });

  test('two adjectives joined by a hyphen are two places', () => {
    const text = 'Clashes broke out along the Syrian-Turkish border.';
    const places = en(text);
    assertOffsets(text, places);
    assert.deepEqual(
      places.map((p) => [p.mention.text, p.name]),
      [
        ['Syrian', 'Syria'],
        ['Turkish', 'Turkey'],
      ],
    );
  });
});

describe('names that are not places', () => {
  test('months, weekdays and function words at a sentence start', () => {
    assert.deepEqual(surfaces(en('The talks resumed in May. On Monday they met in Paris.')), ['Paris']);
  });

  test('a capitalised common word at a sentence start', () => {
    assert.deepEqual(surfaces(en('Police said the police station in Paris was closed.')), ['Paris']);
  });

  test("a place name inside a person's name, after a title or followed by a surname", () => {
    assert.deepEqual(surfaces(en('President Jordan spoke. Jordan Peterson said Peterson was tired.')), []);
    assert.deepEqual(surfaces(fr('M. Alep a parlé.')), []);
  });

  test("the entity layer's people are not places", () => {
    const text = 'Paris Hilton arrived.';
    const entities: Entity[] = [
      { id: 'e1', kind: 'person', name: 'Paris Hilton', mentions: [{ start: 0, end: 12, text: 'Paris Hilton' }], aliases: [], role: null },
    ];
    assert.deepEqual(surfaces(en(text, { entities })), []);
  });
});

describe('places the gazetteer does not know', () => {
  test('a street is located at the city the article is about', () => {
    const text = 'The parade rolled down Frenchmen Street in New Orleans. New Orleans was packed.';
    const places = en(text);
    assertOffsets(text, places);
    const street = one(places, 'Frenchmen Street');
    assert.equal(street.kind, 'other');
    assert.equal(street.geonameId, null);
    assert.equal(street.parent, 'New Orleans');
    assert.ok(street.resolved);
    assert.ok(street.confidence < 0.5, 'a street placed by the focus is not certain');
    assert.equal(street.lat, one(places, 'New Orleans').lat);
  });
});

describe('resolution in context', () => {
  test('a weak, ambiguous name is left unresolved rather than guessed', () => {
    const p = one(en('The factory in Springfield closed.'), 'Springfield');
    assert.equal(p.resolved, false);
    assert.equal(p.lat, null);
    assert.equal(p.geonameId, null);
    assert.ok(p.alternatives.length >= 2, 'the candidates are kept as alternatives');
  });

  test('a name followed by its region is the place in that region', () => {
    const p = one(en('She grew up in Paris, Texas, near the border.'), 'Paris');
    assert.equal(p.geonameId, IDS.parisTexas);
  });

  test('a capital named for its government is the city, not the region', () => {
    const p = one(en('Officials in Washington said the talks would resume.'), 'Washington');
    assert.equal(p.geonameId, IDS.washingtonDc);
  });

  test('a country named like its capital is the country', () => {
    const p = one(en('Trade with Mexico grew last year, the ministry said.'), 'Mexico');
    assert.equal(p.geonameId, IDS.mexico);
  });

  test('the title sets the focus', () => {
    const p = one(fr('Les combats ont repris à Alep.', 'Syrie : la bataille continue'), 'Alep');
    assert.equal(p.geonameId, IDS.aleppo);
    assert.equal(p.country, 'SY');
  });

  test('elided articles are not part of the mention', () => {
    const text = "La bataille d'Alep touche à sa fin.";
    const places = fr(text);
    assertOffsets(text, places);
    assert.deepEqual(surfaces(places), ['Alep']);
  });
});

describe('edge cases', () => {
  test('empty and placeless texts give nothing', () => {
    assert.deepEqual(en(''), []);
    assert.deepEqual(fr('   \n\n  '), []);
    assert.deepEqual(en('nothing capitalised here at all.'), []);
  });

  test('an unknown language uses every pack', () => {
    const text = "L'armée syrienne est entrée à Alep.";
    const places = findPlaces(text, placesGazetteer(), { language: null });
    assertOffsets(text, places);
    assert.ok(surfaces(places).includes('Alep'));
  });
});
