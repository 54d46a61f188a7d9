/**
 * findTriggers scans each pattern's lookaround-free gate over the whole text and runs
 * the full pattern only in the sentences the gate touches. These tests hold it to the
 * plain method (every pattern over every sentence): the same hits, always.
 *
 * Run alone: node --import tsx --test test/events/findTriggers.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../../src/analyze/types.js';
import { compileEventPack, type CompiledEventPack } from '../../src/events/compileEventPack.js';
import { findTriggers, type TriggerHit } from '../../src/events/findTriggers.js';
import { eventPackFor } from '../../src/events/packs/eventPack.js';
import { withoutLookarounds } from '../../src/events/withoutLookarounds.js';

describe('withoutLookarounds', () => {
  test('takes out the four kinds of assertion, nested groups included', () => {
    assert.equal(withoutLookarounds('(?<!not (?:a|the) )fled(?! to (?:safety))'), 'fled');
    assert.equal(withoutLookarounds('(?<=(?:families) (?:\\p{L}+ ){0,5}?)(?:left|walked out)(?=,)'), '(?:left|walked out)');
  });
  test('leaves classes, escapes and named groups alone', () => {
    assert.equal(withoutLookarounds('[(?<!)]x\\(?=y'), '[(?<!)]x\\(?=y'); // an optional "(", then "=y"
    assert.equal(withoutLookarounds('(?<n>\\d+) (?:killed|dead)'), '(?<n>\\d+) (?:killed|dead)');
    assert.equal(withoutLookarounds('a[\\]]b(?!c)'), 'a[\\]]b');
  });
  test('every pack pattern, stripped, still compiles', () => {
    for (const lang of ['fr', 'en']) {
      for (const { rule } of compileEventPack(eventPackFor(lang)!).triggers) {
        assert.doesNotThrow(() => new RegExp(withoutLookarounds(rule.pattern), 'giu'), rule.pattern);
      }
    }
  });
});

/** The plain method: every pattern over every sentence, overlaps resolved as findTriggers does. */
function plainTriggers(text: string, sentences: readonly Span[], compiled: CompiledEventPack): TriggerHit[][] {
  const gateless = { ...compiled, triggers: compiled.triggers.map((t) => ({ ...t, gate: /[\s\S]/gu })) };
  return findTriggers(text, sentences, gateless);
}

/** Sentences as spans between full stops, as a splitter would give them. */
function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?]+[.!?]*/gu;
  for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const WORDS = {
  fr: [
    'les familles',
    'ont quitté',
    'Alep',
    'réclament un',
    'cessez-le-feu',
    'la trêve',
    'ont fui',
    'évacués',
    'vers',
    "l'hôpital",
    'exode',
    'des dizaines de',
    'bombardements',
    'manifestants',
    'interdiction des',
    'manifestations',
    'rebelles',
    'ont repris',
    'la ville',
    'lynchage',
    '.',
    ',',
    'lundi',
  ],
  en: [
    'families',
    'left',
    'the city',
    'violated the',
    'ceasefire',
    'truce',
    'residents',
    'fled',
    'gunmen',
    'took refuge',
    'evacuated',
    'to hospital',
    'displaced',
    'people',
    'protest',
    'leaders',
    'formal',
    'rally',
    'riot police',
    'shelling',
    'rockets',
    'mob',
    'lynched',
    '.',
    ',',
    'on Monday',
  ],
};

describe('findTriggers', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: the gated scan finds exactly the hits of the plain one`, () => {
      const compiled = compileEventPack(eventPackFor(lang)!);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS[lang]), { minLength: 1, maxLength: 40 }), (words) => {
          const text = words.join(' ');
          const sentences = sentencesOf(text);
          assert.deepEqual(findTriggers(text, sentences, compiled), plainTriggers(text, sentences, compiled));
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  }
  test('a pattern whose guard looks back before its words still applies it', () => {
    const compiled = compileEventPack(eventPackFor('en')!);
    const text = 'Residents fled the town at dawn. The gunmen fled.';
    const hits = findTriggers(text, sentencesOf(text), compiled).map((s) => s.map((h) => text.slice(h.start, h.end)));
    assert.ok(hits[0]!.includes('fled'), JSON.stringify(hits));
    assert.ok(!hits[1]!.includes('fled'), JSON.stringify(hits));
  });
});
