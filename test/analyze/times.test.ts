import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { textPackFor } from '../../src/analyze/packs/textPack.js';
import { splitSentences } from '../../src/analyze/sentences/splitSentences.js';
import { findTimes } from '../../src/analyze/times/findTimes.js';

const fr = textPackFor('fr')!;
const en = textPackFor('en')!;
/** Monday 12 December 2016, 14:25, as extraction gives it. */
const PUB = '2016-12-12T14:25';

function times(text: string, lang: 'fr' | 'en', pub: string | null = PUB): [string, string | null, string, string?][] {
  const pack = lang === 'fr' ? fr : en;
  return findTimes(text, splitSentences(text, pack), pub, pack).map((t) => {
    const row: [string, string | null, string, string?] = [t.text, t.value, t.precision];
    if (t.partOfDay) row.push(t.partOfDay);
    return row;
  });
}

describe('findTimes: French', () => {
  it('a night across two days is dated by its morning: "la nuit de dimanche à lundi" is Monday', () => {
    assert.deepEqual(times('Des voitures ont brûlé dans la nuit de dimanche à lundi.', 'fr'), [
      ['dans la nuit de dimanche à lundi', '2016-12-12', 'part-of-day', 'night'],
    ]);
    assert.deepEqual(times('Shops burned on the night of Saturday to Sunday.', 'en'), [
      ['on the night of Saturday to Sunday', '2016-12-11', 'part-of-day', 'night'],
    ]);
  });
  it('weekdays: the latest on or before publication; "dernier" strictly before; "prochain" after', () => {
    assert.deepEqual(times('Lundi, mardi dernier, mercredi prochain, dimanche.', 'fr'), [
      ['Lundi', '2016-12-12', 'day'],
      ['mardi dernier', '2016-12-06', 'day'],
      ['mercredi prochain', '2016-12-14', 'day'],
      ['dimanche', '2016-12-11', 'day'],
    ]);
  });
  it('days, weeks, months and years relative to publication', () => {
    assert.deepEqual(
      times(
        "Hier, aujourd'hui, demain, avant-hier, il y a trois jours, la semaine dernière, le mois dernier, l'an dernier, cette année.",
        'fr',
      ),
      [
        ['Hier', '2016-12-11', 'day'],
        ["aujourd'hui", '2016-12-12', 'day'],
        ['demain', '2016-12-13', 'day'],
        ['avant-hier', '2016-12-10', 'day'],
        ['il y a trois jours', '2016-12-09', 'day'],
        ['la semaine dernière', '2016-W49', 'week'],
        ['le mois dernier', '2016-11', 'month'],
        ["l'an dernier", '2015', 'year'],
        ['cette année', '2016', 'year'],
      ],
    );
  });
  it('"trois jours plus tôt", "two days earlier": counted back from publication, the story\'s day', () => {
    assert.deepEqual(times('Trois jours plus tôt, la police avait dispersé la foule ; deux semaines plus tôt, rien.', 'fr'), [
      ['Trois jours plus tôt', '2016-12-09', 'day'],
      ['deux semaines plus tôt', '2016-W48', 'week'],
    ]);
    assert.deepEqual(times('Two days earlier, police had dispersed the crowd.', 'en'), [['Two days earlier', '2016-12-10', 'day']]);
  });
  it('parts of the day: of publication, or of the day named earlier in the sentence', () => {
    assert.deepEqual(times('Ce matin, la ville est tombée en matinée.', 'fr'), [
      ['Ce matin', '2016-12-12', 'part-of-day', 'morning'],
      ['en matinée', '2016-12-12', 'part-of-day', 'morning'],
    ]);
    assert.deepEqual(times('Vendredi, les combats ont repris dans la soirée. Hier soir, calme.', 'fr'), [
      ['Vendredi', '2016-12-09', 'day'],
      ['dans la soirée', '2016-12-09', 'part-of-day', 'evening'],
      ['Hier soir', '2016-12-11', 'part-of-day', 'evening'],
    ]);
    assert.deepEqual(times('Lundi matin', 'fr'), [['Lundi matin', '2016-12-12', 'part-of-day', 'morning']]);
    // With no day in its sentence, a part of the day belongs to the day the story told last; "ce matin" is still today's.
    assert.deepEqual(
      times("L'attaque de vendredi a fait 19 morts. Dans la soirée, des hommes armés ont ouvert le feu. Ce matin, calme.", 'fr'),
      [
        ['vendredi', '2016-12-09', 'day'],
        ['Dans la soirée', '2016-12-09', 'part-of-day', 'evening'],
        ['Ce matin', '2016-12-12', 'part-of-day', 'morning'],
      ],
    );
  });
  it('calendar dates, with the year inferred from publication when missing', () => {
    assert.deepEqual(
      times(
        'Le 12 décembre 2016, le 3 mars, le 1er janvier 2017, le 12 déc. 2016, lundi 5 décembre, en mars, décembre 2015, le 12/11/2016.',
        'fr',
      ),
      [
        ['12 décembre 2016', '2016-12-12', 'day'],
        ['3 mars', '2016-03-03', 'day'],
        ['1er janvier 2017', '2017-01-01', 'day'],
        ['12 déc. 2016', '2016-12-12', 'day'],
        ['lundi 5 décembre', '2016-12-05', 'day'],
        ['en mars', '2016-03', 'month'],
        ['décembre 2015', '2015-12', 'month'],
        ['12/11/2016', '2016-11-12', 'day'],
      ],
    );
    // Late in December a January date is the coming one; early in January a December date the past one.
    assert.deepEqual(times('le 5 janvier', 'fr', '2016-12-28T10:00'), [['5 janvier', '2017-01-05', 'day']]);
    assert.deepEqual(times('le 28 décembre', 'fr', '2017-01-03'), [['28 décembre', '2016-12-28', 'day']]);
  });
  it('years', () => {
    assert.deepEqual(times('Divisée depuis 2012, reprise en 2016.', 'fr'), [
      ['depuis 2012', '2012', 'year'],
      ['en 2016', '2016', 'year'],
    ]);
  });
  it('words that only look like dates are left alone', () => {
    assert.deepEqual(times('La mer était calme, le sept mars a vu sam venir.', 'fr'), []);
  });
  it('without a publication date, relative expressions are kept unresolved', () => {
    assert.deepEqual(times('Lundi, hier, le 3 mars, en 2012.', 'fr', null), [
      ['Lundi', null, 'day'],
      ['hier', null, 'day'],
      ['3 mars', null, 'day'],
      ['en 2012', '2012', 'year'],
    ]);
  });
  it('anchor says what a value was resolved against', () => {
    const [lundi, year] = findTimes('Lundi, depuis 2012.', [{ start: 0, end: 19 }], PUB, fr);
    assert.equal(lundi!.anchor, PUB);
    assert.equal(year!.anchor, null);
  });
});

