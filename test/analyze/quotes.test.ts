import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findEntities } from '../../src/analyze/entities/findEntities.js';
import { textPackFor } from '../../src/analyze/packs/textPack.js';
import { findQuotes } from '../../src/analyze/quotes/findQuotes.js';
import { splitSentences } from '../../src/analyze/sentences/splitSentences.js';

const fr = textPackFor('fr')!;
const en = textPackFor('en')!;

/** Quotes as [kind, text, speaker name, cue text], for compact comparisons. */
function quotes(text: string, lang: 'fr' | 'en'): [string, string, string | null, string | null][] {
  const pack = lang === 'fr' ? fr : en;
  const sentences = splitSentences(text, pack);
  const entities = findEntities(text, sentences, pack);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return findQuotes(text, sentences, entities, pack).map((q) => [
    q.kind,
    q.text,
    q.speaker ? names.get(q.speaker)! : null,
    q.cue?.text ?? null,
  ]);
}

describe('findQuotes: English', () => {
  it('direct quotes with "said X", "he said", "X said"; acronym and apposition', () => {
    const text =
      '“We will not leave,” said Ahmed Hassan, a spokesman for the Syrian Observatory for Human Rights (SOHR). The SOHR said at least 40 civilians had been killed. “The army is shelling everything,” he said. "Nobody is safe," the SOHR said.';
    assert.deepEqual(quotes(text, 'en'), [
      ['direct', 'We will not leave', 'Ahmed Hassan', 'said Ahmed Hassan'],
      ['indirect', 'at least 40 civilians had been killed', 'Syrian Observatory for Human Rights', 'SOHR said'],
      ['direct', 'The army is shelling everything', 'Ahmed Hassan', 'he said'],
      ['direct', 'Nobody is safe', 'Syrian Observatory for Human Rights', 'SOHR said'],
    ]);
  });
  it('"according to", "told … that", bare "said", sentence-final attribution', () => {
    const text =
      'More than 300 families fled last week, according to the UN. Kremlin spokesman Dmitry Peskov said Moscow was not involved. He told Reuters that the claims were false. The remaining rebels held two districts, the group said.';
    assert.deepEqual(quotes(text, 'en'), [
      ['indirect', 'More than 300 families fled last week', 'United Nations', 'according to the UN'],
      ['indirect', 'Moscow was not involved', 'Dmitry Peskov', 'Dmitry Peskov said'],
      ['indirect', 'the claims were false', 'Dmitry Peskov', 'He told Reuters that'],
      ['indirect', 'The remaining rebels held two districts', null, 'said'],
    ]);
  });
  it('cue before the quotation; "she" skips a man; a quotation going on', () => {
    const text =
      'Mrs. Olena Kovalenko, a nurse, spoke after Mr. Ivan Petrenko left. She said: “We have no water.” “The generators stopped on Monday.” Witnesses said the bridge had been destroyed.';
    assert.deepEqual(quotes(text, 'en'), [
      ['direct', 'We have no water.', 'Olena Kovalenko', 'She said'],
      ['direct', 'The generators stopped on Monday.', 'Olena Kovalenko', null],
      ['indirect', 'the bridge had been destroyed', 'witnesses', 'Witnesses said'],
    ]);
  });
  it('scare quotes and quoted headings are not speech', () => {
    assert.deepEqual(quotes('The so-called "liberation" of the town began.\n\n"Nowhere safe"\n\nThe fighting went on.', 'en'), []);
  });
  it('a name inside the quotation is not its speaker', () => {
    assert.deepEqual(quotes('Ahmed Hassan, a teacher, was there. “President Bashar al-Assad has won,” he said.', 'en'), [
      ['direct', 'President Bashar al-Assad has won', 'Ahmed Hassan', 'he said'],
    ]);
  });
});

