import type { PartOfDay, TimeResolve } from '../packs/textPack.js';
import { fold, isCapitalized, wordMatches } from '../packs/textPatterns.js';
import type { Span, TimeExpression, TimePrecision } from '../types.js';
import {
  type CalendarDate,
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatIsoWeek,
  formatMonth,
  isValidDate,
  parseIsoDate,
  weekday,
} from './calendar.js';
import { type CompiledTimes, type TimePack, compileTimeRules } from './compileTimeRules.js';

interface Candidate {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  resolve: TimeResolve;
}

interface Resolved {
  value: string | null;
  precision: TimePrecision;
  anchored: boolean;
  day: CalendarDate | null;
  part?: PartOfDay;
}

/**
 * Time expressions of `text`, in order, resolved against the publication date when they
 * are relative ("lundi", "hier", "last week") or lack a year ("le 3 mars"). Weekdays name
 * the most recent such day on or before publication, as news copy uses them; a part of
 * the day belongs to the day named earlier in its sentence, else to the day an earlier
 * sentence named last, else to the publication day ("ce matin" always to the day of writing).
 * Without a publication date relative expressions are kept with a null value.
 */
export function findTimes(text: string, sentences: Span[], publishedAt: string | null, pack: TimePack): TimeExpression[] {
  const compiled = compileTimeRules(pack);
  const anchor = parseIsoDate(publishedAt);
  const candidates = collect(text, compiled, pack.times.capitalizedNames);
  const out: TimeExpression[] = [];
  // The last day resolved in the current sentence, for "lundi … en soirée".
  let sentenceIndex = -1;
  let sentenceDay: { day: CalendarDate; anchored: boolean } | null = null;
  // The last day named before, in an earlier sentence: "Vers midi" after a lede that says
  // « dimanche » is Sunday noon, the day the story is telling.
  let storyDay: { day: CalendarDate; anchored: boolean } | null = null;
  for (const c of candidates) {
    const si = sentenceOf(sentences, c.start);
    if (si !== sentenceIndex) {
      sentenceIndex = si;
      if (sentenceDay !== null) storyDay = sentenceDay;
      sentenceDay = null;
    }
    const r = resolveCandidate(c, compiled, anchor, sentenceDay ?? storyDay);
    if (r.day && r.precision === 'day') sentenceDay = { day: r.day, anchored: r.anchored };
    const t: TimeExpression = {
      text: text.slice(c.start, c.end),
      span: { start: c.start, end: c.end },
      value: r.value,
      precision: r.precision,
      anchor: r.anchored && anchor ? publishedAt : null,
    };
    if (r.part) t.partOfDay = r.part;
    out.push(t);
  }
  return out;
}

