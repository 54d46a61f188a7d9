/**
 * functionWords: the function-word leader of a sample, and the close calls it settles, in
 * extraction (extract()) and analysis (detectLanguage) alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../../src/analyze/detectLanguage.js';
import { functionWordLeader, settledByFunctionWords } from '../../src/core/functionWords.js';
import { extract } from '../../src/index.js';

// An English lead full of names, which trigram statistics alone score as French (0.9999 to 1).
const NAMES_HEAVY =
  'Sudanese forces storm Khartoum protest camp, doctors say at least 30 killed\n\nSecurity forces, among them the paramilitary Rapid Support Forces, opened fire on the sit-in outside the Defence Ministry at dawn. Young men blocked roads across the capital.\n\nKHARTOUM, June 3 (Reuters) - Sudanese security forces stormed the main protest camp outside the Defence Ministry in Khartoum at dawn on Monday, firing live rounds and burning tents.';

test('the function-word leader needs a clear lead: twice the runner-up, and a share of the words', () => {
  assert.equal(functionWordLeader('The army said that the town was taken in the night and that the road was open.')?.code, 'en');
  assert.equal(functionWordLeader("L'armée a dit que la ville avait été prise dans la nuit et que la route était ouverte.")?.code, 'fr');
  assert.equal(functionWordLeader('Khartoum Omdurman Bahri Kassala Port Sudan El Obeid Wad Madani'), null);
  assert.equal(functionWordLeader('the'), null);
});

test('a close trigram call goes to the function-word leader, a clear one stays', () => {
  const en = { code: 'en', share: 0.3, words: 40 };
  assert.equal(
    settledByFunctionWords(
      [
        ['fra', 1],
        ['eng', 0.9998],
      ],
      en,
    ),
    1,
  );
  assert.equal(
    settledByFunctionWords(
      [
        ['fra', 1],
        ['eng', 0.7],
      ],
      en,
    ),
    0,
  );
  assert.equal(settledByFunctionWords([['fra', 1]], null), 0);
});

test('an English dispatch full of names reads as English, in extraction and in analysis', () => {
  const article = extract(NAMES_HEAVY, { source: 'khartoum.txt' });
  assert.ok(article.ok);
  assert.equal(article.language, 'en');
  assert.equal(detectLanguage(NAMES_HEAVY).code, 'en');
});
