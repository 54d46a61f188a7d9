/**
 * Events across articles: records of the same sub-type, place and day whose actors agree
 * become one event that lists every source and all the evidence. Syndicated copies (the
 * same dispatch republished, one `group`) are listed as sources but count as one report.
 *
 * The result depends only on the set of mentions, never on the order they arrived in:
 * mentions are sorted by their own ids before clustering, and a merged event's id is a
 * hash of its sub-type, place, day and its rank among the clusters of that key (rank 0
 * in the usual case of one cluster). So a store can re-merge one key whenever a new
 * article brings a mention of it, and a re-run gives the same ids.
 */
import { createHash } from 'node:crypto';
import { eventNotes } from './eventNotes.js';
import type { EventActor, EventRecord, EventSource } from './types.js';

export interface EventMention {
  /** The per-article record, as codeEvents gives it. */
  record: EventRecord;
  /** The article's identity (store id or URL). */
  article: string;
  /** Its syndication group: the canonical article's identity, or `article` itself. */
  group: string;
}

/** What identifies "the same event" before actors are compared: sub-type, place, day. */
export function mergeKey(e: Pick<EventRecord, 'subEventType' | 'date' | 'location'>): string {
  const l = e.location;
  const place = l.geonameId !== null ? `g${l.geonameId}` : `${l.name}@${l.lat.toFixed(3)},${l.lon.toFixed(3)}`;
  return [e.subEventType, place, e.date ?? 'undated'].join('|');
}

/** Every mention merged; events sorted by date, then place, then id. */
export function mergeEvents(mentions: readonly EventMention[]): EventRecord[] {
  const byKey = new Map<string, EventMention[]>();
  for (const m of mentions) {
    const k = mergeKey(m.record);
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [m]);
    else list.push(m);
  }
  const out: EventRecord[] = [];
  for (const [key, list] of byKey) out.push(...mergeKeyGroup(key, list));
  return out.sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.location.name.localeCompare(b.location.name) || a.id.localeCompare(b.id),
  );
}

/** The mentions of one merge key, clustered by compatible actors. */
export function mergeKeyGroup(key: string, mentions: readonly EventMention[]): EventRecord[] {
  const sorted = [...mentions].sort((a, b) => a.record.id.localeCompare(b.record.id) || a.article.localeCompare(b.article));
  const clusters: { actor1: EventActor | null; actor2: EventActor | null; members: EventMention[] }[] = [];
  for (const m of sorted) {
    const c = clusters.find((x) => compatible(x, m.record));
    if (c === undefined) clusters.push({ actor1: m.record.actor1, actor2: m.record.actor2, members: [m] });
    else {
      c.members.push(m);
      c.actor1 ??= m.record.actor1;
      c.actor2 ??= m.record.actor2;
    }
  }
  return clusters.map((c, rank) => combine(mergedId(key, rank), c.members));
}

export function mergedId(key: string, rank: number): string {
  return `ev_${createHash('sha256').update(`${key}\u241f${rank}`).digest('hex').slice(0, 16)}`;
}

/** Sides agree when each is unknown on one side or named alike; a clash has no direction. */
function compatible(c: { actor1: EventActor | null; actor2: EventActor | null }, r: EventRecord): boolean {
  const same = (a: EventActor | null, b: EventActor | null): boolean => a === null || b === null || a.name === b.name;
  if (same(c.actor1, r.actor1) && same(c.actor2, r.actor2)) return true;
  return r.subEventType === 'Armed clash' && same(c.actor1, r.actor2) && same(c.actor2, r.actor1);
}

function combine(id: string, members: readonly EventMention[]): EventRecord {
  const records = members.map((m) => m.record);
  const first = records[0]!;
  // The most precise location and date any report gives.
  const located = [...records].sort((a, b) => a.location.geoPrecision - b.location.geoPrecision)[0]!;
  const datePrecision = Math.min(...records.map((r) => r.datePrecision)) as EventRecord['datePrecision'];
  // ACLED's rule across reports as within one: the lowest figure stated.
  const tolls = records.filter((r) => r.fatalities !== null).sort((a, b) => a.fatalities! - b.fatalities!);
  const toll = tolls[0] ?? null;
  const attributions = unique(records.map((r) => r.attributedTo).filter((a): a is string => a !== null));
  const canonical = new Map<string, string | null>();
  for (const m of members) if (m.group === m.article) canonical.set(m.group, m.record.sources[0]?.url ?? null);
  const sources: EventSource[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    for (const s of m.record.sources) {
      const k = s.url ?? m.article;
      if (seen.has(k)) continue;
      seen.add(k);
      sources.push(m.group === m.article ? { ...s } : { ...s, copyOf: canonical.get(m.group) ?? m.group });
    }
  }
  sources.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || (a.url ?? '').localeCompare(b.url ?? ''));
  // Independent reports: one per syndication group, each at its most confident mention.
  const perGroup = new Map<string, number>();
  for (const m of members) perGroup.set(m.group, Math.max(perGroup.get(m.group) ?? 0, m.record.confidence));
  const confidence = Math.min(0.99, 1 - [...perGroup.values()].reduce((p, c) => p * (1 - c), 1));
  const evidence = records
    .flatMap((r) => r.evidence)
    .filter((e, i, all) => all.findIndex((x) => x.articleId === e.articleId && x.start === e.start && x.end === e.end) === i)
    .sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
  const every = (f: keyof EventRecord['flags']): boolean => records.every((r) => r.flags[f]);
  const merged: Omit<EventRecord, 'id' | 'notes'> = {
    date: first.date,
    datePrecision,
    eventType: first.eventType,
    subEventType: first.subEventType,
    disorderType: first.disorderType,
    plover: { ...first.plover },
    actor1: side(records, 'actor1'),
    actor2: side(records, 'actor2', first.subEventType === 'Armed clash' ? side(records, 'actor1') : null),
    location: { ...located.location },
    fatalities: toll?.fatalities ?? null,
    sources,
    reports: perGroup.size,
    attributedTo: attributions.length === 0 ? null : attributions.join('; '),
    evidence,
    confidence: Math.round(confidence * 100) / 100,
    flags: {
      negated: every('negated'),
      hypothetical: every('hypothetical'),
      future: every('future'),
      background: every('background'),
      reportedClaim: every('reportedClaim'),
      fatalitiesEstimated: toll?.flags.fatalitiesEstimated ?? false,
    },
  };
  return { id, ...merged, notes: eventNotes(merged) };
}

/**
 * One side across reports: the first named in the text (an entity) if any, else the first
 * known; associated actors are the union. For a clash, reports may give the sides in
 * either order, so the second side is whichever is not the first.
 */
function side(records: readonly EventRecord[], which: 'actor1' | 'actor2', other: EventActor | null = null): EventActor | null {
  const all = records.flatMap((r) => {
    if (other === null) return r[which] === null ? [] : [r[which]];
    return [r.actor1, r.actor2].filter((a): a is EventActor => a !== null && a.name !== other.name);
  });
  if (all.length === 0) return null;
  const pick = all.find((a) => a.entityId !== null) ?? all[0]!;
  const associated = unique(all.filter((a) => a.name === pick.name).flatMap((a) => a.associated)).sort();
  return { ...pick, associated };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
