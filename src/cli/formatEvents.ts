/** `vigie events --format text`: one block per event, readable in a terminal. */
import type { EventRecord } from '../events/types.js';

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
