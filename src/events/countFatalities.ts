/**
 * Fatalities stated in a sentence, by ACLED's rule: the lowest figure stated (the lower
 * end of a range, the smallest of conflicting tolls). Vague quantities ("des dizaines")
 * are mapped by the pack's table and flagged. Deaths without a count ("des cadavres")
 * give null: unknown is never 0.
 */
import type { Span } from '../analyze/types.js';
import type { CompiledEventPack } from './compileEventPack.js';

export interface Fatalities {
  count: number | null;
  estimated: boolean;
}

export function countFatalities(text: string, sentence: Span, compiled: CompiledEventPack): Fatalities {
  const slice = text.slice(sentence.start, sentence.end);
  let best: Fatalities = { count: null, estimated: false };
  for (const re of compiled.fatalities) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const n = readNumber(m.groups?.n, compiled);
      if (n === null) continue;
      const low = Math.min(n.value, readNumber(m.groups?.m, compiled)?.value ?? Infinity);
      if (best.count === null || low < best.count) best = { count: low, estimated: n.vague };
    }
  }
  return best;
}

function readNumber(raw: string | undefined, compiled: CompiledEventPack): { value: number; vague: boolean } | null {
  if (raw === undefined) return null;
  const word = raw.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  const vague = compiled.vague.get(word);
  if (vague !== undefined) return { value: vague, vague: true };
  const named = compiled.numbers.get(word);
  if (named !== undefined) return { value: named, vague: false };
  const digits = Number(raw.replace(/[^\d]/g, ''));
  // A four-digit figure from 1900 to 2099 is a year ("en 2016, 12 morts"), not a toll.
  if (!Number.isFinite(digits) || (/^\d{4}$/.test(raw) && digits >= 1900 && digits < 2100)) return null;
  return { value: digits, vague: false };
}