describe('findQuotes: French', () => {
  it('inversions, "rapporte M. X", "selon X", "il a précisé que", witnesses', () => {
    const text =
      "La prise d'Alep n'est « plus qu'une question de temps », selon l'Observatoire syrien des droits de l'Homme (OSDH). Selon Rami Abdel Rahmane, directeur de l'OSDH, les rebelles se sont retirés. « C'est la fin », a-t-il affirmé. Il a précisé que les rebelles étaient encerclés. « Il y a des cadavres », rapporte M. Abdel Rahmane. Des témoins ont affirmé que les déplacés dorment dehors.";
    assert.deepEqual(quotes(text, 'fr'), [
      [
        'direct',
        "plus qu'une question de temps",
        "Observatoire syrien des droits de l'Homme",
        "selon l'Observatoire syrien des droits de l'Homme",
      ],
      ['indirect', 'les rebelles se sont retirés', 'Rami Abdel Rahmane', 'Selon Rami Abdel Rahmane'],
      ['direct', "C'est la fin", 'Rami Abdel Rahmane', 'a-t-il affirmé'],
      ['indirect', 'les rebelles étaient encerclés', 'Rami Abdel Rahmane', 'Il a précisé que'],
      ['direct', 'Il y a des cadavres', 'Rami Abdel Rahmane', 'rapporte M. Abdel Rahmane'],
      ['indirect', 'les déplacés dorment dehors', 'témoins', 'témoins ont affirmé que'],
    ]);
  });
  it('"il" passes over a person named as a complement ("du régime de Bachar al-Assad")', () => {
    const text =
      "M. Abdel Rahmane a parlé. « Ce n'est plus qu'une question de temps » avant que la ville ne tombe sous le contrôle du régime de Bachar al-Assad, a-t-il indiqué.";
    assert.deepEqual(quotes(text, 'fr'), [['direct', "Ce n'est plus qu'une question de temps", 'Abdel Rahmane', 'a-t-il indiqué']]);
  });
  it('title between cue and name, "d\'après lui", sentence-final "selon" (Sahel, Iraq)', () => {
    const text =
      "« Nous avons repoussé les assaillants », a déclaré le colonel Souleymane Dembélé, porte-parole de l'armée malienne. D'après lui, les jihadistes sont arrivés à moto. Les forces irakiennes ont repris Mossoul en juillet 2017, selon le Premier ministre Haïder al-Abadi.";
    assert.deepEqual(quotes(text, 'fr'), [
      ['direct', 'Nous avons repoussé les assaillants', 'Souleymane Dembélé', 'a déclaré le colonel Souleymane Dembélé'],
      ['indirect', 'les jihadistes sont arrivés à moto', 'Souleymane Dembélé', "D'après lui"],
      ['indirect', 'Les forces irakiennes ont repris Mossoul en juillet 2017', 'Haïder al-Abadi', 'selon'],
    ]);
  });
  it('"X a indiqué à l\'AFP que", a quotation of several sentences, "confie X"', () => {
    const text =
      "Des habitants ont indiqué à l'AFP que les combats avaient duré. « Pendant huit mois, on baissait la tête. Aujourd'hui tout le monde chante », confie Olena, une retraitée.";
    assert.deepEqual(quotes(text, 'fr'), [
      ['indirect', 'les combats avaient duré', 'habitants', "habitants ont indiqué à l'AFP que"],
      ['direct', "Pendant huit mois, on baissait la tête. Aujourd'hui tout le monde chante", 'Olena', 'confie Olena'],
    ]);
  });
});

describe('findQuotes: properties', () => {
  it('never throws; spans and cues point at their text; speakers are entity ids', () => {
    const word = fc.constantFrom(
      '«',
      '»',
      '"',
      '“',
      '”',
      'a-t-il',
      'affirmé',
      'selon',
      "l'OSDH",
      'OSDH',
      'il',
      'Il',
      'a',
      'précisé',
      'que',
      'said',
      'he',
      'according',
      'to',
      'the',
      'UN',
      'M.',
      'Rami',
      'Abdel',
      'Rahmane',
      'témoins',
      'ont',
      ',',
      '.',
      'rebels',
      'told',
      'that',
      '\n',
      '(...)',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 50 }).map((a) => a.join(' ')),
        fc.constantFrom(fr, en),
        (text, pack) => {
          const sentences = splitSentences(text, pack);
          const entities = findEntities(text, sentences, pack);
          const ids = new Set(entities.map((e) => e.id));
          for (const q of findQuotes(text, sentences, entities, pack)) {
            assert.equal(text.slice(q.span.start, q.span.end), q.text);
            assert.ok(q.text.length > 0);
            if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
            if (q.speaker !== null) assert.ok(ids.has(q.speaker));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
