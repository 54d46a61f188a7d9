import type { DateGrammar } from './dateGrammar.js';
import { isValidDay, MAX_YEAR, MIN_YEAR, normalizeOffset, type DateParts } from './dateParts.js';

/** A date found in a string: its parts and the span it covers. */
export interface FoundDate {
  start: number;
  end: number;
  parts: DateParts;
}

type DateFormat = 'isoExtended' | 'isoBasic' | 'textDayMonth' | 'textMonthDay' | 'numericDayMonth' | 'numericYearFirst' | 'monthYear';

/**
 * Tried in this order; on a tie (same start, same end) the earlier one wins, so the
 * most specific reading of a string is kept. `monthYear` comes last because its
 * matches sit inside the longer day-month-year ones and must see their rejections.
 */
const FORMATS: readonly DateFormat[] = [
  'isoExtended',
  'isoBasic',
  'textDayMonth',
  'textMonthDay',
  'numericDayMonth',
  'numericYearFirst',
  'monthYear',
];

/** How far before a date we look for a time printed first ("2:25 PM ET, Dec 12, 2016"). */
const TIME_BEFORE_WINDOW = 48;

type Read = { ok: true; parts: DateParts; start: number; end: number } | { ok: false; end: number };

/**
 * Finds the earliest date at or after `from` (the longest one when several start at
 * the same place). A match that looks like a date but is not a real one ("31 février
 * 2016", "12/12/2016 25:00") is rejected *with everything inside it*, so that its
 * tail ("février 2016") is not returned instead as a less precise date.
 */
export function scanDate(text: string, g: DateGrammar, from = 0): FoundDate | null {
  let best: FoundDate | null = null;
  // One list per format: a format's matches never overlap, so each list is sorted by
  // start and at most one of its spans can contain a given position.
  const rejected: Array<Array<[number, number]>> = [];
  for (const format of FORMATS) {
    const mine: Array<[number, number]> = [];
    rejected.push(mine);
    const re = g[format];
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (best && m.index > best.start) break;
      const r = read(format, m, text, g, from);
      if (!r.ok) {
        mine.push([m.index, r.end]);
        continue;
      }
      if (insideRejected(rejected, r.start, r.end)) continue;
      if (!best || r.start < best.start || (r.start === best.start && r.end > best.end)) {
        best = { start: r.start, end: r.end, parts: r.parts };
      }
      break;
    }
  }
  return best;
}

