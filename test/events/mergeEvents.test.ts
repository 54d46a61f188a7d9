/**
 * Merging events across articles (src/events/mergeEvents.ts): same sub-type, place and
 * day with compatible actors make one event listing every source; syndicated copies
 * count once; the result does not depend on the order mentions arrive in.
 *
 * Run alone: node --import tsx --test test/events/mergeEvents.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { mergeEvents, mergeKey, type EventMention } from '../../src/events/mergeEvents.js';
import { ALEPPO, ARMY, district, IDLIB, REBELS, record, RUSSIA } from './records.js';

const mention = (r: ReturnType<typeof record>, article: string, group = article): EventMention => ({ record: r, article, group });

describe('mergeEvents', () => {
  test('same sub-type, place and day from two outlets: one event, both sources, two reports', () => {
    const a = record({ id: 'ev_a', url: 'https://a.example/1', attributedTo: 'OSDH', confidence: 0.6 });
    const b = record({ id: 'ev_b', url: 'https://b.example/2', text: 'The army retook Sukkari.', confidence: 0.7 });
    const [e, ...rest] = mergeEvents([mention(a, '1'), mention(b, '2')]);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      e!.sources.map((s) => s.url),
      ['https://a.example/1', 'https://b.example/2'],
    );
    assert.equal(e!.reports, 2);
    assert.equal(e!.evidence.length, 2);
    assert.equal(e!.attributedTo, 'OSDH');
    assert.equal(e!.confidence, 0.88, 'two independent reports: 1 - 0.4 × 0.3');
    assert.match(e!.notes, /regained control of Aleppo - Sukkari from Syrian rebels \(according to OSDH\)/);
  });

  test('a syndicated copy is listed as a source but counts as one report with its original', () => {
    const a = record({ id: 'ev_a', url: 'https://agency.example/d', confidence: 0.7 });
    const copy = record({ id: 'ev_c', url: 'https://paper.example/d', confidence: 0.7 });
    const [e] = mergeEvents([mention(a, '1'), mention(copy, '2', '1')]);
    assert.equal(e!.reports, 1);
    assert.equal(e!.sources.length, 2);
    assert.equal(e!.sources.find((s) => s.url === 'https://paper.example/d')?.copyOf, 'https://agency.example/d');
    assert.equal(e!.confidence, 0.7, 'a copy adds no confidence');
  });

  test('different day, place or sub-type stay apart; ±0 days only', () => {
    const base = record({ id: 'ev_1' });
    const events = mergeEvents([
      mention(base, '1'),
      mention(record({ id: 'ev_2', date: '2016-12-13' }), '2'),
      mention(record({ id: 'ev_3', location: district('Ferdous', 900002) }), '3'),
      mention(record({ id: 'ev_4', subType: 'Armed clash' }), '4'),
    ]);
    assert.equal(events.length, 4);
    assert.equal(new Set(events.map((e) => e.id)).size, 4);
  });

  test('incompatible actors split a key; an unknown side is compatible with any', () => {
    const strike = (id: string, actor1: typeof ARMY | null) =>
      record({ id, subType: 'Air/drone strike', location: IDLIB, actor1, actor2: null, url: `https://x.example/${id}` });
    const events = mergeEvents([
      mention(strike('ev_1', ARMY), '1'),
      mention(strike('ev_2', RUSSIA), '2'),
      mention(strike('ev_3', null), '3'),
    ]);
    assert.equal(events.length, 2, 'Syrian and Russian strikes are two events');
    assert.deepEqual(events.map((e) => e.actor1?.name).sort(), ['Military Forces of Russia', 'Military Forces of Syria']);
    assert.equal(
      events.reduce((n, e) => n + e.sources.length, 0),
      3,
      'the unnamed striker joins one of them',
    );
  });

  test('a clash reported with its sides either way round is one event', () => {
    const a = record({ id: 'ev_1', subType: 'Armed clash', actor1: ARMY, actor2: REBELS, location: ALEPPO });
    const b = record({ id: 'ev_2', subType: 'Armed clash', actor1: REBELS, actor2: ARMY, location: ALEPPO, url: 'https://b.example/x' });
    const events = mergeEvents([mention(a, '1'), mention(b, '2')]);
    assert.equal(events.length, 1);
    assert.notEqual(events[0]!.actor1?.name, events[0]!.actor2?.name);
  });

  test('fatalities: the lowest figure stated across reports; unknown stays null', () => {
    const [e] = mergeEvents([
      mention(record({ id: 'ev_1', fatalities: 15 }), '1'),
      mention(record({ id: 'ev_2', fatalities: null, url: 'https://b.example/2' }), '2'),
      mention(record({ id: 'ev_3', fatalities: 12, url: 'https://c.example/3' }), '3'),
    ]);
    assert.equal(e!.fatalities, 12);
    const [u] = mergeEvents([mention(record({ id: 'ev_4' }), '4')]);
    assert.equal(u!.fatalities, null);
  });

  test('property: the merged events do not depend on the order mentions arrive in', () => {
    const pool: EventMention[] = [
      mention(record({ id: 'ev_a', url: 'https://a.example/1' }), '1'),
      mention(record({ id: 'ev_b', url: 'https://b.example/2', fatalities: 3 }), '2'),
      mention(record({ id: 'ev_c', url: 'https://c.example/3' }), '3', '1'),
      mention(record({ id: 'ev_d', subType: 'Air/drone strike', location: IDLIB, actor1: RUSSIA, actor2: null }), '4'),
      mention(record({ id: 'ev_e', subType: 'Air/drone strike', location: IDLIB, actor1: ARMY, actor2: null }), '5'),
      mention(record({ id: 'ev_f', subType: 'Air/drone strike', location: IDLIB, actor1: null, actor2: null }), '6'),
      mention(record({ id: 'ev_g', date: '2016-12-13' }), '7'),
    ];
    const reference = JSON.stringify(mergeEvents(pool));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        assert.equal(JSON.stringify(mergeEvents(shuffled)), reference);
      }),
      { numRuns: 200 },
    );
  });

  test('ids: a key with one event keeps its id as reports arrive', () => {
    const one = mergeEvents([mention(record({ id: 'ev_1' }), '1')]);
    const two = mergeEvents([mention(record({ id: 'ev_1' }), '1'), mention(record({ id: 'ev_0', url: 'https://b.example/2' }), '2')]);
    assert.equal(one[0]!.id, two[0]!.id);
    assert.match(one[0]!.id, /^ev_[0-9a-f]{16}$/);
    assert.equal(mergeKey(one[0]!), 'Government regains territory|g900001|2016-12-12');
  });
});
