/**
 * Place history and control (src/events/placeHistory.ts, controlAt.ts): changes of hands
 * and control claims, per place inside a place, dated and sourced; conflicts kept side
 * by side; who held what on a given day, and since when.
 *
 * Run alone: node --import tsx --test test/events/placeHistory.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { controlAt } from '../../src/events/controlAt.js';
import { placeHistory } from '../../src/events/placeHistory.js';
import { placeHolds, placeQuery } from '../../src/events/placeQuery.js';
import { ARMY, claim, district, IDLIB, REBELS, record } from './records.js';

const SUKKARI = district('Sukkari', 900001);
const FERDOUS = district('Ferdous', 900002);
const KALLASSE = district('Kallassé', 900003);
const aleppo = placeQuery(['Alep', 'Aleppo'], 170063);

describe('placeQuery', () => {
  test('a city holds its districts; a district alone finds its full name; accents aside', () => {
    assert.ok(placeHolds(aleppo, SUKKARI));
    assert.ok(placeHolds(placeQuery(['kallasse']), KALLASSE));
    assert.ok(placeHolds(placeQuery(['Sukkari']), SUKKARI));
    assert.ok(!placeHolds(aleppo, IDLIB));
    assert.ok(!placeHolds(placeQuery(['Alep']), { name: 'Aleppo - Sukkari', geonameId: 1 }), 'a spelling the gazetteer did not add');
  });
});

describe('placeHistory', () => {
  test('each place inside, its days in order, changes and claims with their sources', () => {
    const events = [
      record({ id: 'ev_1', location: FERDOUS, date: '2016-12-12', attributedTo: 'OSDH', url: 'https://a.example/1' }),
      record({
        id: 'ev_2',
        location: FERDOUS,
        date: '2016-11-28',
        actor1: REBELS,
        actor2: ARMY,
        subType: 'Non-state actor overtakes territory',
      }),
      record({ id: 'ev_3', location: IDLIB, date: '2016-12-12' }),
      record({ id: 'ev_4', location: FERDOUS, date: '2016-12-10', subType: 'Air/drone strike' }),
    ];
    const claims = [claim('Syrian rebels', [SUKKARI], '2016-12-12', 'https://b.example/2', 'OSDH')];
    const h = placeHistory(aleppo, events, claims);
    assert.deepEqual(
      h.map((p) => p.location.name),
      ['Aleppo - Ferdous', 'Aleppo - Sukkari'],
    );
    const ferdous = h[0]!;
    assert.deepEqual(
      ferdous.days.map((d) => [d.date, d.holders.map((x) => x.holder)]),
      [
        ['2016-11-28', ['Syrian rebels']],
        ['2016-12-12', ['Military Forces of Syria']],
      ],
      'an air strike changes no hands and is not in the history',
    );
    assert.equal(ferdous.days[1]!.holders[0]!.statements[0]!.attributedTo, 'OSDH');
    assert.equal(ferdous.days[1]!.holders[0]!.statements[0]!.sources[0]!.url, 'https://a.example/1');
    assert.equal(h[1]!.days[0]!.holders[0]!.statements[0]!.kind, 'claim');
  });

  test('reports that disagree on a day are both kept, as a conflict', () => {
    const events = [record({ id: 'ev_1', location: SUKKARI, url: 'https://a.example/1' })];
    const claims = [claim('Syrian rebels', [SUKKARI], '2016-12-12', 'https://b.example/2', 'rebel spokesman')];
    const [h] = placeHistory(aleppo, events, claims);
    assert.equal(h!.days.length, 1);
    assert.equal(h!.days[0]!.conflict, true);
    assert.deepEqual(h!.days[0]!.holders.map((x) => x.holder).sort(), ['Military Forces of Syria', 'Syrian rebels']);
  });

  test('a non-violent transfer: actor1 gains the place; when only the side that left is named, the holder is unknown', () => {
    const left = record({ id: 'ev_1', location: SUKKARI, subType: 'Non-violent transfer of territory', actor1: null, actor2: REBELS });
    const [h] = placeHistory(aleppo, [left], []);
    const s = h!.days[0]!.holders[0]!;
    assert.equal(s.holder, null);
    assert.equal(s.statements[0]!.from, 'Syrian rebels');
    assert.equal(h!.days[0]!.conflict, false);
  });
});

describe('controlAt', () => {
  const events = [
    record({ id: 'ev_1', location: FERDOUS, date: '2016-12-12', url: 'https://a.example/1' }),
    record({ id: 'ev_2', location: KALLASSE, date: '2016-12-14' }),
    record({ id: 'ev_3', location: SUKKARI, date: '2016-12-15' }),
  ];
  const claims = [
    claim('Syrian rebels', [SUKKARI, KALLASSE], '2016-12-12', 'https://b.example/2', 'OSDH'),
    claim('Syrian rebels', [SUKKARI], '2016-12-13', 'https://b.example/3', 'OSDH'),
  ];

  test('by holder on a day, with since when and who says so', () => {
    const r = controlAt(aleppo, '2016-12-13', events, claims);
    assert.deepEqual(
      r.holders.map((h) => [h.holder, h.places.map((p) => [p.location.name, p.since, p.sinceChange])]),
      [
        [
          'Syrian rebels',
          [
            ['Aleppo - Kallassé', '2016-12-12', false],
            ['Aleppo - Sukkari', '2016-12-12', false],
          ],
        ],
        ['Military Forces of Syria', [['Aleppo - Ferdous', '2016-12-12', true]]],
      ],
    );
    assert.deepEqual(r.contested, []);
  });

  test('later days: changes of hands move places between holders', () => {
    const r = controlAt(aleppo, '2016-12-15', events, claims);
    assert.deepEqual(
      r.holders.map((h) => [h.holder, h.places.length]),
      [['Military Forces of Syria', 3]],
    );
    const kallasse = r.holders[0]!.places.find((p) => p.location.name === 'Aleppo - Kallassé')!;
    assert.equal(kallasse.since, '2016-12-14');
    assert.equal(kallasse.sinceChange, true);
  });

  test('before any statement: nothing is known', () => {
    const r = controlAt(aleppo, '2016-12-01', events, claims);
    assert.deepEqual([r.holders, r.contested, r.unknown], [[], [], []]);
  });

  test('a day with two holders is contested, both claims kept', () => {
    const r = controlAt(aleppo, '2016-12-12', [record({ id: 'ev_9', location: SUKKARI, date: '2016-12-12' })], claims.slice(0, 1));
    assert.deepEqual(
      r.contested.map((c) => [c.location.name, c.claims.map((x) => x.holder).sort()]),
      [['Aleppo - Sukkari', ['Military Forces of Syria', 'Syrian rebels']]],
    );
  });
});
