/**
 * Stores a batch of fetched documents in ONE transaction: a kill leaves the whole
 * batch or none of it, like a single save, while the per-statement and per-commit
 * costs are paid once per batch. Documents under URLs not stored yet (the common case
 * in an ingest) go through multi-row statements; the rest (changed or repeated URLs)
 * reuse the single-document path, in order, inside the same transaction.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { VigieError } from '../core/errors.js';
import type { Db, Queryable } from './db.js';
import { DUPLICATE_THRESHOLD, estimateJaccard, lshBands, minhashSignature, signatureFromBytes, signatureToBytes } from './fingerprint.js';
import { searchConfig } from '../core/foldText.js';

import {
  articleRow,
  contentHash,
  outletKey,
  saveInTransaction,
  SAVE_LOCK,
  SEARCH_VECTOR_AT,
  sha256Hex,
  type Prepared,
} from './saveArticle.js';
import type { SaveInput, SaveOutcome } from './types.js';

const gzipAsync = promisify(gzip);

/**
 * Hashing, compression and fingerprints are computed before the transaction opens;
 * gzip runs on libuv's thread pool, beside the caller's next extraction.
 */
export async function prepare(input: SaveInput): Promise<Prepared> {
  const { fetch, article } = input;
  if (!article || article.ok !== true) throw new VigieError('E_INTERNAL', 'save() needs a successfully extracted article');
  if (!fetch.url) throw new VigieError('E_INTERNAL', 'save() needs the document URL');
  const sig = minhashSignature(article.text);
  return {
    input,
    rawSha: sha256Hex(fetch.raw),
    textHash: contentHash(article),
    // Level 1: a third of the default's time for a few percent more bytes; raw pages
    // are kept for re-extraction, not served.
    gz: await gzipAsync(fetch.raw, { level: 1 }),
    json: JSON.stringify(article),
    row: articleRow(article),
    cfg: searchConfig(article.language),
    sig,
    bands: sig === null ? null : lshBands(sig),
  };
}

/*
 * Byte strings go as base64 text decoded by the server: PGlite serialises a binary
 * parameter five times slower than it decodes base64, and the PostgreSQL driver would
 * send hex, twice the size.
 */
export async function saveArticles(db: Db, inputs: SaveInput[]): Promise<SaveOutcome[]> {
  return writePrepared(db, await Promise.all(inputs.map(prepare)));
}

/** The transaction half of saveArticles(), for callers that prepare ahead (./storeThread.ts). */
export async function writePrepared(db: Db, prepared: Prepared[]): Promise<SaveOutcome[]> {
  if (prepared.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SAVE_LOCK]);
    const urls = [...new Set(prepared.map((p) => p.input.fetch.url))];
    const known = await tx.query<{ url: string }>(`SELECT url FROM articles WHERE url IN (${placeholders(urls.length, 1)})`, urls);
    const stored = new Set(known.rows.map((r) => r.url));
    const fresh: number[] = [];
    const rest: number[] = [];
    const taken = new Set<string>();
    prepared.forEach((p, i) => {
      const url = p.input.fetch.url;
      if (stored.has(url) || taken.has(url)) rest.push(i);
      else {
        taken.add(url);
        fresh.push(i);
      }
    });
    const out: SaveOutcome[] = new Array(prepared.length);
    if (fresh.length > 0) {
      const outcomes = await insertFresh(
        tx,
        fresh.map((i) => prepared[i]!),
      );
      fresh.forEach((i, k) => (out[i] = outcomes[k]!));
    }
    for (const i of rest) out[i] = await saveInTransaction(tx, prepared[i]!);
    return out;
  });
}

/**
 * New URLs: ids are drawn first and near-duplicate groups worked out before any row is
 * written, so that each new article is inserted once with its group already set. An
 * UPDATE afterwards would write every row a second time, full-text index entries
 * included, and syndicated copies are most of a news ingest.
 */
