/**
 * Lower-case, accents stripped, typographic apostrophes and dashes made plain: the key
 * pack words are compared on, so that "À", "a" and "à" or "Ç" and "c" meet.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: most words are plain ASCII already.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  // The others are folded once: the same words come back in every article, and a
  // normalisation and four replacements cost far more than a look-up.
  let out = folded.get(lower);
  if (out === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    out = fold(lower);
    folded.set(lower, out);
  }
  return out;
}

const folded = new Map<string, string>();
const MAX_FOLDED = 20_000;

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
