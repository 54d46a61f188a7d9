import type { DateInfo, DatePrecision, DateSource } from '../../core/article.js';

/** The fields of a timestamp as read from text, before formatting. */
export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** Offset stated by the source ("+01:00"); goes into `value`. */
  offset: string | null;
  /** Offset guessed from an ambiguous zone name ("ET"); never goes into `value`. */
  assumedOffset: string | null;
}

/**
 * Years outside this range are not news dates: they are placeholders ("0001-01-01"),
 * typos or numbers that happen to sit next to a month name.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Normalises "+0100", "+01", "-05:00" to "±HH:MM". UTC is written "+00:00" rather than
 * "Z" so every explicit value has the same shape. Null when out of range (real
 * offsets span -12:00..+14:00).
 */
export function normalizeOffset(text: string): string | null {
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text.trim());
  if (!m) return text.trim().toUpperCase() === 'Z' ? '+00:00' : null;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 14 || min > 59) return null;
  return `${m[1]}${pad(h)}:${pad(min)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function precisionOf(p: DateParts): DatePrecision {
  if (p.month === null) return 'year';
  if (p.day === null) return 'month';
  if (p.hour === null || p.minute === null) return 'day';
  return p.second === null ? 'minute' : 'second';
}

export function formatValue(p: DateParts): string {
  let v = pad(p.year, 4);
  if (p.month === null) return v;
  v += `-${pad(p.month)}`;
  if (p.day === null) return v;
  v += `-${pad(p.day)}`;
  if (p.hour === null || p.minute === null) return v;
  v += `T${pad(p.hour)}:${pad(p.minute)}`;
  if (p.second !== null) v += `:${pad(p.second)}`;
  return p.offset ? v + p.offset : v;
}

export function toDateInfo(p: DateParts, source: DateSource, raw: string): DateInfo {
  const hasTime = p.hour !== null && p.minute !== null;
  // A zone without a time of day says nothing useful, so it is dropped with the time.
  const offset = hasTime ? p.offset : null;
  const assumed = hasTime && !offset ? p.assumedOffset : null;
  return {
    value: formatValue({ ...p, offset }),
    precision: precisionOf(p),
    zone: offset ? 'explicit' : assumed ? 'assumed' : 'none',
    assumedOffset: assumed,
    source,
    raw,
  };
}