function insideRejected(rejected: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, start: number, end: number): boolean {
  for (const list of rejected) {
    // Last span starting at or before `start`.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const span = found >= 0 ? list[found] : undefined;
    if (span && end <= span[1] && (span[0] < start || end < span[1])) return true;
  }
  return false;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function read(format: DateFormat, m: RegExpExecArray, text: string, g: DateGrammar, from: number): Read {
  const gr = m.groups ?? {};
  const start = m.index;
  let end = start + m[0].length;
  const parts: DateParts = {
    year: Number(gr.year),
    month: null,
    day: null,
    hour: null,
    minute: null,
    second: null,
    offset: null,
    assumedOffset: null,
  };

  switch (format) {
    case 'isoExtended':
    case 'isoBasic':
    case 'numericYearFirst':
      parts.month = Number(gr.month);
      parts.day = Number(gr.day);
      break;
    case 'textDayMonth':
    case 'textMonthDay':
    case 'monthYear': {
      const month = monthNumber(gr.month, g);
      if (month === null) return { ok: false, end };
      parts.month = month;
      parts.day = format === 'monthYear' ? null : Number(gr.day);
      break;
    }
    case 'numericDayMonth': {
      const a = Number(gr.a);
      const b = Number(gr.b);
      // A field above 12 can only be the day; otherwise the first language decides.
      const dayFirst = a > 12 ? true : b > 12 ? false : g.numericOrder === 'dmy';
      parts.day = dayFirst ? a : b;
      parts.month = dayFirst ? b : a;
      break;
    }
  }

  if (parts.day === null) {
    const ok = parts.year >= MIN_YEAR && parts.year <= MAX_YEAR && parts.month !== null && parts.month >= 1 && parts.month <= 12;
    return ok ? { ok: true, parts, start, end } : { ok: false, end };
  }
  if (parts.month === null || !isValidDay(parts.year, parts.month, parts.day)) return { ok: false, end };

  // ISO strings carry their own time and offset.
  if (gr.hour !== undefined) {
    const t = checkTime(Number(gr.hour), num(gr.minute), num(gr.second));
    if (!t) return { ok: false, end };
    setTime(parts, t);
    if (gr.offset !== undefined) {
      const off = normalizeOffset(gr.offset);
      if (!off) return { ok: false, end };
      // RFC 3339 §4.3: "-00:00" means the offset is unknown, not UTC.
      parts.offset = off === '-00:00' ? null : off;
      return { ok: true, parts, start, end };
    }
  } else {
    const t = timeAfter(text, end, g);
    if (t && !t.time) return { ok: false, end: t.end };
    if (t && t.time) {
      setTime(parts, t.time);
      end = t.end;
    }
  }

  if (parts.hour !== null) {
    const z = zoneAt(text, end, g);
    if (z) {
      parts.offset = z.offset;
      parts.assumedOffset = z.assumedOffset;
      end = z.end;
    }
    return { ok: true, parts, start, end };
  }

  const before = timeBefore(text, start, g, from);
  if (before) {
    setTime(parts, before);
    parts.offset = before.offset;
    parts.assumedOffset = before.assumedOffset;
    return { ok: true, parts, start: before.start, end };
  }
  return { ok: true, parts, start, end };
}

function monthNumber(word: string | undefined, g: DateGrammar): number | null {
  if (word === undefined) return null;
  // The regex matched case-insensitively; a lookup miss (exotic case folding) is not a date.
  return g.months.get(word.toLowerCase().normalize('NFC')) ?? null;
}

interface Time {
  hour: number;
  minute: number;
  second: number | null;
}

function setTime(parts: DateParts, t: Time): void {
  parts.hour = t.hour;
  parts.minute = t.minute;
  parts.second = t.second;
}

function checkTime(hour: number, minute: number | null, second: number | null): Time | null {
  if (hour > 23 || minute === null || minute > 59 || (second !== null && second > 59)) return null;
  return { hour, minute, second };
}

/**
 * Reads the groups of the shared time pattern. Null when the digits are not a time
 * at all ("2016, 2 morts"); 'invalid' when they clearly are one but impossible
 * ("25:00"). Hour-only forms ("14h", "2 p.m.") mean the full hour, so minute 0.
 */
export function readTime(gr: Record<string, string | undefined>): Time | null | 'invalid' {
  const minute = gr.minute ?? gr.dotMinute ?? gr.markerMinute;
  const meridiem = gr.am !== undefined ? 'am' : gr.pm !== undefined ? 'pm' : null;
  if (minute === undefined && gr.marker === undefined && meridiem === null) return null;
  // Only "hh:mm"-shaped times are certain enough to condemn the whole date when wrong;
  // "45 h" after a date is more likely a duration than a broken time.
  // A dotted "18.30" may as well be a figure: it never condemns the date either.
  const failure = gr.minute !== undefined || gr.markerMinute !== undefined ? 'invalid' : null;
  let hour = Number(gr.hour);
  if (meridiem) {
    if (hour < 1 || hour > 12) return failure;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return checkTime(hour, minute === undefined ? 0 : Number(minute), num(gr.second)) ?? failure;
}

/** The time following a date; `time` is null when it is there but impossible. */
function timeAfter(text: string, at: number, g: DateGrammar): { time: Time | null; end: number } | null {
  const re = g.timeAfter;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  const t = readTime(m.groups ?? {});
  if (t === null) return null;
  return { time: t === 'invalid' ? null : t, end: m.index + m[0].length };
}

export interface Zone {
  offset: string | null;
  assumedOffset: string | null;
  end: number;
}

/** A zone printed right after a time: "+0100", "GMT", "UTC+1", "ET", "(heure de Paris)". */
export function zoneAt(text: string, at: number, g: DateGrammar): Zone | null {
  const re = g.zone;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  const gr = m.groups ?? {};
  const end = m.index + m[0].length;
  if (gr.num !== undefined) {
    const off = normalizeOffset(gr.num);
    if (!off) return null;
    // RFC 2822 §3.3: "-0000" means no information about the local zone.
    return { offset: off === '-00:00' ? null : off, assumedOffset: null, end };
  }
  const rule = gr.abbr === undefined ? undefined : g.zones.get(gr.abbr.toLowerCase().replace(/\s+/g, ' '));
  if (!rule) return null;
  // "IST" is India's, Ireland's or Israel's: the time stands, its offset is unknown.
  if (rule.offset === null) return { offset: null, assumedOffset: null, end };
  let offset = normalizeOffset(rule.offset);
  if (!offset) return null;
  // "UTC+1", "GMT-5": the number is the real offset.
  if (gr.adjust !== undefined && offset === '+00:00' && rule.fixed) {
    offset = normalizeOffset(gr.adjust);
    if (!offset) return null;
  }
  return rule.fixed ? { offset, assumedOffset: null, end } : { offset: null, assumedOffset: offset, end };
}

/** A time (and zone) printed before the date, joined to it only by connectors. */
function timeBefore(text: string, start: number, g: DateGrammar, from: number): (Time & Omit<Zone, 'end'> & { start: number }) | null {
  const re = g.time;
  re.lastIndex = Math.max(from, start - TIME_BEFORE_WINDOW);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < start) {
    const t = readTime(m.groups ?? {});
    let end = m.index + m[0].length;
    if (end > start) break;
    if (t === null || t === 'invalid') continue;
    const z = zoneAt(text, end, g);
    if (z) end = z.end;
    g.separator.lastIndex = end;
    g.separator.exec(text);
    if (g.separator.lastIndex === start) {
      return { ...t, offset: z?.offset ?? null, assumedOffset: z?.assumedOffset ?? null, start: m.index };
    }
  }
  return null;
}
