import { isCapitalized } from '../packs/textPatterns.js';
import type { Span } from '../types.js';

/** A word of the body with what name-finding needs to know about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** First letter upper-case. */
  cap: boolean;
  /** Two letters or more, all upper-case ("OSDH", "UN"). */
  allCaps: boolean;
  /** Index of the sentence holding it, -1 between sentences. */
  sentence: number;
  /** First word of its sentence (or of a quotation opening it): its capital proves nothing. */
  sentenceStart: boolean;
}

/**
 * Words: dotted abbreviations whole ("U.S."), else letters and digits with inner hyphens
 * ("al-Assad", "a-t-il"); apostrophes split ("l'", "OSDH").
 */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}&-]*$/u;
const HAS_TWO_UPPER = /\p{Lu}.*\p{Lu}/u;

export function tokenize(text: string, sentences: Span[]): Token[] {
  const out: Token[] = [];
  let si = 0;
  let lastSentence = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const s = sentences[si];
    const inSentence = s !== undefined && s.start <= start;
    const w = m[0];
    out.push({
      start,
      end,
      text: w,
      cap: isCapitalized(w),
      allCaps: HAS_TWO_UPPER.test(w) && UPPER.test(w),
      sentence: inSentence ? si : -1,
      // The first word of a sentence, quotation marks and dashes before it notwithstanding.
      sentenceStart: inSentence && lastSentence !== si,
    });
    if (inSentence) lastSentence = si;
  }
  return out;
}
