import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSnippet, tsqueryLexemes } from '../../src/store/snippet.js';

const fr = (...lexemes: string[]) => lexemes.map((lexeme) => ({ lexeme, prefix: true }));

describe('snippets', () => {
  test('marks accented words matched by folded stems', () => {
    const s = makeSnippet('Le général Kallassé a annoncé que les soldats seront retirés.', fr('kallass', 'retir'));
    assert.equal(s, 'Le général «Kallassé» a annoncé que les soldats seront «retirés».');
  });

  test('picks the passage with the most distinct terms, with ellipses where cut', () => {
    const filler = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
    const text = `${filler(40, 'avant')} Kallassé parle. ${filler(40, 'milieu')}. Ici Kallassé annonce le retrait. ${filler(40, 'après')}.`;
    const s = makeSnippet(text, fr('kallass', 'retrait'), 12);
    assert.match(s, /^… Ici «Kallassé» annonce le «retrait»\./);
    assert.match(s, / …$/);
  });

  test('simple configuration: whole words only', () => {
    const s = makeSnippet('Der Abzug und die Abzüge', [{ lexeme: 'abzug', prefix: false }]);
    assert.equal(s, 'Der «Abzug» und die Abzüge');
  });

  test('no match: the opening words', () => {
    assert.equal(makeSnippet('Un deux trois quatre.', fr('zzz'), 3), 'Un deux trois …');
  });

  test('lexemes of a tsquery, without negated ones', () => {
    assert.deepEqual(tsqueryLexemes("'retir' & !'gao' & 'bar' <-> 'baz' | 'l''arme'"), ['retir', 'bar', 'baz', "l'arme"]);
    assert.deepEqual(tsqueryLexemes(''), []);
  });
});
