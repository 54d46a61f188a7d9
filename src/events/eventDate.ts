/**
 * When an event happened: the date printed in its sentence nearest the trigger, else
 * the last one printed earlier in the same paragraph (narrative time carries over),
 * else the publication day. A date right after a verb of reporting ("said on Sunday")
 * dates the report: it is used only when the sentence prints no other, and marked so.
 * Words such as "a day after" before the trigger move its date back (DateRules.shifts).
 * ACLED's time precision: 1 day, 2 week, 3 month.
 */
import type { Span, TimeExpression } from '../analyze/types.js';

export interface EventDate {
  date: string | null;
  precision: 1 | 2 | 3;
  /**
   * Where the date came from: printed in the sentence, the day the sentence says it was
   * reported ("said on Sunday"), carried over, or the publication day.
   */
  from: 'sentence' | 'reported' | 'context' | 'published' | 'none';
  /** Set days before the date read by the words before the trigger ("a day after rioters burned"): the sentence tells two days apart. */
  shifted?: boolean;
}

/** How far before a time expression a verb of reporting is looked for. */
const REPORTING_REACH = 40;
/** How far around a time expression the noun it may name is looked for. */
const NOUN_REACH = 30;

/** The pack's rules for reading a date around a trigger (compileEventPack builds them). */
export interface DateRules {
  /**
   * The pack's verbs of reporting, anchored at the end ("said on Sunday", "a déclaré
   * dimanche"): a time right after one dates the report, not the event told before it.
   */
  reportingBefore?: RegExp;
  /**
   * A comma and a relative pronoun that is its clause's object (", which Congress", « , que
   * le Congrès »): a date after one, past the trigger, dates the relative clause ("the law,
   * which Congress passed on Dec. 18").
   */
  relativeClause?: RegExp;
  /** Tested just before and just after a date: one naming a thing ("Sunday's election") dates no event. */
  dateOfNoun?: { before: RegExp | null; after: RegExp | null };
  /**
   * Words just before a trigger that set it days before the date read ("a day after
   * rioters burned", « au lendemain des émeutes »), anchored at the end.
   */
  shifts?: readonly { re: RegExp; days: number }[];
  /** Number words (lower case) for the counts shifts read ("twelve days after"). */
  numbers?: ReadonlyMap<string, number>;
}

/** How far before a trigger the words that shift its date are looked for. */
const SHIFT_REACH = 70;

export function eventDate(
  text: string,
  sentence: Span,
  hit: Span,
  times: readonly TimeExpression[],
  published: string | null,
  rules: DateRules = {},
): EventDate {
  const date = readDate(text, sentence, hit, times, published, rules);
  if (date.date === null || date.precision !== 1 || date.from === 'reported' || rules.shifts === undefined) return date;
  // "Police found six bodies on Friday, a day after rioters burned the town": the riot's
  // day is the one before. A date printed after the trigger is the trigger's own, unshifted.
  const before = text.slice(Math.max(sentence.start, hit.start - SHIFT_REACH), hit.start);
  let days = 0;
  for (const s of rules.shifts) {
    const m = s.re.exec(before);
    if (m === null) continue;
    const n = m.groups?.n;
    const count = n === undefined ? 1 : /^\d+$/.test(n) ? Number(n) : rules.numbers?.get(n.toLowerCase());
    if (count === undefined || count < 1) continue;
    days = s.days * count;
    break;
  }
  if (days === 0) return date;
  const ownDate =
    date.from === 'sentence' && times.some((t) => t.span.start >= hit.end && t.span.end <= sentence.end && toDate(t)?.date === date.date);
  return ownDate ? date : { ...date, date: addDays(date.date, days), shifted: true };
}

function readDate(
  text: string,
  sentence: Span,
  hit: Span,
  times: readonly TimeExpression[],
  published: string | null,
  { reportingBefore, relativeClause, dateOfNoun }: DateRules,
): EventDate {
  const namesNoun = (t: TimeExpression): boolean =>
    dateOfNoun !== undefined &&
    ((dateOfNoun.before?.test(text.slice(Math.max(0, t.span.start - NOUN_REACH), t.span.start)) ?? false) ||
      (dateOfNoun.after?.test(text.slice(t.span.end, t.span.end + NOUN_REACH)) ?? false));
  const inRelative = (t: TimeExpression): boolean =>
    relativeClause !== undefined && t.span.start >= hit.end && relativeClause.test(text.slice(hit.end, t.span.start));
  const reportsTime = (t: TimeExpression): boolean =>
    reportingBefore !== undefined &&
    (t.span.start < hit.start || t.span.start > hit.end) &&
    reportingBefore.test(text.slice(Math.max(0, t.span.start - REPORTING_REACH), t.span.start));
  const usable = times.filter((t) => toDate(t) !== null && !namesNoun(t));
  const inSentence = usable
    .filter((t) => t.span.start >= sentence.start && t.span.end <= sentence.end && !inRelative(t))
    .map((t) => ({ t, reports: reportsTime(t) }))
    .sort((a, b) => Number(a.reports) - Number(b.reports) || distance(a.t.span, hit) - distance(b.t.span, hit));
  // The day a report was made bounds its event from above; it is the best date the sentence gives.
  if (inSentence.length > 0) return { ...toDate(inSentence[0]!.t)!, from: inSentence[0]!.reports ? 'reported' : 'sentence' };
  const paragraphStart = text.lastIndexOf('\n\n', sentence.start);
  const earlier = usable.filter((t) => !reportsTime(t)).filter((t) => t.span.end <= sentence.start && t.span.start > paragraphStart);
  if (earlier.length > 0) return { ...toDate(earlier[earlier.length - 1]!)!, from: 'context' };
  const day = published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  return day !== null ? { date: day, precision: 1, from: 'published' } : { date: null, precision: 1, from: 'none' };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** A time expression as an ACLED date; years are too coarse to date an event. */
function toDate(t: TimeExpression): { date: string; precision: 1 | 2 | 3 } | null {
  const v = t.value;
  if (v === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { date: v, precision: t.precision === 'week' ? 2 : t.precision === 'month' ? 3 : 1 };
  const week = /^(\d{4})-W(\d{2})$/.exec(v);
  if (week) return { date: isoWeekMonday(Number(week[1]), Number(week[2])), precision: 2 };
  if (/^\d{4}-\d{2}$/.test(v)) return { date: `${v}-01`, precision: 3 };
  return null;
}

function isoWeekMonday(year: number, week: number): string {
  // ISO week 1 is the week holding 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - dow * 86_400_000 + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}
