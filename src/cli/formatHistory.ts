/**
 * `vigie history` and `vigie control` in a terminal: a place per block, a day per line,
 * conflicting reports side by side, and for every statement who says so.
 */
import type { ControlReport } from '../events/controlAt.js';
import type { ControlStatement } from '../events/controlStatements.js';
import type { PlaceHistory } from '../events/placeHistory.js';

export function formatHistory(histories: readonly PlaceHistory[]): string {
  const blocks = histories.map((h) => {
    const lines = [h.location.name];
    for (const d of h.days) {
      const when = (d.date ?? 'undated').padEnd(10);
      if (d.conflict) lines.push(`  ${when}  CONFLICTING REPORTS`);
      for (const x of d.holders) {
        for (const s of x.statements) lines.push(`  ${d.conflict ? ' '.repeat(10) + '  • ' : `${when}  `}${describe(s)}`);
      }
    }
    return lines.join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

export function formatControl(r: ControlReport, within: string): string {
  const lines = [`Control of places in ${within} as of ${r.at}`];
  for (const h of r.holders) {
    lines.push('', `${h.holder} (${h.places.length} place${h.places.length === 1 ? '' : 's'})`);
    for (const p of h.places) {
      const since = p.sinceChange ? `since ${p.since}` : `at least since ${p.since}`;
      lines.push(`  ${p.location.name.padEnd(32)} ${since.padEnd(24)} ${sayers(p.statements)}`);
    }
  }
  if (r.contested.length > 0) {
    lines.push('', 'Contested (reports disagree)');
    for (const c of r.contested) {
      lines.push(`  ${c.location.name}  on ${c.date}`);
      for (const x of c.claims) lines.push(`    ${x.holder.padEnd(30)} ${sayers(x.statements)}`);
    }
  }
  if (r.unknown.length > 0) {
    lines.push('', 'Left, new holder not stated');
    for (const u of r.unknown) lines.push(`  ${u.location.name.padEnd(32)} ${u.date}  ${sayers(u.statements)}`);
  }
  if (r.holders.length + r.contested.length + r.unknown.length === 0)
    lines.push('', 'No statement about who holds these places on or before that day.');
  return `${lines.join('\n')}\n`;
}

function describe(s: ControlStatement): string {
  const what =
    s.kind === 'change'
      ? s.holder !== null
        ? `${s.holder} took it${s.from ? ` from ${s.from}` : ''}`
        : `${s.from ?? 'a side'} left it`
      : `${s.holder} held it (stated)`;
  return `${what}  — ${sayers([s])}`;
}

/** "OSDH via lacote.ch (2016-12-12)", for each source. */
function sayers(statements: readonly ControlStatement[]): string {
  const parts = new Set<string>();
  for (const s of statements) {
    for (const src of s.sources) {
      const outlet = src.outlet ?? src.url ?? 'unknown source';
      const day = src.publishedAt?.slice(0, 10);
      parts.add(`${s.attributedTo ? `${s.attributedTo} via ` : ''}${outlet}${day ? ` (${day})` : ''}${src.copyOf ? ' [copy]' : ''}`);
    }
  }
  return [...parts].join('; ');
}
