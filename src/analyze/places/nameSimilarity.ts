/**
 * A tie-break between spelling-variant candidates: how alike a surface form and a
 * gazetteer name look once both are reduced to a common romanisation key. The
 * gazetteer's own score says whether a name matches; this says which of two loosely
 * matching names is closer ("Soukkari" is As-Sukkari, not Al-Sakhour, though both
 * share the consonants s-k-r).
 */
import { memoized } from '../../core/memoized.js';
import { foldWord } from './foldWord.js';

// French and English romanisations of the same Arabic sounds, folded to one spelling.
// Order matters: digraphs before single letters.
const ROMANISATION: ReadonlyArray<readonly [RegExp, string]> = [
  [/ou/g, 'u'],
  [/ch/g, 'sh'],
  [/dj/g, 'j'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/q/g, 'k'],
  [/[ei]/g, 'i'],
  [/[ao]/g, 'a'],
  [/[yw]/g, ''],
  [/(.)\1+/g, '$1'],
];

// Leading Arabic article, with its sun-letter assimilations ("as-", "ash-", "ez-").
const ARTICLE = /^(?:al|el|as|ash|az|ad|ar|at|an|es|ez|ed|er|et|en)[-\s]/;

/**
 * Comparison key: folded, article dropped, romanisation variants merged, letters only.
 * Made once per name: the same names come back across mentions and articles.
 */
export const romanisationKey: (name: string) => string = memoized(makeKey, 20_000);

function makeKey(name: string): string {
  let s = foldWord(name).replace(ARTICLE, '');
  s = s.replace(/[^a-z\s]/g, '');
  for (const [re, to] of ROMANISATION) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Likeness of two names, 0..1: the mean of the bigram Dice coefficients of their
 * romanisation keys and of their consonant skeletons. Romanisations disagree most on
 * vowels ("Ferdous" / "Fardos"), so the skeleton carries half the weight; the full key
 * separates names that share a skeleton ("Soukkari" / "Sakhour").
 */
export function nameSimilarity(a: string, b: string): number {
  const ka = romanisationKey(a);
  const kb = romanisationKey(b);
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka === kb) return 1;
  const skeleton = (k: string): string => k.replace(/[aeiou]/g, '');
  return (dice(ka, kb) + dice(skeleton(ka), skeleton(kb))) / 2;
}

function dice(a: string, b: string): number {
  const ba = bigrams(a);
  const bb = bigrams(b);
  const counts = new Map<string, number>();
  for (const g of ba) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of bb) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (ba.length + bb.length);
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  const t = ` ${s} `;
  for (let i = 0; i + 2 <= t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}
