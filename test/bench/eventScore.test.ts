// Hand-made cases for the events benchmark's scoring (bench/lib/eventScore.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dayDistance,
  foldPlaceName,
  locateSpan,
  matchEvents,
  scoreEvents,
  type GoldEvent,
  type ScoredDocument,
  type ScoredEvent,
} from '../../bench/lib/eventScore.js';

const close = (actual: number, expected: number, msg?: string): void => {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${msg ?? ''} expected ${expected}, got ${actual}`);
};

const EVENT_TYPE: Record<string, string> = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Air/drone strike': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Peaceful protest': 'Protests',
};

// Aleppo's centre; 0.01° of latitude is about 1.11 km.
const LAT = 36.2;
const LON = 37.16;

function rec(
  subEventType: string,
  date: string | null,
  place: { name?: string; lat?: number; lon?: number } = {},
  extra: Partial<ScoredEvent> = {},
): ScoredEvent {
  return {
    subEventType,
    eventType: EVENT_TYPE[subEventType] ?? 'Strategic developments',
    date,
    location: { name: place.name ?? 'Somewhere', lat: place.lat ?? LAT, lon: place.lon ?? LON },
    fatalities: null,
    evidence: [],
    ...extra,
  };
}

function gold(
  subEventType: string,
  date: string | null,
  place: { name?: string; lat?: number | null; lon?: number | null; aliases?: string[] } = {},
  extra: Partial<GoldEvent> = {},
): GoldEvent {
  return {
    subEventType,
    eventType: EVENT_TYPE[subEventType] ?? 'Strategic developments',
    date,
    place: place.name ?? 'Gold place',
    aliases: place.aliases ?? [],
    lat: place.lat === undefined ? LAT : place.lat,
    lon: place.lon === undefined ? LON : place.lon,
    fatalities: null,
    ...extra,
  };
}

function doc(records: ScoredEvent[], golds: GoldEvent[], extra: Partial<ScoredDocument> = {}): ScoredDocument {
  return { id: 'd', text: '', gold: golds, notEvents: [], records, ...extra };
}

describe('foldPlaceName', () => {
  it('folds case, accents, al-/el- articles, hyphens, apostrophes and spaces', () => {
    assert.equal(foldPlaceName('Aleppo - al-Mashhad'), 'aleppomashhad');
    assert.equal(foldPlaceName('aleppo mashhad'), 'aleppomashhad');
    assert.equal(foldPlaceName('Aleppo - Al-Mashhad'), 'aleppomashhad');
    assert.equal(foldPlaceName('Cheikh Saïd'), 'cheikhsaid');
    assert.equal(foldPlaceName('El-Bab'), 'bab');
    assert.equal(foldPlaceName("Ma'arrat al-Nu'man"), 'maarratnuman');
    // "al" inside a word is no article.
    assert.equal(foldPlaceName('Salheen'), 'salheen');
    assert.equal(foldPlaceName('Kallaseh'), 'kallaseh');
    assert.notEqual(foldPlaceName('Kallaseh'), foldPlaceName('Kallasse'));
  });
});

describe('dayDistance', () => {
  it('counts calendar days across month and year ends, null for null or partial dates', () => {
    assert.equal(dayDistance('2016-12-31', '2017-01-01'), 1);
    assert.equal(dayDistance('2016-02-28', '2016-03-01'), 2);
    assert.equal(dayDistance('2016-12-12T23:00', '2016-12-12'), 0);
    assert.equal(dayDistance(null, '2016-12-12'), null);
    assert.equal(dayDistance('2016-12', '2016-12-12'), null);
  });
});

describe('place matching', () => {
  it('matches by km: 1.67 km from the gold point matches, 2.22 km does not', () => {
    const near = scoreEvents([doc([rec('Armed clash', '2016-12-12', { lat: LAT + 0.015 })], [gold('Armed clash', '2016-12-12')])]);
    assert.equal(near.micro.tp, 1);
    const far = scoreEvents([doc([rec('Armed clash', '2016-12-12', { lat: LAT + 0.02 })], [gold('Armed clash', '2016-12-12')])]);
    assert.equal(far.micro.tp, 0);
    assert.equal(far.micro.fp, 1);
    assert.equal(far.micro.fn, 1);
  });

  it('matches by folded name when the gold has no coordinates, and also when it has but the point is far', () => {
    const noCoords = gold('Armed clash', '2016-12-12', { name: 'Aleppo - al-Mashhad', lat: null, lon: null });
    const byName = scoreEvents([doc([rec('Armed clash', '2016-12-12', { name: 'Aleppo - Mashhad', lat: 0, lon: 0 })], [noCoords])]);
    assert.equal(byName.micro.tp, 1);
    const otherName = scoreEvents([doc([rec('Armed clash', '2016-12-12', { name: 'Aleppo - Machad', lat: 0, lon: 0 })], [noCoords])]);
    assert.equal(otherName.micro.tp, 0);
    const farButNamed = gold('Armed clash', '2016-12-12', { name: 'Homs' });
    assert.equal(scoreEvents([doc([rec('Armed clash', '2016-12-12', { name: 'homs', lat: 0, lon: 0 })], [farButNamed])]).micro.tp, 1);
  });

  it('accepts the gold aliases as names', () => {
    const g = gold('Armed clash', '2016-12-12', { name: 'Aleppo - Kallasse', lat: null, lon: null, aliases: ['Aleppo - Kallaseh'] });
    assert.equal(scoreEvents([doc([rec('Armed clash', '2016-12-12', { name: 'Aleppo - Kallaseh' })], [g])]).micro.tp, 1);
  });
});

describe('date matching', () => {
  it('accepts one day either way, not two; a null date never matches', () => {
    const g = gold('Armed clash', '2016-12-12');
    const tp = (date: string | null): number => scoreEvents([doc([rec('Armed clash', date)], [g])]).micro.tp;
    assert.equal(tp('2016-12-11'), 1);
    assert.equal(tp('2016-12-13'), 1);
    assert.equal(tp('2016-12-10'), 0);
    assert.equal(tp('2016-12-14'), 0);
    assert.equal(tp(null), 0);
    assert.equal(scoreEvents([doc([rec('Armed clash', null)], [gold('Armed clash', null)])]).micro.tp, 0);
  });
});

describe('one-to-one greedy matching', () => {
  it('matches a gold event once: two records for one gold give one TP and one FP', () => {
    const s = scoreEvents([doc([rec('Armed clash', '2016-12-12'), rec('Armed clash', '2016-12-12')], [gold('Armed clash', '2016-12-12')])]);
    assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [1, 1, 0]);
  });

  it('takes the closest date first, then the closest point', () => {
    // One record on the 13th; golds on the 12th and the 13th: the 13th wins.
    const byDate = matchEvents(
      [rec('Armed clash', '2016-12-13')],
      [gold('Armed clash', '2016-12-12'), gold('Armed clash', '2016-12-13')],
      'subEventType',
    );
    assert.deepEqual(
      byDate.map((p) => p.gold),
      [1],
    );
    // Same date; golds 1.1 km and 0.1 km away: the nearer wins.
    const byKm = matchEvents(
      [rec('Armed clash', '2016-12-12')],
      [gold('Armed clash', '2016-12-12', { lat: LAT + 0.01 }), gold('Armed clash', '2016-12-12', { lat: LAT + 0.001 })],
      'subEventType',
    );
    assert.deepEqual(
      byKm.map((p) => p.gold),
      [1],
    );
  });

  it('does not pair across documents', () => {
    const s = scoreEvents([doc([rec('Armed clash', '2016-12-12')], []), doc([], [gold('Armed clash', '2016-12-12')])]);
    assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [0, 1, 1]);
  });
});

describe('counts, precision, recall, F1', () => {
  it('tallies per sub-type, per event type and in total', () => {
    // Gold: 2 clashes, 1 air strike. Coded: 1 clash (right), 1 shelling where the air strike was, 1 protest elsewhere.
    const s = scoreEvents([
      doc(
        [
          rec('Armed clash', '2016-12-12'),
          rec('Shelling/artillery/missile attack', '2016-12-12', { lat: 35 }),
          rec('Peaceful protest', '2016-12-12', { lat: 30 }),
        ],
        [gold('Armed clash', '2016-12-12'), gold('Armed clash', '2016-12-10'), gold('Air/drone strike', '2016-12-12', { lat: 35 })],
      ),
    ]);
    assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [1, 2, 2]);
    close(s.micro.precision, 1 / 3);
    close(s.micro.recall, 1 / 3);
    close(s.micro.f1, 1 / 3);
    const clash = s.bySubType.get('Armed clash')!;
    assert.deepEqual([clash.tp, clash.fp, clash.fn, clash.support], [1, 0, 1, 2]);
    close(clash.precision, 1);
    close(clash.recall, 0.5);
    const air = s.bySubType.get('Air/drone strike')!;
    assert.ok(Number.isNaN(air.precision), 'no air strike coded: precision undefined');
    assert.equal(air.recall, 0);
    // Event type: the shelling is a right Explosions/Remote violence event.
    const explosions = s.byEventType.get('Explosions/Remote violence')!;
    assert.deepEqual([explosions.tp, explosions.fp, explosions.fn], [1, 0, 0]);
    assert.deepEqual([s.eventTypeMicro.tp, s.eventTypeMicro.fp, s.eventTypeMicro.fn], [2, 1, 1]);
  });
});

describe('accuracies', () => {
  it('sub-type accuracy: among place-and-date pairs, the share with the gold sub-type', () => {
    // Pair 1 right (clash/clash); pair 2 wrong sub-type, right event type (shelling for an air strike);
    // the protest has no gold at its place, so it is no pair.
    const s = scoreEvents([
      doc(
        [
          rec('Armed clash', '2016-12-12'),
          rec('Shelling/artillery/missile attack', '2016-12-13', { lat: 35 }),
          rec('Peaceful protest', '2016-12-12', { lat: 30 }),
        ],
        [gold('Armed clash', '2016-12-12'), gold('Air/drone strike', '2016-12-12', { lat: 35 })],
      ),
    ]);
    assert.deepEqual([s.subTypeAccuracy.hits, s.subTypeAccuracy.total], [1, 2]);
    close(s.subTypeAccuracy.value, 0.5);
    assert.deepEqual([s.eventTypeAccuracy.hits, s.eventTypeAccuracy.total], [2, 2]);
  });

  it('pairs agreeing sub-types first, so the order of the records does not lower the accuracy', () => {
    const s = scoreEvents([
      doc(
        [rec('Armed clash', '2016-12-12'), rec('Air/drone strike', '2016-12-12')],
        [gold('Air/drone strike', '2016-12-12'), gold('Armed clash', '2016-12-12')],
      ),
    ]);
    assert.deepEqual([s.subTypeAccuracy.hits, s.subTypeAccuracy.total], [2, 2]);
  });

  it('fatality accuracy: among matched events, equal counts (null equals null)', () => {
    const s = scoreEvents([
      doc(
        [
          rec('Armed clash', '2016-12-12', {}, { fatalities: 5 }),
          rec('Air/drone strike', '2016-12-12', {}, { fatalities: null }),
          rec('Peaceful protest', '2016-12-12', {}, { fatalities: 3 }),
          rec('Shelling/artillery/missile attack', '2016-12-12', { lat: 30 }, { fatalities: 7 }),
        ],
        [
          gold('Armed clash', '2016-12-12', {}, { fatalities: 5 }),
          gold('Air/drone strike', '2016-12-12', {}, { fatalities: null }),
          gold('Peaceful protest', '2016-12-12', {}, { fatalities: null }),
          gold('Shelling/artillery/missile attack', '2016-12-12', {}, { fatalities: 7 }),
        ],
      ),
    ]);
    // The shelling is unmatched (far away): it does not count.
    assert.deepEqual([s.fatalityAccuracy.hits, s.fatalityAccuracy.total], [2, 3]);
  });

  it('fatality accuracy with 0 and unknown taken as equal', () => {
    const s = scoreEvents([
      doc(
        [rec('Armed clash', '2016-12-12', {}, { fatalities: null }), rec('Air/drone strike', '2016-12-12', {}, { fatalities: 4 })],
        [gold('Armed clash', '2016-12-12', {}, { fatalities: 0 }), gold('Air/drone strike', '2016-12-12', {}, { fatalities: 0 })],
      ),
    ]);
    assert.deepEqual([s.fatalityAccuracy.hits, s.fatalityAccuracyZeroUnknown.hits, s.fatalityAccuracyZeroUnknown.total], [0, 1, 2]);
  });
});

describe('traps', () => {
  const text = 'The army took the town. If talks fail, the army could attack Raqqa. Rebels still hold the north.';
  const ev = (needle: string): { start: number; end: number } => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length };
  };

  it('counts a not-event hit when a record evidence overlaps its span, once per not-event', () => {
    const s = scoreEvents([
      doc(
        [
          rec('Armed clash', '2016-12-12', {}, { evidence: [ev('the army could attack')] }),
          rec('Attack', '2016-12-12', {}, { evidence: [ev('attack Raqqa')] }),
          rec('Armed clash', '2016-12-12', {}, { evidence: [ev('The army took the town.')] }),
        ],
        [],
        {
          text,
          notEvents: [
            { text: 'If talks fail, the army could attack Raqqa.' },
            { text: 'Rebels still hold the north.' },
            { text: 'absent' },
          ],
        },
      ),
    ]);
    assert.deepEqual([s.traps.hits, s.traps.total, s.trapsUnlocated], [1, 2, 1]);
  });

  it('a record ending where the not-event starts does not hit it', () => {
    const s = scoreEvents([
      doc([rec('Armed clash', '2016-12-12', {}, { evidence: [ev('The army took the town. ')] })], [], {
        text,
        notEvents: [{ text: 'If talks fail' }],
      }),
    ]);
    assert.equal(s.traps.hits, 0);
  });

  it('locates spans with elisions and loose whitespace', () => {
    assert.deepEqual(locateSpan(text, 'If talks ... attack Raqqa'), ev('If talks fail, the army could attack Raqqa'));
    assert.deepEqual(locateSpan('a  b\nc', 'a b c'), { start: 0, end: 6 });
    assert.equal(locateSpan(text, 'nowhere'), null);
  });
});
