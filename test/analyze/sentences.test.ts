import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { textPackFor } from '../../src/analyze/packs/textPack.js';
import { splitSentences } from '../../src/analyze/sentences/splitSentences.js';

const fr = textPackFor('fr')!;
const en = textPackFor('en')!;

function split(text: string, lang: 'fr' | 'en'): string[] {
  return splitSentences(text, lang === 'fr' ? fr : en).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: French', () => {
  it('titles, month abbreviations and elisions do not end a sentence', () => {
    assert.deepEqual(split('Selon M. Dupont, Mme Martin et le Dr Lefèvre sont arrivés le 12 déc. 2016 à Alep. Ils sont repartis.', 'fr'), [
      'Selon M. Dupont, Mme Martin et le Dr Lefèvre sont arrivés le 12 déc. 2016 à Alep.',
      'Ils sont repartis.',
    ]);
    assert.deepEqual(split('« Il y a un effondrement (...) la bataille touche à sa fin », a-t-il dit. Puis il est parti.', 'fr'), [
      '« Il y a un effondrement (...) la bataille touche à sa fin », a-t-il dit.',
      'Puis il est parti.',
    ]);
    assert.deepEqual(split('Le bilan est passé de janv. à mars. En avril, il a doublé.', 'fr'), [
      'Le bilan est passé de janv. à mars.',
      'En avril, il a doublé.',
    ]);
  });
  it('a quotation holding several sentences stays in one', () => {
    assert.deepEqual(split('« Pendant huit mois, on baissait la tête. Aujourd’hui tout le monde chante », confie Olena. Elle rit.', 'fr'), [
      '« Pendant huit mois, on baissait la tête. Aujourd’hui tout le monde chante », confie Olena.',
      'Elle rit.',
    ]);
  });
  it('a quotation closing a sentence ends it, thin space before » included', () => {
    assert.deepEqual(split('Il a dit : « Nous resterons. » Les combats ont repris.', 'fr'), [
      'Il a dit : « Nous resterons. »',
      'Les combats ont repris.',
    ]);
  });
  it('line breaks always end a sentence', () => {
    assert.deepEqual(split('Des cadavres dans les rues\n\nLes rebelles se sont retirés', 'fr'), [
      'Des cadavres dans les rues',
      'Les rebelles se sont retirés',
    ]);
  });
});

describe('splitSentences: English', () => {
  it('initials, titles, numbers and U.S.', () => {
    assert.deepEqual(split('Mr. J. Smith said U.S. forces fired 3.5 tons of shells. Gen. Mark Milley agreed.', 'en'), [
      'Mr. J. Smith said U.S. forces fired 3.5 tons of shells.',
      'Gen. Mark Milley agreed.',
    ]);
  });
  it('an abbreviation ends a sentence when a function word opens the next', () => {
    assert.deepEqual(split('Troops left the U.S. The war went on.', 'en'), ['Troops left the U.S.', 'The war went on.']);
  });
  it('"?" and "!" inside and outside quotes', () => {
    assert.deepEqual(split('“Why now?” he asked. Nobody knew! Then it rained.', 'en'), [
      '“Why now?” he asked.',
      'Nobody knew!',
      'Then it rained.',
    ]);
  });
});

describe('splitSentences: properties', () => {
  it('spans are ordered, trimmed, non-empty, and cover every non-blank character', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '.', '!', '?', '"', '«', '»', '“', '”', '(', ')', '\n', 'M', 'é', '…', '3', '\u00a0');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 200 }).map((a) => a.join('')),
        fc.constantFrom(fr, en),
        (text, pack) => {
          const spans = splitSentences(text, pack);
          let last = 0;
          const covered = new Uint8Array(text.length);
          for (const s of spans) {
            assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
            assert.ok(!/^\s/u.test(text.slice(s.start, s.end)) && !/\s$/u.test(text.slice(s.start, s.end)));
            covered.fill(1, s.start, s.end);
            last = s.end;
          }
          for (let i = 0; i < text.length; i++) if (!/\s/u.test(text[i]!)) assert.equal(covered[i], 1, `char ${i} covered`);
        },
      ),
      { numRuns: 500 },
    );
  });
});
