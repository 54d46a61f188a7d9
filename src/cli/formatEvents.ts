/** `vigie events --format text`: one block per event, readable in a terminal. */
import type { ControlClaim, EventRecord } from '../events/types.js';

export function formatEventText(e: EventRecord): string {
  const flags = Object.entries(e.flags)
    .filter(([, on]) => on)
    .map(([name]) => name);
  const side = (a: EventRecord['actor1']): string => (a === null ? '—' : `${a.name} (inter ${a.inter})`);
  const lines = [
    `${e.date ?? 'date unknown'}  ${e.eventType} / ${e.subEventType}`,
    `  where     ${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}  (${e.location.lat.toFixed(4)}, ${e.location.lon.toFixed(4)}; precision ${e.location.geoPrecision})`,
    `  actors    ${side(e.actor1)}  vs  ${side(e.actor2)}`,
    `  deaths    ${e.fatalities ?? 'unknown'}${e.flags.fatalitiesEstimated ? ' (estimated)' : ''}`,
    `  source    ${e.attributedTo ?? 'the article'}${flags.length > 0 ? `   flags: ${flags.join(', ')}` : ''}   confidence ${e.confidence}`,
    `  notes     ${e.notes}`,
    ...e.evidence.map((ev) => `  evidence  [${ev.start}-${ev.end}] ${ev.text.replace(/\s+/g, ' ')}`),
    `  id        ${e.id}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Control statements after the events: who holds what, as of when, according to whom. */
export function formatControlClaims(claims: readonly ControlClaim[]): string {
  const lines = ['Control stated'];
  for (const c of claims) {
    lines.push(
      `  ${c.asOf ?? 'undated'}  ${c.holder} hold ${c.places.map((p) => p.name).join(', ')}${c.attributedTo ? `  (according to ${c.attributedTo})` : ''}`,
      ...c.evidence.map((ev) => `    evidence  [${ev.start}-${ev.end}] ${ev.text.replace(/\s+/g, ' ')}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
