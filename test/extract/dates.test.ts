import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDateInText, isDatelineLine, parseDate } from '../../src/extract/dates/index.js';
import type { DateInfo } from '../../src/core/article.js';

/** parseDate with source 'meta', keeping only the fields a case is about. */
function p(raw: string, languages?: string[]): Pick<DateInfo, 'value' | 'precision' | 'zone' | 'assumedOffset'> | null {
  const d = parseDate(raw, { source: 'meta', languages });
  return d && { value: d.value, precision: d.precision, zone: d.zone, assumedOffset: d.assumedOffset };
}

const local = (value: string, precision: DateInfo['precision']) => ({ value, precision, zone: 'none' as const, assumedOffset: null });
const explicit = (value: string, precision: DateInfo['precision']) => ({
  value,
  precision,
  zone: 'explicit' as const,
  assumedOffset: null,
});

describe('parseDate: times and zones of English-language papers abroad', () => {
  it('"18.30" with a dot, as British papers print it, and zones such as AEST or PKT', () => {
    assert.deepEqual(p('Tue 16 Apr 2024 18.30 AEST', ['en']), explicit('2024-04-16T18:30+10:00', 'minute'));
    assert.deepEqual(p('Updated 8 May 2025 19:45 PKT', ['en']), explicit('2025-05-08T19:45+05:00', 'minute'));
    assert.deepEqual(p('Mon 10 Jul 2017 19.05', ['en']), local('2017-07-10T19:05', 'minute'));
    assert.equal(isDatelineLine('Tue 16 Apr 2024 18.30 AEST', ['en']), true);
  });
  it('an ambiguous zone (IST: India, Ireland or Israel) gives the time with no offset rather than a wrong one, or none', () => {
    assert.deepEqual(p('8 May 2025 19:45', ['en']), local('2025-05-08T19:45', 'minute'));
    assert.deepEqual(p('Updated 27 November 2008 22:30 IST', ['en']), local('2008-11-27T22:30', 'minute'));
    assert.deepEqual(p('Updated 14 April 2024 21:10 IDT', ['en']), explicit('2024-04-14T21:10+03:00', 'minute'));
  });
});

