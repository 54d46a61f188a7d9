/**
 * Metrics of the geoparsing benchmark (bench/geoparse.ts).
 *
 * Recognition, over a corpus (micro-averaged):
 * - exact: a predicted span is right when a gold span has the same start and end;
 * - overlap: a predicted span is right when it overlaps a gold span, and a gold span is
 *   found when a predicted span overlaps it (precision and recall counted apart).
 *
 * Resolution, over the error distances (km) of every gold toponym:
 * - Accuracy@161 km: share of errors ≤ 161 km (100 miles);
 * - mean and median error;
 * - AUC: area under the curve of the sorted ln(1 + error), normalised by ln(20039)
 *   (half the Earth's circumference, the largest possible error), as in Gritta et al.,
 *   "What's missing in geographical parsing?" (LRE 2018) and "A pragmatic guide to
 *   geoparsing evaluation" (LRE 2020):
 *       AUC = trapz(sorted ln(1 + e_i)) / (ln(20039) · (n − 1)),
 *   the trapezoid rule over unit steps; 0 is perfect, 1 is every toponym at the
 *   antipode; lower is better. A toponym left unresolved counts as a 20,039 km error.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Prf {
  /** Predictions counted right. */
  truePredicted: number;
  /** Gold spans counted found. */
  trueGold: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export const MAX_ERROR_KM = 20039;
/** 100 miles. */
export const ACCURACY_KM = 161;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function prf(truePredicted: number, trueGold: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? truePredicted / predicted : 0;
  const recall = gold > 0 ? trueGold / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePredicted, trueGold, predicted, gold, precision, recall, f1 };
}

/** Exact-span precision, recall and F1 over documents (predicted[i] against gold[i]). */
export function exactSpanScore(predicted: readonly (readonly Span[])[], gold: readonly (readonly Span[])[]): Prf {
  let tp = 0;
  let np = 0;
  let ng = 0;
  predicted.forEach((pred, i) => {
    const g = new Set((gold[i] ?? []).map((s) => `${s.start}:${s.end}`));
    const p = new Set(pred.map((s) => `${s.start}:${s.end}`));
    np += p.size;
    ng += g.size;
    for (const k of p) if (g.has(k)) tp++;
  });
  for (let i = predicted.length; i < gold.length; i++) ng += new Set((gold[i] ?? []).map((s) => `${s.start}:${s.end}`)).size;
  return prf(tp, tp, np, ng);
}

/** Overlap precision (predictions touching a gold span) and recall (gold spans touched by a prediction). */
export function overlapSpanScore(predicted: readonly (readonly Span[])[], gold: readonly (readonly Span[])[]): Prf {
  let rightPred = 0;
  let foundGold = 0;
  let np = 0;
  let ng = 0;
  const n = Math.max(predicted.length, gold.length);
  for (let i = 0; i < n; i++) {
    const pred = predicted[i] ?? [];
    const g = gold[i] ?? [];
    np += pred.length;
    ng += g.length;
    for (const p of pred) if (g.some((s) => overlaps(p, s))) rightPred++;
    for (const s of g) if (pred.some((p) => overlaps(p, s))) foundGold++;
  }
  return prf(rightPred, foundGold, np, ng);
}

export interface ErrorStats {
  n: number;
  accuracy161: number;
  meanKm: number;
  medianKm: number;
  auc: number;
}

/** Area under the sorted log-error curve, normalised to 0..1 (see the file comment). */
export function logErrorAuc(errorsKm: readonly number[]): number {
  const n = errorsKm.length;
  if (n === 0) return NaN;
  const points = errorsKm.map((e) => Math.log(1 + clampError(e))).sort((a, b) => a - b);
  const norm = Math.log(MAX_ERROR_KM);
  if (n === 1) return (points[0] ?? 0) / norm;
  let area = 0;
  for (let i = 1; i < n; i++) area += ((points[i - 1] ?? 0) + (points[i] ?? 0)) / 2;
  return area / (norm * (n - 1));
}

export function errorStats(errorsKm: readonly number[]): ErrorStats {
  const n = errorsKm.length;
  if (n === 0) return { n, accuracy161: NaN, meanKm: NaN, medianKm: NaN, auc: NaN };
  const e = errorsKm.map(clampError);
  const sorted = [...e].sort((a, b) => a - b);
  const mid = n >> 1;
  const medianKm = n % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return {
    n,
    accuracy161: e.filter((x) => x <= ACCURACY_KM).length / n,
    meanKm: e.reduce((a, b) => a + b, 0) / n,
    medianKm,
    auc: logErrorAuc(e),
  };
}

/** Unresolved (NaN, null-derived) and impossible errors count as the largest error. */
function clampError(e: number): number {
  return Number.isFinite(e) && e >= 0 ? Math.min(e, MAX_ERROR_KM) : MAX_ERROR_KM;
}
