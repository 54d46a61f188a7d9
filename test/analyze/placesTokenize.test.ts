/**
 * The place tokenizer and the name-likeness measure: the small pieces recognition stands on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compilePack } from '../../src/analyze/places/compilePack.js';
import { nameSimilarity } from '../../src/analyze/places/nameSimilarity.js';
import { placesPackFor } from '../../src/analyze/places/placesPackFor.js';
import { tokenize } from '../../src/analyze/places/tokenize.js';

const words = (text: string, language: string): string[] => tokenize(text, compilePack(placesPackFor(language))).map((t) => t.text);

describe('tokenize', () => {
  test('offsets point at each token', () => {
    const text = "L'armée d'Alep — près de Deir ez-Zor, à 14h25…";
    for (const t of tokenize(text, compilePack(placesPackFor('fr')))) assert.equal(text.slice(t.start, t.end), t.text);
  });

  test('French elisions are split off the name', () => {
    assert.deepEqual(words("la bataille d'Alep, qu’Alep", 'fr'), ['la', 'bataille', "d'", 'Alep', ',', 'qu’', 'Alep']);
  });

  test('English possessives and contractions are split off', () => {
    assert.deepEqual(words("Britain's view, I'll go", 'en'), ['Britain', "'s", 'view', ',', 'I', "'ll", 'go']);
  });

  test('names written with hyphens and particles stay whole', () => {
    assert.deepEqual(words('Deir ez-Zor, al-Machad, Aix-en-Provence', 'fr'), ['Deir', 'ez-Zor', ',', 'al-Machad', ',', 'Aix-en-Provence']);
  });

  test('a capitalised name is trimmed out of a hyphenated compound', () => {
    assert.deepEqual(words('Turkish-led pro-Assad forces', 'en'), ['Turkish', '-led', 'pro-', 'Assad', 'forces']);
  });

  test('two capitalised names joined by a hyphen are split at the hyphen', () => {
    assert.deepEqual(words('the Syrian-Turkish border', 'en'), ['the', 'Syrian', '-', 'Turkish', 'border']);
  });

  test('dotted abbreviations are one token', () => {
    assert.deepEqual(words('the U.S. and St. Louis', 'en'), ['the', 'U.S.', 'and', 'St', '.', 'Louis']);
  });

  test('capitals, all-capitals and sentence starts are told apart', () => {
    const [a, b, c, d, e] = tokenize('WINNIPEG. The al-Machad road', compilePack(placesPackFor('en')));
    assert.equal(a?.allCaps, true);
    assert.equal(a?.sentenceStart, true);
    assert.equal(b?.word, false);
    assert.equal(c?.sentenceStart, true);
    assert.equal(d?.cap, true, 'a particle glued to a capitalised name counts as capitalised');
    assert.equal(d?.sentenceStart, false);
    assert.equal(e?.cap, false);
  });

  test('nothing in, nothing out', () => {
    assert.deepEqual(words('', 'en'), []);
    assert.deepEqual(words(' \n\t ', 'fr'), []);
  });
});

describe('nameSimilarity', () => {
  test('French and English romanisations of one name are alike', () => {
    assert.equal(nameSimilarity('Soukkari', 'As-Sukkari'), 1);
    assert.ok(nameSimilarity('Cheikh Saïd', 'Sheikh Said') > 0.9);
    assert.ok(nameSimilarity('Ferdous', 'Fardos') > 0.6);
  });

  test('names sharing only their consonants are less alike', () => {
    assert.ok(nameSimilarity('Soukkari', 'Al-Sakhour') < nameSimilarity('Soukkari', 'As-Sukkari') - 0.3);
  });

  test('empty names are not alike', () => {
    assert.equal(nameSimilarity('', 'Aleppo'), 0);
    assert.equal(nameSimilarity('-', '-'), 0);
  });
});
