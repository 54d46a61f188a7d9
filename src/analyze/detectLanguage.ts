import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { functionWordLeader, settledByFunctionWords, type FunctionWordLeader } from '../core/functionWords.js';

/** Trigram statistics need some text; below this the answer is a guess. */
const MIN_SAMPLE = 40;
/** Length at which the sample stops limiting confidence. */
const FULL_SAMPLE = 400;
/** Detection cost grows with length; a body's first five hundred characters are representative. */
const MAX_SAMPLE = 500;
/** Share of function words (relative to 30%) from which a declared language counts as confirmed. */
const CONFIRMED = 0.8;

/**
 * Language of a body and how sure we are (0..1). The trigram detector (franc) ranks
 * languages; its scores are relative, so confidence comes from the lead of the best
 * language over the runner-up, scaled down for short samples. For languages with a pack,
 * function words settle close calls between related languages (short English often
 * scores as Dutch): a language whose stopwords dominate the sample wins if the detector
 * ranks it near the top.
 */
export function detectLanguage(text: string, declared: string | null = null): { code: string | null; confidence: number } {
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_SAMPLE) return { code: null, confidence: 0 };
  const lengthFactor = Math.min(1, 0.4 + (0.6 * letters) / FULL_SAMPLE);
  const stop = stopwordLeader(sample);
  // A language the page (or extraction) declares, confirmed by a clear majority of its
  // function words, needs no trigram statistics: they cost more than the rest of analysis.
  if (declared !== null && stop !== null && stop.code === declared && stop.strength >= CONFIRMED) {
    return { code: declared, confidence: Math.round(lengthFactor * (0.5 + 0.5 * stop.strength) * 100) / 100 };
  }
  const ranked = francAll(sample, { minLength: MIN_SAMPLE }).filter(([c]) => c !== 'und');
  if (ranked.length === 0) return { code: null, confidence: 0 };
  const bestIndex = settledByFunctionWords(ranked, stop);
  const [code3, score] = ranked[bestIndex]!;
  const runnerUp = ranked.find((_, i) => i !== bestIndex)?.[1] ?? 0;
  const code = iso6393To1[code3] ?? null;
  // franc scores are 1 for the best and fractions for the others: a lead of 0.2 is clear.
  let margin = Math.min(1, Math.max(0, score - runnerUp) / 0.2);
  if (stop && stop.code === code) margin = Math.max(margin, stop.strength);
  const confidence = Math.round(lengthFactor * (0.5 + 0.5 * margin) * 100) / 100;
  return { code, confidence };
}

/** The function-word leader, with how clearly it leads (0..1: a share of 30% is full strength). */
function stopwordLeader(sample: string): (FunctionWordLeader & { strength: number }) | null {
  const leader = functionWordLeader(sample);
  return leader === null ? null : { ...leader, strength: Math.min(1, leader.share / 0.3) };
}
