/**
 * Property tests for findPlaces and resolvePlaces on arbitrary text: they never throw,
 * every mention points at its text, mentions come in text order without overlapping,
 * resolved places have a position and unresolved ones none, and resolvePlaces gives one
 * place per span.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findPlaces, resolvePlaces } from '../../src/analyze/places/index.js';
import type { Place } from '../../src/analyze/types.js';
import { placesGazetteer } from './placesFixture.js';

const RUNS = 300;

// Words that make the recogniser work: names of the fixture, cues, particles, titles,
// elisions, demonyms, odd punctuation and scripts.
const WORDS = [
  'Alep',
  'Aleppo',
  'Paris',
  'Texas',
  'Washington',
  'D.C.',
  'Springfield',
  'Soukkari',
  'al-Machad',
  'Boustane',
  'al-Qasr',
  'Syrie',
  'syrienne',
  'Syrians',
  'Turkish-led',
  "d'Alep",
  "Britain's",
  'quartier',
  'quartiers',
  'le',
  'de',
  'du',
  'et',
  'ainsi',
  'que',
  'the',
  'district',
  'of',
  'in',
  'and',
  'M.',
  'President',
  'Street',
  'rue',
  'May',
  'Police',
  'U.S.',
  'WINNIPEG',
  '—',
  ',',
  '.',
  ':',
  '(',
  ')',
  '\n',
  '’',
  '-',
  'حلب',
  'Москва',
  '😀',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(sentence, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));
const language = fc.constantFrom('fr', 'en', null, 'de');

function checkPlaces(text: string, places: Place[], ordered: boolean): void {
  let lastEnd = -1;
  for (const p of places) {
    assert.equal(text.slice(p.mention.start, p.mention.end), p.mention.text);
    assert.ok(p.mention.start <= p.mention.end);
    if (ordered) {
      assert.ok(p.mention.start >= lastEnd, 'mentions do not overlap');
      lastEnd = p.mention.end;
    }
    if (p.resolved) assert.ok(p.lat !== null && p.lon !== null && Number.isFinite(p.lat) && Number.isFinite(p.lon));
    else assert.ok(p.lat === null && p.lon === null && p.geonameId === null);
    assert.ok(p.confidence >= 0 && p.confidence <= 1, `confidence ${p.confidence}`);
    assert.ok(p.alternatives.length <= 3);
  }
}

describe('findPlaces on arbitrary text', () => {
  test('never throws; mentions point at the text, in order, without overlap', () => {
    fc.assert(
      fc.property(anyText, language, fc.option(sentence, { nil: null }), (text, lang, title) => {
        checkPlaces(text, findPlaces(text, placesGazetteer(), { language: lang, title }), true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('resolvePlaces on arbitrary spans', () => {
  test('never throws; one place per span, pointing at the clamped span', () => {
    const span = fc.record({ start: fc.integer({ min: -10, max: 300 }), end: fc.integer({ min: -10, max: 300 }) });
    fc.assert(
      fc.property(anyText, fc.array(span, { maxLength: 8 }), language, fc.boolean(), (text, spans, lang, guess) => {
        const places = resolvePlaces(text, spans, placesGazetteer(), { language: lang }, { guess });
        assert.equal(places.length, spans.length);
        checkPlaces(text, places, false);
      }),
      { numRuns: RUNS },
    );
  });
});