/** Every rule's matches, then the longest at each place, without overlaps. */
function collect(text: string, compiled: CompiledTimes, capitalized: boolean): Candidate[] {
  const all: Candidate[] = [];
  for (const rule of compiled.rules) {
    for (const m of wordMatches(text, rule.regex)) {
      let start = m.index;
      let end = start + m[0].length;
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      if (end <= start) continue;
      const groups = m.groups ?? {};
      // In languages that capitalise them, a lower-case "may" or "march" is not a date.
      if (capitalized && ((groups.month && !isCapitalized(groups.month)) || (groups.weekday && !isCapitalized(groups.weekday)))) continue;
      all.push({ start, end, groups, resolve: rule.resolve });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of all) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

function sentenceOf(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1 - lo;
}

function resolveCandidate(
  c: Candidate,
  compiled: CompiledTimes,
  anchor: CalendarDate | null,
  sentenceDay: { day: CalendarDate; anchored: boolean } | null,
): Resolved {
  const g = c.groups;
  const part = g.part ? compiledPart(g.part, compiled) : undefined;
  switch (c.resolve.type) {
    case 'date':
      return resolveDate(g, compiled, anchor, c.resolve.yearOffset);
    case 'weekday': {
      const wd = g.weekday ? (compiled.weekdays.get(fold(g.weekday)) ?? compiled.weekdays.get(g.weekday.toLowerCase())) : undefined;
      if (wd === undefined || !anchor) return { value: null, precision: part ? 'part-of-day' : 'day', anchored: true, day: null, part };
      const day = weekdayNear(anchor, wd, c.resolve.relation);
      return dayResult(day, part);
    }
    case 'relative': {
      const n = g.n === undefined ? 1 : numberOf(g.n, compiled);
      const p = part ?? c.resolve.part;
      const unit = c.resolve.unit;
      const precision: TimePrecision = unit === 'day' ? (p ? 'part-of-day' : 'day') : unit;
      if (!anchor || n === 0) return { value: null, precision, anchored: true, day: null, part: p };
      const offset = c.resolve.offset * n;
      if (unit === 'day') return dayResult(addDays(anchor, offset), p);
      if (unit === 'week') return { value: formatIsoWeek(addDays(anchor, offset * 7)), precision, anchored: true, day: null };
      if (unit === 'month') {
        const ym = addMonths(anchor, offset);
        return { value: formatMonth(ym.year, ym.month), precision, anchored: true, day: null };
      }
      return { value: String(anchor.year + offset).padStart(4, '0'), precision, anchored: true, day: null };
    }
    case 'part': {
      const p = part ?? c.resolve.part;
      // "ce matin" / "this morning" point at the day of writing; "en matinée" at the day in question.
      const own = c.resolve.deictic ? null : sentenceDay;
      const day = own ? own.day : anchor;
      return { value: day ? formatDay(day) : null, precision: 'part-of-day', anchored: own ? own.anchored : true, day, part: p };
    }
  }
}

function dayResult(day: CalendarDate, part: PartOfDay | undefined): Resolved {
  return { value: formatDay(day), precision: part ? 'part-of-day' : 'day', anchored: true, day, part };
}

function compiledPart(word: string, compiled: CompiledTimes): PartOfDay | undefined {
  return compiled.parts.get(fold(word));
}

function numberOf(s: string, compiled: CompiledTimes): number {
  if (/^\d+$/.test(s)) return Number(s);
  return compiled.numbers.get(fold(s)) ?? 0;
}

/**
 * A weekday relative to the anchor: 'recent' is the latest such day on or before it
 * (news reports what happened), 'last' the latest strictly before, 'next' the first after.
 */
function weekdayNear(anchor: CalendarDate, wd: number, relation: 'recent' | 'last' | 'next'): CalendarDate {
  const dow = weekday(anchor);
  if (relation === 'next') {
    const ahead = (wd - dow + 7) % 7 || 7;
    return addDays(anchor, ahead);
  }
  let back = (dow - wd + 7) % 7;
  if (relation === 'last' && back === 0) back = 7;
  return addDays(anchor, -back);
}

function resolveDate(
  g: Record<string, string | undefined>,
  compiled: CompiledTimes,
  anchor: CalendarDate | null,
  yearOffset: number | undefined,
): Resolved {
  const month = g.month ? monthOf(g.month, compiled) : g.mnum ? Number(g.mnum) : undefined;
  const day = g.day ? Number(g.day) : undefined;
  // "In April last year" prints its year as a step back from the anchor's.
  const year = g.year ? Number(g.year) : yearOffset !== undefined && anchor ? anchor.year + yearOffset : undefined;
  if (month === undefined) {
    if (year !== undefined) return { value: String(year), precision: 'year', anchored: false, day: null };
    return { value: null, precision: 'day', anchored: false, day: null };
  }
  if (day === undefined) {
    if (year !== undefined) return { value: formatMonth(year, month), precision: 'month', anchored: false, day: null };
    if (!anchor) return { value: null, precision: 'month', anchored: true, day: null };
    const y = inferYear(anchor, month, 15);
    return { value: formatMonth(y, month), precision: 'month', anchored: true, day: null };
  }
  if (year !== undefined) {
    if (!isValidDate(year, month, day)) return { value: null, precision: 'day', anchored: false, day: null };
    const d = { year, month, day };
    return { value: formatDay(d), precision: 'day', anchored: false, day: d };
  }
  if (!anchor) return { value: null, precision: 'day', anchored: true, day: null };
  const y = inferYear(anchor, month, day);
  if (!isValidDate(y, month, day)) return { value: null, precision: 'day', anchored: true, day: null };
  const d = { year: y, month, day };
  return { value: formatDay(d), precision: 'day', anchored: true, day: d };
}

function monthOf(s: string, compiled: CompiledTimes): number | undefined {
  const k = s.replace(/\.$/, '').toLowerCase();
  return compiled.months.get(k) ?? compiled.months.get(fold(k));
}

/**
 * The year of a day-and-month printed without one: the publication year, unless that
 * puts it more than three months in the future (then last year: "le 28 décembre" in a
 * January story) or more than ten months in the past (then next year: an upcoming date).
 */
function inferYear(anchor: CalendarDate, month: number, day: number): number {
  const safeDay = Math.min(day, 28);
  const diff = daysBetween(anchor, { year: anchor.year, month, day: safeDay });
  if (diff > 92) return anchor.year - 1;
  if (diff < -305) return anchor.year + 1;
  return anchor.year;
}
