import { PACKS } from '../../core/packs/index.js';
import type { LanguagePack } from '../../core/packs/index.js';

/** A zone name as printed, resolved from the packs. */
export interface ZoneRule {
  /** Null when the name stands for several zones ("IST"): the time is read as local, with no offset. */
  offset: string | null;
  /** False when daylight saving makes the offset a guess ("ET" is EST or EDT). */
  fixed: boolean;
}

/**
 * Every regular expression the date scanner needs for one set of languages. Built
 * once per language set and cached: the scanner runs on every short line of every
 * document, so nothing may be compiled per call.
 *
 * The date-part expressions are global (searched); `timeAfter`, `zone`, `separator`
 * and `filler` are sticky (matched exactly where the previous part ended).
 */
export interface DateGrammar {
  /** Month word (lower-case, no dot) → 1..12, first language wins on conflicts. */
  months: ReadonlyMap<string, number>;
  /** Zone name (lower-case, single spaces) → rule. */
  zones: ReadonlyMap<string, ZoneRule>;
  /** How to read an ambiguous all-numeric date such as 05/12/2016. */
  numericOrder: 'dmy' | 'mdy';
  isoExtended: RegExp;
  isoBasic: RegExp;
  textDayMonth: RegExp;
  textMonthDay: RegExp;
  numericDayMonth: RegExp;
  numericYearFirst: RegExp;
  monthYear: RegExp;
  /** Connectors then a time, right after a date. */
  timeAfter: RegExp;
  /** A time anywhere (global); used for "2:25 PM ET, Dec 12, 2016" and bare times. */
  time: RegExp;
  /** A zone right after a time: numeric offset, abbreviation or name. */
  zone: RegExp;
  /** Whitespace and connectors only (sticky, may match empty). */
  separator: RegExp;
  /** One token of what may surround a date on a dateline: punctuation, prefixes, connectors, weekdays. */
  filler: RegExp;
}

const cache = new Map<string, DateGrammar>();

/**
 * Resolves language codes ("fr", "en-GB") to packs, in the caller's order. Unknown
 * codes are ignored; with none left every shipped pack is used, because a date in a
 * language we were not told about is still better found than missed.
 */
export function packsFor(languages: readonly string[] | undefined): LanguagePack[] {
  const out: LanguagePack[] = [];
  if (Array.isArray(languages)) {
    for (const l of languages) {
      if (typeof l !== 'string') continue;
      const code = l.trim().toLowerCase().split(/[-_]/)[0];
      const pack = PACKS.find((p) => p.code === code);
      if (pack && !out.includes(pack)) out.push(pack);
    }
  }
  return out.length > 0 ? out : [...PACKS];
}

/**
 * Compiling the expressions is costly (big case-insensitive Unicode alternations:
 * tens of milliseconds each on first use), so they are built once from every pack.
 * The caller's languages only decide what is order-dependent: how an all-numeric
 * date reads, and which language wins a month-word conflict.
 */
let shared: DateGrammar | null = null;

export function dateGrammarFor(languages?: readonly string[]): DateGrammar {
  const packs = packsFor(languages);
  const key = packs.map((p) => p.code).join(',');
  let g = cache.get(key);
  if (!g) {
    shared ??= compile([...PACKS]);
    const own = compileWords(packs);
    g = { ...shared, months: own.months, zones: own.zones, numericOrder: own.numericOrder };
    cache.set(key, g);
  }
  return g;
}

/** Escapes the characters that are syntax in a `u`-mode pattern (and only those: `\-` is an error there). */
function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const LETTER = /\p{L}/u;

/**
 * An alternation of literal words, longest first so "décembre" wins over "déc", each
 * guarded so that a word never matches inside a longer word ("mar" in "mardi").
 *
 * Consecutive words that share their guards are written under one pair of guards:
 * `(?<!\p{L})(?:w1|w2)(?!\p{L})` tries the same words in the same order and matches
 * exactly what `(?<!\p{L})w1(?!\p{L})|(?<!\p{L})w2(?!\p{L})` does, but compiles to a
 * fraction of the code. Under the `iu` flags every `\p{L}` is a large case-closed
 * class: one pair per word made these expressions weigh over a megabyte of machine
 * code each, held for the life of the process, and took tens of megabytes of compiler
 * memory on first use.
 */
