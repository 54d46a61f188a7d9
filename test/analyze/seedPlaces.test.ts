/**
 * Place recognition and resolution on the seed dispatch, checked against the reference
 * reading in ../shared/gold/seed.json ("places"): Syria, Aleppo and seven of its districts
 * as a French agency spells them. The gazetteer is the default one plus the Aleppo
 * districts fixture (read from ../shared at test time, never copied). Nothing in the code
 * under test knows the seed: the districts resolve through the focus city and the cue
 * words ("le quartier de X, … ainsi que de Y et de Z").
 *
 * Run alone: node --import tsx --test test/analyze/seedPlaces.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { composeGazetteer } from '../../src/analyze/gazetteer/composeGazetteer.js';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer, GazetteerEntry } from '../../src/analyze/gazetteer/types.js';
import { findPlaces } from '../../src/analyze/places/index.js';
import { haversineKm } from '../../src/analyze/places/haversineKm.js';
import type { Place } from '../../src/analyze/types.js';
import { extract } from '../../src/index.js';
import { ALEPPO_ID, aleppoDistrictEntries } from './helpers/aleppoDistricts.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared');
const SEED_FILE = join(SHARED, 'seed', '000_0de1e556a333c2f9.txt');
const GOLD_FILE = join(SHARED, 'gold', 'seed.json');
/** How far a district may be placed from its fixture centroid. */
const MAX_DISTRICT_KM = 1.5;

interface GoldPlace {
  surface: string;
  kind: string;
  resolved?: string;
  country?: string;
  geonames_id?: number;
  of?: string;
  english_forms?: string[];
  trap?: string;
}

describe('places in the seed dispatch', () => {
  let text: string;
  let places: Place[];
  let districts: GazetteerEntry[];
  let gold: GoldPlace[];

  before(async () => {
    const article = extract(readFileSync(SEED_FILE));
    assert.ok(article.ok, 'the seed extracts');
    districts = aleppoDistrictEntries();
    const gazetteer: Gazetteer = composeGazetteer([await loadDefaultGazetteer(), districts]);
    text = article.text;
    places = findPlaces(text, gazetteer, { language: article.language, title: article.title });
    gold = (JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as { places: GoldPlace[] }).places;
  });

  const mentionsOf = (surface: string): Place[] => places.filter((p) => p.mention.text === surface);

  test('every mention points at its text', () => {
    assert.ok(places.length > 0);
    for (const p of places) assert.equal(text.slice(p.mention.start, p.mention.end), p.mention.text);
  });

  test('every gold place is found, every mention of it resolved', () => {
    for (const g of gold) {
      const found = mentionsOf(g.surface);
      assert.ok(found.length > 0, `${g.surface} is found`);
      // As many mentions as the text has occurrences of the name as a whole word.
      const occurrences = [...text.matchAll(new RegExp(`(?<![\\p{L}-])${escape(g.surface)}(?![\\p{L}-])`, 'gu'))].length;
      assert.equal(found.length, occurrences, `${g.surface}: ${found.length} of ${occurrences} mentions`);
      for (const p of found) assert.ok(p.resolved, `${g.surface} at ${p.mention.start} is resolved`);
    }
  });

  test('"Syrie" is Syria', () => {
    for (const p of mentionsOf('Syrie')) {
      assert.equal(p.kind, 'country');
      assert.equal(p.country, 'SY');
      assert.equal(p.name, 'Syria');
    }
  });

  test('"Alep" is the city of Aleppo (170063)', () => {
    const alep = gold.find((g) => g.surface === 'Alep');
    assert.equal(alep?.geonames_id, ALEPPO_ID);
    for (const p of mentionsOf('Alep')) {
      assert.equal(p.geonameId, ALEPPO_ID);
      assert.equal(p.kind, 'city');
      assert.equal(p.country, 'SY');
    }
  });

  test(`each district is the right Aleppo district, within ${MAX_DISTRICT_KM} km of its centroid`, () => {
    const golden = gold.filter((g) => g.kind === 'district');
    assert.equal(golden.length, 7);
    for (const g of golden) {
      // The fixture's name for the district is one of the gold's English forms.
      const expected = districts.find((d) => (g.english_forms ?? []).includes(d.name));
      assert.ok(expected, `${g.surface}: a fixture district among ${g.english_forms?.join(', ')}`);
      for (const p of mentionsOf(g.surface)) {
        assert.equal(p.kind, 'district', g.surface);
        assert.equal(p.name, expected.name, `${g.surface} → ${p.name}`);
        assert.equal(p.parent, 'Aleppo', `${g.surface}: parent`);
        assert.equal(p.country, 'SY');
        assert.ok(p.lat !== null && p.lon !== null);
        const km = haversineKm(p.lat, p.lon, expected.lat, expected.lon);
        assert.ok(km <= MAX_DISTRICT_KM, `${g.surface}: ${km.toFixed(2)} km from ${expected.name}`);
      }
    }
  });

  test('"Soukkari" does not become Al-Sakhour', () => {
    for (const p of mentionsOf('Soukkari')) assert.ok(!/sakh/i.test(p.name), p.name);
  });

  test('nothing is placed outside Syria', () => {
    for (const p of places) if (p.resolved) assert.equal(p.country, 'SY', `${p.mention.text} → ${p.name} (${p.country})`);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
