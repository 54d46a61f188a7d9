import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

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
): { language: string | null; method: 'statistical' | 'declared' | 'none' } {
  const decl = declared ? normalizeTag(declared) : null;
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  if (sample.length >= MIN_SAMPLE) {
    const code3 = franc(sample, { minLength: MIN_SAMPLE });
    const code1 = code3 !== 'und' ? iso6393To1[code3] : undefined;
    if (code1) return { language: code1, method: 'statistical' };
  }
  if (decl) return { language: decl, method: 'declared' };
  return { language: null, method: 'none' };
}

/** "fr-CH", "fr_FR", "FR" → "fr". */
function normalizeTag(tag: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag);
  if (!m) return null;
  const base = m[1]!.toLowerCase();
  if (base.length === 2) return base;
  return iso6393To1[base] ?? null;
}