describe('parseDate: French', () => {
  it('abbreviated month with comma and time', () => {
    assert.deepEqual(p('12 déc. 2016, 14:25'), local('2016-12-12T14:25', 'minute'));
  });
  it('weekday, full month, "à" and 14h25', () => {
    assert.deepEqual(p('lundi 12 décembre 2016 à 14h25'), local('2016-12-12T14:25', 'minute'));
  });
  it('"Publié le" and "Mis à jour le" prefixes', () => {
    assert.deepEqual(p('Publié le 12 décembre 2016 à 14h25'), local('2016-12-12T14:25', 'minute'));
    assert.deepEqual(p('Mis à jour le 13 décembre 2016 à 09h10'), local('2016-12-13T09:10', 'minute'));
  });
  it('"1er" ordinal', () => {
    assert.deepEqual(p('1er décembre 2016'), local('2016-12-01', 'day'));
  });
  it('"le … - 14h25" connector and dash', () => {
    assert.deepEqual(p('le 12 déc 2016 - 14h25'), local('2016-12-12T14:25', 'minute'));
    assert.deepEqual(p('le 12 déc 2016 – 14h25'), local('2016-12-12T14:25', 'minute'));
  });
  it('"14 h 25" with spaces, and "14 heures"', () => {
    assert.deepEqual(p('12 déc. 2016 à 14 h 25'), local('2016-12-12T14:25', 'minute'));
    assert.deepEqual(p('12 décembre 2016 à 14 heures'), local('2016-12-12T14:00', 'minute'));
    // Narrow no-break spaces, as French typography prints them.
    assert.deepEqual(p('12\u202fdéc.\u202f2016 à 14\u202fh\u202f25'), local('2016-12-12T14:25', 'minute'));
  });
  it('dotted numeric date with time', () => {
    assert.deepEqual(p('12.12.2016 à 14h25'), local('2016-12-12T14:25', 'minute'));
  });
  it('upper case and accents folded', () => {
    assert.deepEqual(p('LUNDI 12 DÉCEMBRE 2016'), local('2016-12-12', 'day'));
    assert.deepEqual(p('12 decembre 2016'), local('2016-12-12', 'day'));
  });
  it('decomposed accents are normalised', () => {
    assert.deepEqual(p('12 de\u0301c. 2016'), local('2016-12-12', 'day'));
  });
  it('"mar" as weekday before the day, as month after it', () => {
    assert.deepEqual(p('mar 13 déc 2016'), local('2016-12-13', 'day'));
    assert.deepEqual(p('13 mar 2016'), local('2016-03-13', 'day'));
  });
  it('zone names: fixed CET is explicit, "heure de Paris" is assumed', () => {
    assert.deepEqual(p('12 décembre 2016 à 14h25 CET'), explicit('2016-12-12T14:25+01:00', 'minute'));
    assert.deepEqual(p('12 décembre 2016 à 14h25 (heure de Paris)'), {
      value: '2016-12-12T14:25',
      precision: 'minute',
      zone: 'assumed',
      assumedOffset: '+01:00',
    });
    assert.deepEqual(p('12 décembre 2016 à 14h25 (UTC+1)'), explicit('2016-12-12T14:25+01:00', 'minute'));
  });
  it('the French word "et" after a time is not the ET zone', () => {
    assert.deepEqual(p('12 décembre 2016 à 14h25 et 15h'), local('2016-12-12T14:25', 'minute'));
  });
  it('a number after the date that is not a time is left alone', () => {
    assert.deepEqual(p('12 décembre 2016, 2 morts'), local('2016-12-12', 'day'));
    assert.deepEqual(p('12 décembre 2016 - 45 h de garde à vue'), local('2016-12-12', 'day'));
  });
  it('time printed before the date', () => {
    assert.deepEqual(p('Publié à 14h25 le 12 décembre 2016'), local('2016-12-12T14:25', 'minute'));
  });
});

describe('parseDate: English', () => {
  it('AP style with p.m. and ambiguous ET', () => {
    assert.deepEqual(p('Dec. 12, 2016 2:25 p.m. ET'), {
      value: '2016-12-12T14:25',
      precision: 'minute',
      zone: 'assumed',
      assumedOffset: '-05:00',
    });
  });
  it('fixed EST is explicit and written into value', () => {
    assert.deepEqual(p('Dec. 12, 2016 2:25 p.m. EST'), explicit('2016-12-12T14:25-05:00', 'minute'));
  });
  it('"Updated:" prefix, full month', () => {
    assert.deepEqual(p('Updated: December 12, 2016'), local('2016-12-12', 'day'));
  });
  it('month and year only', () => {
    assert.deepEqual(p('December 2016'), local('2016-12', 'month'));
    assert.deepEqual(p('décembre 2016'), local('2016-12', 'month'));
  });
  it('day-month-year with GMT', () => {
    assert.deepEqual(p('12 December 2016 14:25 GMT'), explicit('2016-12-12T14:25+00:00', 'minute'));
  });
  it('ordinals, "at", hour-only meridiem, 12 am', () => {
    assert.deepEqual(p('December 12th, 2016 at 2 pm'), local('2016-12-12T14:00', 'minute'));
    assert.deepEqual(p('Monday, December 12, 2016 at 2:25 PM'), local('2016-12-12T14:25', 'minute'));
    assert.deepEqual(p('1 December 2016 at 12 am'), local('2016-12-01T00:00', 'minute'));
    assert.deepEqual(p('1 December 2016 at 12:05 p.m.'), local('2016-12-01T12:05', 'minute'));
  });
  it('time and zone printed before the date', () => {
    assert.deepEqual(p('Updated 2:25 PM ET, Mon December 12, 2016'), {
      value: '2016-12-12T14:25',
      precision: 'minute',
      zone: 'assumed',
      assumedOffset: '-05:00',
    });
  });
  it('12-Dec-2016', () => {
    assert.deepEqual(p('12-Dec-2016'), local('2016-12-12', 'day'));
  });
});

