// Hand-computed cases for the benchmark's 4-gram shingle metric (bench/lib/shingleScore.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchPage, pagePrecision, pageRecall, scoreCorpus, shingleBag, tokenize } from '../../bench/lib/shingleScore.js';

const close = (actual: number | null, expected: number, msg?: string): void => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${msg ?? ''} expected ${expected}, got ${actual}`);
};

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscore, case kept', () => {
    assert.deepEqual(tokenize("L'été 2024 — foo_bar, Dr. X!"), ['L', 'été', '2024', 'foo_bar', 'Dr', 'X']);
  });
  it('splits on hyphens and apostrophes, handles non-Latin scripts', () => {
    assert.deepEqual(tokenize('state-of-the-art don’t Москва 東京'), ['state', 'of', 'the', 'art', 'don', 't', 'Москва', '東京']);
  });
  it('gives nothing for empty or punctuation-only text', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(' \n— … !? '), []);
    assert.deepEqual(tokenize(null), []);
  });
});

describe('shingleBag', () => {
  it('makes overlapping 4-grams', () => {
    const b = shingleBag(['a', 'b', 'c', 'd', 'e', 'f']);
    assert.equal(b.total, 3);
    assert.deepEqual([...b.counts.keys()], ['a b c d', 'b c d e', 'c d e f']);
  });
  it('gives one shorter shingle for 1 to 3 tokens, and one for exactly 4', () => {
    assert.deepEqual([...shingleBag(['a']).counts], [['a', 1]]);
    assert.deepEqual([...shingleBag(['a', 'b']).counts], [['a b', 1]]);
    assert.deepEqual([...shingleBag(['a', 'b', 'c']).counts], [['a b c', 1]]);
    assert.deepEqual([...shingleBag(['a', 'b', 'c', 'd']).counts], [['a b c d', 1]]);
  });
  it('gives nothing for no tokens', () => {
    assert.equal(shingleBag([]).total, 0);
  });
  it('counts repeats (multiset)', () => {
    // a b c d a b c d → abcd, bcda, cdab, dabc, abcd
    const b = shingleBag(tokenize('a b c d a b c d'));
    assert.equal(b.total, 5);
    assert.equal(b.counts.get('a b c d'), 2);
    assert.equal(b.counts.size, 4);
  });
});

describe('matchPage', () => {
  it('identical texts: tp = 1, precision = recall = 1', () => {
    const m = matchPage('one two three four five', 'one, two. three four five!');
    assert.deepEqual(m, { tp: 1, fp: 0, fn: 0 });
    assert.equal(pagePrecision(m), 1);
    assert.equal(pageRecall(m), 1);
  });
  it('one token changed at the end of 6: 2 shared shingles of 3', () => {
    // truth: 1234 2345 3456; pred: 1234 2345 345seven → tp 2, fp 1, fn 1, normalised by 4
    const m = matchPage('one two three four five six', 'one two three four five seven');
    assert.deepEqual(m, { tp: 0.5, fp: 0.25, fn: 0.25 });
    close(pagePrecision(m), 2 / 3);
    close(pageRecall(m), 2 / 3);
  });
  it('multiset: a repeated shingle predicted once counts once', () => {
    // truth has 5 shingles (abcd ×2), pred 1 (abcd) → tp 1, fp 0, fn 4 → /5
    const m = matchPage('a b c d a b c d', 'a b c d');
    close(m.tp, 0.2);
    close(m.fn, 0.8);
    assert.equal(m.fp, 0);
    assert.equal(pagePrecision(m), 1);
    close(pageRecall(m), 0.2);
  });
  it('prediction repeating the truth twice: precision drops, recall stays 1', () => {
    // truth: abcd (1); pred: a b c d a b c d → 5 shingles, 1 shared → tp 1, fp 4
    const m = matchPage('a b c d', 'a b c d a b c d');
    close(pagePrecision(m), 0.2);
    assert.equal(pageRecall(m), 1);
  });
  it('case matters', () => {
    const m = matchPage('Hello World', 'hello world');
    assert.deepEqual(m, { tp: 0, fp: 0.5, fn: 0.5 });
    assert.equal(pagePrecision(m), 0);
    assert.equal(pageRecall(m), 0);
  });
  it('short texts (1–3 tokens) compare as one whole shingle', () => {
    assert.deepEqual(matchPage('Hello world', 'Hello world'), { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(matchPage('Hello', 'Hello'), { tp: 1, fp: 0, fn: 0 });
    // 2 tokens vs 3 tokens: different single shingles, nothing shared
    assert.deepEqual(matchPage('Hello world', 'Hello world again'), { tp: 0, fp: 0.5, fn: 0.5 });
    // 3 tokens vs 5 tokens: "a b c" is not one of the 4-grams of "a b c d e"
    const m = matchPage('a b c', 'a b c d e');
    assert.deepEqual(m, { tp: 0, fp: 2 / 3, fn: 1 / 3 });
  });
  it('empty prediction: recall 0, precision undefined (page left out)', () => {
    const m = matchPage('a b c d e', '');
    assert.deepEqual(m, { tp: 0, fp: 0, fn: 1 });
    assert.equal(pagePrecision(m), null);
    assert.equal(pageRecall(m), 0);
  });
  it('empty truth: precision 0, recall undefined', () => {
    const m = matchPage('', 'some text here');
    assert.deepEqual(m, { tp: 0, fp: 1, fn: 0 });
    assert.equal(pagePrecision(m), 0);
    assert.equal(pageRecall(m), null);
  });
  it('both empty: all zero, left out of both means', () => {
    const m = matchPage('', '  ... ');
    assert.deepEqual(m, { tp: 0, fp: 0, fn: 0 });
    assert.equal(pagePrecision(m), null);
    assert.equal(pageRecall(m), null);
  });
});

describe('scoreCorpus', () => {
  it('averages per-page precision/recall, then takes the harmonic mean of the averages', () => {
    const s = scoreCorpus([
      { truth: 'a b c d a b c d', pred: 'a b c d' }, // P 1, R 0.2
      { truth: 'x y z w v', pred: '' }, // P —, R 0
      { truth: 'one two three four five six', pred: 'one two three four five seven' }, // P 2/3, R 2/3
      { truth: 'Same words here, see?', pred: 'Same  words here see' }, // P 1, R 1, exact
    ]);
    assert.equal(s.pages, 4);
    close(s.precision, (1 + 2 / 3 + 1) / 3); // 8/9
    close(s.recall, (0.2 + 0 + 2 / 3 + 1) / 4); // 28/60 = 7/15
    const p = 8 / 9;
    const r = 7 / 15;
    close(s.f1, (2 * p * r) / (p + r)); // = 112/183
    close(s.f1, 112 / 183);
    assert.equal(s.accuracy, 0.25);
    assert.deepEqual(
      s.perPage.map((x) => x.exact),
      [false, false, false, true],
    );
    close(s.perPage[2]?.f1 ?? NaN, 2 / 3);
    assert.equal(s.perPage[1]?.precision, null);
    assert.equal(s.perPage[1]?.f1, 0);
  });
  it('pages with both texts empty count as exact but not in P/R', () => {
    const s = scoreCorpus([
      { truth: '', pred: '' },
      { truth: 'a b', pred: 'a b' },
    ]);
    assert.equal(s.precision, 1);
    assert.equal(s.recall, 1);
    assert.equal(s.f1, 1);
    assert.equal(s.accuracy, 1);
  });
  it('no prediction at all: precision and F1 are NaN, recall 0', () => {
    const s = scoreCorpus([
      { truth: 'a b c d e', pred: '' },
      { truth: 'f g', pred: '' },
    ]);
    assert.ok(Number.isNaN(s.precision));
    assert.equal(s.recall, 0);
    assert.ok(Number.isNaN(s.f1));
    assert.equal(s.accuracy, 0);
  });
  it('all wrong: P = R = 0, F1 undefined (0/0)', () => {
    const s = scoreCorpus([{ truth: 'a b c d e', pred: 'v w x y z' }]);
    assert.equal(s.precision, 0);
    assert.equal(s.recall, 0);
    assert.ok(Number.isNaN(s.f1));
  });
  it('empty corpus', () => {
    const s = scoreCorpus([]);
    assert.ok(Number.isNaN(s.precision) && Number.isNaN(s.recall) && Number.isNaN(s.accuracy));
  });
});
