/**
 * Who holds a place, statement by statement: changes of hands (events of the territory
 * sub-types) and control claims ("rebels now hold only X and Y") read alike, so that a
 * place's history can set them side by side. A change's new holder is its actor1 (in a
 * non-violent transfer too, as ACLED codes it: actor1 gains the place), unknown when the
 * text only says who left; actor2 is the side that lost it.
 */
import type { ControlClaim, EventLocation, EventRecord, EventSource, Evidence, SubEventType } from './types.js';

export interface ControlStatement {
  kind: 'change' | 'claim';
  location: EventLocation;
  /** ISO day, or null when undated. */
  date: string | null;
  /** Who holds the place from then on; null when the text does not say (a side left it). */
  holder: string | null;
  /** Who lost it (changes only). */
  from: string | null;
  /** The event, for a change. */
  eventId: string | null;
  subEventType: SubEventType | null;
  attributedTo: string | null;
  sources: EventSource[];
  evidence: Evidence[];
}

const TAKEN: ReadonlySet<SubEventType> = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/** The sub-types that change who holds a place. */
export const TERRITORY_SUB_TYPES: readonly SubEventType[] = [...TAKEN, 'Non-violent transfer of territory'];

export function controlStatements(events: readonly EventRecord[], claims: readonly ControlClaim[]): ControlStatement[] {
  const out: ControlStatement[] = [];
  for (const e of events) {
    if (!TERRITORY_SUB_TYPES.includes(e.subEventType)) continue;
    out.push({
      kind: 'change',
      location: e.location,
      date: e.date,
      holder: e.actor1?.name ?? null,
      from: e.actor2?.name ?? null,
      eventId: e.id,
      subEventType: e.subEventType,
      attributedTo: e.attributedTo,
      sources: e.sources,
      evidence: e.evidence,
    });
  }
  for (const c of claims) {
    for (const location of c.places) {
      out.push({
        kind: 'claim',
        location,
        date: c.asOf,
        holder: c.holder,
        from: null,
        eventId: null,
        subEventType: null,
        attributedTo: c.attributedTo,
        sources: c.sources,
        evidence: c.evidence,
      });
    }
  }
  return out.sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.location.name.localeCompare(b.location.name) ||
      (a.kind === b.kind ? 0 : a.kind === 'change' ? -1 : 1),
  );
}
