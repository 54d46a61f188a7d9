import { memoized } from '../../core/memoized.js';

/**
 * Lower-case, accents stripped, typographic apostrophes and dashes made plain: the key
 * pack words are compared on, so that "À", "a" and "à" or "Ç" and "c" meet.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: most words are plain ASCII already; the others are folded once each.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : foldOnce(lower);
}

const foldOnce = memoized(fold, 20_000);

function fold(lower: string): string {
  const out = lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
  return out.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** Same word, case and accents aside. */
export function sameWord(a: string, b: string): boolean {
  return foldWord(a) === foldWord(b);
}
