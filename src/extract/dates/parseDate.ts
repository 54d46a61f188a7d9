import type { DateInfo, DateSource } from '../../core/article.js';
import { dateGrammarFor } from './dateGrammar.js';
import { isValidDay, MAX_YEAR, MIN_YEAR, normalizeOffset, toDateInfo, type DateParts } from './dateParts.js';
import { scanDate } from './scanDate.js';

export interface ParseDateOptions {
  source: DateSource;
  /** ISO 639-1 codes, most likely first; decides e.g. whether 05/12/2016 is 5 December or May 12. */
  languages?: string[];
}

/**
 * Date fields are short; anything longer is prose, and scanning all of it would only
 * find dates that are not the one meant.
 */
const MAX_INPUT = 4096;

/**
 * Reads one timestamp from a metadata value, a `<time>` element, a URL or a dateline,
 * in any language of the packs. Returns null when nothing reliable is found; never
 * throws.
 *
 * `value` conventions: "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]", plus
 * "±HH:MM" only when the source states the offset. UTC ("Z", "GMT", "+0000") is
 * always written "+00:00", never "Z". Fractions of a second are dropped. Ambiguous
 * zone names ("ET") go to `assumedOffset`. `raw` is the trimmed input.
 */
export function parseDate(raw: string, opts: ParseDateOptions): DateInfo | null {
  try {
    return parse(raw, opts);
  } catch {
    // Nothing above is meant to throw; this only keeps a fuzzed input from ever escaping.
    return null;
  }
}

function parse(raw: string, opts: ParseDateOptions): DateInfo | null {
  if (typeof raw !== 'string') return null;
  const source: DateSource = opts?.source ?? 'text';
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  // Decomposed accents ("de\u0301c") would not match the pack words.
  const text = trimmed.slice(0, MAX_INPUT).normalize('NFC');

  const partial = partialIso(text) ?? strictIso(text);
  if (partial) return toDateInfo(partial, source, trimmed);

  if (source === 'url') {
    const fromPath = urlPathDate(text);
    if (fromPath) return toDateInfo(fromPath, source, trimmed);
  }

  const found = scanDate(text, dateGrammarFor(opts?.languages));
  return found ? toDateInfo(found.parts, source, trimmed) : null;
}

function parts(year: number, month: number | null, day: number | null): DateParts {
  return { year, month, day, hour: null, minute: null, second: null, offset: null, assumedOffset: null };
}

/**
 * "2016" and "2016-12" alone: valid ISO 8601 at reduced precision. Only accepted as
 * the whole value, since inside text a four-digit number is rarely a year of publication.
 */
function partialIso(text: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  if (year < MIN_YEAR || year > MAX_YEAR || (month !== null && (month < 1 || month > 12))) return null;
  return parts(year, month, null);
}

const STRICT_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The machine-written form metadata nearly always uses, read without the full
 * scanner: it is most of the dates a page carries, and the scanner's grammar is
 * built for prose.
 */
function strictIso(text: string): DateParts | null {
  const m = STRICT_ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || !isValidDay(year, month, day)) return null;
  const p = parts(year, month, day);
  if (m[4] !== undefined) {
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = m[6] === undefined ? null : Number(m[6]);
    if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
    p.hour = hour;
    p.minute = minute;
    p.second = second;
    // "-00:00" is RFC 3339's way of saying the offset is unknown.
    if (m[7] !== undefined && !/^-00(?::?00)?$/.test(m[7])) {
      const offset = normalizeOffset(m[7]);
      if (offset === null) return null;
      p.offset = offset;
    }
  }
  return p;
}

/** News URLs often carry the publication day as path segments: /2016/12/12/slug. */
function urlPathDate(url: string): DateParts | null {
  const m = /\/(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?(?=[/?#]|$)/.exec(url);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    return isValidDay(year, month, day) ? parts(year, month, day) : null;
  }
  return isValidDay(year, month, 1) ? parts(year, month, null) : null;
}
