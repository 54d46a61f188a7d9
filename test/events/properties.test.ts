/**
 * Properties of event coding on arbitrary text: it never throws, every evidence span
 * is its text, and ids are the same when the same article is coded again.
 *
 * Run alone: node --import tsx --test test/events/properties.test.ts
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/analyze/analyze.js';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer } from '../../src/analyze/gazetteer/types.js';
import { codeEvents, findControlClaims } from '../../src/events/index.js';
import { extract } from '../../src/index.js';

/** Words that make triggers, cues, places and actors likely, so that the coder's paths are exercised. */
const WORDS = [
  'Les rebelles',
  'se sont retirés',
  'de',
  'Alep',
  "l'armée",
  'a repris',
  'Mossoul',
  'au moins',
  '12',
  'morts',
  'selon',
  "l'OSDH",
  'bombardements',
  'ne',
  'pas',
  'donnerait',
  'depuis 2012',
  'lundi',
  'des dizaines de',
  'Rebels',
  'captured',
  'Kharkiv',
  'airstrike',
  'killed',
  'at least',
  'will',
  'denied',
  'protesters',
  'in',
  'Bamako',
  'fled',
  'ceasefire',
  'arrested',
  'police',
  ',',
  '.',
  '"',
  '\n\n',
  'il ne reste plus aux insurgés que',
  'et',
  'and',
  'on Monday',
  'the army said',
  'é',
  '’',
  '-',
  'Sheikh Said',
];

describe('event coding properties', () => {
  let gazetteer: Gazetteer;
  before(async () => {
    gazetteer = await loadDefaultGazetteer();
  });

  const text = fc.oneof(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }).map((w) => w.join(' ')),
    fc.string({ minLength: 1, maxLength: 300 }),
  );

  test('never throws; evidence spans match; ids are stable', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('fr', 'en'), (body, language) => {
        const extracted = extract(body, { url: 'https://example.org/p' });
        if (!extracted.ok) return;
        const article = analyzeArticle({ ...extracted, language, publishedAt: '2020-05-04T08:00' }, gazetteer);
        const first = codeEvents(article, { keepFlagged: true });
        for (const e of first) {
          for (const ev of e.evidence) assert.equal(article.text.slice(ev.start, ev.end), ev.text);
          assert.ok(e.fatalities === null || e.fatalities > 0);
          assert.ok(e.confidence > 0 && e.confidence <= 1);
        }
        assert.deepEqual(
          codeEvents(article, { keepFlagged: true }).map((e) => e.id),
          first.map((e) => e.id),
        );
        for (const c of findControlClaims(article))
          for (const ev of c.evidence) assert.equal(article.text.slice(ev.start, ev.end), ev.text);
      }),
      { numRuns: 150 },
    );
  });
});
