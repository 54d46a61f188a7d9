// Hand-computed cases for the geoparsing benchmark's metrics (bench/lib/geoparseScore.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ERROR_KM, errorStats, exactSpanScore, logErrorAuc, overlapSpanScore } from '../../bench/lib/geoparseScore.js';

const close = (actual: number, expected: number, msg?: string): void => {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${msg ?? ''} expected ${expected}, got ${actual}`);
};

const s = (start: number, end: number): { start: number; end: number } => ({ start, end });

describe('exactSpanScore', () => {
  it('counts a prediction right only with the same start and end', () => {
    // Doc 1: gold [0,5) [10,16); predicted [0,5) right, [10,15) wrong (one short).
    // Doc 2: gold [3,8); predicted [20,25) wrong.
    const r = exactSpanScore([[s(0, 5), s(10, 15)], [s(20, 25)]], [[s(0, 5), s(10, 16)], [s(3, 8)]]);
    assert.equal(r.truePredicted, 1);
    assert.equal(r.predicted, 3);
    assert.equal(r.gold, 3);
    close(r.precision, 1 / 3);
    close(r.recall, 1 / 3);
    close(r.f1, 1 / 3);
  });

  it('micro-averages over documents and counts documents without predictions', () => {
    // Doc 1: 2 of 2 right; doc 2: 2 gold, nothing predicted.
    const r = exactSpanScore(
      [[s(0, 1), s(2, 3)], []],
      [
        [s(0, 1), s(2, 3)],
        [s(0, 4), s(5, 9)],
      ],
    );
    close(r.precision, 1);
    close(r.recall, 0.5);
    close(r.f1, 2 / 3);
  });

  it('gives zeros, not NaN, on empty input', () => {
    const r = exactSpanScore([], []);
    assert.deepEqual([r.precision, r.recall, r.f1], [0, 0, 0]);
  });
});

describe('overlapSpanScore', () => {
  it('counts predictions touching a gold span and gold spans touched by a prediction', () => {
    // Gold "New York" [10,18) and "Paris" [30,35); predicted "York" [14,18), "New York Times" [10,24)
    // and "Times" [40,45). Precision: 2 of 3 touch gold; recall: 1 of 2 gold touched.
    const r = overlapSpanScore([[s(14, 18), s(10, 24), s(40, 45)]], [[s(10, 18), s(30, 35)]]);
    assert.equal(r.truePredicted, 2);
    assert.equal(r.trueGold, 1);
    close(r.precision, 2 / 3);
    close(r.recall, 1 / 2);
    close(r.f1, (2 * (2 / 3) * (1 / 2)) / (2 / 3 + 1 / 2));
  });

  it('does not count spans that only meet at an end', () => {
    const r = overlapSpanScore([[s(0, 5)]], [[s(5, 9)]]);
    assert.equal(r.truePredicted, 0);
    assert.equal(r.trueGold, 0);
  });
});

describe('logErrorAuc', () => {
  it('is 0 for perfect answers and 1 for answers at the antipode', () => {
    close(logErrorAuc([0, 0, 0]), 0);
    close(logErrorAuc([MAX_ERROR_KM, MAX_ERROR_KM]), Math.log(1 + MAX_ERROR_KM) / Math.log(MAX_ERROR_KM));
  });

  it('is the trapezoid area under the sorted ln(1 + error), over (n − 1) unit steps', () => {
    // Sorted ln(1 + e): ln 1 = 0, ln 11, ln 101. Trapezoids: (0 + ln 11) / 2 + (ln 11 + ln 101) / 2.
    const expected = ((0 + Math.log(11)) / 2 + (Math.log(11) + Math.log(101)) / 2) / (Math.log(MAX_ERROR_KM) * 2);
    close(logErrorAuc([100, 0, 10]), expected);
  });

  it('takes a single error as its own normalised log', () => {
    close(logErrorAuc([10]), Math.log(11) / Math.log(MAX_ERROR_KM));
  });

  it('counts unresolved (NaN) and impossible errors as the largest error', () => {
    close(logErrorAuc([NaN, -1]), logErrorAuc([MAX_ERROR_KM, MAX_ERROR_KM]));
    close(logErrorAuc([1e9]), logErrorAuc([MAX_ERROR_KM]));
  });

  it('is NaN without errors', () => {
    assert.ok(Number.isNaN(logErrorAuc([])));
  });
});

describe('errorStats', () => {
  it('computes accuracy at 161 km, mean and median', () => {
    // 4 errors: 0, 100, 161 (counts as right: ≤ 161), 1000.
    const r = errorStats([0, 100, 161, 1000]);
    assert.equal(r.n, 4);
    close(r.accuracy161, 3 / 4);
    close(r.meanKm, 1261 / 4);
    close(r.medianKm, (100 + 161) / 2);
  });

  it('takes the middle value for an odd count, and unresolved as 20039 km', () => {
    const r = errorStats([5, NaN, 50]);
    close(r.medianKm, 50);
    close(r.meanKm, (5 + 50 + MAX_ERROR_KM) / 3);
    close(r.accuracy161, 2 / 3);
  });

  it('is NaN without errors', () => {
    const r = errorStats([]);
    assert.equal(r.n, 0);
    assert.ok(Number.isNaN(r.accuracy161) && Number.isNaN(r.meanKm) && Number.isNaN(r.medianKm) && Number.isNaN(r.auc));
  });
});
