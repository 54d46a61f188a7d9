/**
 * A place's history, and the history of each place inside it: who held it, day by day,
 * from the changes of hands and the control claims the store holds. Reports that
 * disagree on a day (two holders) are kept side by side as a conflict, never resolved
 * by picking one: the analyst sees both and who says what.
 */
import { controlStatements, type ControlStatement } from './controlStatements.js';
import { placeHolds, type PlaceQuery } from './placeQuery.js';
import type { ControlClaim, EventLocation, EventRecord } from './types.js';

export interface HistoryDay {
  /** ISO day, or null for undated statements (listed last). */
  date: string | null;
  /** One entry per holder stated that day; two or more is a conflict. */
  holders: { holder: string | null; statements: ControlStatement[] }[];
  conflict: boolean;
}

export interface PlaceHistory {
  location: EventLocation;
  days: HistoryDay[];
}

export function placeHistory(q: PlaceQuery, events: readonly EventRecord[], claims: readonly ControlClaim[]): PlaceHistory[] {
  const byPlace = new Map<string, { location: EventLocation; statements: ControlStatement[] }>();
  for (const s of controlStatements(events, claims)) {
    if (!placeHolds(q, s.location)) continue;
    const key = s.location.geonameId !== null ? `g${s.location.geonameId}` : s.location.name;
    const entry = byPlace.get(key) ?? { location: s.location, statements: [] };
    entry.statements.push(s);
    byPlace.set(key, entry);
  }
  return [...byPlace.values()]
    .map(({ location, statements }) => ({ location, days: toDays(statements) }))
    .sort((a, b) => a.location.name.localeCompare(b.location.name));
}

function toDays(statements: readonly ControlStatement[]): HistoryDay[] {
  const days = new Map<string, HistoryDay>();
  for (const s of statements) {
    const k = s.date ?? '';
    const day = days.get(k) ?? { date: s.date, holders: [], conflict: false };
    const h = day.holders.find((x) => x.holder === s.holder);
    if (h === undefined) day.holders.push({ holder: s.holder, statements: [s] });
    else h.statements.push(s);
    days.set(k, day);
  }
  for (const d of days.values()) d.conflict = d.holders.filter((h) => h.holder !== null).length > 1;
  // Dated days in order, undated ones last: they cannot be placed in time.
  return [...days.values()].sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date)));
}
