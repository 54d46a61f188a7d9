import type { DateInfo } from '../../core/article.js';
import { dateGrammarFor, type DateGrammar } from './dateGrammar.js';
import { toDateInfo } from './dateParts.js';
import { readTime, scanDate, zoneAt } from './scanDate.js';

/** Every date needs a four-digit year: a cheap test that spares the regexes on most lines. */
const HAS_YEAR = /\d{4}/;

/** A dateline is short; longer lines are prose even when they mention a date. */
const MAX_DATELINE = 200;

/**
 * Finds the first date in a short line of text, e.g. "Publié le lundi 12 décembre 2016
 * à 14h25" → the span "lundi 12 décembre 2016 à 14h25". `start`/`end` index the line;
 * `info.raw` is that slice and `info.source` is 'text'. Never throws.
 */
export function findDateInText(line: string, languages?: string[]): { info: DateInfo; start: number; end: number } | null {
  try {
    if (typeof line !== 'string' || !HAS_YEAR.test(line)) return null;
    const found = scanDate(line, dateGrammarFor(languages));
    if (!found || found.end <= found.start) return null;
    return { info: toDateInfo(found.parts, 'text', line.slice(found.start, found.end)), start: found.start, end: found.end };
  } catch {
    return null;
  }
}

/**
 * True when the line is essentially only dates and times: "12 déc. 2016, 14:25",
 * "Publié le 12/12/2016 à 14h25 | Mis à jour à 15h02", "Updated 2:25 PM ET". Around
 * them only punctuation, pack date prefixes, connectors and weekdays may appear. A bare
 * time counts (it is a dateline even though no `DateInfo` can be built from it); an
 * impossible date ("31/02/2016") does not. Never throws.
 */
export function isDatelineLine(line: string, languages?: string[]): boolean {
  try {
    if (typeof line !== 'string' || line.length > MAX_DATELINE || !/\d/.test(line)) return false;
    const g = dateGrammarFor(languages);
    const spans = dateSpans(line, g);
    if (spans.length === 0) return false;
    let at = 0;
    for (const [s, e] of spans) {
      if (!onlyFiller(line.slice(at, s), g)) return false;
      at = e;
    }
    return onlyFiller(line.slice(at), g);
  } catch {
    return false;
  }
}

/** Dates, then bare times outside them, sorted by position. */
function dateSpans(line: string, g: DateGrammar): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (HAS_YEAR.test(line)) {
    for (let pos = 0; pos < line.length;) {
      const f = scanDate(line, g, pos);
      if (!f || f.end <= pos) break;
      spans.push([f.start, f.end]);
      pos = f.end;
    }
  }
  const dates = spans.length;
  const re = g.time;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const s = m.index;
    let e = s + m[0].length;
    if (e === s) {
      re.lastIndex++;
      continue;
    }
    const t = readTime(m.groups ?? {});
    if (t === null || t === 'invalid') continue;
    const z = zoneAt(line, e, g);
    if (z) e = z.end;
    let overlaps = false;
    for (let i = 0; i < dates && !overlaps; i++) overlaps = s < spans[i]![1] && e > spans[i]![0];
    if (!overlaps) spans.push([s, e]);
    re.lastIndex = Math.max(re.lastIndex, e);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function onlyFiller(gap: string, g: DateGrammar): boolean {
  const re = g.filler;
  let i = 0;
  while (i < gap.length) {
    re.lastIndex = i;
    const m = re.exec(gap);
    if (!m || m[0].length === 0) return false;
    i += m[0].length;
  }
  return true;
}
