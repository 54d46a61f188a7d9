/**
 * Writes what coding one article found, and re-merges every event it touches, in one
 * transaction: the article's old mentions and claims go, its new ones come in, and for
 * each merge key it had or has, the merged events are computed again from all the
 * mentions of that key in the store (mergeEvents is order-independent, so the result is
 * the same whatever order articles arrived in). Syndicated copies are told apart by the
 * articles' duplicate groups as they stand at that moment.
 *
 * Keys are locked (advisory transaction locks, in sorted order) so that workers sharing
 * one PostgreSQL server cannot interleave two merges of the same key.
 */
import { foldName } from '../events/placeQuery.js';
import { mergeKey, mergeKeyGroup, type EventMention } from '../events/mergeEvents.js';
import type { ControlClaim, EventRecord } from '../events/types.js';
import type { Db, Queryable } from './db.js';

export interface SaveEventsInput {
  articleId: string;
  /** The article version the events were coded from. */
  version: number;
  /** Which coder produced them (analyzerName()): `vigie events` re-codes other coders' work. */
  coder: string;
  events: readonly EventRecord[];
  claims: readonly ControlClaim[];
}

export async function saveEvents(db: Db, input: SaveEventsInput): Promise<void> {
  await db.transaction(async (tx) => {
    const id = input.articleId;
    const old = await tx.query<{ merge_key: string }>('SELECT DISTINCT merge_key FROM event_mentions WHERE article_id = $1::bigint', [id]);
    const fresh = input.events.map((e) => ({ key: mergeKey(e), record: e }));
    const keys = [...new Set([...old.rows.map((r) => r.merge_key), ...fresh.map((f) => f.key)])].sort();
    for (const k of keys) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [k]);

    await tx.query('DELETE FROM event_mentions WHERE article_id = $1::bigint', [id]);
    await tx.query('DELETE FROM control_claims WHERE article_id = $1::bigint', [id]);
    const used = new Map<string, number>();
    for (const f of fresh) {
      // Two records of one article may share an id (same span, different sides): number the repeats.
      const n = used.get(f.record.id) ?? 0;
      used.set(f.record.id, n + 1);
      await tx.query('INSERT INTO event_mentions (article_id, mention_id, merge_key, record) VALUES ($1::bigint, $2, $3, $4)', [
        id,
        n === 0 ? f.record.id : `${f.record.id}#${n}`,
        f.key,
        JSON.stringify(f.record),
      ]);
    }
    for (const [seq, c] of input.claims.entries()) {
      await tx.query('INSERT INTO control_claims (article_id, seq, as_of, place_names, claim) VALUES ($1::bigint, $2, $3::date, $4, $5)', [
        id,
        seq,
        c.asOf,
        c.places.map((p) => foldName(p.name)).join('\n'),
        JSON.stringify(c),
      ]);
    }
    await tx.query(
      `INSERT INTO event_codings (article_id, version, coder) VALUES ($1::bigint, $2, $3)
       ON CONFLICT (article_id) DO UPDATE SET version = EXCLUDED.version, coder = EXCLUDED.coder, coded_at = now()`,
      [id, input.version, input.coder],
    );
    await remerge(tx, keys);
  });
}

/** Recomputes the merged events of these keys from their mentions. */
export async function remerge(tx: Queryable, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const r = await tx.query<{ merge_key: string; record: EventRecord; article: string; grp: string }>(
    `SELECT m.merge_key, m.record, a.id::text AS article, COALESCE(a.dup_group, a.id)::text AS grp
       FROM event_mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.merge_key = ANY($1::text[])`,
    [keys],
  );
  const byKey = new Map<string, EventMention[]>();
  for (const row of r.rows) {
    const list = byKey.get(row.merge_key) ?? [];
    list.push({ record: row.record, article: row.article, group: row.grp });
    byKey.set(row.merge_key, list);
  }
  await tx.query('DELETE FROM events WHERE merge_key = ANY($1::text[])', [keys]);
  for (const [key, mentions] of byKey) {
    for (const e of mergeKeyGroup(key, mentions)) {
      await tx.query(
        `INSERT INTO events (id, merge_key, event_date, event_type, sub_event_type, geoname_id, place_name, actors, sources, record)
         VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET merge_key = EXCLUDED.merge_key, event_date = EXCLUDED.event_date,
           event_type = EXCLUDED.event_type, sub_event_type = EXCLUDED.sub_event_type, geoname_id = EXCLUDED.geoname_id,
           place_name = EXCLUDED.place_name, actors = EXCLUDED.actors, sources = EXCLUDED.sources, record = EXCLUDED.record`,
        [
          e.id,
          key,
          e.date,
          e.eventType,
          e.subEventType,
          e.location.geonameId,
          foldName(e.location.name),
          foldName([e.actor1, e.actor2].flatMap((a) => (a === null ? [] : [a.name, ...a.associated])).join('\n')),
          foldName([...e.sources.flatMap((s) => [s.outlet ?? '', s.url ?? '']), e.attributedTo ?? ''].filter((x) => x !== '').join('\n')),
          JSON.stringify(e),
        ],
      );
    }
  }
}
