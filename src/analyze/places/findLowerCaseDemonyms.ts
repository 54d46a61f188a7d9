/**
 * National adjectives where a language writes them in lower case ("l'armée syrienne",
 * "les rebelles syriens"): words with an adjective ending, looked up as demonyms, plural
 * endings stripped. Only a gazetteer's demonyms count, never a place's name.
 */
import type { NameMatch } from '../gazetteer/types.js';
import type { CompiledPlacesPack } from './compilePack.js';
import { isDemonym, type Lookup } from './lookupCache.js';
import type { Token } from './tokenize.js';

/** A lower-case adjective must match a demonym this well (the gazetteer scores demonyms 0.9 at best). */
const DEMONYM_MIN_SCORE = 0.85;
/** Shorter words are never adjectives of a country worth looking up. */
const MIN_LENGTH = 4;

/** Token indexes of the adjectives found, with their demonym matches; tokens marked `used` are skipped. */
export function findLowerCaseDemonyms(
  tokens: readonly Token[],
  used: readonly boolean[],
  lookup: Lookup,
  pack: CompiledPlacesPack,
): Array<{ index: number; matches: NameMatch[] }> {
  const out: Array<{ index: number; matches: NameMatch[] }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap || used[i] || t.key.length < MIN_LENGTH) continue;
    if (pack.stopwords.has(t.key) || pack.cueLinks.has(t.key)) continue;
    const forms = [t.text];
    for (const p of pack.demonymPlurals) if (t.key.endsWith(p) && t.key.length > p.length + 3) forms.push(t.text.slice(0, -p.length));
    for (const form of forms) {
      const key = form.toLowerCase();
      if (!pack.demonymEndings.some((e) => key.endsWith(e))) continue;
      const matches = lookup(form).filter((m) => isDemonym(m) && m.score >= DEMONYM_MIN_SCORE);
      if (matches.length > 0) {
        out.push({ index: i, matches });
        break;
      }
    }
  }
  return out;
}
