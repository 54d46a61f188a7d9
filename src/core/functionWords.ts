/**
 * Function words settle what trigram statistics leave close. franc's scores are
 * relative (the best language 1, the others fractions), and related languages or text
 * full of proper names score within a hair of each other: short English as Dutch, an
 * English dispatch on "the Rapid Support Forces … the Defence Ministry" as French. Both
 * extraction and analysis read the language; both settle it this way.
 */
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { PACKS } from './packs/index.js';

/** Below this many words, or this share of function words, no language leads. */
const MIN_WORDS = 8;
const MIN_SHARE = 0.15;

const stopSets = PACKS.map((p) => ({ code: p.code, words: new Set(p.stopwords) }));

export interface FunctionWordLeader {
  /** ISO 639-1 code of the pack. */
  code: string;
  /** Its function words' share of the sample's words. */
  share: number;
  /** Words in the sample. */
  words: number;
}

/**
 * The pack language whose function words clearly lead the sample (at least twice the
 * runner-up's count, a share of 15% or more, eight words or more), or null.
 */
export function functionWordLeader(sample: string): FunctionWordLeader | null {
  const counts = stopSets.map(() => 0);
  let words = 0;
  for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w) continue;
    words++;
    stopSets.forEach((s, i) => {
      if (s.words.has(w)) counts[i]!++;
    });
  }
  if (words < MIN_WORDS) return null;
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  const second = Math.max(0, ...counts.filter((_, i) => i !== best));
  const share = counts[best]! / words;
  if (share < MIN_SHARE || counts[best]! < second * 2) return null;
  return { code: stopSets[best]!.code, share, words };
}

/** How close to the best a language's trigram score must be for its function words to win. */
const NEAR_TOP = 0.9;

/**
 * Index in franc's ranking (`[iso 639-3 code, score]`, best first) of the language to
 * take: the function-word leader when the statistics rank it near the top, else the first.
 */
export function settledByFunctionWords(ranked: ReadonlyArray<readonly [string, number]>, leader: FunctionWordLeader | null): number {
  if (leader === null) return 0;
  const i = ranked.findIndex(([c]) => iso6393To1[c] === leader.code);
  return i >= 0 && ranked[i]![1] >= NEAR_TOP ? i : 0;
}