async function insertFresh(tx: Queryable, items: Prepared[]): Promise<SaveOutcome[]> {
  // Outlets, one row per host (ON CONFLICT may not touch a row twice in one statement).
  const hostOf = items.map((p) => outletKey(p.input.article, p.input.fetch.url));
  const hosts = new Map<string, string | null>();
  hostOf.forEach((h, i) => {
    if (h !== null && !hosts.has(h)) hosts.set(h, items[i]!.input.article.siteName);
  });
  const outletIds = new Map<string, string>();
  if (hosts.size > 0) {
    const params = [...hosts].flat();
    const r = await tx.query<{ id: string; host: string }>(
      `INSERT INTO outlets (host, name) VALUES ${rows(hosts.size, 2)}
       ON CONFLICT (host) DO UPDATE SET name = COALESCE(outlets.name, EXCLUDED.name)
       RETURNING id::text AS id, host`,
      params,
    );
    for (const row of r.rows) outletIds.set(row.host, row.id);
  }

  const drawn = await tx.query<{ id: string }>(
    `SELECT nextval(pg_get_serial_sequence('articles', 'id'))::text AS id FROM generate_series(1, ${items.length})`,
  );
  const ids = drawn.rows.map((r) => sqlId(r.id)).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  const plan = await planGroups(tx, items, ids);

  const W = 20;
  const values: string[] = [];
  const params: unknown[] = [];
  items.forEach((p, i) => {
    const b = i * W;
    const $ = (k: number): string => `$${b + k}`;
    values.push(
      `(${$(19)}::bigint, ${$(1)}, ${$(2)}::bigint, 1, ${$(3)}, ${$(4)}, ${$(5)}::timestamptz, ${$(6)}, COALESCE(${$(7)}::date, (${$(8)}::timestamptz AT TIME ZONE 'UTC')::date), ${$(9)}, ${$(10)}::int, ${$(11)}::text::json, ${$(12)}, ${$(13)}::text, ${SEARCH_VECTOR_AT(b + 13, b + 14, b + 15, b + 16)}, decode(${$(17)}, 'base64'), ${$(8)}::timestamptz, ${$(8)}::timestamptz, ${$(18)}, ${$(20)}::bigint, ${$(20)}::bigint IS NOT NULL AND ${$(20)}::bigint <> ${$(19)}::bigint)`,
    );
    const { fetch, article } = p.input;
    const host = hostOf[i];
    params.push(
      fetch.url,
      host === null ? null : (outletIds.get(host!) ?? null),
      p.row.title,
      p.row.language,
      p.row.publishedAt,
      p.row.publishedLocal,
      p.row.day,
      fetch.fetchedAt,
      article.text,
      article.wordCount,
      p.json,
      p.textHash,
      p.cfg,
      ...p.row.search,
      p.sig === null ? null : signatureToBytes(p.sig).toString('base64'),
      article.lede,
      ids[i],
      plan.groupOf.get(ids[i]!) ?? null,
    );
  });
  await tx.query(
    `INSERT INTO articles (id, url, outlet_id, current_version, title, language, published_at, published_local, day, text, word_count,
                           article, text_hash, search_config, search, minhash, first_fetched_at, fetched_at, lede, dup_group, is_duplicate)
     VALUES ${values.join(', ')}`,
    params,
  );

  const V = 11;
  const vparams: unknown[] = [];
  items.forEach((p, i) => {
    const { fetch } = p.input;
    vparams.push(
      ids[i],
      1,
      fetch.source,
      fetch.fetchedAt,
      fetch.status,
      JSON.stringify(fetch.headers ?? {}),
      p.rawSha,
      fetch.raw.byteLength,
      p.gz.toString('base64'),
      p.textHash,
      p.input.article.title,
    );
  });
  await tx.query(
    `INSERT INTO article_versions (article_id, version, source, fetched_at, status, headers, raw_sha256, raw_size, raw_gz, text_hash, title)
     VALUES ${items.map((_, i) => `($${i * V + 1}::bigint, $${i * V + 2}::int, $${i * V + 3}, $${i * V + 4}::timestamptz, $${i * V + 5}::int, $${i * V + 6}::text::jsonb, $${i * V + 7}, $${i * V + 8}::int, decode($${i * V + 9}, 'base64'), $${i * V + 10}, $${i * V + 11})`).join(', ')}`,
    vparams,
  );

  const analysed = items.flatMap((p, i) =>
    p.input.analysis ? [[ids[i], 1, p.input.analysis.analyzer, JSON.stringify(p.input.analysis.analysis)]] : [],
  );
  if (analysed.length > 0) {
    await tx.query(
      `INSERT INTO article_analyses (article_id, version, analyzer, analysis)
       VALUES ${analysed.map((_, i) => `($${i * 4 + 1}::bigint, $${i * 4 + 2}::int, $${i * 4 + 3}, $${i * 4 + 4}::text::json)`).join(', ')}`,
      analysed.flat(),
    );
  }

  const triples: string[] = [];
  items.forEach((p, i) => {
    if (!plan.unindexed.has(i)) p.bands?.forEach((h, band) => triples.push(`(${band}, ${h}, ${ids[i]})`));
  });
  // Band numbers, hashes and ids are integers made here: safe to inline.
  if (triples.length > 0) await tx.query(`INSERT INTO article_minhash_bands (band, hash, article_id) VALUES ${triples.join(', ')}`);

  // Stored articles whose group changes: a singleton that new copies join, or groups
  // merged or given an earlier canonical through a new article.
  if (plan.assign.length > 0) {
    await tx.query(
      `UPDATE articles a SET dup_group = v.c, is_duplicate = (a.id <> v.c)
         FROM (VALUES ${plan.assign.join(', ')}) AS v (m, c)
        WHERE a.id = v.m AND (a.dup_group IS DISTINCT FROM v.c OR a.is_duplicate IS DISTINCT FROM (a.id <> v.c))`,
    );
  }
  if (plan.regroup.length > 0) {
    await tx.query(
      `UPDATE articles a SET dup_group = v.c, is_duplicate = (a.id <> v.c)
         FROM (VALUES ${plan.regroup.join(', ')}) AS v (g, c)
        WHERE a.dup_group = v.g`,
    );
  }

  return ids.map((id) => {
    const g = plan.groupOf.get(id) ?? null;
    return { status: 'new', articleId: id, version: 1, duplicateGroup: g, isDuplicate: g !== null && g !== id };
  });
}