function words(list: Iterable<string>, literal: (w: string) => string = escape): string {
  const uniq = [...new Set([...list].map((w) => w.trim()).filter((w) => w.length > 0))];
  if (uniq.length === 0) return '(?!)';
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const runs: Array<{ before: string; after: string; alts: string[] }> = [];
  for (const w of uniq) {
    const before = LETTER.test(w[0] ?? '') ? '(?<!\\p{L})' : '';
    const after = LETTER.test(w[w.length - 1] ?? '') ? '(?!\\p{L})' : '';
    const alt = literal(w).replace(/ +/g, '\\s+');
    const last = runs[runs.length - 1];
    if (last && last.before === before && last.after === after) last.alts.push(alt);
    else runs.push({ before, after, alts: [alt] });
  }
  return (
    '(?:' +
    runs
      .map(({ before, after, alts }) =>
        alts.length === 1 || (before === '' && after === '') ? before + alts.join('|') + after : `${before}(?:${alts.join('|')})${after}`,
      )
      .join('|') +
    ')'
  );
}

/** Case-insensitive literal for a pattern compiled without the `i` flag. */
function caseless(w: string): string {
  let out = '';
  for (const ch of w) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up && lo.length === 1 && up.length === 1 ? `[${lo}${up}]` : escape(ch);
  }
  return out;
}

/** The order-dependent part of a grammar: word → value maps and the numeric order. */
function compileWords(packs: LanguagePack[]): Pick<DateGrammar, 'months' | 'zones' | 'numericOrder'> {
  const months = new Map<string, number>();
  const zones = new Map<string, ZoneRule>();
  // The caller's packs first; words of the other packs still parse (the shared
  // expressions know them), after these.
  for (const p of [...packs, ...PACKS]) {
    for (const [w, n] of Object.entries(p.months)) {
      const k = w.toLowerCase().normalize('NFC');
      if (!months.has(k)) months.set(k, n);
    }
    for (const [w, z] of Object.entries(p.zones)) {
      const k = w.toLowerCase().replace(/\s+/g, ' ');
      if (!zones.has(k)) zones.set(k, z);
    }
  }
  const numericOrder = packs.find((p) => p.numericDateOrder)?.numericDateOrder ?? 'dmy';
  return { months, zones, numericOrder };
}

