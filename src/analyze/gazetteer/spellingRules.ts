/**
 * The shape of a language's place-name spelling rules. Rules are data, kept in the
 * language packs (src/analyze/packs/xx/spelling.ts); the algorithm that applies them
 * (src/analyze/gazetteer/spellingKeys.ts) is generic.
 *
 * Every string here is in folded form: lower-case, without accents (see foldText), so
 * "Saïd" is written "said".
 */
export interface SpellingRules {
  /** ISO 639-1 code of the pack the rules come from. */
  code: string;
  /**
   * Arabic definite articles as romanised in this language ("al", "el", "ach", "ash"…).
   * A name word equal to one of them is dropped when another word follows it, so that
   * "Boustane al-Qasr", "Bustan Al-Qaser" and "Bustan Qasr" share a key.
   */
  articles: string[];
  /**
   * Whole words spelt differently in the language's romanisation, mapped to one form,
   * applied before the rewrites ("cheik" → "cheikh", "shaykh" → "sheikh").
   */
  words: Record<string, string>;
  /**
   * Letter rewrites applied, in order, to each word of a name: [regular-expression source,
   * replacement]. They map this language's romanisation onto a common one ("ou" → "u",
   * "ch" → "sh", "dj" → "j", "ee" → "i", a final mute "e" dropped). The same rules are
   * applied to the gazetteer's names and to the text's surface, so they need only make
   * variants agree, not produce a correct spelling. Keep "kh" intact: it is a letter of
   * its own ("Al-Sakhour" is not "As-Sukkari").
   */
  rewrites: Array<[pattern: string, replacement: string]>;
  /**
   * What wraps an administrative region's name without being part of it: prefixes
   * ("gouvernorat de ", "province d'") and suffixes (" governorate", " oblast"). A region
   * named "Gouvernorat d'Alep" is also found under "Alep", at a slightly lower score.
   */
  adminAffixes: { prefixes: string[]; suffixes: string[] };
  /**
   * How plurals of demonyms are formed: `suffix` is added unless the word already ends
   * with one of `unlessEndsWith` ("syrien" → "syriens"; "français" stays).
   */
  demonymPlural: { suffix: string; unlessEndsWith: string[] };
}