describe('parseDate: ISO 8601 and RFC 2822', () => {
  it('date only', () => {
    assert.deepEqual(p('2016-12-12'), local('2016-12-12', 'day'));
  });
  it('Z is written +00:00', () => {
    assert.deepEqual(p('2016-12-12T14:25:00Z'), explicit('2016-12-12T14:25:00+00:00', 'second'));
  });
  it('offset kept when present, absent otherwise', () => {
    assert.deepEqual(p('2016-12-12T14:25:00+01:00'), explicit('2016-12-12T14:25:00+01:00', 'second'));
    assert.deepEqual(p('2016-12-12T14:25:00+0100'), explicit('2016-12-12T14:25:00+01:00', 'second'));
    assert.deepEqual(p('2016-12-12T14:25'), local('2016-12-12T14:25', 'minute'));
    assert.deepEqual(p('2016-12-12 14:25:00'), local('2016-12-12T14:25:00', 'second'));
  });
  it('fractional seconds dropped', () => {
    assert.deepEqual(p('2016-12-12T14:25:00.123456Z'), explicit('2016-12-12T14:25:00+00:00', 'second'));
  });
  it('basic format', () => {
    assert.deepEqual(p('20161212T142500Z'), explicit('2016-12-12T14:25:00+00:00', 'second'));
    assert.deepEqual(p('20161212T1425'), local('2016-12-12T14:25', 'minute'));
  });
  it('reduced precision', () => {
    assert.deepEqual(p('2016'), local('2016', 'year'));
    assert.deepEqual(p('2016-12'), local('2016-12', 'month'));
  });
  it('-00:00 means unknown offset (RFC 3339)', () => {
    assert.deepEqual(p('2016-12-12T14:25:00-00:00'), local('2016-12-12T14:25:00', 'second'));
  });
  it('RFC 2822 with numeric offset and GMT', () => {
    assert.deepEqual(p('Mon, 12 Dec 2016 14:25:00 +0100'), explicit('2016-12-12T14:25:00+01:00', 'second'));
    assert.deepEqual(p('Mon, 12 Dec 2016 14:25:00 GMT'), explicit('2016-12-12T14:25:00+00:00', 'second'));
    assert.deepEqual(p('Mon, 12 Dec 2016 14:25:00 -0000'), local('2016-12-12T14:25:00', 'second'));
  });
});

describe('parseDate: numeric dates and language order', () => {
  it('French first reads dd/mm/yyyy', () => {
    assert.deepEqual(p('05/12/2016', ['fr', 'en']), local('2016-12-05', 'day'));
    assert.deepEqual(p('05/12/2016'), local('2016-12-05', 'day'));
  });
  it('English first reads mm/dd/yyyy', () => {
    assert.deepEqual(p('05/12/2016', ['en', 'fr']), local('2016-05-12', 'day'));
    assert.deepEqual(p('05/12/2016', ['en-US']), local('2016-05-12', 'day'));
  });
  it('a field above 12 settles the order whatever the language', () => {
    assert.deepEqual(p('13/12/2016', ['en']), local('2016-12-13', 'day'));
    assert.deepEqual(p('12/13/2016', ['fr']), local('2016-12-13', 'day'));
  });
  it('12/12/2016 and year-first', () => {
    assert.deepEqual(p('12/12/2016'), local('2016-12-12', 'day'));
    assert.deepEqual(p('2016/12/12 14:25'), local('2016-12-12T14:25', 'minute'));
  });
  it('unknown languages fall back to every pack', () => {
    assert.deepEqual(p('12 déc. 2016', ['xx']), local('2016-12-12', 'day'));
  });
  it('the given languages come first, but month words of every pack still parse', () => {
    // Detection can be wrong on short texts; a French month in an "English" page is still a date.
    assert.deepEqual(p('12 décembre 2016', ['en']), local('2016-12-12', 'day'));
    assert.deepEqual(p('12 December 2016', ['en']), local('2016-12-12', 'day'));
    assert.equal(p('31 décembre 2016', ['en'])?.value, '2016-12-31');
  });
});

