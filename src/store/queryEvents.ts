/**
 * Reading merged events and control claims back, filtered. Text filters compare folded
 * strings (case and accents aside): `--actor armee` finds "Armée", `--place Kallasse`
 * finds "Aleppo - Kallassé". A place filter holds the place and the places inside it
 * (districts are named "<city> - <district>").
 */
import { foldName, placeHolds, type PlaceQuery } from '../events/placeQuery.js';
import type { ControlClaim, EventRecord, SubEventType } from '../events/types.js';
import type { Queryable } from './db.js';

export interface EventQuery {
  /** ISO days, inclusive, on the event's date. */
  since?: string | null;
  until?: string | null;
  place?: PlaceQuery | null;
  /** Event type or sub-event type, or a part of one ("Battles", "air", "protest"). */
  type?: string | null;
  /** Only these sub-event types. */
  subTypes?: readonly SubEventType[] | null;
  /** Part of an actor's name (either side, associated actors included). */
  actor?: string | null;
  /** Part of a source: outlet, URL, or who the event is attributed to. */
  source?: string | null;
  limit?: number | null;
}

export async function queryEvents(db: Queryable, q: EventQuery = {}): Promise<EventRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.since) where.push(`event_date >= ${param(q.since)}::date`);
  if (q.until) where.push(`event_date <= ${param(q.until)}::date`);
  if (q.place) {
    const names = q.place.names.map(foldName);
    const alts = [`place_name = ANY(${param(names)}::text[])`];
    for (const n of names)
      alts.push(`place_name LIKE ${param(`${likeEscape(n)} - %`)}`, `place_name LIKE ${param(`% - ${likeEscape(n)}`)}`);
    if (q.place.geonameId !== null) alts.push(`geoname_id = ${param(q.place.geonameId)}`);
    where.push(`(${alts.join(' OR ')})`);
  }
  if (q.type) {
    const p = param(`%${likeEscape(q.type.trim())}%`);
    where.push(`(event_type ILIKE ${p} OR sub_event_type ILIKE ${p})`);
  }
  if (q.subTypes) where.push(`sub_event_type = ANY(${param(q.subTypes)}::text[])`);
  if (q.actor) where.push(`actors LIKE ${param(`%${likeEscape(foldName(q.actor))}%`)}`);
  if (q.source) where.push(`sources LIKE ${param(`%${likeEscape(foldName(q.source))}%`)}`);
  const limit = q.limit != null && q.limit > 0 ? ` LIMIT ${Math.floor(q.limit)}` : '';
  const r = await db.query<{ record: EventRecord }>(
    `SELECT record FROM events ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY event_date NULLS LAST, place_name, id${limit}`,
    params,
  );
  return r.rows.map((row) => row.record);
}

/** Control claims about the place and the places inside it (all claims without a place). */
export async function queryControlClaims(db: Queryable, place: PlaceQuery | null = null): Promise<ControlClaim[]> {
  const params: unknown[] = [];
  let where = '';
  if (place !== null && place.names.length > 0) {
    // A coarse filter in SQL, the exact one (placeHolds) below.
    where = `WHERE ${place.names
      .map((n) => {
        params.push(`%${likeEscape(foldName(n))}%`);
        return `place_names LIKE $${params.length}`;
      })
      .join(' OR ')}`;
  }
  const r = await db.query<{ claim: ControlClaim }>(
    `SELECT claim FROM control_claims ${where} ORDER BY as_of NULLS LAST, article_id, seq`,
    params,
  );
  const claims = r.rows.map((row) => row.claim);
  if (place === null) return claims;
  return claims.map((c) => ({ ...c, places: c.places.filter((p) => placeHolds(place, p)) })).filter((c) => c.places.length > 0);
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