function compile(packs: LanguagePack[]): DateGrammar {
  const { months, zones, numericOrder } = compileWords(packs);
  const weekdays: string[] = [];
  const connectors: string[] = [];
  const am: string[] = [];
  const pm: string[] = [];
  const ordinals: string[] = [];
  const hourMarkers: string[] = [];
  const prefixes: string[] = [];
  for (const p of packs) {
    weekdays.push(...Object.keys(p.weekdays));
    connectors.push(...p.dateConnectors);
    am.push(...p.meridiem.am);
    pm.push(...p.meridiem.pm);
    ordinals.push(...(p.ordinalSuffixes ?? []));
    hourMarkers.push(...(p.hourMarkers ?? []));
    prefixes.push(...(p.datePrefixes?.published ?? []), ...(p.datePrefixes?.modified ?? []));
  }

  // Shared pieces. `(?<![\p{L}\p{N}])` keeps a date from starting inside a word or number.
  const start = '(?<![\\p{L}\\p{N}])';
  const weekday = `(?:${words(weekdays)}\\.?\\s*(?:,\\s*)?)`;
  const day = `(?<day>\\d{1,2})(?!\\d)${ordinals.length ? `(?:${words(ordinals)})?` : ''}`;
  const month = `(?<month>${words(months.keys())})\\.?`;
  const year = '(?<year>\\d{4})(?!\\d)';
  const conn = words(connectors);
  const separator = `\\s*(?:${conn}\\s*){0,2}`;

  // "18:30", and "18.30" as British papers print it (seconds only after a colon).
  const minutes = '(?::(?<minute>\\d{2})(?!\\d)(?::(?<second>\\d{2})(?!\\d)(?:[.,]\\d{1,9}(?!\\d))?)?|\\.(?<dotMinute>\\d{2})(?![\\d.]))';
  const marker = hourMarkers.length ? `|\\s*(?<marker>${words(hourMarkers)})(?:\\s*(?<markerMinute>\\d{2})(?!\\d))?` : '';
  const meridiem = am.length + pm.length ? `(?:\\s*(?:(?<am>${words(am)})|(?<pm>${words(pm)})))?` : '';
  const time = `(?<![\\p{N}:])(?<hour>\\d{1,2})(?!\\d)(?:${minutes}${marker})?${meridiem}`;

  // Abbreviations must be printed in capitals: "et" and "est" are French words.
  const abbreviations = [...zones.keys()].filter((k) => /^\p{L}{1,5}$/u.test(k)).map((k) => k.toUpperCase());
  const names = [...zones.keys()].filter((k) => !/^\p{L}{1,5}$/u.test(k));
  const zoneWords = words([...abbreviations, ...names], (w) => (names.includes(w) ? caseless(w) : escape(w)));
  const zone =
    `\\s*(?:\\(\\s*)?(?:(?<num>[+-]\\d{2}(?::?\\d{2})?)(?!\\d)` +
    `|(?<abbr>${zoneWords})(?:\\s*(?<adjust>[+-]\\d{1,2}(?::?\\d{2})?)(?!\\d))?)(?:\\s*\\))?`;

  const offset = '(?<offset>Z(?!\\p{L})|[+-]\\d{2}(?::?\\d{2})?(?!\\d))';

  return {
    months,
    zones,
    numericOrder,
    isoExtended: new RegExp(
      '(?<!\\p{N})(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)' +
        `(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?!\\d)(?::(?<second>\\d{2})(?!\\d)(?:[.,]\\d{1,9}(?!\\d))?)?(?:\\s?${offset})?)?`,
      'giu',
    ),
    // Only with its "T": a bare run of eight digits is more often an id than a date.
    isoBasic: new RegExp(
      '(?<!\\p{N})(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})T(?<hour>\\d{2})(?<minute>\\d{2})' +
        '(?:(?<second>\\d{2})(?:[.,]\\d{1,9})?)?(?!\\d)(?<offset>Z(?!\\p{L})|[+-]\\d{2}(?:\\d{2})?(?!\\d))?',
      'giu',
    ),
    textDayMonth: new RegExp(`${start}(?:${weekday})?${day}\\.?\\s*(?:[-/]\\s*)?${month}\\s*(?:[-/,]\\s*)?${year}`, 'giu'),
    textMonthDay: new RegExp(`${start}(?:${weekday})?${month}\\s*(?:[-/]\\s*)?${day}\\s*(?:,\\s*)?${year}`, 'giu'),
    // The same separator twice, so "12/12-2016" or a fraction list is not a date.
    numericDayMonth: new RegExp(
      '(?<!\\p{N})(?<![\\p{N}][./])(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4})(?!\\d)',
      'giu',
    ),
    numericYearFirst: new RegExp(
      '(?<!\\p{N})(?<![\\p{N}][./])(?<year>\\d{4})(?<sep>[./-])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?!\\d)(?![./]\\d)',
      'giu',
    ),
    monthYear: new RegExp(`${start}${month}\\s*(?:[-/,]\\s*)?${year}`, 'giu'),
    timeAfter: new RegExp(separator + time, 'iuy'),
    time: new RegExp(time, 'giu'),
    zone: new RegExp(zone, 'uy'),
    separator: new RegExp(separator, 'iuy'),
    filler: new RegExp(`\\s+|[\\p{P}\\p{S}]|${words([...prefixes, ...connectors, ...weekdays])}`, 'iuy'),
  };
}
