/**
 * Accent and case folding for search and fingerprints: "Kallassé" and "KALLASSE" both
 * become "kallasse". Done in JavaScript rather than with PostgreSQL's unaccent
 * extension so that both engines index and query exactly the same strings.
 */

/** Letters that Unicode does not decompose into base + mark. */
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
const LIGATURE_RE = /[œæßøđłıþð]/g;

/** Nothing to decompose, strip or expand: lower-casing is the whole fold. */
const ASCII_RE = /^[\x00-\x7f]*$/;

export function foldText(s: string): string {
  // Most words of most texts take this path, in snippets word by word.
  if (ASCII_RE.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

/** The text-search configuration for an ISO 639-1 language: its stemmer, or none. */
export function searchConfig(language: string | null | undefined): 'french' | 'english' | 'simple' {
  switch (language?.toLowerCase()) {
    case 'fr':
      return 'french';
    case 'en':
      return 'english';
    default:
      return 'simple';
  }
}
