import type { PartOfDay, TextPack, TimeResolve } from '../packs/textPack.js';
import { WORD_END, alternation, cachedFor, escapeRegex, fillPlaceholders, fold, fullForms, patternSource } from '../packs/textPatterns.js';

export type TimePack = Pick<TextPack, 'times' | 'months' | 'weekdays' | 'ordinalSuffixes'>;

export interface CompiledTimeRule {
  regex: RegExp;
  resolve: TimeResolve;
}

export interface CompiledTimes {
  rules: CompiledTimeRule[];
  /** Lower-case month forms (dot stripped) → 1..12. */
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** Folded part-of-day words → part. */
  parts: Map<string, PartOfDay>;
  /** Folded number words → value (0 = vague). */
  numbers: Map<string, number>;
}

/**
 * The pack's time rules as global regular expressions, compiled once per pack, to scan
 * with wordMatches. Placeholders become named groups read by findTimes.
 */
export function compileTimeRules(pack: TimePack): CompiledTimes {
  return cachedFor(pack.times, `times:${Object.keys(pack.months).length}:${Object.keys(pack.weekdays).length}`, () => build(pack));
}

function build(pack: TimePack): CompiledTimes {
  const months = new Map(Object.entries(pack.months));
  const weekdays = new Map(Object.entries(pack.weekdays));
  const monthFull = fullForms(pack.months);
  const monthAbbr = Object.keys(pack.months).filter((k) => !monthFull.includes(k));
  // Abbreviations ("déc", "Dec") are only dates with their dot or before a number: "mar"
  // or "sept" alone are other words.
  const monthForms = [
    ...monthFull.map((f) => ({ f, s: escapeRegex(f) })),
    ...monthAbbr.map((f) => ({ f, s: `${escapeRegex(f)}(?:\\.|(?=\\s*\\d))` })),
  ];
  monthForms.sort((a, b) => b.f.length - a.f.length);
  const suffixes = (pack.ordinalSuffixes ?? []).map(escapeRegex).join('|');
  const lists: Record<string, string> = {
    weekday: `(?<weekday>${alternation(fullForms(pack.weekdays))})`,
    // A weekday that only opens a span whose other end dates it ("la nuit de lundi à mardi").
    anyWeekday: `(?:${alternation(fullForms(pack.weekdays))})`,
    month: `(?<month>${monthForms.map((m) => m.s).join('|')})`,
    monthNumber: '(?<mnum>0?[1-9]|1[0-2])',
    day: `(?<day>3[01]|[12]\\d|0?[1-9])${suffixes ? `(?:${suffixes})?` : ''}`,
    year: '(?<year>(?:1[89]|20)\\d\\d)',
    n: `(?<n>\\d{1,3}|${alternation(Object.keys(pack.times.numbers))})`,
    part: `(?<part>${alternation(Object.keys(pack.times.parts))})`,
  };
  const rules = pack.times.rules.map((r) => ({
    regex: new RegExp(`(?:${fillPlaceholders(patternSource(r.pattern), lists)})${WORD_END}`, 'giu'),
    resolve: r.resolve,
  }));
  const parts = new Map(Object.entries(pack.times.parts).map(([w, p]) => [fold(w), p] as const));
  const numbers = new Map(Object.entries(pack.times.numbers).map(([w, n]) => [fold(w), n] as const));
  return { rules, months, weekdays, parts, numbers };
}
