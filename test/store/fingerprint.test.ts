import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BANDS,
  DUPLICATE_THRESHOLD,
  NUM_HASHES,
  estimateJaccard,
  lshBands,
  minhashSignature,
  signatureFromBytes,
  signatureToBytes,
} from '../../src/store/fingerprint.js';
import { foldText } from '../../src/core/foldText.js';
import * as F from './fixtures.js';

const body = (spec: F.PageSpec): string => F.article(spec).text;
const sig = (text: string): Uint32Array => {
  const s = minhashSignature(text);
  assert.ok(s, 'long enough to fingerprint');
  return s;
};
const shareBand = (a: Uint32Array, b: Uint32Array): boolean => {
  const x = lshBands(a);
  const y = lshBands(b);
  return x.some((h, i) => h === y[i]);
};

describe('foldText', () => {
  test('strips accents, folds case and ligatures', () => {
    assert.equal(foldText('Kallassé'), 'kallasse');
    assert.equal(foldText('ÉLYSÉE Œuvre Straße ﬁn'), 'elysee oeuvre strasse fin');
    assert.equal(foldText('Łódź, Ørsted, İstanbul'), 'lodz, orsted, istanbul');
  });

  test('the ASCII shortcut folds as the full path does, mixed text included', () => {
    const full = (s: string): string => foldText(`é${s}`).slice(1); // the leading é forces the full path; it folds to one letter
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => foldText(s) === full(s)),
      { numRuns: 2000 },
    );
    for (const s of ['Kallasse', 'KALLASSE 12 rue', 'A-b_C d\tE\n', '']) assert.equal(foldText(s), full(s));
  });
});

describe('near-duplicate fingerprints', () => {
  const original = sig(body(F.dispatch));

  test('deterministic, 128 values, stable through bytea', () => {
    assert.equal(original.length, NUM_HASHES);
    assert.deepEqual(sig(body(F.dispatch)), original);
    assert.deepEqual(signatureFromBytes(signatureToBytes(original)), original);
    assert.equal(lshBands(original).length, BANDS);
    for (const h of lshBands(original)) assert.ok(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31);
  });

  test('lightly edited copies match: new title, an extra sentence, a trimmed ending, or all three', () => {
    const allThree = F.article({
      ...F.copyTrimmed,
      title: 'Un tout autre titre',
      paragraphs: [
        F.DISPATCH_PARAGRAPHS[0]!,
        `${F.DISPATCH_PARAGRAPHS[1]!} Une phrase ajoutée par la rédaction locale.`,
        ...F.DISPATCH_PARAGRAPHS.slice(2, 4),
      ],
    }).text;
    for (const [name, text] of [
      ['retitled, extra sentence', body(F.copyRetitled)],
      ['trimmed ending', body(F.copyTrimmed)],
      ['all three', allThree],
    ] as const) {
      const s = sig(text);
      const j = estimateJaccard(original, s);
      assert.ok(j >= DUPLICATE_THRESHOLD, `${name}: estimated Jaccard ${j}`);
      assert.ok(shareBand(original, s), `${name}: found through LSH`);
    }
  });

  test('whitespace, case and accents do not change the signature', () => {
    const text = body(F.dispatch);
    assert.deepEqual(sig(foldText(text).replace(/\s+/g, '  ')), original);
  });

  test('independent reports of the same event and unrelated articles do not match', () => {
    for (const spec of [F.sameEventOtherReport, F.englishReport, F.germanReport]) {
      const j = estimateJaccard(original, sig(body(spec)));
      assert.ok(j < 0.2, `${spec.url}: estimated Jaccard ${j}`);
    }
  });

  test('short texts are not fingerprinted', () => {
    assert.equal(minhashSignature('Une brève de dix mots seulement, pas plus, vraiment.'), null);
  });
});
