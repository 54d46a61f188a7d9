/**
 * Who held which places inside a place on a given day, by holder: for each place, the
 * last day on or before `at` with a statement about it. One holder that day gives the
 * place to it, held since the first day of the unbroken run of statements naming it
 * (a change of hands when the run starts with one, otherwise "at least since"); two
 * holders that day make the place contested, with both claims kept.
 */
import type { ControlStatement } from './controlStatements.js';
import { placeHistory } from './placeHistory.js';
import type { PlaceQuery } from './placeQuery.js';
import type { ControlClaim, EventLocation, EventRecord } from './types.js';

export interface HeldPlace {
  location: EventLocation;
  /** First day of the unbroken run of statements giving the place to this holder. */
  since: string;
  /** True when that run starts with a change of hands (so the place changed hands that day). */
  sinceChange: boolean;
  /** The statements of the last day on or before `at`: who says so. */
  statements: ControlStatement[];
}

export interface ControlReport {
  at: string;
  holders: { holder: string; places: HeldPlace[] }[];
  contested: { location: EventLocation; date: string; claims: { holder: string; statements: ControlStatement[] }[] }[];
  /** Places a side left with no new holder named. */
  unknown: { location: EventLocation; date: string; statements: ControlStatement[] }[];
}

export function controlAt(q: PlaceQuery, at: string, events: readonly EventRecord[], claims: readonly ControlClaim[]): ControlReport {
  const report: ControlReport = { at, holders: [], contested: [], unknown: [] };
  for (const h of placeHistory(q, events, claims)) {
    const days = h.days.filter((d) => d.date !== null && d.date <= at);
    const last = days.at(-1);
    if (last === undefined) continue;
    const named = last.holders.filter((x) => x.holder !== null);
    if (named.length > 1) {
      report.contested.push({
        location: h.location,
        date: last.date!,
        claims: named.map((x) => ({ holder: x.holder!, statements: x.statements })),
      });
      continue;
    }
    if (named.length === 0) {
      report.unknown.push({ location: h.location, date: last.date!, statements: last.holders.flatMap((x) => x.statements) });
      continue;
    }
    const holder = named[0]!.holder!;
    let first = days.length - 1;
    while (first > 0) {
      const prev = days[first - 1]!.holders.filter((x) => x.holder !== null);
      if (prev.length !== 1 || prev[0]!.holder !== holder) break;
      first--;
    }
    const startDay = days[first]!;
    const entry = report.holders.find((x) => x.holder === holder) ?? { holder, places: [] };
    if (!report.holders.includes(entry)) report.holders.push(entry);
    entry.places.push({
      location: h.location,
      since: startDay.date!,
      sinceChange: startDay.holders.some((x) => x.holder === holder && x.statements.some((s) => s.kind === 'change')),
      statements: named[0]!.statements,
    });
  }
  report.holders.sort((a, b) => b.places.length - a.places.length || a.holder.localeCompare(b.holder));
  return report;
}
