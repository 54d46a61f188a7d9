/**
 * Body-text metric of the Scrapinghub article-extraction benchmark, written from
 * its description (see ../shared/bench/extraction/scrapinghub/README.md):
 *
 *  - tokens: maximal runs of Unicode letters, digits and '_' (Python's `\w+`),
 *    case kept;
 *  - each text becomes a multiset of overlapping 4-token shingles; a text of
 *    1 to 3 tokens gives a single, shorter shingle; an empty text gives none;
 *  - per page, TP/FP/FN are counted over the multisets and scaled so that
 *    tp + fp + fn = 1 (long pages do not weigh more);
 *  - precision is averaged over pages with tp + fp > 0 (something predicted),
 *    recall over pages with tp + fn > 0 (something expected); a page where
 *    fp = fn = 0 scores 1 on both;
 *  - F1 is the harmonic mean of the two averages (not a mean of per-page F1);
 *  - accuracy is the share of pages whose token sequences are identical.
 *
 * No page is dropped: a page with an empty prediction counts 0 in recall, and a
 * run with no prediction at all has an undefined (NaN) precision and F1.
 */

export const SHINGLE_SIZE = 4;

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Word tokens of a text, in order, case kept. */
export function tokenize(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.match(TOKEN) ?? [];
}

/** Multiset of shingles: shingle key → count, plus the total number of shingles. */
export interface ShingleBag {
  counts: Map<string, number>;
  total: number;
}

/** Shingles of a token sequence. Tokens never contain spaces, so ' ' is a safe joiner. */
export function shingleBag(tokens: readonly string[], size = SHINGLE_SIZE): ShingleBag {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return { counts, total: 0 };
  if (tokens.length <= size) {
    counts.set(tokens.join(' '), 1);
    return { counts, total: 1 };
  }
  const total = tokens.length - size + 1;
  for (let start = 0; start < total; start++) {
    const key = tokens.slice(start, start + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, total };
}

/** Normalised counts for one page: tp + fp + fn = 1, or all three 0 when both texts are empty. */
export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function matchPage(truth: string, pred: string, size = SHINGLE_SIZE): PageMatch {
  const expected = shingleBag(tokenize(truth), size);
  const got = shingleBag(tokenize(pred), size);
  // Multiset intersection: walk the smaller bag, look the key up in the other.
  const [small, large] = expected.counts.size <= got.counts.size ? [expected, got] : [got, expected];
  let common = 0;
  for (const [key, n] of small.counts) {
    const m = large.counts.get(key);
    if (m !== undefined) common += Math.min(n, m);
  }
  const fp = got.total - common;
  const fn = expected.total - common;
  const sum = common + fp + fn;
  if (sum === 0) return { tp: 0, fp: 0, fn: 0 };
  return { tp: common / sum, fp: fp / sum, fn: fn / sum };
}

/** Page precision, or null when nothing was predicted (the page is left out of the mean). */
export function pagePrecision(m: PageMatch): number | null {
  if (m.tp + m.fp <= 0) return null;
  if (m.fp === 0 && m.fn === 0) return 1;
  return m.tp / (m.tp + m.fp);
}

/** Page recall, or null when nothing was expected (the page is left out of the mean). */
export function pageRecall(m: PageMatch): number | null {
  if (m.tp + m.fn <= 0) return null;
  if (m.fp === 0 && m.fn === 0) return 1;
  return m.tp / (m.tp + m.fn);
}

/** Harmonic mean; NaN when undefined (an input is NaN, or both are 0). */
export function harmonic(p: number, r: number): number {
  return (2 * p * r) / (p + r);
}

export interface PageScore extends PageMatch {
  precision: number | null;
  recall: number | null;
  /** Harmonic mean of the page's precision and recall (0 when either is missing or 0). */
  f1: number;
  /** Token sequences identical. */
  exact: boolean;
}

export interface CorpusScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  perPage: PageScore[];
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function average(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Scores a set of pages. Order does not matter. */
export function scoreCorpus(pages: ReadonlyArray<{ truth: string; pred: string }>): CorpusScore {
  const perPage: PageScore[] = [];
  const ps: number[] = [];
  const rs: number[] = [];
  let exactCount = 0;
  for (const { truth, pred } of pages) {
    const m = matchPage(truth, pred);
    const precision = pagePrecision(m);
    const recall = pageRecall(m);
    if (precision !== null) ps.push(precision);
    if (recall !== null) rs.push(recall);
    const exact = sameTokens(tokenize(truth), tokenize(pred));
    if (exact) exactCount++;
    const f1 = precision !== null && recall !== null && precision + recall > 0 ? harmonic(precision, recall) : 0;
    perPage.push({ ...m, precision, recall, f1, exact });
  }
  const precision = average(ps);
  const recall = average(rs);
  return {
    pages: pages.length,
    precision,
    recall,
    f1: harmonic(precision, recall),
    accuracy: pages.length === 0 ? NaN : exactCount / pages.length,
    perPage,
  };
}