describe('findTimes: English', () => {
  it('dates in both orders, abbreviated months, weekdays', () => {
    assert.deepEqual(times('On Monday, Dec. 12, 2016, and on Dec. 5 and 3 March, last Tuesday and next Friday.', 'en'), [
      ['Monday, Dec. 12, 2016', '2016-12-12', 'day'],
      ['Dec. 5', '2016-12-05', 'day'],
      ['3 March', '2016-03-03', 'day'],
      ['last Tuesday', '2016-12-06', 'day'],
      ['next Friday', '2016-12-16', 'day'],
    ]);
  });
  it('relative expressions and parts of the day', () => {
    assert.deepEqual(
      times('Yesterday, today, two days ago, last week, last month, last year, this morning, last night, tonight, Sunday evening.', 'en'),
      [
        ['Yesterday', '2016-12-11', 'day'],
        ['today', '2016-12-12', 'day'],
        ['two days ago', '2016-12-10', 'day'],
        ['last week', '2016-W49', 'week'],
        ['last month', '2016-11', 'month'],
        ['last year', '2015', 'year'],
        ['this morning', '2016-12-12', 'part-of-day', 'morning'],
        ['last night', '2016-12-11', 'part-of-day', 'night'],
        ['tonight', '2016-12-12', 'part-of-day', 'night'],
        ['Sunday evening', '2016-12-11', 'part-of-day', 'evening'],
      ],
    );
  });
  it('a month of last year: "In April last year" is April of the year before publication, in both languages', () => {
    assert.deepEqual(times('In April last year, police fired on a march. On March 3 last year and 5 May last year.', 'en'), [
      ['In April last year', '2015-04', 'month'],
      ['On March 3 last year', '2015-03-03', 'day'],
      ['5 May last year', '2015-05-05', 'day'],
    ]);
    assert.deepEqual(times("En avril de l'année dernière, la police a tiré. Le 3 mars de l'an passé.", 'fr'), [
      ["En avril de l'année dernière", '2015-04', 'month'],
      ["3 mars de l'an passé", '2015-03-03', 'day'],
    ]);
  });
  it('months and weekdays must be capitalised: "may" and "march" are verbs', () => {
    assert.deepEqual(times('They may 12 times march in the sun. In May 2016 and since 2012.', 'en'), [
      ['In May 2016', '2016-05', 'month'],
      ['since 2012', '2012', 'year'],
    ]);
  });
  it('an event named with its year is dated by it; a count is not a year', () => {
    assert.deepEqual(times('The 2003 war, the riots of 1998 and a total of 2000 people.', 'en'), [
      ['The 2003', '2003', 'year'],
      ['of 1998', '1998', 'year'],
    ]);
    assert.deepEqual(times("Les tirs de 1952, les émeutes de l'été 1998 et un bilan de 2000 morts.", 'fr'), [
      ['de 1952', '1952', 'year'],
      ["de l'été 1998", '1998', 'year'],
    ]);
    assert.deepEqual(times('La guerre de 1914 et celle de 1939 à Paris.', 'fr'), [
      ['de 1914', '1914', 'year'],
      ['de 1939', '1939', 'year'],
    ]);
  });
  it('ISO weeks across a year boundary', () => {
    assert.deepEqual(times('last week', 'en', '2021-01-06'), [['last week', '2020-W53', 'week']]);
  });
});

describe('findTimes: properties', () => {
  it('never throws; spans are in order, without overlap, and point at their text', () => {
    const word = fc.constantFrom(
      'lundi',
      'hier',
      'le',
      '3',
      '12',
      'mars',
      'déc.',
      '2016',
      'depuis',
      'matin',
      'en',
      'matinée',
      'Monday',
      'last',
      'week',
      'Dec.',
      'ago',
      'two',
      'days',
      'il',
      'y',
      'a',
      '/',
      ' ',
      ',',
      '.',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }).map((a) => a.join(' ')),
        fc.constantFrom(fr, en),
        fc.option(fc.constantFrom(PUB, '2020-02-29', '2016-01-01T00:00', 'garbage'), { nil: null }),
        (text, pack, pub) => {
          const found = findTimes(text, splitSentences(text, pack), pub, pack);
          let last = 0;
          for (const t of found) {
            assert.equal(text.slice(t.span.start, t.span.end), t.text);
            assert.ok(t.span.start >= last);
            last = t.span.end;
            if (t.value !== null) assert.match(t.value, /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
