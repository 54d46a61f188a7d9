import { franc } from 'franc-min';
// The package's index also loads its full 7,900-language table (780 kB of source, ~3 MB
// of heap for the life of the process); the 3→1 map is all extraction needs.
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { PACKS, packFor } from '../core/packs/index.js';

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
  if (decl && sample.length >= MIN_SAMPLE && confirms(sample, decl)) return { language: decl, method: 'declared-confirmed' };
  if (sample.length >= MIN_SAMPLE) {
    const code3 = franc(sample, { minLength: MIN_SAMPLE });
    const code1 = code3 !== 'und' ? iso6393To1[code3] : undefined;
    if (code1) return { language: code1, method: 'statistical' };
  }
  if (decl) return { language: decl, method: 'declared' };
  return { language: null, method: 'none' };
}

const stopSets = new Map(PACKS.map((p) => [p.code, new Set(p.stopwords)]));

/**
 * True when the sample reads as the declared language by its function words: at
 * least a fifth of its words are that pack's stopwords, and twice as many as any
 * other pack's. Cheap, and only ever agrees with a declaration: the statistical
 * detector still decides every other case.
 */
function confirms(sample: string, lang: string): boolean {
  const own = stopSets.get(lang);
  if (!own || !packFor(lang)) return false;
  const words = sample.toLowerCase().split(/[^\p{L}]+/u);
  let total = 0;
  let hits = 0;
  let best = 0;
  const others = [...stopSets].filter(([code]) => code !== lang).map(([, set]) => ({ set, n: 0 }));
  for (const w of words) {
    if (!w) continue;
    total++;
    if (own.has(w)) hits++;
    for (const o of others) if (o.set.has(w)) o.n++;
  }
  for (const o of others) best = Math.max(best, o.n);
  return total >= 20 && hits >= total * 0.2 && hits >= best * 2;
}

/** "fr-CH", "fr_FR", "FR" → "fr". */
function normalizeTag(tag: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag);
  if (!m) return null;
  const base = m[1]!.toLowerCase();
  if (base.length === 2) return base;
  return iso6393To1[base] ?? null;
}
