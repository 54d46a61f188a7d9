/**
 * Calendar arithmetic on plain dates. Everything is done in UTC milliseconds so that no
 * local time zone or daylight-saving shift can move a day.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** The date part of a local ISO timestamp ("2016-12-12T14:25" → 2016-12-12), or null. */
export function parseIsoDate(iso: string | null): CalendarDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d.year, d.month, d.day) ? d : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toMs(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromMs(ms: number): CalendarDate {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromMs(toMs(d) + n * DAY_MS);
}

/** Whole days from a to b. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as in the extraction packs. */
export function weekday(d: CalendarDate): number {
  return new Date(toMs(d)).getUTCDay();
}

/** Month arithmetic, as year and month. */
export function addMonths(d: CalendarDate, n: number): { year: number; month: number } {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** ISO 8601 week of a date, "2016-W50": weeks start on Monday, week 1 holds the year's first Thursday. */
export function formatIsoWeek(d: CalendarDate): string {
  const dow = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dow);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}