describe('parseDate: sources, raw and URLs', () => {
  it('source and raw are reported', () => {
    const d = parseDate('  Publié le 12 déc. 2016  ', { source: 'time-element' });
    assert.equal(d?.source, 'time-element');
    assert.equal(d?.raw, 'Publié le 12 déc. 2016');
  });
  it('URL path segments', () => {
    assert.equal(parseDate('https://www.example.fr/monde/article/2016/12/12/titre_123.html', { source: 'url' })?.value, '2016-12-12');
    assert.deepEqual(
      parseDate('https://example.com/2016/12/slug', { source: 'url' }) &&
        parseDate('https://example.com/2016/12/slug', { source: 'url' })!.precision,
      'month',
    );
    assert.equal(parseDate('https://example.com/2016/13/40/slug', { source: 'url' }), null);
  });
});

describe('parseDate: rejects', () => {
  const rejects = [
    '31 février 2016',
    '30 February 2016',
    '29 février 2017',
    '31/04/2016',
    '2016-02-30',
    '2016-13-01',
    '12/12/2016 25:00',
    '12 Dec 2016 14:61',
    '2016-12-12T24:00',
    '2016-12-12T14:25:00+25:00',
    '13/25/2016',
    '0001-01-01T00:00:00Z',
    '2:25 PM',
    '14 h 25',
    'garbage',
    '',
    '   ',
    'décembre',
    '12 décembre',
    '1234567890',
  ];
  for (const r of rejects) {
    it(JSON.stringify(r), () => assert.equal(parseDate(r, { source: 'text' }), null));
  }
  it('leap day is accepted', () => {
    assert.deepEqual(p('29 février 2016'), local('2016-02-29', 'day'));
  });
  it('non-string input', () => {
    assert.equal(parseDate(undefined as unknown as string, { source: 'meta' }), null);
    assert.equal(parseDate(42 as unknown as string, { source: 'meta' }), null);
  });
});

describe('findDateInText', () => {
  it('finds a bare dateline', () => {
    const r = findDateInText('12 déc. 2016, 14:25');
    assert.ok(r);
    assert.deepEqual([r.start, r.end], [0, 19]);
    assert.equal(r.info.value, '2016-12-12T14:25');
    assert.equal(r.info.source, 'text');
    assert.equal(r.info.raw, '12 déc. 2016, 14:25');
  });
  it('skips the "Publié le" prefix', () => {
    const line = 'Publié le lundi 12 décembre 2016 à 14h25';
    const r = findDateInText(line);
    assert.ok(r);
    assert.equal(line.slice(r.start, r.end), 'lundi 12 décembre 2016 à 14h25');
    assert.equal(r.info.raw, 'lundi 12 décembre 2016 à 14h25');
  });
  it('returns the first date of a line', () => {
    const r = findDateInText('Le 12 décembre 2016 à 14h25, mis à jour le 13 décembre 2016 à 09h10');
    assert.equal(r?.info.value, '2016-12-12T14:25');
  });
  it('skips an impossible date and finds the next', () => {
    const r = findDateInText('31/02/2016 puis 01/03/2016');
    assert.equal(r?.info.value, '2016-03-01');
  });
  it('null on lines without dates', () => {
    assert.equal(findDateInText('Le gouvernement a annoncé une série de mesures.'), null);
    assert.equal(findDateInText('En 2016, 12 000 personnes ont manifesté.'), null);
    assert.equal(findDateInText(''), null);
  });
});

