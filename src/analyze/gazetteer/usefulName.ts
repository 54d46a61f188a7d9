/**
 * Which alternate names are worth indexing for French and English news.
 *
 * - Latin script only: a name in Cyrillic or Arabic script is never printed in these
 *   texts, and dropping them halves the index.
 * - Not all lower-case: GeoNames's alternatenames column mixes real names with ASCII
 *   transliterations generated from other scripts ("a lei po", "hlb", "kyf" for Aleppo and
 *   Kyiv), which are all lower-case, while real names are capitalised.
 * - Not a three-letter upper-case code: those are IATA airport codes ("ALP", "IEV"), which
 *   collide with acronyms in text.
 *
 * A place's main name is always indexed, whatever it looks like.
 */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const UPPER = /\p{Lu}/u;
const AIRPORT_CODE = /^[A-Z]{3}$/;

export function isUsefulName(name: string): boolean {
  if (name.length < 2 || AIRPORT_CODE.test(name)) return false;
  if (NON_LATIN_LETTER.test(name)) return false;
  return UPPER.test(name);
}
