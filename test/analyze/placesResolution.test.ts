/**
 * resolvePlaces: resolution of given spans (a benchmark's gold toponyms, an annotator's
 * marks), over the small gazetteer of placesFixture.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolvePlaces } from '../../src/analyze/places/index.js';
import type { Place, Span } from '../../src/analyze/types.js';
import { IDS, placesGazetteer } from './placesFixture.js';

const spansOf = (text: string, ...names: string[]): Span[] =>
  names.map((n) => {
    const start = text.indexOf(n);
    assert.ok(start >= 0, `${n} is in the text`);
    return { start, end: start + n.length };
  });

const resolve = (text: string, spans: Span[], guess = false, language: string | null = 'en'): Place[] =>
  resolvePlaces(text, spans, placesGazetteer(), { language }, { guess });

describe('resolvePlaces', () => {
  test('one place per span, in the order given, with the mention as given', () => {
    const text = 'From Damascus to Aleppo, the road is open.';
    const spans = spansOf(text, 'Aleppo', 'Damascus');
    const places = resolve(text, spans);
    assert.equal(places.length, 2);
    assert.deepEqual(
      places.map((p) => [p.mention.text, p.geonameId]),
      [
        ['Aleppo', IDS.aleppo],
        ['Damascus', IDS.damascus],
      ],
    );
  });

  test('the districts of a mentioned city are eligible, the nearest spelling wins', () => {
    const text = 'In Aleppo, the rebels left Soukkari and Ferdous.';
    const places = resolve(text, spansOf(text, 'Aleppo', 'Soukkari', 'Ferdous'));
    assert.deepEqual(
      places.map((p) => p.name),
      ['Aleppo', 'As-Sukkari', 'Fardos'],
    );
  });

  test('a demonym span resolves to its country', () => {
    const text = 'Turkish troops crossed.';
    const [p] = resolve(text, spansOf(text, 'Turkish'));
    assert.equal(p?.geonameId, IDS.turkey);
    assert.equal(p?.kind, 'country');
  });

  test('weak and ambiguous: unresolved by default, the best guess in guess mode', () => {
    const text = 'They met in Springfield.';
    const spans = spansOf(text, 'Springfield');
    const [cautious] = resolve(text, spans);
    assert.equal(cautious?.resolved, false);
    assert.equal(cautious?.lat, null);
    const [guessed] = resolve(text, spans, true);
    assert.equal(guessed?.resolved, true);
    assert.equal(guessed?.name, 'Springfield');
    assert.ok(guessed !== undefined && guessed.confidence < 0.4, 'a guess keeps its low confidence');
  });

  test('a span the gazetteer cannot match: unresolved, or the focus place in guess mode', () => {
    const text = 'The crowd gathered on Royal Street, in New Orleans, and later in New Orleans again.';
    const spans = spansOf(text, 'Royal Street', 'New Orleans');
    const [street] = resolve(text, spans);
    assert.equal(street?.resolved, false);
    const [guessed] = resolve(text, spans, true);
    assert.equal(guessed?.resolved, true);
    assert.equal(guessed?.kind, 'other');
    assert.equal(guessed?.parent, 'New Orleans');
    assert.equal(guessed?.geonameId, null);
  });

  test('inside a longer span, a known name stands for it', () => {
    const text = 'The Paris Police Prefecture said so.';
    const [p] = resolve(text, spansOf(text, 'Paris Police Prefecture'));
    assert.equal(p?.geonameId, IDS.paris);
  });

  test('odd spans do not throw: empty, reversed, out of range', () => {
    const text = 'Aleppo.';
    const places = resolve(text, [
      { start: 0, end: 0 },
      { start: 5, end: 2 },
      { start: -4, end: 999 },
    ]);
    assert.equal(places.length, 3);
    for (const p of places) assert.equal(text.slice(p.mention.start, p.mention.end), p.mention.text);
  });

  test('no spans, no places', () => {
    assert.deepEqual(resolve('Aleppo and Damascus.', []), []);
  });
});