describe('isDatelineLine', () => {
  const yes = [
    '12 déc. 2016, 14:25',
    'Publié le lundi 12 décembre 2016 à 14h25',
    'Publié le 12/12/2016 à 14h25 | Mis à jour à 15h02',
    'Le 12 décembre 2016 à 14h25, mis à jour le 13 décembre 2016 à 09h10',
    'Mis à jour le 13 décembre 2016 à 09h10',
    'Updated: December 12, 2016',
    'Updated 2:25 PM ET, Mon December 12, 2016',
    'Dec. 12, 2016 2:25 p.m. ET',
    '2016-12-12T14:25:00Z',
    'December 2016',
    '14 h 25',
    '2:25 PM',
    '(12/12/2016)',
    'Lundi, 12/12/2016',
  ];
  for (const l of yes) it(`yes: ${l}`, () => assert.equal(isDatelineLine(l), true));
  const no = [
    'Le président a parlé le 12 décembre 2016 à Paris.',
    'En 2016, 12 000 personnes ont manifesté.',
    'Par Jean Dupont, publié le 12 décembre 2016',
    'ALEP (AFP) - 12 déc. 2016',
    '31/02/2016',
    '2016',
    'Chapitre 12',
    'Cuisson : 3 h',
    'garbage',
    '',
    `12 déc. 2016${' '.repeat(300)}`,
  ];
  for (const l of no) it(`no: ${JSON.stringify(l.slice(0, 60))}`, () => assert.equal(isDatelineLine(l), false));
});

describe('properties', () => {
  const tokens = [
    ...['12', '1', '31', '2016', '1999', '00', '25', '61', '0', '13'],
    ...['déc.', 'décembre', 'Dec', 'December', 'mar', 'mai', 'sept', 'lundi', 'Mon,', '1er', '12th'],
    ...[' ', ' ', ' ', ',', '.', '/', '-', ':', 'h', 'T', 'Z', '+', '+0100', '(', ')', 'à', 'le', 'at'],
    ...['p.m.', 'AM', 'ET', 'EST', 'GMT', 'UTC', 'heure de Paris', 'Publié le', 'Updated', '\u202f', 'é', '\u0301', '\ud800'],
  ];
  const dateish = fc.array(fc.constantFrom(...tokens), { maxLength: 24 }).map((a) => a.join(''));
  const anyString = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), dateish);
  const languages = fc.option(fc.array(fc.constantFrom('fr', 'en', 'de', 'EN-gb', ''), { maxLength: 3 }), { nil: undefined });
  const VALUE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?)?)?$/;

  it('parseDate never throws and returns a well-formed value', () => {
    fc.assert(
      fc.property(anyString, languages, (s, langs) => {
        const d = parseDate(s, { source: 'text', languages: langs });
        if (d) {
          assert.match(d.value, VALUE);
          assert.equal(d.zone === 'explicit', /[+-]\d{2}:\d{2}$/.test(d.value));
          assert.equal(d.zone === 'assumed', d.assumedOffset !== null);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('findDateInText never throws; its span is in bounds and non-empty', () => {
    fc.assert(
      fc.property(anyString, languages, (s, langs) => {
        const r = findDateInText(s, langs);
        if (r) {
          assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end));
          assert.ok(r.start >= 0 && r.start < r.end && r.end <= s.length);
          assert.ok(s.slice(r.start, r.end).length > 0);
          assert.equal(r.info.raw, s.slice(r.start, r.end));
          assert.match(r.info.value, VALUE);
        }
        assert.equal(typeof isDatelineLine(s, langs), 'boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('a date embedded anywhere in a line is found at its place', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (before, after) => {
        const date = '12 déc. 2016';
        const line = `${before} ${date} ${after}`;
        const r = findDateInText(line);
        assert.ok(r);
        assert.ok(r.start <= before.length + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('valid dates round-trip through the local formats', () => {
    const frMonths = [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ];
    const enMonths = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const h = d.getUTCHours();
        const min = d.getUTCMinutes();
        const expected = `${y}-${pad(m)}-${pad(day)}T${pad(h)}:${pad(min)}`;
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const forms = [
          `${day === 1 ? '1er' : day} ${frMonths[m - 1]} ${y} à ${h}h${pad(min)}`,
          `${pad(day)}/${pad(m)}/${y} ${pad(h)}:${pad(min)}`,
          `${enMonths[m - 1]} ${day}, ${y} ${h12}:${pad(min)} ${h < 12 ? 'a.m.' : 'p.m.'}`,
          `${y}-${pad(m)}-${pad(day)}T${pad(h)}:${pad(min)}`,
        ];
        for (const f of forms) assert.equal(parseDate(f, { source: 'text', languages: ['fr', 'en'] })?.value, expected, f);
      }),
      { numRuns: 500 },
    );
  });
});
