import { francAll } from 'franc-min';
// The package's index also loads its full 7,900-language table (780 kB of source, ~3 MB
// of heap for the life of the process); the 3→1 map is all extraction needs.
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { functionWordLeader, settledByFunctionWords, type FunctionWordLeader } from '../core/functionWords.js';
import { packFor } from '../core/packs/index.js';

/** Enough text for trigram statistics to beat a template's <html lang>. */
const MIN_SAMPLE = 120;
/** Trigram detection cost grows with length; the opening is representative. */
const MAX_SAMPLE = 400;

/**
 * ISO 639-1 language of a text. Statistical detection (franc) decides when the
 * sample is long enough; otherwise the page's own declaration is used. Templates
 * often ship `lang="en"` on pages in other languages, so the declaration only
 * breaks ties.
 */
export function detectLanguage(
  text: string,
  declared: string | null,
): { language: string | null; method: 'statistical' | 'declared-confirmed' | 'declared' | 'none' } {
  const decl = declared ? normalizeTag(declared) : null;
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  const leader = sample.length >= MIN_SAMPLE ? functionWordLeader(sample) : null;
  if (decl && leader !== null && confirms(leader, decl)) return { language: decl, method: 'declared-confirmed' };
  if (sample.length >= MIN_SAMPLE) {
    // Function words settle a close call (functionWordLeader): English full of names can score as French.
    const ranked = francAll(sample, { minLength: MIN_SAMPLE }).filter(([c]) => c !== 'und');
    const code3 = ranked[settledByFunctionWords(ranked, leader)]?.[0];
    const code1 = code3 !== undefined ? iso6393To1[code3] : undefined;
    if (code1) return { language: code1, method: 'statistical' };
  }
  if (decl) return { language: decl, method: 'declared' };
  return { language: null, method: 'none' };
}

/**
 * True when the sample reads as the declared language by its function words: at least
 * a fifth of twenty words or more, and twice as many as any other pack's. Cheap, and
 * only ever agrees with a declaration: the statistical detector still decides every
 * other case.
 */
function confirms(leader: FunctionWordLeader, lang: string): boolean {
  return packFor(lang) !== undefined && leader.code === lang && leader.words >= 20 && leader.share >= 0.2;
}

/** "fr-CH", "fr_FR", "FR" → "fr". */
function normalizeTag(tag: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag);
  if (!m) return null;
  const base = m[1]!.toLowerCase();
  if (base.length === 2) return base;
  return iso6393To1[base] ?? null;
}
