/**
 * The seed dispatch against the DEFAULT gazetteer alone, which knows Aleppo but none of
 * its districts. The districts the gazetteer cannot place must stay unresolved rather
 * than jump to a namesake abroad ("Ferdous" ~ Ferdows and "al-Machad" ~ Mashhad, both in
 * Iran): a name announced as a district, or matched only loosely, far from the article's
 * focus and in another country, is out of focus.
 *
 * Run alone: node --import tsx --test test/analyze/seedDefaultGazetteer.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import { findPlaces } from '../../src/analyze/places/index.js';
import type { Place } from '../../src/analyze/types.js';
import { extract } from '../../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_FILE = join(ROOT, '..', 'shared', 'seed', '000_0de1e556a333c2f9.txt');
const ALEPPO_ID = 170063;

describe('the seed dispatch with the default gazetteer', () => {
  let places: Place[];

  before(async () => {
    const article = extract(readFileSync(SEED_FILE));
    assert.ok(article.ok, 'the seed extracts');
    places = findPlaces(article.text, await loadDefaultGazetteer(), { language: article.language, title: article.title });
  });

  const mentionsOf = (surface: string): Place[] => places.filter((p) => p.mention.text === surface);

  test('no place is resolved outside Syria', () => {
    for (const p of places) if (p.resolved) assert.equal(p.country, 'SY', `${p.mention.text} → ${p.name} (${p.country ?? '-'})`);
  });

  test('"Alep" is Aleppo, "Syrie" is Syria', () => {
    assert.ok(mentionsOf('Alep').length > 0);
    for (const p of mentionsOf('Alep')) assert.equal(p.geonameId, ALEPPO_ID);
    assert.ok(mentionsOf('Syrie').length > 0);
    for (const p of mentionsOf('Syrie')) {
      assert.equal(p.kind, 'country');
      assert.equal(p.country, 'SY');
    }
  });

  test('districts the gazetteer does not know stay places, unresolved, their candidates kept', () => {
    for (const surface of ['Ferdous', 'al-Machad']) {
      const found = mentionsOf(surface);
      assert.ok(found.length > 0, `${surface} is found`);
      for (const p of found) {
        assert.equal(p.resolved, false, `${surface} at ${p.mention.start} is unresolved`);
        assert.equal(p.lat, null);
        assert.ok(p.alternatives.length > 0, `${surface} keeps its candidates`);
        assert.ok(
          p.alternatives.some((a) => a.country === 'IR'),
          `${surface}: the namesake abroad is among the alternatives`,
        );
      }
    }
  });
});