interface GroupPlan {
  /** Group (canonical id) of each new article that has one. */
  groupOf: Map<string, string>;
  /** `(member, canonical)` rows for stored articles met as matches. */
  assign: string[];
  /** `(old group, canonical)` rows for stored groups re-pointed as a whole. */
  regroup: string[];
  /**
   * New articles whose signature equals one already indexed (stored, or earlier in the
   * batch): their bands would add no hash the lookup does not find already, and a
   * story copied verbatim fifty times would otherwise weigh fifty times on every
   * lookup of it. Their group is found through that twin (see linkDuplicates() for
   * what happens when the twin's text changes).
   */
  unindexed: Set<number>;
}

/**
 * Near-duplicate groups for a batch of new articles, before they are written: their
 * bands are looked up among stored articles (one query) and among each other, matches
 * verified on the signatures, then every connected set (new articles, their matches,
 * and the groups those already belong to) gets one canonical, the earliest.
 */
async function planGroups(tx: Queryable, items: Prepared[], ids: string[]): Promise<GroupPlan> {
  const plan: GroupPlan = { groupOf: new Map(), assign: [], regroup: [], unindexed: new Set() };
  const triples: string[] = [];
  items.forEach((p, i) => p.bands?.forEach((h, band) => triples.push(`(${band}, ${h}, ${i})`)));
  if (triples.length === 0) return plan;
  const cands = await tx.query<{
    i: number;
    id: string;
    minhash: Uint8Array | null;
    dup_group: string | null;
    published_at: Date | null;
    first_fetched_at: Date;
    g_published_at: Date | null;
    g_first_fetched_at: Date | null;
  }>(
    // Per new article and per stored group, only the member sharing the most bands is
    // verified: joining any member joins the group, and the widest-sharing one is the
    // likeliest match. A story copied fifty times costs one check, not fifty.
    `WITH shared AS (
       SELECT v.i, b.article_id AS id, count(*) AS n
         FROM (VALUES ${triples.join(', ')}) AS v (band, hash, i)
         JOIN article_minhash_bands b ON b.band = v.band AND b.hash = v.hash
        GROUP BY v.i, b.article_id
     ), best AS (
       SELECT DISTINCT ON (s.i, COALESCE(a.dup_group, a.id)) s.i, a.id
         FROM shared s JOIN articles a ON a.id = s.id
        ORDER BY s.i, COALESCE(a.dup_group, a.id), s.n DESC, a.id
     )
     SELECT best.i::int AS i, a.id::text AS id, a.minhash, a.dup_group::text AS dup_group, a.published_at, a.first_fetched_at,
            g.published_at AS g_published_at, g.first_fetched_at AS g_first_fetched_at
       FROM best JOIN articles a ON a.id = best.id
       LEFT JOIN articles g ON g.id = a.dup_group`,
  );

  // What decides the canonical (earliest), for every node we may meet: the new
  // articles, their matches, and the canonicals of the matches' groups (a group's id is
  // its canonical's id, the earliest of its members).
  const order = new Map<string, OrderKey>();
  ids.forEach((id, i) => order.set(id, key(id, items[i]!.row.publishedAt, items[i]!.input.fetch.fetchedAt)));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  /** find() without recording x: articles with no match must stay out of `parent`. */
  const root = (x: string): string => (parent.has(x) ? find(x) : x);
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const stored = new Set<string>();
  const groups = new Set<string>();
  for (const c of cands.rows) {
    const sig = items[c.i]?.sig;
    if (!sig || c.minhash === null) continue;
    const twin = signatureFromBytes(c.minhash);
    const similarity = estimateJaccard(sig, twin);
    if (similarity < DUPLICATE_THRESHOLD) continue;
    if (similarity === 1) plan.unindexed.add(c.i);
    order.set(c.id, key(c.id, c.published_at, c.first_fetched_at));
    stored.add(c.id);
    union(ids[c.i]!, c.id);
    if (c.dup_group !== null) {
      order.set(c.dup_group, key(c.dup_group, c.g_published_at, c.g_first_fetched_at ?? c.first_fetched_at));
      stored.add(c.dup_group);
      groups.add(c.dup_group);
      union(c.id, c.dup_group);
    }
  }
  // Within the batch: articles sharing a band are verified pairwise, skipping pairs
  // already joined through another match.
  const withBand = new Map<string, number[]>();
  items.forEach((p, i) =>
    p.bands?.forEach((h, band) => {
      const k = `${band}:${h}`;
      const earlier = withBand.get(k);
      if (earlier === undefined) {
        withBand.set(k, [i]);
        return;
      }
      for (const j of earlier) {
        if (band === 0 && estimateJaccard(p.sig!, items[j]!.sig!) === 1) plan.unindexed.add(i);
        if (root(ids[j]!) !== root(ids[i]!) && estimateJaccard(p.sig!, items[j]!.sig!) >= DUPLICATE_THRESHOLD) union(ids[j]!, ids[i]!);
      }
      earlier.push(i);
    }),
  );

  const canonicalOf = new Map<string, string>();
  for (const x of parent.keys()) {
    const r = find(x);
    const best = canonicalOf.get(r);
    if (best === undefined || before(order.get(x)!, order.get(best)!)) canonicalOf.set(r, x);
  }
  for (const x of parent.keys()) {
    const c = canonicalOf.get(find(x))!;
    if (!stored.has(x)) plan.groupOf.set(x, c);
    else {
      plan.assign.push(`(${sqlId(x)}, ${sqlId(c)})`);
      if (groups.has(x) && x !== c) plan.regroup.push(`(${sqlId(x)}, ${sqlId(c)})`);
    }
  }
  return plan;
}

/** Sort key of CANONICAL_ORDER: published_at ASC NULLS LAST, first_fetched_at ASC, id ASC. */
interface OrderKey {
  published: number;
  fetched: number;
  id: bigint;
}

function key(id: string, published: Date | null, fetched: Date): OrderKey {
  return { published: published === null ? Infinity : published.getTime(), fetched: new Date(fetched).getTime(), id: BigInt(id) };
}

function before(a: OrderKey, b: OrderKey): boolean {
  if (a.published !== b.published) return a.published < b.published;
  if (a.fetched !== b.fetched) return a.fetched < b.fetched;
  return a.id < b.id;
}

function placeholders(n: number, from: number): string {
  return Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');
}

function rows(n: number, width: number): string {
  return Array.from({ length: n }, (_, i) => `(${placeholders(width, i * width + 1)})`).join(', ');
}

/** Ids come from the database as decimal strings; checked before being inlined. */
function sqlId(id: string): string {
  if (!/^[0-9]{1,19}$/.test(id)) throw new Error(`not an article id: ${id}`);
  return id;
}
